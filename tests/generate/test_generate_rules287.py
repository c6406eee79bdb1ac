"""Rule pass 287, from rounds 1061-1068 (heldout1053-1060) as their first readers judged them:

- "did Daniel Günther become Minister-President, Robert Habeck kept his post" (a comma, a
  pronoun and its verb: a clause of its own, whose "he" was then written as the biography's
  subject).

Every sentence here is invented. The test fails on the code before; the guard passes on both.

Tried and dropped: a dated phrase after ", and" opening another clause ("did an interim rail
ferry open, and on 24 March 1958 the German Federal Minister of Transport, Hans-Christoph
Seebohm?"), and "the war of ____" left unnamed (of the war of 1866, written "the Schleswig War
of ____"): on the judged sets together they took out no rejected card and lost 11 kept ones,
5 of them to other wordings or other cards of the same facts that readers had not judged."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.coordination import second_clause


@given(st.sampled_from(["he kept his post as deputy", "she kept her seat"]))
def test_a_pronoun_and_its_verb_after_a_comma_are_a_clause(clause: str) -> None:
    assert second_clause(f"become Minister-President, {clause}.") is not None


@given(st.sampled_from(["he kept his post as deputy", "she kept her seat on the board"]))
def test_the_date_of_a_when_clause_is_asked_without_the_clause_after_it(clause: str) -> None:
    text = (f"Alda Kask negotiated the coalition, and on 28 June 2017, when Ivo Dorn became "
            f"Minister-President, {clause}.")
    start = text.index("28 June 2017")
    assert date_question(text, start, start + 12, "On what date") == (
        "On what date did Ivo Dorn become Minister-President?")


def test_a_guard_a_parenthetical_he_said_is_no_clause() -> None:
    assert second_clause("signed the treaty, which, he said, was a victory.") is None
