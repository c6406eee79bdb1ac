"""Rule pass 334, from rounds 1349-1356 (heldout1341-1348) as both readers judged them: an
event named by its kind alone ("the tournament", "the Games", "the strike", "the battle") is
vague, like the matters of pass 330 (rounds 156-1356 kept 20 of 72 such verdicts; round 1349's
"did Germany beat England 1-0 in the last match", round 1353's "the Games" of a ground that
held two).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["the tournament", "the Games", "the strike", "the campaign"]))
def test_an_event_named_by_its_kind_alone_is_refused(event: str) -> None:
    from quiz.generate.quality import _bare_matter
    assert _bare_matter(f"Vell Stadium: On what date did Kask win {event}?")


@given(st.sampled_from(["the tournament of 1950", "the battle for Kask", "the Vell Games"]))
def test_a_guard_an_event_the_question_says_is_kept(event: str) -> None:
    from quiz.generate.quality import _bare_matter
    assert not _bare_matter(f"Vell Stadium: On what date did Kask win {event}?")
