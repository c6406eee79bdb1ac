"""How a card is presented: flip, typed or multiple choice, and the order of its options.

Kept in the core so that every front end (the TUI, a future one, the tests) shows a card the same
way; the UI only draws what this decides.
"""

from __future__ import annotations

import random

from quiz.core.enums import StudyMode
from quiz.deck.model import Card

TYPED_MAX_WORDS = 6  # auto mode types short answers and flips long ones


def card_mode(card: Card, chosen: StudyMode | str) -> StudyMode:
    """The mode a card is shown in: the session's choice, or in auto the one that fits it.

    Choice needs wrong options, so a card without `choices` is typed instead; auto picks choice
    when there are options, typed for answers of a few words, and flip for long answers that
    nobody should have to type.
    """
    chosen = StudyMode(chosen)
    if chosen in (StudyMode.CHOICE, StudyMode.AUTO) and card.choices:
        return StudyMode.CHOICE
    if chosen == StudyMode.CHOICE:
        return StudyMode.TYPED
    if chosen == StudyMode.AUTO:
        short = len(card.answer.split()) <= TYPED_MAX_WORDS
        return StudyMode.TYPED if short else StudyMode.FLIP
    return chosen


def shuffled_options(card: Card, salt: int) -> list[str]:
    """The answer and its wrong choices in an order fixed by the card and `salt` (its reviews).

    Deterministic, so a redraw never reorders the options, yet the right answer never stands
    in the same place at two reviews in a row.
    """
    options: list[str] = []
    for step in range(max(salt, 0) + 1):  # a few dozen shuffles at most: salt is a review count
        before = options.index(card.answer) if options else -1
        options = _shuffled(card, step)
        if options.index(card.answer) == before:  # never the same place twice in a row
            options = options[1:] + options[:1]
    return options


def _shuffled(card: Card, salt: int) -> list[str]:
    options = [card.answer, *card.choices]
    random.Random(f"{card.id}:{salt}").shuffle(options)
    return options
