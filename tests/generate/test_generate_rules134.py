"""Rule pass 134, from rounds 225-228 and the judged cards before them: "Mr Ballance" is completed
from the text's "Mr John Ballance" (the honorific before the full name no longer hides it), and
"the party" that the question does not name ("did the party win", "break with the party") needs
the document. Every sentence here is invented. Each test fails on the code before, except the
guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.anaphora import unresolved
from quiz.generate.names import document_full_names


@given(st.sampled_from(["Mr", "Mrs", "Ms"]))
def test_an_honorific_before_a_full_name_still_gives_the_full_name(honorific: str) -> None:
    text = f"The government that took office in 1891 under {honorific} Ivo Ballantyne was divided."
    assert document_full_names("Ballantyne", text) == frozenset({"Ivo Ballantyne"})


def test_a_guard_an_honorific_and_a_surname_alone_is_no_full_name() -> None:
    """Guard: "Mr Tamm" twice names no one in full."""
    assert document_full_names("Tamm", "Mr Tamm said it. Later Mr Tamm left Vell.") == frozenset()


@given(st.sampled_from(["In what month and year did the party win most of the seats?",
                        "In what month and year did Ivo Tamm break with the party?",
                        "Vell: In what year was the party finally banned under the armistice?"]))
def test_the_party_the_question_does_not_name_needs_the_document(question: str) -> None:
    assert unresolved(question)


@given(st.sampled_from(["In what year did the Vellish Workers' Party win most of the seats, and "
                        "the party split?",
                        "In what year did Ivo Tamm become the party chairman?",
                        "In what year did Ivo Tamm, the FVL leader, take over the party?",
                        "In what year was Ivo Tamm expelled from the Kell Front, the party of "
                        "the north?"]))
def test_a_guard_a_named_party_or_a_party_office_needs_nothing(question: str) -> None:
    """Guard."""
    assert unresolved(question) is None
