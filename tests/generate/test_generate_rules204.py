"""Rule pass 204, from rounds 529-536 (heldout521-heldout528): a timeline's present verb left
after "did" because a past participle after it was taken for the verb ("did Henry II dies of a
wound receive in a tournament"). Every sentence here is invented. Each test fails on the code
before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question


@given(st.sampled_from(["a wound received in a tournament", "wounds received during the battle",
                        "an illness contracted at Zell"]))
def test_a_participle_of_a_noun_after_of_is_not_the_verb(cause: str) -> None:
    text = f"10 July 1559: Ivo Tamm dies of {cause}; his widow leaves Kell."
    assert date_question(text, 0, 12, "on what date") == (
        f"On what date did Ivo Tamm die of {cause}?")


def test_a_present_entry_with_aged_is_asked_as_before() -> None:
    """(guard: "dies at Zell, aged seventy-eight": "aged" is no participle of a noun after
    "of"; the entry is asked with its present, as before)"""
    text = "18 July 2015: Ivo Tamm dies at Zell Hospital, aged seventy-eight."
    assert date_question(text, 0, 12, "on what date") == (
        "On what date did Ivo Tamm die at Zell Hospital?")
