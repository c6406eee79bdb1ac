"""Rule pass 205, from rounds 537-544 (heldout529-heldout536): a ruler's name and number given
the land of the text's first naming, though that naming is centuries from the year asked
("Henry III of England" for the Henry III of 1589, "Philip IV of France" for Philip IV of Spain,
who died in 1665). Every sentence here is invented. Each test fails on the code before, except
the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.ranks import with_ranks

_TEXT = ("In 1259 Henry III of Vellia did homage at Zell. The towns grew under the counts. "
         "Much later the wars of religion came to Kell. " * 3 +
         "Henry III made Kell his capital in 1589 and was murdered there.")


@given(st.sampled_from([("In what year did Henry III make Kell his capital?", "1589"),
                        ("On what date in 1589 did Henry III die at Kell?", "2 August")]))
def test_a_ruler_asked_of_another_century_keeps_his_bare_name(asked: tuple[str, str]) -> None:
    question, answer = asked
    assert with_ranks(question, answer, _TEXT) == question


def test_a_ruler_asked_of_his_own_years_gets_his_land() -> None:
    """(guard: the Henry III of 1259 is the first naming's, "of Vellia")"""
    assert with_ranks("In what year did Henry III do homage at Zell?", "1259", _TEXT) == (
        "In what year did Henry III of Vellia do homage at Zell?")
