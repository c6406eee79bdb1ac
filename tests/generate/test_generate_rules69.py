"""Rule pass 69, from round 76 (heldout72): in a biography, "his" after another person who is
the subject of the question's own clause was written as the biography's subject ("Pétion was
made President for life, with the Senate choosing Jean-Pierre Boyer's successor"). Every
sentence here is invented. The first test fails on the code before."""

from __future__ import annotations

from quiz.generate.questions import _biography_subject_named


def test_his_after_another_persons_clause_is_not_the_biographys_subject() -> None:
    question = ("Under the revised constitution of ____ Tamm was made President for life, with "
                "the Senate choosing his successor.")
    assert _biography_subject_named(question, "1816", "Jean-Paul Vell", "he") == question


def test_his_in_an_opening_phrase_is_still_the_biographys_subject() -> None:
    assert _biography_subject_named(
        "Under his leadership Kaldora signed the Treaty of Dorn in ____.", "1825",
        "Jean-Paul Vell", "he") == (
        "Under Jean-Paul Vell’s leadership Kaldora signed the Treaty of Dorn in ____.")
