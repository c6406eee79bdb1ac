"""Rule pass 180, from rounds 377-380: a title naming a land's division ("Ningxia Hui Autonomous
Region", "Kell Province") is no biography's person, so its text's "he" is never written as the
title ("Ningxia Hui Autonomous Region repelled an invasion"); "The ceasefire for Sumatra takes
effect" is asked "did the ceasefire take effect", not "did ... takes effect" ("takes" read as a
plural subject of "effect"). Every sentence here is invented. Each test fails on the code
before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.documents import main_person

_LIFE = ("{name} was first named in 1900. He repelled an invasion in 1934. {name} was ruled "
         "by him until 1949. His son followed him. He died in 1970, and he was buried at Vell. "
         "{name} mourned him.")


@given(st.sampled_from(["Ningxia Hui Autonomous Region", "Kell Province", "Zell Valley",
                        "Vell Highlands"]))
def test_a_lands_division_is_no_biographys_person(title: str) -> None:
    assert main_person(title, [_LIFE.format(name=title)]) is None


def test_a_persons_title_is_still_a_biography() -> None:
    """(guard: "Ivo Tamm")"""
    life = _LIFE.format(name="Ivo Tamm") + " He was born at Dorn."  # (a life tells a birth)
    assert main_person("Ivo Tamm", [life]) == ("Ivo Tamm", "he")


@given(st.sampled_from(["effect", "office", "place"]))
def test_a_verb_before_a_set_phrase_is_the_verb(noun: str) -> None:
    text = f"15 August: The ceasefire for Kell takes {noun}."
    assert date_question(text, 0, 9, "on what date") == (
        f"On what date did the ceasefire for Kell take {noun}?")


def test_a_plural_subject_before_a_verb_still_is_one() -> None:
    """(guard: "Troops of the Kell command under Colonel Ivo Tamm attack the village")"""
    text = "7 February: Troops of the Kell command under Colonel Ivo Tamm attack the village."
    assert date_question(text, 0, 10, "on what date") == (
        "On what date did troops of the Kell command under Colonel Ivo Tamm attack the village?")
