"""Rule pass 217, from rounds 621-628 (heldout613-heldout620): a timeline's present verb before
an adjective that is also a past form ("strikes wet gas" asked "did ... strikes wet gas"), a
participle with "during" before the clause's verb ("an explosion set during a strike kills nine
miners"), and a place named after a person completed as the person ("George Edwin King's
College"). Every sentence here is invented. Each test fails on the code before, except the
guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question, invert
from quiz.generate.names import with_full_names


@given(st.sampled_from([("strikes", "strike", "wet gas"), ("sets", "set", "fixed prices")]))
def test_a_present_verb_before_an_adjective_is_the_verb(forms: tuple[str, str, str]) -> None:
    present, base, thing = forms
    question = invert(f"the Vell No. 1 well of Dask Products {present} {thing} at Orlas Valley",
                      "on what date")
    assert question == f"On what date did the Vell No. 1 well of Dask Products {base} {thing} at " \
                       "Orlas Valley?"


def test_a_past_verb_before_a_preposition_is_still_the_verb() -> None:
    """(guard: "Dask forces advanced into Vell": no adjective, the clause's verb)"""
    assert invert("Dask forces advanced into Vell", "in what year") == (
        "In what year did Dask forces advance into Vell?")


@given(st.sampled_from(["nine miners", "two guards", "12 workers"]))
def test_a_participle_and_its_during_phrase_is_no_verb(victims: str) -> None:
    text = f"18 September: an explosion set during a long strike at Vell Mine kills {victims}."
    question = date_question(text, 0, len("18 September"), "on what date in 1992")
    assert question == ("On what date in 1992 did an explosion set during a long strike at Vell "
                        f"Mine kill {victims}?")


@given(st.sampled_from(["College", "Bay", "Hospital"]))
def test_a_place_named_after_a_person_is_not_completed(head: str) -> None:
    question = f"In what year was Vell's {head} founded?"
    assert with_full_names(question, "1828", {"Vell": "Orlas Vell"}) == question


def test_a_persons_possession_is_still_completed() -> None:
    """(guard: "Vell's government": the person's)"""
    assert with_full_names("In what year did Vell's government fall?", "1828",
                           {"Vell": "Orlas Vell"}) == "In what year did Orlas Vell's government fall?"
