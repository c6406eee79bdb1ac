"""Rule pass 126, from rounds 197-200: a timeline's present kept after "did" when a name or an
"and" stands before it ("did a third Moratorium takes place", "did HMAS Sydney lands the main
body", "did Price close the embassy and leaves with his staff"). Every sentence here is
invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.tense import present_left


@given(st.sampled_from([
    "On what date did a third Moratorium takes place?",
    "In what month and year did the troop transport HMAS Vell lands the main body at Dask?",
    "On what date did Ambassador Ivo Tamm close the embassy in Vell and leaves with his staff?"]))
def test_a_present_kept_after_did_is_found(question: str) -> None:
    assert present_left(question)


@given(st.sampled_from([
    "On what date did Kaldora attack Ostria in what Vell calls a punitive war?",
    "On what date did the court fix the boundary, leaving in Ostrian hands the coastal waters?",
    "On what date did Ivo Tamm give the rebels the arms?"]))
def test_a_guard_no_present_left(question: str) -> None:
    """Guard."""
    assert not present_left(question)
