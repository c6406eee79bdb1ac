"""Rule pass 237, from round 732 (heldout724, after pass 234): "On what date in 1977 did the
Tunisian National Assembly ratify it unanimously?" asks about an "it" that nothing in the
question names. Of the fifteen verdicts on judged cards of that form (a subject of names, its
verb and "it" or "them" for its object), none was acceptable. Every sentence here is invented.
Each test fails on the code before, except the guard named as such."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.quality import _OBJECT_PRONOUN_ALONE

Questions = Callable[[str, str], list[str]]


def test_an_object_it_with_nothing_to_stand_for_is_refused(questions_from: Questions) -> None:
    text = ("Vellia\n\nVellia became independent of Ostria on 4 May 1950.\n\nThe Special "
            "Agreement between Vellia and Kell was signed at Dask on 10 June 1977. On 2 August "
            "1977 the Vellian National Assembly ratified it unanimously.\n")
    asked = questions_from("vellia-encyclopedia", text)
    assert not any("ratify it" in q for q in asked), asked


def test_an_it_after_its_noun_is_kept() -> None:
    """(guard: "annex Tighina and rebuild it": the question names what "it" is)"""
    assert _OBJECT_PRONOUN_ALONE.search("In what year did Orlan the Great annex Dask and rebuild "
                                        "it as a fortress?") is None
    assert _OBJECT_PRONOUN_ALONE.search("On what date did Vellia announce that it would leave "
                                        "the league?") is None


@given(st.sampled_from(["ratify", "sign", "approve", "denounce", "occupy"]),
       st.sampled_from(["it", "them"]),
       st.sampled_from(["the Vellian Assembly", "Tamas Orlo", "the Council of Kell"]))
def test_every_verb_and_lone_pronoun_is_caught(verb: str, pronoun: str, subject: str) -> None:
    assert _OBJECT_PRONOUN_ALONE.search(f"On what date did {subject} {verb} {pronoun}?")
