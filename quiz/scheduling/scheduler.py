"""FSRS scheduling through the `fsrs` package (never re-implemented here).

`Scheduler` wraps `fsrs.Scheduler` with quiz's settings (desired retention per deck, learning
and relearning steps, fuzzing on except in tests) and works on `CardState`: copies in, new
values out, `now` always passed in and always timezone-aware (converted to `timezone.utc`,
which is the only zone fsrs accepts). This is the one module that talks to fsrs: `to_fsrs` and
`with_fsrs` convert quiz's `CardState` and `Rating` to fsrs's types and back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import fsrs

from quiz.core.clock import as_utc
from quiz.core.enums import Rating, State
from quiz.store.records import CardState

DEFAULT_RETENTION = 0.9
DEFAULT_LEARNING_STEPS = (timedelta(minutes=1), timedelta(minutes=10))
DEFAULT_RELEARNING_STEPS = (timedelta(minutes=10),)
# quiz's states after the first answer, as fsrs's (a lookup: calling the enum costs more)
_FSRS_STATE = {state: fsrs.State(int(state)) for state in State if state != State.NEW}


def to_fsrs(state: CardState, now: datetime) -> fsrs.Card:
    """The fsrs card for a state; a new card is Learning step 0, due `now`."""
    if state.state == State.NEW:
        return fsrs.Card(card_id=state.card_pk, state=fsrs.State.Learning, step=0, due=now)
    return fsrs.Card(
        card_id=state.card_pk,
        state=_FSRS_STATE[state.state],
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=state.due if state.due is not None else now,
        last_review=state.last_review,
    )


def with_fsrs(state: CardState, card: fsrs.Card, *, lapsed: bool) -> CardState:
    """`state` updated from the fsrs card a review produced (one more rep, maybe a lapse)."""
    return replace(
        state,
        state=State(int(card.state)),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
        reps=state.reps + 1,
        lapses=state.lapses + (1 if lapsed else 0),
    )


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
        rating: Rating | int,
        now: datetime,
        duration_ms: int | None = None,
    ) -> CardState:
        """The state after answering with `rating` at `now`; a Review card rated Again lapses."""
        now = as_utc(now)
        card, _log = self._fsrs.review_card(
            to_fsrs(state, now), fsrs.Rating(int(rating)), review_datetime=now,
            review_duration=duration_ms,
        )
        lapsed = state.state == State.REVIEW and rating == Rating.AGAIN
        return with_fsrs(state, card, lapsed=lapsed)

    def preview(self, state: CardState, now: datetime) -> dict[Rating, timedelta]:
        """How long until the card is due again for each of the four ratings (unfuzzed)."""
        now = as_utc(now)
        card = to_fsrs(state, now)
        result: dict[Rating, timedelta] = {}
        for rating in Rating:
            after, _log = self._preview_fsrs.review_card(card, fsrs.Rating(int(rating)),
                                                         review_datetime=now)
            result[rating] = after.due - now
        return result

    def retrievability(self, state: CardState, now: datetime) -> float:
        """The predicted probability of recalling the card at `now` (0 for a new card)."""
        if state.is_new:
            return 0.0
        return float(self._fsrs.get_card_retrievability(to_fsrs(state, now), as_utc(now)))

    def retrievabilities(self, states: Iterable[CardState], now: datetime) -> list[float]:
        """`retrievability` of each state, the same numbers, for many states at once (an
        export's): one fsrs card carries each state's stability and last review in turn, all
        that FSRS's retrievability reads, where `retrievability` builds a whole card each."""
        now = as_utc(now)
        card = fsrs.Card(card_id=0, state=fsrs.State.Review, due=now)
        recall = self._fsrs.get_card_retrievability
        found = []
        for state in states:
            if state.state == State.NEW:
                found.append(0.0)
                continue
            card.stability = state.stability
            card.last_review = state.last_review
            found.append(float(recall(card, now)))
        return found


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
