"""Plain records the store returns, and the conversion between `CardState` and table rows.

Kept apart from the queries so the TUI and the exports can import the types without SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from quiz.scheduling.clock import from_iso, to_iso
from quiz.scheduling.state import CardState

STATE_COLUMNS = (
    "student_id", "card_pk", "state", "step", "stability", "difficulty", "due", "last_review",
    "reps", "lapses", "suspended", "buried_until", "leech",
)


@dataclass(frozen=True)
class Student:
    """A named student and their study settings (limits are per deck, per study day)."""

    id: int
    name: str
    new_limit: int = 20
    review_limit: int = 200
    day_start_hour: int = 4
    tz: str | None = None


@dataclass(frozen=True)
class StudentSummary:
    """A student with how much they have studied, for `quiz students`."""

    id: int
    name: str
    reviews: int
    cards_seen: int
    last_review: datetime | None


@dataclass(frozen=True)
class DeckSync:
    """What syncing one deck did: `status` is "new", "changed", "renamed" (a deck file renamed
    without `id:`; `renamed_from` is its old id) or "unchanged" (the fast path). An edited card
(a new id with nearly the same question and the same answer) counts as updated, not added and
removed; `kept` names those that had progress, which followed them to their new id."""

    deck_id: str
    status: str
    added: int = 0
    updated: int = 0
    removed: int = 0
    restored: int = 0
    renamed_from: str | None = None
    kept: tuple[tuple[str, str], ...] = ()  # (old id, new id) of edited cards whose progress moved


@dataclass(frozen=True)
class SyncReport:
    """The outcome of `ProgressStore.sync_decks`, one `DeckSync` per deck, in the given order."""

    decks: list[DeckSync] = field(default_factory=list)

    @property
    def changed(self) -> list[DeckSync]:
        """The decks whose cards were written (everything but the fast path)."""
        return [d for d in self.decks if d.status != "unchanged"]

    @property
    def kept(self) -> int:
        """How many edited cards, in all decks, kept their progress under a new id."""
        return sum(len(d.kept) for d in self.decks)

    def kept_line(self) -> str:
        """"kept progress of 2 edited cards", or "" when no edited card had progress."""
        n = self.kept
        return f"kept progress of {n} edited card{'s' if n != 1 else ''}" if n else ""

    def summary(self) -> str:
        """One line per deck that changed, e.g. `history: 3 added, 1 removed`."""
        lines = []
        for d in self.changed:
            parts = [f"{n} {label}" for n, label in (
                (d.added, "added"), (d.updated, "updated"), (d.removed, "removed"),
                (d.restored, "restored")) if n]
            if d.kept:
                parts.append(f"kept progress of {len(d.kept)} edited card"
                             f"{'s' if len(d.kept) != 1 else ''}")
            if d.renamed_from:
                parts.insert(0, f"renamed from {d.renamed_from}")
            lines.append(f"{d.deck_id}: {', '.join(parts) or d.status}")
        return "\n".join(lines)


@dataclass(frozen=True)
class CardInfo:
    """A card as the store last saw it in its deck, with one student's state (None if new)."""

    pk: int
    deck_id: str
    card_id: str
    question: str
    answer: str
    position: int
    present: bool
    state: CardState | None


@dataclass(frozen=True)
class Review:
    """One row of the review log. `rating` is 1-4 (Again..Easy); times are UTC."""

    id: int
    student_id: int
    card_pk: int
    deck_id: str
    card_id: str
    rating: int
    reviewed_at: datetime
    duration_ms: int | None
    response: str | None
    correct: bool | None
    mode: str
    cram: bool
    suggested: int | None
    state_before: int | None
    due_after: datetime | None

    @property
    def overridden(self) -> bool:
        """The student chose a rating other than the one suggested from their answer."""
        return self.suggested is not None and self.suggested != self.rating


@dataclass(frozen=True)
class DeckCounts:
    """Cards of one deck for one student: new (unseen), learning due now, reviews due today."""

    deck_id: str
    new: int
    learning: int
    due: int
    suspended: int = 0
    total: int = 0


def _opt_time(value: str | None) -> datetime | None:
    return from_iso(value) if value else None


def _opt_iso(value: datetime | None) -> str | None:
    return to_iso(value) if value is not None else None


def state_from_row(row: dict[str, Any] | Any) -> CardState:
    """A `CardState` from a `card_state` row (a dict or sqlite3.Row with its columns)."""
    return CardState(
        card_pk=row["card_pk"],
        state=row["state"],
        step=row["step"],
        stability=row["stability"],
        difficulty=row["difficulty"],
        due=_opt_time(row["due"]),
        last_review=_opt_time(row["last_review"]),
        reps=row["reps"],
        lapses=row["lapses"],
        suspended=bool(row["suspended"]),
        buried_until=_opt_time(row["buried_until"]),
        leech=bool(row["leech"]),
    )


def state_to_row(student_id: int, state: CardState) -> tuple[Any, ...]:
    """The `card_state` row values of a state, in STATE_COLUMNS order."""
    return (
        student_id, state.card_pk, state.state, state.step, state.stability, state.difficulty,
        _opt_iso(state.due), _opt_iso(state.last_review), state.reps, state.lapses,
        int(state.suspended), _opt_iso(state.buried_until), int(state.leech),
    )


def review_from_row(row: Any) -> Review:
    """A `Review` from a review_log row joined with cards (deck_id, card_id)."""
    return Review(
        id=row["id"], student_id=row["student_id"], card_pk=row["card_pk"],
        deck_id=row["deck_id"], card_id=row["card_id"], rating=row["rating"],
        reviewed_at=from_iso(row["reviewed_at"]), duration_ms=row["duration_ms"],
        response=row["response"],
        correct=None if row["correct"] is None else bool(row["correct"]),
        mode=row["mode"], cram=bool(row["cram"]), suggested=row["suggested"],
        state_before=row["state_before"], due_after=_opt_time(row["due_after"]),
    )
