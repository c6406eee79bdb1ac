"""Rule pass 184, from rounds 393-400: "Ram Kishan's ministry leaves office" goes into the past
with its timeline entry ("leaves" before a set phrase's noun, "office", "power", "effect", is the
verb of the noun before it, not a plural), so the question is "did ... leave office", not "was
... ministry leaves office". Every sentence here is invented. Each test fails on the code before,
except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from([("leaves", "left", "office"), ("takes", "took", "power"),
                        ("takes", "took", "effect")]))
def test_a_nouns_verb_before_a_set_phrase_goes_into_the_past(forms: tuple[str, str, str]) -> None:
    present, past, noun = forms
    assert entry_in_the_past(f"Ivo Tamm's ministry {present} {noun} and Vell is occupied.") == (
        f"Ivo Tamm's ministry {past} {noun} and Vell was occupied.")


def test_a_plural_before_a_noun_stays() -> None:
    """(guard: "The old leaves office furniture behind" keeps its words; "the Kell takes")"""
    assert entry_in_the_past("the Kell takes of fish rose") == "the Kell takes of fish rose"
