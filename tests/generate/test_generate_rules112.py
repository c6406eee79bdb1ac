"""Rule pass 112, from rounds 140-143: a biography's person named by a shorter name than the
title's ("Qian" for "Qian Qichen"; readers of rounds 82-143 kept 17 % of 114 such verdicts,
against 83 % in full); a timeline entry's opening common word kept its capital after "did"
("did Voting begin", "did Tens of thousands ... flee", "did Responsibility for Central Africa
pass"); a name of several words headed by a common noun lost its article ("was Regional
Comprehensive Economic Partnership (RCEP) signed"). Every sentence here is invented. Each test
fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import _common_noun_lowered, invert
from quiz.generate.grammar import with_article_before_name
from quiz.generate.questions import _named_in_full


def test_a_biographys_person_named_by_a_shorter_name_is_named_in_full() -> None:
    """Rounds 82-143: 17 % of 114 verdicts kept a card naming the person "Qian" where the
    title says "Qian Qichen", against 83 % of those naming them in full."""
    assert _named_in_full("Tang succeeded Kask as Foreign Minister in ____.", "Kask",
                          "Kask Ivomar") == "Tang succeeded Kask Ivomar as Foreign Minister in ____."
    assert _named_in_full("In ____ Kask’s party won.", "Kask", "Kask Ivomar") == (
        "In ____ Kask Ivomar’s party won.")


@given(st.sampled_from(["Kask Lerno ruled before him.", "Kask Ivomar died in ____.",
                        "Tamm died in ____."]))
def test_another_name_or_the_full_name_is_left_alone(question: str) -> None:
    """Guard: a longer name that opens with the short one, the full name, no name."""
    assert _named_in_full(question, "Kask", "Kask Ivomar") == question


def test_a_timeline_entrys_opening_common_word_is_lowered() -> None:
    question = invert("Voting begins in the first general election.", "on what date")
    assert question is not None and "did voting begin" in question, question
    assert _common_noun_lowered("Tens of thousands of people from Lerno") == (
        "tens of thousands of people from Lerno")
    assert _common_noun_lowered("Responsibility for Kaldora") == "responsibility for Kaldora"


def test_a_place_opening_an_entry_keeps_its_capital() -> None:
    """Guard: a name that ends in "-ing" is no gerund."""
    question = invert("Beijing denounces the treaty.", "on what date")
    assert question is not None and "did Beijing denounce" in question


def test_a_long_name_headed_by_a_common_noun_takes_the() -> None:
    assert with_article_before_name("On what date was Kaldoran Economic Partnership (KEP) "
                                    "signed?") == (
        "On what date was the Kaldoran Economic Partnership (KEP) signed?")
    assert with_article_before_name("When did Dornian Cooperation Secretariat open?") == (
        "When did the Dornian Cooperation Secretariat open?")


@given(st.sampled_from(["On what date did Security Council Resolution 12 pass?",
                        "On what date did Kaldoran Council members meet?",
                        "On what date was the Lerno Declaration signed?"]))
def test_a_numbered_name_its_members_or_a_name_with_the_is_left_alone(question: str) -> None:
    """Guard."""
    assert with_article_before_name(question) == question
