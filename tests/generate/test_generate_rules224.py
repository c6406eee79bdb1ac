"""Rule pass 224, from rounds 677-684 (heldout669-heldout676): a place's timeline or fact
sheet whose title opens with a name ("Saint Lucia, 1605–1979: From the Olive Blossom to
Independence", "Tristan da Cunha: Administrators ... — Fact Sheet") was read as a life when its
text says "he" of governors, so its cards were not headed with the place. Every sentence here
is invented. Each test fails on the code before, except the guard named as such."""

from __future__ import annotations

import pytest

from quiz.generate.documents import main_person


def _text(name: str) -> list[str]:
    return [f"{name} was settled in 1605. He came from Lerno. {name} grew. He ruled it. "
            f"{name} prospered. He died there."]


@pytest.mark.parametrize("title", [
    "Orlas Vell, 1605–1979: From the Olive Blossom to Independence",
    "Orlas da Vell: Administrators, Chief Islanders and Constitutional Instruments — Fact Sheet",
    "Orlas Vell: A Timeline",
])
def test_a_places_story_is_no_life(title: str) -> None:
    assert main_person(title, _text("Orlas Vell" if "da" not in title else "Orlas da Vell")) is None


def test_a_life_with_its_years_is_still_one() -> None:
    """(guard: "Orlas Vell (1801–1870)" spans a life)"""
    assert main_person("Orlas Vell (1801–1870)", _text("Orlas Vell")) == ("Orlas Vell", "he")
