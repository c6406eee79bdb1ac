"""Rule pass 135, from the judged cards of rounds 82-228: a noun that stands for what the sentence
before described ("confirm the change", "agree to the principle", "receive the deputation")
needs the document, unless the card's label or the noun's own words say which. Every sentence
here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.anaphora import unresolved


@given(st.sampled_from(["In what year did the Vellish Parliament confirm the change?",
                        "In what month and year did Ivo Tamm's cabinet agree to the principle?",
                        "On what date did Lord Kell receive the deputation courteously?",
                        "Although the High Court struck down the scheme in ____, Ivo Tamm went on.",
                        "On what date did the mission reach Dask?"]))
def test_a_noun_standing_for_the_sentence_before_needs_the_document(question: str) -> None:
    assert unresolved(question)


@given(st.sampled_from(["In what year did the Vellish Parliament confirm the change of name?",
                        "Kell Mission: On what date did the mission reach Dask?",
                        "Ivo Tamm relied on the median line, the principle written into the "
                        "____ of 1958.",
                        "In what year did Ivo Tamm accept the offer to Ostria of a port?",
                        "In what year was the Dask Concession signed?",
                        "In what year did Ivo Tamm present the agrarian reform by radio?"]))
def test_a_guard_a_noun_its_label_or_its_words_identify_stands(question: str) -> None:
    """Guard."""
    assert unresolved(question) is None
