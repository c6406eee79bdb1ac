"""Rule pass 171, from rounds 341-344: "did Japanese soldiers accuse of the massacre were tried"
(the sentence's own "were" left after a participle read as the verb of "did") is refused;
"Another, ..." and "Further east, ..." opening a card point back to another sentence. Every
sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.leaning import leaning_faults
from quiz.generate.quality import _did_faults


@given(st.sampled_from(["were tried", "was shot down", "were absorbed"]))
def test_a_second_be_after_the_verb_of_did_is_refused(rest: str) -> None:
    question = f"In what year did Kellish soldiers accuse of the Zell massacre {rest} at Vell?"
    assert any("of its own after the verb" in f for f in _did_faults(question))


@given(st.sampled_from(["that was held by rebels", "whether its conduct was wise",
                        "where the council was sitting"]))
def test_a_be_inside_a_clause_is_no_fault(clause: str) -> None:
    """(guard: the "was" of a relative or a "whether" clause)"""
    question = f"On what date did the Kell army enter the town {clause}?"
    assert not _did_faults(question)


@given(st.sampled_from(["Another, Ivo Tamm, governed Kell from ____.",
                        "Kell: Further east, Zell, founded in ____, grew rich.",
                        "Others followed in ____."]))
def test_one_more_or_a_place_further_on_points_back(question: str) -> None:
    assert leaning_faults(question)


def test_further_east_inside_a_sentence_is_clear() -> None:
    """(guard: "went further east" says where it went from)"""
    assert not leaning_faults("In ____ Ivo Tamm went further east from Kell to Zell.")
