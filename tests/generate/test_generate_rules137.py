"""Rule pass 137, from round 229: a title's noun before "of" is no headline's verb ("The Mixed
Courts of Egypt" labels its cards again), a story named with two places is labelled with the
first ("French Campaign in Egypt and Syria" -> "French Campaign in Egypt"), and "Resentment of new
taxes exploded" is asked with its common noun in lower case. Every sentence here is invented.
Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.topic import title_topic


@given(st.sampled_from(["Courts", "Councils", "Friends"]))
def test_a_nouns_plural_before_of_is_no_headline_verb(noun: str) -> None:
    subject = title_topic(f"The Mixed {noun} of Vell, 1875–1949")
    assert subject is not None and subject.name == f"Mixed {noun} of Vell"


def test_a_guard_a_headline_verb_still_makes_no_label() -> None:
    """Guard."""
    assert title_topic("Vell Signs Treaty at Dask") is None


def test_a_story_with_two_places_is_labelled_with_the_first() -> None:
    subject = title_topic("Vellish Campaign in Ostria and Dask (1798–1801)")
    assert subject is not None and subject.name == "Vellish Campaign in Ostria"


@given(st.sampled_from(["Resentment", "Disappointment"]))
def test_a_common_noun_opening_the_subject_is_lowered(noun: str) -> None:
    text = f"{noun} of new taxes and house searches exploded in Kell on 21 October 1798."
    at = text.index("21 October")
    assert date_question(text, at, at + 15, "on what date") == (
        f"On what date did {noun.lower()} of new taxes and house searches explode in Kell?")
