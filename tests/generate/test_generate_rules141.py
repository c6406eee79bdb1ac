"""Rule pass 141, from the bare names of rounds 189-240 ("to congratulate Ibrahim", "threw back
Tusun's troops"): a one-word name right after a verb, its object, is written with the full name
the document gives that one person ("Ibrahim Pasha"); a name the document gives two people is
left as it is there (readers took "pardon Dreyfus" as clear), and so is a place ("near
Guadalajara", "studied Latin"). Every sentence here is invented. Each test fails on the code
before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.names import with_document_names

_TEXT = ("Tamm sent his son Ivo Pasha with an army in 1811. Ivo Pasha took Kell in 1812, and "
         "the Dask chiefs rallied against him. Later Tamm's younger son, Oren Pasha, landed.")


@given(st.sampled_from(["congratulate", "defeat", "receive", "replace"]))
def test_a_bare_name_after_a_verb_takes_its_full_name(verb: str) -> None:
    question = f"Which envoy was sent to {verb} Ivo and to propose joint action?"
    assert with_document_names(question, "Lord Vell", _TEXT) == (
        f"Which envoy was sent to {verb} Ivo Pasha and to propose joint action?", "")


def test_a_bare_name_before_a_possessive_after_a_verb_takes_its_full_name() -> None:
    question = "At Kell the Dask chiefs threw back Ivo's troops in ____."
    assert with_document_names(question, "1813", _TEXT) == (
        "At Kell the Dask chiefs threw back Ivo Pasha's troops in ____.", "")


def test_a_name_two_people_share_after_a_verb_is_left_alone() -> None:
    """(guard: not refused either: "pardon Dreyfus" was accepted)"""
    text = "Alfred Tamm was tried in 1894. His brother Mathieu Tamm fought for him."
    question = "On what date did the President pardon Tamm?"
    assert with_document_names(question, "19 September 1899", text) == (question, "")


def test_a_place_after_a_preposition_like_verb_is_left_alone() -> None:
    """(guard)"""
    text = "The army of Ivo Kell was destroyed near Vell in 1811. Ivo Kell fled."
    question = "On what date was the army destroyed near Vell?"
    assert with_document_names(question, "17 January 1811", text) == (question, "")
