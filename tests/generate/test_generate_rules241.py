"""Rule pass 241, from round 753 (heldout745, after pass 240): "Wizlaw II dies in Oslo, two
days after making his will" was asked "did Wizlaw II die in Oslo, two days after making his
would?": the testament was put in the past like the modal. After "his", "their" or a
possessive, "will" is a noun. Every sentence here is invented. Each test fails on the code
before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question


def test_a_testament_stays_a_will() -> None:
    entry = "29 December: Tamas Orlo dies in Dask, two days after making his will."
    asked = date_question(entry, 0, len("29 December"), "on what date")
    assert asked == "On what date did Tamas Orlo die in Dask, two days after making his will?"


@given(st.sampled_from(["his", "her", "their", "the king's", "Orlo's"]))
def test_no_owned_will_becomes_would(owner: str) -> None:
    entry = f"29 December: Tamas Orlo dies in Dask, a week after {owner} will is read."
    asked = date_question(entry, 0, len("29 December"), "on what date")
    assert asked is None or f"{owner} would" not in asked, asked
