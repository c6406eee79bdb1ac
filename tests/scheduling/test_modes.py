"""Which mode a card is shown in, and the order of its options."""

from __future__ import annotations

import pytest

from quiz.deck.model import Card
from quiz.scheduling.modes import card_mode, shuffled_options

WITH_CHOICES = Card(id="a", question="Capital?", answer="Baku", choices=("Ganja", "Quba", "Lankaran"))
SHORT = Card(id="b", question="Who?", answer="Ilham Aliyev")
LONG = Card(id="c", question="What did it say?", answer="security cooperation, energy, and economic and democratic reform")


@pytest.mark.parametrize(
    ("card", "chosen", "mode"),
    [
        (WITH_CHOICES, "auto", "choice"),
        (SHORT, "auto", "typed"),
        (LONG, "auto", "flip"),
        (SHORT, "choice", "typed"),
        (WITH_CHOICES, "choice", "choice"),
        (WITH_CHOICES, "flip", "flip"),
        (WITH_CHOICES, "typed", "typed"),
        (LONG, "typed", "typed"),
    ],
)
def test_card_mode(card: Card, chosen: str, mode: str) -> None:
    assert card_mode(card, chosen) == mode


def test_options_are_stable_for_a_review_and_move_between_reviews() -> None:
    first = shuffled_options(WITH_CHOICES, 0)
    assert first == shuffled_options(WITH_CHOICES, 0)
    assert sorted(first) == sorted(["Baku", "Ganja", "Quba", "Lankaran"])
    places = [shuffled_options(WITH_CHOICES, salt).index("Baku") for salt in range(40)]
    assert all(a != b for a, b in zip(places, places[1:], strict=False))
    assert set(places) == {0, 1, 2, 3}
