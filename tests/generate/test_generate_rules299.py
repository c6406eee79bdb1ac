"""Rule pass 299, from rounds 1141-1148 (heldout1133-1140) as their first readers judged them:

- "In what month and year did a member of Parliament kill on the Weather Coast?" (of "Father
  Augustine Geve, a member of Parliament killed on the Weather Coast in August 2002": the
  passive participle read as the man's own act; rounds 156-1148 kept none of the 4 verdicts on
  such a "did ... kill/execute/deport" with no object).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_rules294 import _faults


@given(st.sampled_from(["kill on the Lerno coast", "execute at Kask", "deport in August",
                        "kidnap?"]))
def test_a_passive_of_a_violent_act_read_as_active_is_faulted(done: str) -> None:
    question = f"In what month and year did a member of the Vell Assembly {done}"
    question = question if question.endswith("?") else f"{question}?"
    assert _faults(question, "August 2002"), question


def test_a_guard_the_act_with_its_object_is_kept() -> None:
    found = _faults("In what month and year did the rebels kill Ivo Dorn on the Lerno coast?",
                    "August 2002")
    assert not any("object" in f or "passive" in f for f in found), found
