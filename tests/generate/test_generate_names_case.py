"""A surname that is also a plural common noun ("Mills", "Banks") keeps the capital the
document always writes it with, though the question moves it inside ("did Mills found").

Sentences are invented for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import Document
from quiz.generate.names import names_as_written
from quiz.generate.pipeline import prepare


def _questions(body: str, title: str = "A test document") -> list[str]:
    doc = Document(Path("doc.txt"), f"{title}\n\n{body}\n", title, None)
    return [c.question for c in prepare(doc).candidates]


def test_a_surname_that_is_a_plural_noun_keeps_its_capital_inside_a_question() -> None:
    questions = _questions(
        "Harriet Mills was a reformer from the river town of Corlen.\n\n"
        "Mills founded the Corlen Temperance League in 1851.\n\n"
        "In 1860, Mills joined the Kell Reform Union as its treasurer.\n")
    founded = [q for q in questions if "Corlen Temperance League" in q]
    assert founded and all("mills" not in q for q in founded), founded


def test_a_word_the_document_also_writes_in_lower_case_is_left_as_it_is() -> None:
    text = "The Banks of the river flooded. The banks were rebuilt in 1901, after Banks left."
    assert names_as_written("In what year were banks rebuilt?", text) == (
        "In what year were banks rebuilt?")


def test_the_kind_a_question_asks_for_is_never_capitalised() -> None:
    text = "In 1902 the Convention was signed; later, Convention delegates met."
    assert names_as_written("What convention was signed in 1902?", text) == (
        "What convention was signed in 1902?")


@given(st.text(max_size=80), st.text(max_size=200))
def test_only_the_case_of_letters_ever_changes(question: str, text: str) -> None:
    assert names_as_written(question, text).lower() == question.lower()
