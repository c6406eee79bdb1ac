"""Rule pass 182, from rounds 385-388: an unnamed "the result" or "the dam" is named in another
sentence, even under a label (rounds 200-384 kept none of 8 cards with "the result" and 1 of 8
with "the dam"). Every sentence here is invented. Each test fails on the code before, except
the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.definites import resolve_definites


@given(st.sampled_from(["result", "dam"]))
def test_a_result_or_a_dam_by_its_kind_is_named_elsewhere(noun: str) -> None:
    text = f"Kell voted on the Vell dam and union. In 1948 Zell rejected the {noun}."
    quote = f"In 1948 Zell rejected the {noun}."
    _, why = resolve_definites(f"In ____ Zell rejected the {noun}.", "1948", text, quote,
                               "Kell and Zell", labelled=True)
    assert why


def test_a_dam_the_title_names_is_the_labels() -> None:
    """(guard: in a document about the Kell Dam, "the dam" is the one the label names)"""
    text = "The Kell Dam\n\nThe Kell Dam was planned in 1950. In 1962 the dam was finished."
    _, why = resolve_definites("In ____ the dam was finished.", "1962", text,
                               "In 1962 the dam was finished.", "The Kell Dam", labelled=True)
    assert not why
