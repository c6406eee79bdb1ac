"""Rule pass 121, from rounds 176-179: a second clause glued to a question after ", and" that
opens with a lower-case adjective ("and imperial troops entered Buda"), a time phrase ("and in
June a Russian army ... crossed") or a name with a number ("and the General Assembly's
resolution 3385 described"). Every sentence here is invented. Each test fails on the code
before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.quality import _clause_after_did


@given(st.sampled_from([
    "On what date did the government withdraw to Vell, and imperial troops entered Ostra and Dask?",
    "On what date did Ivo Tamm meet King Jaan in Vell, and in June a Kaldoran army of some 200,000 "
    "men under Marshal Ivo Kask crossed the mountains?",
    "On what date was Kaldora admitted to the United Nations, and the General Assembly's resolution "
    "3385 described the new member as four islands?"]))
def test_a_second_clause_after_and_is_refused(question: str) -> None:
    assert _clause_after_did(question)


@given(st.sampled_from([
    "On what date did Ivo Tamm sign the treaty and the protocol attached to it?",
    "On what date did Ivo Tamm meet the new envoys and the old envoys?",
    "On what date did Ivo Tamm sign the treaty, and in 1850 the protocol?"]))
def test_a_guard_one_clause_stays(question: str) -> None:
    """Guard."""
    assert not _clause_after_did(question)
