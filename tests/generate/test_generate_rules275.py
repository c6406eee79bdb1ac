"""Rule pass 275, from rounds 973-980 (heldout965-972), after they were judged (no batch has
judged it):

- "approve the list of Natura 2000 sited to be sent to the European Commission" (a numbered
  name's plural noun after a preposition put in the past with the timeline's verb).

Every sentence here is invented. The test fails on the code before, but for the guard named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import entry_in_the_past


@given(st.sampled_from([("Natura 2000", "sites"), ("Vell 2030", "projects")]))
def test_a_numbered_names_noun_after_a_preposition_stays_a_noun(said: tuple[str, str]) -> None:
    name, noun = said
    entry = f"Order No. 615-k approves the list of {name} {noun} to be sent to the Commission."
    assert entry_in_the_past(entry) == (
        f"Order No. 615-k approved the list of {name} {noun} to be sent to the Commission.")


def test_a_guard_a_numbered_name_opening_the_entry_keeps_its_verb() -> None:
    assert entry_in_the_past("Resolution 12 asks the parties to withdraw.") == (
        "Resolution 12 asked the parties to withdraw.")
