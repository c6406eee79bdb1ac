"""Rule pass 245, from rounds 757-772 (heldout749-764):

- "At the Battle of Lowestoft on ____ Holmes commanded the Revenge" offered "13 June 1665", the
  New Style date its own sentence gives ("on 3 June 1665 (13 June New Style)");
- "did Nordre Rønner, an 18-metre granite tower on Spirholm, build?" (a list's participle);
- "did the criminal court in Frederikshavn?" (shortened before its verb, after an aside);
- "did the Federal Republic join the Ramsar Convention, the Wadden Sea of East Frisia?" (an
  opening date's "when" clause not ended at its comma);
- "did Hans-Joachim Augst publish in Hannover" ("a report by A and B published in ...");
- "A municipality for, in what year was the three parishes of Byrum, Vesterø and Hals created?";
- "did the last schedule horse-drawn car in Germany ran" ("the last scheduled car");
- "... supported by the Danish People's Party and hosted ..." (a series joined inside an
  apposition);
- "did a member of the Liberal party Venstre from about 1980, Lars Løkke Rasmussen win";
- "did Emperor Rudolf II give his confirmation, and Archduke Albert, who ...";
- "did the Structural Reform take effect?" 1 January, against 14 January, 15 January, 12 February;
- and, seen in the comparison on the judged sets: "did the eighteenth century produce two
  reformers, Campomanes, born in the concejo of Tineo?" (the aside's birth date) and "did the
  narrative of Mary Prince, ..., publish in London, had helped the abolitionist cause?".

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.generate.clauses import date_question, invert
from quiz.generate.pipeline import generate_decks
from quiz.generate.questions import _series_closed
from quiz.generate.trim import shorten


def _asked(text: str, date: str, wh: str = "On what date") -> str | None:
    start = text.index(date)
    return date_question(text, start, start + len(date), wh)


def _cards(tmp: Path, name: str, text: str) -> list[dict[str, Any]]:
    """The cards `quiz generate` makes from the one document NAME holding TEXT."""
    doc = tmp / name
    doc.write_text(text, encoding="utf-8")
    generate_decks([doc], tmp / "out", jobs=1)
    return [card for deck in (tmp / "out").glob("*.yaml")
            for card in yaml.safe_load(deck.read_text(encoding="utf-8"))["cards"]]


def _choices(tmp: Path, old: str, new: str) -> list[str]:
    text = (f"Ivo Holm\n\nIvo Holm was an English admiral. At the Battle of Kell on {old} 1665 "
            f"({new} New Style) Holm commanded the Revenge. He took the Vell fleet on 12 August "
            f"1666. The Dutch fleet reached the Texel on {new} 1665. He was made governor of "
            f"Kellia on 4 March 1667. He died on 28 November 1692.\n")
    for card in _cards(tmp, "holm-biography.txt", text):
        if card["question"].endswith("Holm commanded the Revenge."):
            return list(card.get("choices") or [])
    raise AssertionError("no card asks the battle's date")


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from([("3 June", "13 June"), ("1 June", "11 June"), ("4 July", "14 July")]))
def test_the_other_calendars_day_is_no_wrong_option(tmp_path: Path, days: tuple[str, str]) -> None:
    old, new = days
    folder = tmp_path / old.replace(" ", "-")
    folder.mkdir(exist_ok=True)
    assert f"{new} 1665" not in _choices(folder, old, new)


@given(st.sampled_from(["built", "erected", "founded", "consecrated"]))
def test_a_names_apposition_and_a_participle_are_asked_in_the_passive(verb: str) -> None:
    asked = _asked(f"Nordre Kell, an 18-metre granite tower on Vell, {verb} in 1880.", "1880",
                   "In what year")
    assert asked == f"In what year was Nordre Kell, an 18-metre granite tower on Vell, {verb}?"


def test_a_guard_a_verb_with_no_object_stays_active() -> None:
    asked = _asked("Nordre Kell, a granite tower on Vell, collapsed in 1990.", "1990",
                   "In what year")
    assert asked == "In what year did Nordre Kell, a granite tower on Vell, collapse?", asked


@given(st.sampled_from(["order a reference", "refer the case", "ask the court"]))
def test_shortening_keeps_the_asked_verb_after_an_aside(predicate: str) -> None:
    question = (f"On what date in 1995 did the criminal court in Kellac, hearing the prosecution "
                f"of the beekeeper Ivo Tamm, {predicate} to the Court of Justice of the European "
                f"Communities in Luxembourg?")
    assert predicate in shorten(question), shorten(question)


@given(st.sampled_from(["the Wadden Sea of East Kellia and the Vell were listed as a wetland of "
                        "international importance", "the Kell Sea of North Vellia and the Dask "
                        "were listed as a wetland of international importance"]))
def test_an_opening_dates_when_clause_ends_at_its_comma(main: str) -> None:
    asked = _asked(f"On 26 February 1976, when Ostria joined the Ramsar Convention, {main}.",
                   "26 February 1976")
    assert asked == "On what date did Ostria join the Ramsar Convention?", asked


@given(st.sampled_from(["published", "printed", "presented"]))
def test_a_reports_agents_and_participle_date_the_report(verb: str) -> None:
    text = (f"The office drew up a zoning model based on an expert report by Ivo Tamm and "
            f"Karl-Heinz Benn {verb} in Kellac in 1979, which had mapped the coast.")
    assert _asked(text, "1979", "In what year") is None


def test_a_list_that_ends_a_subject_keeps_its_head() -> None:
    asked = invert("A municipality for the three parishes of Orlby, Kestrup and Hals was created",
                   "In what year")
    assert asked == ("In what year was a municipality for the three parishes of Orlby, Kestrup "
                     "and Hals created?"), asked


@given(st.sampled_from(["last", "first", "only", "final"]))
def test_a_past_after_an_order_word_describes_the_noun(word: str) -> None:
    asked = _asked(f"31 May: The {word} scheduled horse-drawn car in Ostria runs on Kell.",
                   "31 May", "On what date in 1949")
    assert asked == (f"On what date in 1949 did the {word} scheduled horse-drawn car in Ostria run "
                     f"on Kell?"), asked


def test_a_participle_inside_an_apposition_opens_no_series() -> None:
    question = ("Ivo Tamm's first government, a coalition of the Vell Party and the Conservatives "
                "supported by the Kell Party, hosted the climate conference in Dask in ____, which "
                "ended without an agreement.")
    text = ("His first government, a coalition of the Vell Party and the Conservatives supported "
            "by the Kell Party, hosted the climate conference in Dask in December 2009, which "
            "ended without an agreement, and steered the economy.")
    assert _series_closed(question, text) == question


@given(st.sampled_from(["A member of the Vell Party from about 1980",
                        "A lawyer by training", "An early convert to federalism"]))
def test_an_opening_apposition_goes_after_its_name(apposition: str) -> None:
    asked = invert(f"{apposition}, Ivo Tamm won a contested election to the chairmanship",
                   "In what year")
    lowered = apposition[0].lower() + apposition[1:]
    assert asked == (f"In what year did Ivo Tamm, {lowered}, win a contested election to the "
                     f"chairmanship?"), asked


def test_a_guard_an_opening_time_is_no_apposition() -> None:
    asked = invert("A few days later, Ivo Tamm signed the treaty", "In what year")
    assert asked is not None and "Ivo Tamm, a few days later" not in asked, asked


@given(st.sampled_from(["Archduke Albert", "Archduke Ivo", "Prince Karl"]))
def test_a_name_after_the_dates_and_is_another_clause(name: str) -> None:
    asked = _asked(f"The agreement required the approval of higher authority: Emperor Ivo II "
                   f"gave his confirmation on 19 September 1600, and {name}, who with his wife Isabella "
                   f"ruled the Vell Netherlands and held the title of Duke of Vellmark, later "
                   f"confirmed it as lord of the fief.", "19 September 1600")
    assert asked == "On what date did Emperor Ivo II give his confirmation?", asked


def _effect_choices(tmp: Path, verb: str) -> list[str]:
    text = ("# Vell timeline\n\n## 2004\n\n24 June: The parties agree on the Structural Reform.\n\n"
            "## 2005\n\n14 January: The island council votes to stay independent.\n\n## 2007\n\n"
            f"1 January: The Structural Reform {verb}, and the counties are abolished.\n\n"
            "12 February: The new regional council meets for the first time.\n\n"
            "15 January: The island council elects Ivo Tamm mayor.\n")
    for card in _cards(tmp, "vell-timeline.md", text):
        if "Structural Reform" in card["question"] and card["answer"] == "1 January":
            return list(card.get("choices") or [])
    raise AssertionError("no card asks when the reform took effect")


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["takes effect", "enters into force", "comes into force"]))
def test_what_takes_effect_on_a_first_is_offered_other_firsts(tmp_path: Path, verb: str) -> None:
    folder = tmp_path / verb.replace(" ", "-")
    folder.mkdir(exist_ok=True)
    choices = _effect_choices(folder, verb)
    assert choices and all(choice.startswith("1 ") for choice in choices), choices


def test_a_guard_a_subject_after_an_opening_phrase_still_closes_its_series() -> None:
    question = ("Kellia: In the autumn of ____, during the war between Vell and Dask, the admiral "
                "Ivo Tamm sacked Orlo, put the men to death.")
    text = ("In the autumn of 1537, during the war between Vell and Dask, the admiral Ivo Tamm "
            "sacked Orlo, put the men to death and carried the women into slavery.")
    assert _series_closed(question, text) == (
        "Kellia: In the autumn of ____, during the war between Vell and Dask, the admiral Ivo "
        "Tamm sacked Orlo and put the men to death.")


def test_a_guard_a_phrases_commas_do_not_keep_a_trailing_participle() -> None:
    question = ("On what date in 2020 did Prime Minister Ivo Tamm open the Kell Tunnel under the "
                "Vell Pass, shortening the route from Orlo to Dask and, over the Kunzum La, to "
                "Kellac?")
    assert shorten(question) == ("On what date in 2020 did Prime Minister Ivo Tamm open the Kell "
                                 "Tunnel under the Vell Pass?")


@given(st.sampled_from(["born in the concejo of Kell", "baptised at the church of Vell",
                        "buried in the cloister of Dask"]))
def test_an_asides_participle_and_place_own_the_date(aside: str) -> None:
    text = (f"The century produced two of Ostria's leading reformers, Ivo Tamm, {aside} in 1723, "
            f"and Karl Benn, born at Orlo in 1744.")
    assert _asked(text, "1723", "In what year") is None


def test_a_reports_agents_and_participle_give_no_clause_after_their_and(
        questions_from: Callable[[str, str], list[str]]) -> None:
    questions = questions_from(
        "vell-ordinance-1985-summary", "Vell Ordinance\n\nThe Kell Office, the authority for "
        "conservation, drew up a zoning model based on an expert report by Ivo Tamm and Karl-Heinz "
        "Benn published in Orlo in 1979, which had mapped the coast most in need of protection. "
        "The ordinance was signed on 13 December 1985.\n")
    assert not any("did Karl-Heinz Benn" in q or q.startswith("Karl-Heinz Benn")
                   or "Vell Ordinance: Karl-Heinz" in q for q in questions), questions


def test_a_guard_a_main_verb_after_an_aside_keeps_its_date() -> None:
    asked = _asked("Ivo Tamm, the Vellian actor who had starred in the film Road to Kell, died in "
                   "a labour camp in 1943.", "1943", "In what year")
    assert asked == ("In what year did Ivo Tamm, the Vellian actor who had starred in the film "
                     "Road to Kell, die in a labour camp?"), asked


@given(st.sampled_from(["had helped", "had strengthened", "has shaped"]))
def test_a_participles_date_before_the_sentences_perfect_is_not_asked(verb: str) -> None:
    text = (f"Slavery ended in 1834; the narrative of Ilse Tamm, a Vellian-born woman held in "
            f"slavery, published in Kellac in 1831, {verb} the abolitionist cause.")
    assert _asked(text, "1831", "In what year") is None
