"""Rule pass 239, from rounds 720 and 735 (heldout712 and heldout727): "crew" is a noun the
lexicon also lists as an archaic past of "crow", so "the killing of the Baron Innerdale's boat
crew in 1904" was asked "did the killing of the Baron Innerdale's boat crow", and "Richard
Evans and the Moelfre crew took off the crew" "did Richard Evans and the Moelfre crow take
off". Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert
from quiz.generate.inflect import is_past_tense


def test_crew_is_no_past() -> None:
    assert not is_past_tense("crew")


@given(st.sampled_from(["boat", "lifeboat", "Vellian", "whole"]),
       st.sampled_from(["rescued", "took off", "saved"]))
def test_a_crew_stays_a_crew(kind: str, verb: str) -> None:
    asked = invert(f"Tamas Orlo and the {kind} crew {verb} the sailors of the Dask.",
                   "On what date")
    assert asked is None or " crow" not in asked, asked
