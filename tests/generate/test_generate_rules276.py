"""Rule pass 276, from rounds 981-988 (heldout973-980), after they were judged (no batch has
judged it):

- "did Bohuslän Curling Club, Sweden's oldest, found at Uddevalla with ...?" (a timeline's
  passive "is founded" asked as the club's act: rounds 156-988 kept 2 of 10 such verdicts).

Every sentence here is invented. The test fails on the code before, but for the guards named
as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.quality import _passive_read_as_active


@given(st.sampled_from(["Vell Curling Club, Dornia's oldest,", "the Lerno eparchy"]))
def test_a_body_founded_is_not_asked_as_founding(subject: str) -> None:
    question = f"On what date did {subject} found at Lerno with the Vesks among its founders?"
    assert _passive_read_as_active(question)


@given(st.sampled_from(["Ivo Dorn found at Lerno the Vell Society",
                        "Karl Vesk found the Dorn Academy"]))
def test_a_guard_a_founder_with_an_object_is_asked(asked: str) -> None:
    assert not _passive_read_as_active(f"On what date did {asked}?")
