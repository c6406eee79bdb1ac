"""Rule pass 268, from rounds 933-940 (heldout925-932) as their first readers judged them (no
batch has judged it):

- "Ireland: In what year did work begin on a new harbour at Howth?" (the island "Ireland's Eye"
  in a title read as Ireland's possession, and its cards labelled "Ireland").

Every sentence here is invented. Each test fails on the code before, except the guard named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.topic import place_or_event


@given(st.sampled_from(["Vella's Eye", "Saint Ivo's Mount", "Karl's Holm"]))
def test_a_name_holding_a_possessive_is_the_place(island: str) -> None:
    blocks = [f"The gannets nest in {island}. Few people live in {island} now; in {island} "
              f"the chapel stands ruined."]
    subject = place_or_event(f"{island} and Lerno, 697–2023: a chronology", blocks)
    assert subject is not None and subject.name == island, subject


def test_a_guard_a_possessive_before_a_story_is_its_owner() -> None:
    blocks = ["The war ended in Vellia in 1990. Elections followed in Vellia in 1991."]
    subject = place_or_event("Vellia's Road to Independence", blocks)
    assert subject is not None and subject.name == "Vellia", subject
