"""FSRS scheduling through the `fsrs` package (never re-implemented here).

`Scheduler` wraps `fsrs.Scheduler` with quiz's settings (desired retention per deck, learning
and relearning steps, fuzzing on except in tests) and works on `CardState`: copies in, new
values out, `now` always passed in and always timezone-aware (converted to `timezone.utc`,
which is the only zone fsrs accepts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import fsrs

from quiz.core.clock import as_utc
from quiz.scheduling.state import REVIEW, CardState

DEFAULT_RETENTION = 0.9
DEFAULT_LEARNING_STEPS = (timedelta(minutes=1), timedelta(minutes=10))
DEFAULT_RELEARNING_STEPS = (timedelta(minutes=10),)
RATINGS = (fsrs.Rating.Again, fsrs.Rating.Hard, fsrs.Rating.Good, fsrs.Rating.Easy)


@dataclass(frozen=True)
class SchedulerSettings:
    """The knobs of one scheduler; one per deck (desired retention is per deck)."""

    desired_retention: float = DEFAULT_RETENTION
    learning_steps: tuple[timedelta, ...] = DEFAULT_LEARNING_STEPS
    relearning_steps: tuple[timedelta, ...] = DEFAULT_RELEARNING_STEPS
    maximum_interval: int = 36500
    enable_fuzzing: bool = True


class Scheduler:
    """Reviews and previews `CardState`s with FSRS; pure apart from fuzzing's randomness."""

    def __init__(self, settings: SchedulerSettings | None = None) -> None:
        self.settings = settings or SchedulerSettings()
        if not 0.0 < self.settings.desired_retention < 1.0:
            raise ValueError("desired retention must be between 0 and 1")
        self._fsrs = self._make(self.settings.enable_fuzzing)
        # Previews show the unfuzzed interval so the four buttons do not jitter on redraw.
        self._preview_fsrs = self._make(False)

    def _make(self, fuzz: bool) -> fsrs.Scheduler:
        s = self.settings
        return fsrs.Scheduler(
            desired_retention=s.desired_retention,
            learning_steps=s.learning_steps,
            relearning_steps=s.relearning_steps,
            maximum_interval=s.maximum_interval,
            enable_fuzzing=fuzz,
        )

    def review(
        self,
        state: CardState,
        rating: fsrs.Rating,
        now: datetime,
        duration_ms: int | None = None,
    ) -> CardState:
        """The state after answering with `rating` at `now`; a Review card rated Again lapses."""
        now = as_utc(now)
        card, _log = self._fsrs.review_card(
            state.to_fsrs(now), fsrs.Rating(rating), review_datetime=now,
            review_duration=duration_ms,
        )
        lapsed = state.state == REVIEW and rating == fsrs.Rating.Again
        return state.with_fsrs(card, lapsed=lapsed)

    def preview(self, state: CardState, now: datetime) -> dict[fsrs.Rating, timedelta]:
        """How long until the card is due again for each of the four ratings (unfuzzed)."""
        now = as_utc(now)
        card = state.to_fsrs(now)
        result: dict[fsrs.Rating, timedelta] = {}
        for rating in RATINGS:
            after, _log = self._preview_fsrs.review_card(card, rating, review_datetime=now)
            result[rating] = after.due - now
        return result

    def retrievability(self, state: CardState, now: datetime) -> float:
        """The predicted probability of recalling the card at `now` (0 for a new card)."""
        if state.is_new:
            return 0.0
        return float(self._fsrs.get_card_retrievability(state.to_fsrs(now), as_utc(now)))


def format_interval(delta: timedelta) -> str:
    """A short human form of an interval for the rating buttons: <1m, 10m, 3h, 4d, 2.5mo, 1.2y."""
    seconds = delta.total_seconds()
    if seconds < 60:
        return "<1m"
    if seconds < 3600:
        return f"{round(seconds / 60)}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo"
    return f"{days / 365:.1f}y"
