"""Rule pass 213, from rounds 593-596 (heldout585-heldout588): a plural noun after a people's
adjective or a preposition put in the past as a verb ("before Greek courts for acts" written
"before Greek courted for acted"). Every sentence here is invented. Each test fails on the code
before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["Greek courts", "Dutch ships", "Swiss banks"]))
def test_a_peoples_noun_is_no_verb(phrase: str) -> None:
    text = f"the court rules that Vell does enjoy immunity before {phrase} for acts of its army."
    assert phrase in entry_in_the_past(text)
    assert "for acts of" in entry_in_the_past(text)


def test_the_clauses_verb_still_goes_into_the_past() -> None:
    """(guard: "the court rules" is the entry's verb, and "the Supreme Soviet adopts" too)"""
    assert entry_in_the_past("the court rules that Vell pays.").startswith("the court ruled")
    assert entry_in_the_past("the Supreme Soviet adopts a declaration.") == (
        "the Supreme Soviet adopted a declaration.")
