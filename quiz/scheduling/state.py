"""One student's progress on one card: the FSRS card plus quiz's own flags.

`CardState` is what the store reads and writes (table `card_state`) and what the scheduler
turns into an `fsrs.Card` and back. fsrs has no "new" state (a new fsrs card is Learning at
step 0 with no stability), so quiz adds `NEW = 0`: a card never answered, which may still carry
flags (suspended, buried). `reps` and `lapses` are counted here because fsrs does not.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

import fsrs

NEW = 0
LEARNING = int(fsrs.State.Learning)
REVIEW = int(fsrs.State.Review)
RELEARNING = int(fsrs.State.Relearning)
STATE_NAMES = {NEW: "new", LEARNING: "learning", REVIEW: "review", RELEARNING: "relearning"}


@dataclass(frozen=True)
class CardState:
    """A student's schedule for one card (`card_pk` is the integer fsrs card id)."""

    card_pk: int
    state: int = NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0
    suspended: bool = False
    buried_until: datetime | None = None
    leech: bool = False

    @property
    def is_new(self) -> bool:
        """Never answered (flags such as suspended may still be set)."""
        return self.state == NEW

    @property
    def state_name(self) -> str:
        """new, learning, review or relearning."""
        return STATE_NAMES[self.state]

    def to_fsrs(self, now: datetime) -> fsrs.Card:
        """The fsrs card for this state; a new card is Learning step 0, due `now`."""
        if self.state == NEW:
            return fsrs.Card(card_id=self.card_pk, state=fsrs.State.Learning, step=0, due=now)
        return fsrs.Card(
            card_id=self.card_pk,
            state=fsrs.State(self.state),
            step=self.step,
            stability=self.stability,
            difficulty=self.difficulty,
            due=self.due if self.due is not None else now,
            last_review=self.last_review,
        )

    def with_fsrs(self, card: fsrs.Card, *, lapsed: bool) -> CardState:
        """This state updated from the fsrs card a review produced (one more rep, maybe a lapse)."""
        return replace(
            self,
            state=int(card.state),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=card.due,
            last_review=card.last_review,
            reps=self.reps + 1,
            lapses=self.lapses + (1 if lapsed else 0),
        )
