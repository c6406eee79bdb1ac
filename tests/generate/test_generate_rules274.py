"""Rule pass 274, from rounds 973-980 (heldout965-972) as their first readers judged them (no
batch has judged it):

- "Högbonden: In what year was the High Coast?" (the passive's participle after an aside cut
  off as a trailing phrase when the label made the question long).

Every sentence here is invented. The test fails on the code before, but for the guard named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.trim import shorten


@given(st.sampled_from([("including the island", "inscribed on the World Heritage List"),
                        ("with its two lighthouses", "listed as a state monument")]))
def test_a_passives_participle_after_an_aside_is_not_cut(said: tuple[str, str]) -> None:
    aside, participle = said
    question = f"In what year was the Vell Coast, {aside}, {participle}?"
    assert shorten(question, 10) == question


def test_a_guard_a_trailing_phrase_after_the_participle_is_still_cut() -> None:
    question = ("On what date was the treaty signed in Lerno, ending the war that had lasted for "
                "many long years between the two kingdoms and their allies?")
    assert shorten(question, 10) == "On what date was the treaty signed in Lerno?"


@given(st.sampled_from(["born in the port of Lerno", "sworn in as the first Governor of Vell",
                        "shown for the first time"]))
def test_a_guard_an_irregular_participle_before_the_comma_lets_the_phrase_go(asked: str) -> None:
    question = (f"On what date was Ivo Dorn {asked}, according to his biographer Karl Vesk and "
                f"the long diary he kept?")
    assert shorten(question, 10) == f"On what date was Ivo Dorn {asked}?"
