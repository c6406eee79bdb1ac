"""Rule pass 410, from the readers of rounds 1751-1806 (fact sheets, the weakest kind of those
batches: 83 of 154 verdicts kept). A fact sheet's line drops the "was" of its passive: "John
Blunt, scrivener ..., created a baronet in June 1720", "a special gold medal voted to Robert E.
Peary on 4 November 1909", "Cape Henry, Virginia, lit in October 1792", "1145: Eugenius III
elected pope on 15 February". They were asked as acts ("did John Blunt ... create a baronet?",
"did a special gold medal vote to Robert E. Peary?", "did Cape Henry, Virginia, light?", "did
Eugenius III elect pope?"), ungrammatical or nonsensical to every reader. Such a line's past with
no object after it (or only a title: "a baronet", "pope") is a passive, asked with "was" or
"were" as its subject's number wants ("Etta Lemon among the first women" is one woman). "22 June
1861: the Tooley Street fire at Cotton's Wharf, with damage put at about £2 million" has no verb:
"put" is the participle of its "with" phrase.

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import _past_be, invert
from quiz.generate.inflect import is_participle
from quiz.generate.names import with_document_names
from quiz.generate.pipeline import generate_decks


def _fact_sheet(lines: str) -> str:
    return ("# Vell Company: key facts\n\nThis fact sheet summarises the Vell Company of "
            f"Kaskia.\n\n## Facts\n\n{lines}")


@pytest.mark.parametrize(("line", "asked"), [
    ("- **Principal projector:** Ivo Kask (1665–1733), clerk and director of the Dorn Bank, "
     "created a baronet in June 1720.",
     "was Ivo Kask, clerk and director of the Dorn Bank, created a baronet?"),
    ("- **Bullion stores:** Fort Orrin, Kaskia, completed in December 1936 and filled with "
     "gold in 1937.", "was Fort Orrin, Kaskia, completed?"),
    ("- **First stamp:** the Vell District Post, half a kopek, issued in Dorn on 1 July 1852 "
     "and valid until 30 September 1854.", "was the Vell District Post, half a kopek, issued in "
     "Dorn and valid until 30 September 1854?"),
    ("- **Founding instrument:** a royal warrant of King Ivo II issued in April 1741, at the "
     "instance of the Master of the Vell Ordnance, Orrin Dask.", "was a royal warrant of King "
     "Ivo II issued at the instance of the Master of the Vell Ordnance, Orrin Dask?"),
])
def test_a_fact_sheet_line_s_passive_is_asked_with_was(questions_from, line: str,
                                                       asked: str) -> None:
    questions = questions_from("vell-company-factsheet", _fact_sheet(line + "\n"))
    assert any(asked in q for q in questions), questions
    assert not any(" did " in q for q in questions), questions


@given(st.sampled_from([("Ivo III elected abbot on 15 February", "was Ivo III elected abbot"),
                        ("Ivo Kask created a baronet", "was Ivo Kask created a baronet"),
                        ("Vella Dorn among the first women admitted to the Kask Society",
                         "was Vella Dorn among the first women admitted to the Kask Society")]))
def test_a_timeline_line_s_passive_is_asked_with_was(line_and_asked: tuple[str, str]) -> None:
    line, asked = line_and_asked
    question = invert(line, "In what year", listed=True)
    assert question is not None and f"In what year {asked}" in question, question


def test_guard_a_line_s_past_with_an_object_stays_an_act() -> None:
    assert invert("Ivo Kask founded the Vell Company", "In what year", listed=True) == (
        "In what year did Ivo Kask found the Vell Company?")


def test_guard_a_past_in_running_prose_is_not_read_as_a_passive() -> None:
    assert invert("Cape Dorn lit the way", "In what year") == (
        "In what year did Cape Dorn light the way?")
    assert invert("Ivo III elected abbot", "In what year") != "In what year was Ivo III elected abbot?"


def test_guard_a_timeline_s_present_put_in_the_past_stays_an_act(questions_from) -> None:
    questions = questions_from("vell-company-timeline", (
        "# Vell Company: a timeline, 1800-1900\n\nThis chronology follows the Vell Company.\n\n"
        "- **3 June 1851:** Some 3,000 miners rally at Kask castle.\n"
        "- **2 June 1852:** The Vell Company Act receives assent.\n"))
    assert not any("was some 3,000 miners rallied" in q.lower() for q in questions), questions


def test_lit_is_a_participle() -> None:
    assert is_participle("lit") and is_participle("spelt")
    assert not is_participle("lay")  # (guard: the past of "lie", not a participle)


def test_a_woman_among_others_is_one() -> None:
    assert _past_be("Vella Dorn among the first women") == "was"
    assert _past_be("the first women") == "were"  # (guard)


@given(st.sampled_from(["damage put at about £2 million", "its cargo valued at £40,000"]))
def test_a_with_phrase_s_participle_is_no_verb(phrase: str) -> None:
    assert invert(f"the Dorn Street fire at Kask Wharf, with {phrase}", "On what date") is None


@given(st.sampled_from(["Ivo Kask invested in the Vell Brewery", "Dorn capitulated to Ivo III",
                        "Ivo Kask contributed to the Vell Fund"]))
def test_a_past_said_of_its_subject_with_a_preposition_stays_an_act(line: str) -> None:
    """A guard for the rule above: "invested in", "capitulated to" are the subject's own acts."""
    question = invert(line, "In what year", listed=True)
    assert question is None or " did " in question, question


@given(st.sampled_from(["Kask (Vell), winner of the competition announced",
                        "1 October 1958, taking over the Vell Committee, founded"]))
def test_a_past_inside_an_open_apposition_or_after_a_date_is_no_line_s_passive(
        line: str) -> None:
    question = invert(line, "On what date", listed=True)
    assert question is None or " was " not in question, question


@given(st.sampled_from(["Flame", "Boycott", "Heritage"]))
def test_a_label_s_common_noun_is_not_the_thing_asked(label: str) -> None:
    questions = _questions(f"- **{label}:** announced at Dorn on 19 June 1980.\n")
    assert not any(f"the {label}" in q or f"the {label.lower()}" in q for q in questions), (
        questions)


def test_guard_a_label_s_name_is_still_asked() -> None:
    questions = _questions("- **Vell Lighthouse:** built by Ivo Kask in 1841.\n")
    assert any("was the Vell Lighthouse built by Ivo Kask?" in q for q in questions), questions


def test_a_word_after_the_blank_is_not_completed_as_a_longer_name() -> None:
    text = ("Ivo Kask\n\nThe Lerno Dask Games, which Ivo Kask organised, made a profit. The "
            "committee had awarded the 1984 Games to Lerno Dask on unusual terms.")
    question = "The committee had awarded the ____ Games to Lerno Dask on unusual terms."
    assert with_document_names(question, "1984", text, "Ivo Kask")[0] == question


def _questions(lines: str) -> list[str]:
    """The questions generated from the Vell Company's fact sheet with `lines`."""
    return fact_sheet_questions("vell-company-factsheet", _fact_sheet(lines))


def fact_sheet_questions(name: str, text: str) -> list[str]:
    """The questions `quiz generate` writes for a document NAME.md of `text` (none when it
    writes no deck)."""
    folder = Path(tempfile.mkdtemp())
    (folder / f"{name}.md").write_text(text, encoding="utf-8")
    generate_decks([folder / f"{name}.md"], folder / "out")
    written = folder / "out" / f"{name}.yaml"
    if not written.exists():
        return []
    return [card["question"] for card in yaml.safe_load(written.read_text(encoding="utf-8"))[
        "cards"]]
