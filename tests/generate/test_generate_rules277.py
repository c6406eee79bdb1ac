"""Rule pass 277, from rounds 981-988 (heldout973-980), after they were judged (no batch has
judged it):

- "did the Treaty of Fredrikshamn cede Finland and Döbeln's Åland to Russia" (an owner's
  possessive before a place read as a full name: "von Döbeln's Åland corps");
- "was the Convention signed at Paris, France, Great Britain, ...?" (an apposition of the date,
  "the day on which ... was signed by Austria, France, ...", cut at the first name of its list);
- "In what year did Julius Sundblom die in the year the Second World War ended?";
- "did the storm Dagmar strike central Sweden and reshapes the coast" (a verb's "re" form the
  lexicon does not know left in the present);
- "was the Convention of Åland concluded, and the Russians withdraw across the ice" (a people's
  plural and its present verb not read as a clause of its own);
- "In ____ the Umeå Municipality began ..." (a municipality after its name takes no "the");
- "In what year was the letter granted in answer to a petition carried to the king ...?" (the
  date of a participle describing a noun, asked of the clause's verb);
- "On what date did the new governor's first months see the fall of ... and the formation, on
  19 October 1917, of ...?" (the date of a noun's act set off by commas);
- "Around ____" answered 1350 among 1335, 1334 and 1319; "June 1809" offered for an army
  crossing the ice; "13 November | 12 November | 11 November" or three firsts of a month
  beside the answer (options whose pattern the answer breaks).

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.coordination import second_clause
from quiz.generate.distractors import _patterned
from quiz.generate.documents import Document
from quiz.generate.names import document_full_names
from quiz.generate.pipeline import generate_decks, prepare
from quiz.generate.tense import entry_in_the_past

_FILE_SETTINGS = settings(max_examples=3, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture])


def _asked(text: str, date: str, wh: str = "On what date") -> str | None:
    start = text.index(date)
    return date_question(text, start, start + len(date), wh)


def _kept(body: str, title: str = "Vell Island") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


def _cards(tmp: Path, text: str) -> list[dict[str, Any]]:
    doc = tmp / "vell-timeline.md"
    doc.write_text(text, encoding="utf-8")
    generate_decks([doc], tmp / "out", jobs=1, force=True)
    return [card for deck in (tmp / "out").glob("*.yaml")
            for card in yaml.safe_load(deck.read_text(encoding="utf-8"))["cards"]]


@given(st.sampled_from(["Lerno", "Vell"]))
def test_an_owners_possessive_before_a_place_is_no_full_name(place: str) -> None:
    text = (f"General Ivo von Dorn's {place} corps reaches Kask across the ice.\n"
            f"The Treaty of Mora cedes Dornia and {place} to Kellia.\n")
    assert not any("'s" in name for name in document_full_names(place, text))


@given(st.sampled_from(["Vellia, Dornia, Kellia and the Lerno Empire",
                        "Vellia, Dornia and Kellia"]))
def test_a_date_appositions_list_of_names_is_left_out_whole(signers: str) -> None:
    text = (f"The convention was signed at Mora on Sunday 30 March 1856, the day on which the "
            f"General Treaty of Peace was signed by {signers}.")
    assert _asked(text, "30 March 1856") == "On what date was the convention signed at Mora?"


@given(st.sampled_from(["the Great War ended", "the Vell railway opened"]))
def test_the_year_a_date_was_is_left_out(what: str) -> None:
    text = f"Ivo Dorn died in 1945, in the year {what}."
    assert _asked(text, "1945", "In what year") == "In what year did Ivo Dorn die?"


def test_a_guard_the_year_of_a_lesser_event_stays_a_clue() -> None:
    text = "Vell became a town in 1953, the year of a miners' strike at Lerno."
    assert _asked(text, "1953", "In what year") == (
        "In what year did Vell become a town, the year of a miners' strike at Lerno?")


@given(st.sampled_from([("reshapes", "reshaped"), ("rebrands", "rebranded")]))
def test_a_verbs_re_form_the_lexicon_lacks_goes_into_the_past(verbs: tuple[str, str]) -> None:
    present, past = verbs
    assert entry_in_the_past(f"The storm Vell strikes Dornia and {present} the coast.") == (
        f"The storm Vell struck Dornia and {past} the coast.")


@given(st.sampled_from(["Russians", "Swedes", "Danes"]), st.sampled_from(["withdraw", "retreat"]))
def test_a_peoples_plural_and_its_present_open_a_clause(people: str, verb: str) -> None:
    assert second_clause(f", and the {people} {verb} across the ice within days") is not None


def test_a_guard_a_peoples_plural_as_an_object_is_not_cut() -> None:
    assert second_clause(" the treaty with the Swedes and the Danes") is None


@given(st.sampled_from(["Mora", "Kask"]))
def test_a_municipality_after_its_name_takes_no_the(name: str) -> None:
    body = (f"Vell Island lies off the coast of Dornia. Since 1997 {name} Municipality has been "
            f"responsible for the management of the islands. In 2024 the municipality began to "
            f"demolish the old steamboat quay at Vell, directing visiting boats to Lerno.")
    asked = [q for q in _kept(body) if "quay" in q]
    assert asked and all(f"the {name} Municipality" not in q for q in asked), asked


@given(st.sampled_from(["carried to the king", "brought to the council"]))
def test_the_date_of_a_participle_after_a_noun_is_not_the_clauses(carried: str) -> None:
    text = (f"The letter was granted in answer to a petition {carried} in 1620 by Ivo Dorn, a "
            f"headman from Vell.")
    assert _asked(text, "1620", "In what year") is None


def test_a_guard_the_clauses_own_participle_is_asked() -> None:
    text = "The petition was carried to the king in 1620 by Ivo Dorn, a headman from Vell."
    assert _asked(text, "1620", "In what year") == (
        "In what year was the petition carried to the king by Ivo Dorn, a headman from Vell?")


@given(st.sampled_from(["formation", "dissolution"]))
def test_the_date_of_a_nouns_act_set_off_by_commas_is_not_the_verbs(noun: str) -> None:
    text = (f"The new governor's first months saw the fall of Ivo Dorn's government and the "
            f"{noun}, on 19 October 1917, of Karl Vesk's cabinet.")
    assert _asked(text, "19 October 1917") is None


@given(st.sampled_from([((1997, 12, 31), [(1788, 11, 13)], (1788, 11, 12)),
                        ((1924, 5, 26), [(1905, 5, 1), (1907, 6, 1)], (1930, 1, 1)),
                        ((1924, 5, 26), [(1905, 3, 14), (1907, 3, 20)], (1930, 3, 2))]))
def test_options_whose_pattern_the_answer_breaks_are_refused(
        case: tuple[tuple[int, int, int], list[tuple[int, int, int]], tuple[int, int, int]]
) -> None:
    own, chosen, value = case
    assert _patterned(own, value, chosen, every_year=True)


def test_a_guard_options_of_no_pattern_are_kept() -> None:
    assert not _patterned((1924, 5, 26), (1930, 1, 14), [(1905, 5, 1), (1907, 6, 1)],
                          every_year=True)


@_FILE_SETTINGS
@given(st.sampled_from(["Around", "About"]))
def test_a_round_approximate_year_gets_round_options(tmp_path: Path, around: str) -> None:
    text = ("# Vell law\n\n"
            f"{around} 1350 King Ivo Dorn's national law replaced the provincial codes of Vell, "
            "taking over much of their content.\n\n"
            "In 1335 King Ivo Dorn abolished serfdom in Vell. In 1334 the Lerno charter was "
            "granted to the town of Mora. In 1319 the Vell assembly met at Kask to elect a king. "
            "In 1296 the Vell Law was confirmed by King Karl Vesk at Mora.\n")
    asked = [c for c in _cards(tmp_path, text) if c["answer"] == "1350"]
    assert asked and all(int(option) % 10 == 0 for c in asked for option in c.get("choices", ()))


@_FILE_SETTINGS
@given(st.sampled_from(["crosses the ice", "crosses the frozen sound"]))
def test_a_wintry_act_gets_no_summer_options(tmp_path: Path, crossing: str) -> None:
    text = ("# Vell Island\n\n## 1808\n\n- June 1808: a Dornish fleet blockades Vell.\n"
            "- September 1808: the Vell militia is raised by Governor Ivo Dorn.\n\n## 1809\n\n"
            f"- March 1809: a Kellian army {crossing} to Vell.\n"
            "- June 1809: the Kellian garrison leaves Vell.\n"
            "- August 1809: the Treaty of Mora is signed by Karl Vesk and Ivo Dorn.\n\n## 1810\n\n"
            "- June 1810: the Vell light is rebuilt.\n- July 1810: a new church is consecrated.\n")
    asked = [c for c in _cards(tmp_path, text) if c["answer"] == "March 1809"]
    assert asked and all(option.split()[0] in {"November", "December", "January", "February",
                                               "March", "April"}
                         for c in asked for option in c.get("choices", ())), asked
