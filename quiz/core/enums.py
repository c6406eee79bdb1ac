"""The small closed sets every layer speaks of: a card's state, a rating, a study mode.

`State` and `Rating` are `IntEnum`s whose values are the integers the database stores and fsrs
uses (fsrs has no New state: quiz adds `NEW = 0` for a card never answered), so they go into
SQL and JSON as plain integers. `StudyMode` is a `StrEnum` whose values are the words stored
in the review log and shown on the home screen. No fsrs here: `quiz.scheduling.scheduler`
converts at the one place quiz talks to fsrs (a test checks the values agree).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class State(IntEnum):
    """Where a card is in its schedule for one student."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3

    @property
    def label(self) -> str:
        """new, learning, review or relearning (as exports and screens name it)."""
        return self.name.lower()


class Rating(IntEnum):
    """The student's grade of one answer."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        """Again, Hard, Good or Easy (as the rating buttons name it)."""
        return self.name.capitalize()


class StudyMode(StrEnum):
    """How cards are asked: AUTO picks one of the other three per card (`card_mode`)."""

    AUTO = "auto"
    FLIP = "flip"
    TYPED = "typed"
    CHOICE = "choice"


# The modes a card can actually be shown (and logged) in: AUTO is only a choice on the home
# screen, resolved per card before anything is shown.
SHOWN_MODES = (StudyMode.FLIP, StudyMode.TYPED, StudyMode.CHOICE)
