"""Plain records the store returns, and the conversion between `CardState` and table rows.

Kept apart from the queries so the TUI and the exports can import the types without SQL.
`CardState` is what the store reads and writes (table `card_state`); the scheduler turns it
into an `fsrs.Card` and back (quiz.scheduling.scheduler), so nothing here knows fsrs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from quiz.core.clock import as_utc, from_iso, to_iso
from quiz.core.enums import SHOWN_MODES, Rating, State, StudyMode
from quiz.errors import StoreError

STATE_COLUMNS = (
    "student_id", "card_pk", "state", "step", "stability", "difficulty", "due", "last_review",
    "reps", "lapses", "suspended", "buried_until", "leech",
)


@dataclass(frozen=True)
class CardState:
    """One student's schedule for one card (`card_pk` is also the integer fsrs card id).

    fsrs has no "new" state (a new fsrs card is Learning at step 0 with no stability), so
    `State.NEW` marks a card never answered, which may still carry flags (suspended, buried).
    `reps` and `lapses` are counted here because fsrs does not.
    """

    card_pk: int
    state: State = State.NEW
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
        return self.state == State.NEW

    @property
    def state_name(self) -> str:
        """new, learning, review or relearning."""
        return State(self.state).label


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
    """One row of the review log; times are UTC. `state_before` is None in rows logged
    before quiz kept it."""

    id: int
    student_id: int
    card_pk: int
    deck_id: str
    card_id: str
    rating: Rating
    reviewed_at: datetime
    duration_ms: int | None
    response: str | None
    correct: bool | None
    mode: StudyMode
    cram: bool
    suggested: Rating | None
    state_before: State | None
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


def bad_value(table: str, row: str, column: str, value: Any, expected: str) -> StoreError:
    """The error for a value in the database that quiz never writes (a hand-edited row)."""
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    return StoreError(f"the progress database has a bad value in table {table}, {row}: "
                      f"{column} is {shown}, not {expected}; correct or delete that row")


def checked_time(value: Any, table: str, row: str, column: str) -> datetime | None:
    """A stored time (None stays None); StoreError naming the table, row and column if the
    text is not an ISO time."""
    if value is None:
        return None
    try:
        return from_iso(value)
    except (TypeError, ValueError):
        raise bad_value(table, row, column, value, "a time like 2026-03-01T09:00:00+00:00"
                        ) from None


def _checked(value: Any, table: str, row: str, column: str, *, allowed: Iterable[Any] = (),
             kind: type | tuple[type, ...] = (), optional: bool = False) -> Any:
    """`value` if it is one of `allowed` or of type `kind` (or None when `optional`)."""
    if value is None and optional:
        return value
    allowed = tuple(allowed)
    if allowed and value in allowed and not isinstance(value, bool | float):
        return value
    if kind and isinstance(value, kind) and not isinstance(value, bool):
        return value
    expected = (" or ".join(map(str, allowed)) if allowed else
                "a number" if kind == (int, float) else "a whole number")
    raise bad_value(table, row, column, value, expected + (" (or empty)" if optional else ""))


def state_from_row(row: dict[str, Any] | Any) -> CardState:
    """A `CardState` from a `card_state` row (a dict or sqlite3.Row with its columns);
    StoreError naming the row when a value is one quiz never writes."""
    where = f"row student_id={row['student_id']}, card_pk={row['card_pk']}"

    def time(column: str) -> datetime | None:
        return checked_time(row[column], "card_state", where, column)

    def check(column: str, **rules: Any) -> Any:
        return _checked(row[column], "card_state", where, column, **rules)

    number = (int, float)
    return CardState(
        card_pk=row["card_pk"],
        state=State(check("state", allowed=State)),
        step=check("step", kind=int, optional=True),
        stability=check("stability", kind=number, optional=True),
        difficulty=check("difficulty", kind=number, optional=True),
        due=time("due"),
        last_review=time("last_review"),
        reps=check("reps", kind=int),
        lapses=check("lapses", kind=int),
        suspended=bool(row["suspended"]),
        buried_until=time("buried_until"),
        leech=bool(row["leech"]),
    )


_STATE_OF = {int(s): s for s in State}
_NUMBER = (int, float)
_new, _set = object.__new__, object.__setattr__


def _utc_time(value: str | None) -> datetime | None:
    """`checked_time` without the message: ValueError or TypeError for a bad value."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo is timezone.utc else as_utc(moment)


def state_from_values(values: Sequence[Any]) -> CardState:
    """`state_from_row` for a row's values in STATE_COLUMNS order, the checks written inline
    (an export reads the states of a whole class); a value quiz never writes is left to
    `state_from_row`, which raises the StoreError naming it."""
    (student_id, card_pk, state, step, stability, difficulty, due, last_review, reps, lapses,
     suspended, buried_until, leech) = values
    if (type(state) is int and state in _STATE_OF and (step is None or type(step) is int)
            and (stability is None or type(stability) in _NUMBER)
            and (difficulty is None or type(difficulty) in _NUMBER)
            and type(reps) is int and type(lapses) is int):
        try:
            fields = {"card_pk": card_pk, "state": _STATE_OF[state], "step": step,
                      "stability": stability, "difficulty": difficulty, "due": _utc_time(due),
                      "last_review": _utc_time(last_review), "reps": reps, "lapses": lapses,
                      "suspended": bool(suspended), "buried_until": _utc_time(buried_until),
                      "leech": bool(leech)}
        except (TypeError, ValueError):
            pass
        else:
            # The same CardState as CardState(**fields), without the frozen dataclass's
            # __init__, which sets each field through object.__setattr__ (most of the time
            # an export of a class spends on its states).
            found = _new(CardState)
            _set(found, "__dict__", fields)
            return found
    return state_from_row(dict(zip(STATE_COLUMNS, values, strict=True)))


def _maybe(kind: type[Rating] | type[State], value: int | None) -> Any:
    return None if value is None else kind(value)


def _opt_iso(value: datetime | None) -> str | None:
    return to_iso(value) if value is not None else None


def state_to_row(student_id: int, state: CardState) -> tuple[Any, ...]:
    """The `card_state` row values of a state, in STATE_COLUMNS order."""
    return (
        student_id, state.card_pk, state.state, state.step, state.stability, state.difficulty,
        _opt_iso(state.due), _opt_iso(state.last_review), state.reps, state.lapses,
        int(state.suspended), _opt_iso(state.buried_until), int(state.leech),
    )


def review_from_row(row: Any) -> Review:
    """A `Review` from a review_log row joined with cards (deck_id, card_id)."""
    where = f"row id={row['id']}"

    def check(column: str, **rules: Any) -> Any:
        return _checked(row[column], "review_log", where, column, **rules)

    reviewed_at = checked_time(row["reviewed_at"], "review_log", where, "reviewed_at")
    if reviewed_at is None:
        raise bad_value("review_log", where, "reviewed_at", None, "a time")
    return Review(
        id=row["id"], student_id=row["student_id"], card_pk=row["card_pk"],
        deck_id=row["deck_id"], card_id=row["card_id"],
        rating=Rating(check("rating", allowed=Rating)),
        reviewed_at=reviewed_at, duration_ms=check("duration_ms", kind=int, optional=True),
        response=row["response"],
        correct=None if row["correct"] is None else bool(row["correct"]),
        mode=StudyMode(check("mode", allowed=SHOWN_MODES)), cram=bool(row["cram"]),
        suggested=_maybe(Rating, check("suggested", allowed=Rating, optional=True)),
        state_before=_maybe(State, check("state_before", allowed=State, optional=True)),
        due_after=checked_time(row["due_after"], "review_log", where, "due_after"),
    )
