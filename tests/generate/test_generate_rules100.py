"""Rule pass 100, from rounds 107-108 (heldout102, heldout103): "Who was the Israeli Prime
Minister in 1973?" asked a nation's leader's office out of context (readers rejected 25 of 36
such verdicts since round 60); "did William found the University of Leiden" left a bare first
name the document gives as "William of Orange"; "did Japan give notice and the Convention ended",
"did Canada sign ... and had won" and "a project later cancel?" glued a second clause or took a
participle for the verb; "replies that it cannot agree" kept its present. Every sentence here
is invented (the people, with real nations). Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _prepared_titled, _run

from quiz.generate.names import document_full_names
from quiz.generate.quality import _GLUED, _may_be_glued
from quiz.generate.tense import entry_in_the_past


def test_who_was_a_nations_leader_is_trivial() -> None:
    kept, left = _run("In 1973 the Israeli Prime Minister, Ivo Tamm, met the envoys at Dorn.")
    assert "Who was the Israeli Prime Minister in 1973?" not in kept, kept


def test_a_first_name_of_a_house_is_the_document_s_whole_name() -> None:
    text = ("William of Orange led the revolt from 1568. In 1575 William founded a university "
            "at Dorn, and oranges were sold in the market.")
    assert document_full_names("William", text) == {"William of Orange"}


@given(st.sampled_from([
    "In what month and year did Kaldora give notice and the Dorn Convention ended in 1941?",
    "What treaty did Kaldora sign in 1919 at Dorn and had won in 1920 the right to a minister?",
    "In what year did the building of a Dorn class icebreaker, a project later cancel?"]))
def test_a_glued_clause_or_an_apposition_s_participle_is_refused(question: str) -> None:
    assert _may_be_glued(question) and _GLUED.search(question)


def test_cannot_is_put_in_the_past() -> None:
    assert entry_in_the_past("Tamm says that Kaldora cannot agree to bases.") == (
        "Tamm said that Kaldora could not agree to bases.")


def test_a_bare_surname_in_a_life_is_the_subject_not_a_namesake_father() -> None:
    """Pass 101, from round 109: in a life of Adam Jerzy Czartoryski, "Czartoryski settled in
    Paris" was written as his father Adam Kazimierz (six cards)."""
    prepared = _prepared_titled(
        "Ivo Karl Tamm", "Ivo Karl Tamm (1770-1861) was a Kaldoran statesman. His father, the "
        "General of Vell, Ivo Piet Tamm, raised him at Dorn.\n\nIn 1832 Tamm settled in Ostra, "
        "where he died in 1861.")
    questions = [c.question for c in prepared.candidates]
    assert any("Ivo Karl Tamm settle" in q for q in questions), questions
    assert not any("Ivo Piet Tamm settle" in q for q in questions), questions
