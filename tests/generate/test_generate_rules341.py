"""Rule pass 341, from rounds 1405-1412's first readers (heldout1397-1404, canals): a shorter
name a document seems to give its subject after an abbreviation's stop ("St. Lawrence Deep
Waterway Treaty" read from "Great Lakes–St. Lawrence Deep Waterway Treaty" as "Lawrence Deep
Waterway Treaty", once a sentence was ended at "St.") is no label (round 1409 labelled every card
of the treaty's summary "Lawrence Deep Waterway Treaty:").

Every sentence here is invented. Each test fails on the code before, but the guard, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.subject import Subject, with_short_name


@given(st.sampled_from(["St.", "Mt.", "Ste."]))
def test_a_name_cut_at_an_abbreviation_is_no_short_name(abbreviation: str) -> None:
    subject = Subject(f"Vell–{abbreviation} Kask Waterway Treaty", "Treaty", True)
    names = ["Kask Waterway Treaty"] * 3
    assert with_short_name(subject, names).alias == ""


def test_a_guard_a_true_short_name_is_still_taken() -> None:
    subject = Subject("Vell and Kask Waterway Treaty", "Treaty", True)
    assert with_short_name(subject, ["Waterway Treaty"] * 3).alias == "Waterway Treaty"
