"""Rule pass 181, from rounds 381-384: "a Han woman" is a people's name before a noun, not the
surname of the document's General Lu Han ("a Lu Han woman"). Every sentence here is invented.
Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.names import with_full_names


@given(st.sampled_from(["woman", "family", "merchant"]))
def test_a_surname_after_a_is_a_peoples_name(noun: str) -> None:
    question = f"Ivo Tamm married Ann Sorel, a Han {noun} from Vell, in ____."
    assert with_full_names(question, "1951", {"Han": "Lu Han"}) == question


def test_a_bare_surname_is_still_written_in_full() -> None:
    """(guard: "did Han enter Vell")"""
    assert with_full_names("In what year did Han enter Vell?", "1949", {"Han": "Lu Han"}) == (
        "In what year did Lu Han enter Vell?")
