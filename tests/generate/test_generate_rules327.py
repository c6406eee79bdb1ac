"""Rule pass 327, from rounds 1309-1316 (heldout1301-1308) as both readers judged them:

- "did the Apollo Belvedere and the Apoxyomenos find in Trastevere?": a list's "found in
  Trastevere in 1849" read as the things' own act, the question ending at the place, is refused
  (rounds 156-1316 kept none of 6 such verdicts).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["find in Kask", "discover at Vell", "find?"]))
def test_a_finds_passive_read_as_the_things_act_is_refused(ending: str) -> None:
    from quiz.generate.quality import _FOUND_READ_AS_ACTIVE
    assert _FOUND_READ_AS_ACTIVE.search(f"In what year did the Dorn Apollo and the Vell Head "
                                        f"{ending}{'' if ending.endswith('?') else '?'}")


def test_a_guard_a_finders_object_after_the_place_is_kept() -> None:
    from quiz.generate.quality import _FOUND_READ_AS_ACTIVE
    assert not _FOUND_READ_AS_ACTIVE.search(
        "In what year did Ivo Kask find near Vell a limestone that yielded cement?")
