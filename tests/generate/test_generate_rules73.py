"""Rule pass 73, from rounds 72 and 80 (heldout68, heldout76): "Twenty-one heads of state and
government meet" was read as "Twenty-one" and the verb "heads" ("did Twenty-one head of state
and government meet"), and "Sovereignty over the rest of the Indies passes" kept its capital
after "did". Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _prepared_titled
from test_generate_rules61 import _timeline_questions

from quiz.generate.numbers import is_compound_number
from quiz.generate.tense import entry_in_the_past


def test_a_compound_number_counts_the_noun_after_it() -> None:
    assert is_compound_number("twenty-one") and is_compound_number("forty")
    assert not is_compound_number("twenty-first") and not is_compound_number("one")
    assert "heads of state" in entry_in_the_past(
        "Twenty-one heads of state and government meet at Vell.")


def test_no_count_is_asked_as_a_subject_with_a_verb_of_its_noun(tmp_path: Path) -> None:
    asked = _timeline_questions(tmp_path, (
        "- **18–19 July 1991:** Twenty-one heads of state and government meet at Vell.\n"))
    assert not any(" head of state" in q for qs in asked.values() for q in qs), asked


def test_an_abstract_noun_opening_the_sentence_is_lowered() -> None:
    prepared = _prepared_titled("Kaldora and the Kell islands", (
        "Sovereignty over the Kell islands passed to Kaldora on 27 December 1949, and the last "
        "Vesterian governor left Dorn."))
    asked = [c.question for c in prepared.candidates if c.answer == "27 December 1949"]
    assert asked and all("did sovereignty over" in q for q in asked), asked
