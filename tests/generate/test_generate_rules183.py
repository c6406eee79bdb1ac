"""Rule pass 183, from rounds 393-396: "On 31 December 1974, in New Delhi, Portugal's Foreign
Minister, Mário Soares, ... signed" gives no "New Delhi" an office: a name after a comma and "in"
or "at" is the place where the act happened. Every sentence here is invented. Each test fails
on the code before, except the guards named as such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import Document
from quiz.generate.extract import find_facts
from quiz.generate.sentences import Sentence


def _officials(text: str) -> list[tuple[str, str]]:
    doc = Document(Path("a.txt"), f"T\n\n{text}\n", "T")
    return [(f.answer, f.role) for f in find_facts(Sentence(text, 3), doc) if f.kind == "official"]


@given(st.sampled_from(["in New Delhi", "at Port Vell", "in Upper Kell"]))
def test_a_place_before_an_apposed_office_holds_none(place: str) -> None:
    text = (f"On 31 December 1974, {place}, Kell's Foreign Minister, Ivo Tamm, and the Zell "
            "envoy signed the treaty.")
    officials = _officials(text)
    assert ("Ivo Tamm", "Kell's Foreign Minister") in officials
    assert all(name != place.split(" ", 1)[1] for name, _ in officials)


def test_a_person_before_an_apposed_office_still_holds_it() -> None:
    """(guard: "In 1990 Ivo Tamm, the Kellish Foreign Minister, signed it")"""
    assert _officials("In 1990 Ivo Tamm, the Kellish Foreign Minister, signed it.") == [
        ("Ivo Tamm", "Kellish Foreign Minister")]
