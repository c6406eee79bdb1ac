"""Rule pass 246, from rounds 773-780 (heldout765-772):

- "did a fire that investigators trace to a scene of the RAI drama ... spreads in a sirocco wind"
  (a relative clause's present taken for the subject's);
- "did more than three hundred ransom Tabarkans ... reach Alicante" and "did the marine protect
  area of Tavolara" (a past describing its noun taken for the clause's verb);
- "did Twin order of the Ministry of Agriculture, Fisheries and Food?" (an adjective opening the
  sentence and its plural noun taken for a name and its verb);
- "was a third signed with the Pasha of Tripoli" (a third what, the sentence before says);
- 'which he named "Santa Croce"' (a cloze ending on a closing quotation mark, with no full stop);
- "has not erupted since the explosions of ____" of "3 August 1888 – 22 March 1890" (one end of a
  span of full dates);
- "reconsecrated on St Olaf's Day, ____" with 29 July 1990 (a feast the tables lacked);
- 'marine protected area "Tavolara Punta Coda Cavallo")' (two dashes inside quoted names read as
  an aside, seen in the comparison on the judged sets);
- "did the news reach Cagliari" (an unnamed "the news": rounds 82-780 kept 0 of 12 verdicts);
- "Paris responded by calling a referendum", "did Lee Teng-hui reply with six points of his own"
  (a response whose cause the question never gives: rounds 82-780 kept 7 of 32 verdicts).

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
from quiz.generate.dates import find_dates
from quiz.generate.grammar import find_verb
from quiz.generate.pipeline import generate_decks
from quiz.generate.quality import _feast_giving, _unprompted_response
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


@given(st.sampled_from([("trace", "spreads"), ("blame", "burns"), ("link", "reaches")]),
       st.sampled_from(["that", "which"]))
def test_a_relative_clauses_present_is_not_the_subjects(verbs: tuple[str, str],
                                                         relative: str) -> None:
    inner, outer = verbs
    asked = invert(f"A fire {relative} investigators {inner} to a scene of the film Kell "
                   f"{outer} in a sirocco wind", "On what date in 2022")
    assert asked is None or f" {outer} " not in asked, asked


@given(st.sampled_from(["three hundred", "two thousand", "some", "several", "5,000"]),
       st.sampled_from(["ransomed", "armed", "freed", "wounded"]),
       st.sampled_from(["Tabarkans", "prisoners", "Kellites"]))
def test_a_past_between_a_count_and_its_plural_is_no_verb(count: str, past: str,
                                                           noun: str) -> None:
    text = f"More than {count} {past} {noun}, in some sixty families, reach Alicante."
    verb = find_verb(text)
    assert verb is None or text[verb[0]: verb[1]] != past, verb


@given(st.sampled_from([("marine", "protected", "area"), ("special", "protected", "area"),
                        ("new", "reserved", "zone")]))
def test_an_adjective_past_before_a_noun_that_is_no_verb_describes_it(
        words: tuple[str, str, str]) -> None:
    adjective, past, noun = words
    asked = invert(f"The {adjective} {past} {noun} of Kell, established by decree, covers 1,500 "
                   f"hectares", "On what date")
    assert asked is None or f" {past} {noun}" in asked, asked


def test_a_guard_an_adjective_noun_and_its_verb_still_ask() -> None:
    asked = invert("The general ordered troops to Kell", "On what date")
    assert asked == "On what date did the general order troops to Kell?", asked


@given(st.sampled_from(["Twin", "Joint", "Parallel"]), st.sampled_from(["orders", "decrees"]))
def test_an_opening_adjectives_plural_noun_of_is_no_name_and_verb(adjective: str,
                                                                  noun: str) -> None:
    asked = invert(f"{adjective} {noun} of the Ministry of Agriculture, Fisheries and Food and of "
                   f"the Kell Conselleria establish the Marine Reserve of Vell", "On what date")
    assert asked is None, asked


def test_a_guard_a_name_and_its_present_still_ask() -> None:
    asked = invert("Parliament approves the budget of Kell", "On what date")
    assert asked == "On what date did Parliament approve the budget of Kell?", asked


@given(st.sampled_from(["A third", "The second", "Another", "The latter"]),
       st.sampled_from(["is signed", "was signed", "is ratified"]))
def test_an_ordinal_or_pronoun_standing_for_a_noun_is_no_subject(subject: str, verb: str) -> None:
    asked = invert(f"{subject} {verb} with the Pasha of Kell, providing for consular presents",
                   "On what date in 1816")
    assert asked is None, asked


def test_a_guard_an_ordinal_in_a_name_is_a_subject() -> None:
    asked = invert("The Third Republic was proclaimed in Kell", "On what date")
    assert asked == "On what date was the Third Republic proclaimed in Kell?", asked


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["Santa Croce", "Montefusco", "Kell Rifles"]))
def test_a_cloze_ending_on_a_quoted_name_gets_its_full_stop(
        questions_from: Callable[[str, str], list[str]], name: str) -> None:
    text = (f"Ivo Tamm\n\nIvo Tamm was a Kellish soldier. After King Ferdinand IV fled to Sicily "
            f"in December 1798 and the royal army dissolved, Tamm raised a regiment of his own, "
            f"which he named \"{name}\", and joined the Army of the Holy Faith of Cardinal Vell. "
            f"He died at Kell on 4 May 1836.\n")
    quoted = [q for q in questions_from("ivo-tamm-biography", text) if f'"{name}"' in q]
    assert quoted and all(q.endswith(f'"{name}".') for q in quoted), quoted


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from([("3 August 1888", "22 March 1890"), ("June 1940", "May 1945"),
                        ("12 May 1701", "4 June 1703")]))
def test_neither_end_of_a_span_of_full_dates_is_asked(tmp_path: Path,
                                                      span: tuple[str, str]) -> None:
    first, last = span
    folder = tmp_path / first.replace(" ", "-")
    folder.mkdir(exist_ok=True)
    text = (f"# Vell: eruptions, officials and ordinances\n\nVell, a frazione of the comune of "
            f"Kell, has not erupted since the explosions of {first} – {last}, but its crater of "
            f"La Fossa and the ground around Porto Vell have never stopped degassing. From "
            f"September 2021 the Institute of Geophysics recorded rising temperatures.\n\n"
            f"## Key facts\n\n- **Area:** 21 km²\n- **Sold:** to the Narl family on 12 May "
            f"1870\n")
    answers = {card["answer"] for card in _cards(folder, "vell-eruptions-factsheet.md", text)}
    assert first not in answers and last not in answers, answers


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["reached Kell", "was carried to Vell", "reached the governor"]))
def test_an_unnamed_news_is_not_asked(questions_from: Callable[[str, str], list[str]],
                                      predicate: str) -> None:
    text = (f"Kell Island\n\nKell Island lies off Vell. On 2 September 1798 corsairs carried off "
            f"nine hundred islanders from Kell. The news {predicate} on 4 September 1798 through "
            f"a survivor who fled to Porto Vell. The island was resettled in 1803.\n")
    assert not any("the news" in q for q in questions_from("kell-island-encyclopedia", text))


@given(st.sampled_from(["Paris responded by calling a referendum, held on ____.",
                        "Kell: On what date did Ivo Tamm reply with six points of his own?",
                        "Vell replied by buying two battleships in ____.",
                        "In what year did the Allies respond with the occupation of Kell?"]))
def test_a_response_whose_cause_is_not_given_is_vague(question: str) -> None:
    assert _unprompted_response(question)


@given(st.sampled_from([
    "Relations worsened after the arrest of Ivo Tamm on ____; the government responded by "
    "expelling the envoys.",
    "The Security Council responded with Resolution 418 of ____.",
    "When Kell and Vell merged on ____, the kingdoms replied with a federation of their own.",
    "Kell: The ministry responded to the protests with new rules in ____."]))
def test_a_guard_a_response_with_its_cause_or_a_named_instrument_stands(question: str) -> None:
    assert not _unprompted_response(question)


@given(st.sampled_from([("St Olaf's Day", "29 July 1990"), ("St Mark's Day", "25 April 1990"),
                        ("St Wenceslas' Day", "28 September 1990")]))
def test_a_feast_that_gives_the_blanks_day_makes_the_card_obvious(feast_and_day: tuple[str, str],
                                                                  ) -> None:
    feast, day = feast_and_day
    mention = find_dates(day)[0]
    assert _feast_giving(f"Vell: The church was reconsecrated on {feast}, ____.", mention)


@given(st.sampled_from(["The steel plan of December 1978 provoked riots at Longwy in 1979",
                        "President Sall, in office from 2 April 2012, opened talks in Rome",
                        "The census of 1911 showed gains in the north"]))
def test_a_guard_a_year_before_a_past_and_a_plural_is_no_count(text: str) -> None:
    verb = find_verb(text)
    assert verb is not None and text[verb[0]: verb[1]] in {"provoked", "opened", "showed"}, verb


@given(st.sampled_from(["Tavolara", "Kell", "Vell Sud"]))
def test_dashes_inside_two_quoted_names_are_no_aside(name: str) -> None:
    question = (f'The decree of the Minister of the Environment of ____ created the natural '
                f'marine protected area "{name} – Punta Vell" (area naturale marina protetta '
                f'"{name} – Punta Vell") off the north-eastern coast of Kellia, which the '
                f'ministry had proposed in 1991 after a long campaign by the fishermen.')
    assert f'"{name} Punta Vell")' not in shorten(question), shorten(question)
