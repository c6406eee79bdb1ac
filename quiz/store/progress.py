"""`ProgressStore`: students, synced decks, card states and the review log in one database.

The study session, the TUI and the exports all go through this class; nothing else writes
SQL against the progress tables. Every write runs in its own IMMEDIATE transaction that is
committed before the method returns, so a review that `record_review` returned is on disk.

    store = ProgressStore.open(path)          # or ProgressStore(open_db(path))
    student = store.get_or_create_student("ana")
    store.sync_decks(decks)
    store.card_infos(student.id, "history")   # cards with this student's CardState
    store.reviews(student.id, deck_id="history")
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from quiz.core.clock import from_iso, resolve_zone, to_iso, utc_now
from quiz.core.enums import SHOWN_MODES, Rating, State, StudyMode
from quiz.core.students import student_name_problem
from quiz.deck.model import Deck
from quiz.errors import StoreError
from quiz.store.db import open_db, write_transaction
from quiz.store.records import (
    STATE_COLUMNS,
    CardInfo,
    CardState,
    DeckCounts,
    Review,
    Student,
    StudentSummary,
    SyncReport,
    bad_value,
    checked_time,
    review_from_row,
    state_from_row,
    state_to_row,
)
from quiz.store.sync import all_new, never_synced, sync_decks

MAX_DAILY_LIMIT = 1_000_000  # cards a day: far beyond any student, and within SQLite's integers
# first_unseen looks at the cards of this many positions one by one before counting the
# deck's introduced cards
PEEK_CARDS = 64

_STATE_INSERT = (
    f"INSERT OR REPLACE INTO card_state ({', '.join(STATE_COLUMNS)})"
    f" VALUES ({', '.join('?' for _ in STATE_COLUMNS)})"
)
_REVIEW_SELECT = (
    "SELECT r.*, c.deck_id, c.card_id FROM review_log r JOIN cards c ON c.pk = r.card_pk"
)


def log_time(conn: sqlite3.Connection, student_id: int, value: str) -> datetime:
    """A `reviewed_at` read from the review log (e.g. a student's latest); StoreError naming the
    row when it is not a time (a hand-edited database)."""
    try:
        return from_iso(value)
    except (TypeError, ValueError):
        row = conn.execute("SELECT id FROM review_log WHERE student_id = ? AND reviewed_at = ?",
                           [student_id, value]).fetchone()
        where = f"row id={row[0]}" if row else f"a row of student_id={student_id}"
        raise bad_value("review_log", where, "reviewed_at", value, "a time like "
                        "2026-03-01T09:00:00+00:00") from None


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


class ProgressStore:
    """All reads and writes of study progress, over one open `sqlite_utils.Database`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.RLock()
        self._review_writes = 0  # reviews recorded or undone through this store
        self._reviews_undone = 0  # reviews deleted from the log through this store

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One IMMEDIATE write transaction, committed on exit; nests as a savepoint.

        A lock keeps threads sharing this store (a UI and its workers) from writing into each
        other's transactions; other processes are kept out by SQLite's own lock. A write that
        cannot be made (still locked after the busy timeout, disk full, read-only file) raises
        StoreError and leaves nothing half-written.
        """
        with self._lock:
            try:
                with write_transaction(self.db) as db:
                    yield db
            except sqlite3.OperationalError as exc:  # locked past the busy timeout, disk full...
                raise StoreError(f"could not save to the progress database ({exc})") from exc

    @classmethod
    def open(cls, path: Path | None = None, *, create: bool = True) -> ProgressStore:
        """Open (and migrate) the database at `path` (default: QUIZ_DB / the data folder);
        with `create` False a missing database is a StoreError (for commands that only read)."""
        return cls(open_db(path, create=create))

    def close(self) -> None:
        """Close the database connection."""
        self.db.close()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        cursor = self.db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, params).fetchall()

    # --- students --------------------------------------------------------------------------

    def get_or_create_student(self, name: str) -> Student:
        """The student called `name`, created with default limits the first time (a new name
        must pass quiz.core.students' rule; one already in the database, from before the rule,
        is still found)."""
        name = name.strip()
        found = self.student(name) if name else None
        if found is not None:
            return found
        problem = student_name_problem(name)
        if problem is not None:
            raise StoreError(problem)
        with self.transaction():
            self.db.conn.execute(
                "INSERT OR IGNORE INTO students (name, created) VALUES (?, ?)",
                [name, to_iso(utc_now())],
            )
        found = self.student(name)
        assert found is not None
        return found

    def student(self, name: str) -> Student | None:
        """The student called `name`, or None."""
        rows = self._rows(
            "SELECT id, name, new_limit, review_limit, day_start_hour, tz FROM students"
            " WHERE name = ?",
            [name],
        )
        return Student(**dict(rows[0])) if rows else None

    def update_student(
        self,
        name: str,
        *,
        new_limit: int | None = None,
        review_limit: int | None = None,
        day_start_hour: int | None = None,
        tz: str | None = None,
    ) -> Student:
        """Change a student's daily limits, day start hour (0-23) or time zone name."""
        student = self.get_or_create_student(name)
        changes: dict[str, Any] = {}
        for key, value in (("new_limit", new_limit), ("review_limit", review_limit)):
            if value is not None:
                if not 0 <= value <= MAX_DAILY_LIMIT:
                    raise StoreError(f"{key.replace('_', ' ')} must be between 0 and "
                                     f"{MAX_DAILY_LIMIT:,}")
                changes[key] = value
        if day_start_hour is not None:
            if not 0 <= day_start_hour <= 23:
                raise StoreError("the day start hour must be between 0 and 23")
            changes["day_start_hour"] = day_start_hour
        if tz is not None:
            if tz:
                resolve_zone(tz)  # QuizError naming it when there is no such zone
            changes["tz"] = tz or None
        if changes:
            sets = ", ".join(f"{key} = ?" for key in changes)
            with self.transaction():
                self.db.conn.execute(
                    f"UPDATE students SET {sets} WHERE id = ?", [*changes.values(), student.id]
                )
        return self.get_or_create_student(name)

    def list_students(self) -> list[StudentSummary]:
        """Every student with their review count, cards seen and last review, by name.

        A cram answer is practice, not a review (it changes no schedule): it is not counted.
        """
        rows = self._rows(
            f"""SELECT s.id, s.name,
                 (SELECT count(*) FROM review_log r
                   WHERE r.student_id = s.id AND r.cram = 0) AS reviews,
                 (SELECT count(*) FROM card_state c
                   WHERE c.student_id = s.id AND c.state > {State.NEW:d}) AS cards_seen,
                 (SELECT max(reviewed_at) FROM review_log r
                   WHERE r.student_id = s.id AND r.cram = 0) AS last
               FROM students s ORDER BY s.name"""
        )
        return [
            StudentSummary(
                id=r["id"], name=r["name"], reviews=r["reviews"], cards_seen=r["cards_seen"],
                last_review=log_time(self.db.conn, r["id"], r["last"]) if r["last"] else None,
            )
            for r in rows
        ]

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that all see one state of the database (one deferred read transaction; inside
        a transaction already, that one). Holds the store's lock, so no other thread of this
        store writes meanwhile."""
        with self._lock:
            conn = self.db.conn
            if conn.in_transaction:
                yield
                return
            conn.execute("BEGIN")
            try:
                yield
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    # --- decks and cards -------------------------------------------------------------------

    def sync_decks(self, decks: Sequence[Deck], now: datetime | None = None) -> SyncReport:
        """Record the decks' cards (see quiz.store.sync); unchanged decks are skipped."""
        with self._lock:
            return sync_decks(self.db, decks, now)

    def never_synced(self, decks: Sequence[Deck]) -> list[Deck]:
        """The decks the store has never recorded (see quiz.store.sync.never_synced)."""
        with self._lock:
            return never_synced(self.db, decks)

    def all_new(self, ids: Collection[str], syncing: Collection[str]) -> bool:
        """Whether the decks `ids` are surely never recorded (see quiz.store.sync.all_new)."""
        with self._lock:
            return all_new(self.db, ids, syncing)

    def deck_retention(self, deck_id: str) -> float:
        """The desired retention of a deck (0.9 unless changed)."""
        row = self.db.conn.execute(
            "SELECT desired_retention FROM decks WHERE id = ?", [deck_id]
        ).fetchone()
        return float(row[0]) if row else 0.9

    def set_deck_retention(self, deck_id: str, retention: float) -> None:
        """Set a synced deck's desired retention (strictly between 0 and 1)."""
        if not 0.0 < retention < 1.0:
            raise StoreError("desired retention must be between 0 and 1, e.g. 0.9")
        with self.transaction():
            cursor = self.db.conn.execute(
                "UPDATE decks SET desired_retention = ? WHERE id = ?", [retention, deck_id]
            )
        if cursor.rowcount == 0:
            raise StoreError(f"no deck {deck_id!r} in the progress database")

    def card_keys(self, deck_ids: Iterable[str]) -> dict[int, tuple[str, str]]:
        """card pk -> (deck id, card id) for the present cards of `deck_ids`."""
        ids = list(deck_ids)
        rows = self.db.conn.execute(
            f"SELECT pk, deck_id, card_id FROM cards WHERE present = 1"
            f" AND deck_id IN ({_marks(ids)})",
            ids,
        )
        return {pk: (deck_id, card_id) for pk, deck_id, card_id in rows}

    def card_pk(self, deck_id: str, card_id: str) -> int | None:
        """The integer key (and fsrs card id) of a card, or None if never synced."""
        row = self.db.conn.execute(
            "SELECT pk FROM cards WHERE deck_id = ? AND card_id = ?", [deck_id, card_id]
        ).fetchone()
        return row[0] if row else None

    def card_key(self, card_pk: int) -> tuple[str, str] | None:
        """(deck id, card id) of a synced card, or None for an unknown key."""
        row = self.db.conn.execute(
            "SELECT deck_id, card_id FROM cards WHERE pk = ?", [card_pk]
        ).fetchone()
        return (row[0], row[1]) if row else None

    def card_infos(
        self, student_id: int, deck_id: str, *, include_removed: bool = False
    ) -> list[CardInfo]:
        """A deck's cards in deck order with the student's state (None = never touched)."""
        rows = self._rows(
            f"""SELECT c.pk, c.deck_id, c.card_id, c.question, c.answer, c.position, c.present,
                  s.student_id, s.card_pk AS state_pk, {', '.join(
                      's.' + col for col in STATE_COLUMNS[2:])}
                FROM cards c LEFT JOIN card_state s ON s.card_pk = c.pk AND s.student_id = ?
                WHERE c.deck_id = ? {'' if include_removed else 'AND c.present = 1'}
                ORDER BY c.present DESC, c.position""",
            [student_id, deck_id],
        )
        result = []
        for r in rows:
            state = None
            if r["state_pk"] is not None:
                state = state_from_row({**dict(r), "card_pk": r["pk"]})
            result.append(CardInfo(
                pk=r["pk"], deck_id=r["deck_id"], card_id=r["card_id"], question=r["question"],
                answer=r["answer"], position=r["position"], present=bool(r["present"]),
                state=state,
            ))
        return result

    # --- card state and reviews ------------------------------------------------------------

    def get_state(self, student_id: int, card_pk: int) -> CardState | None:
        """The student's stored state for a card, or None if it has no row (a new card)."""
        rows = self._rows(
            "SELECT * FROM card_state WHERE student_id = ? AND card_pk = ?",
            [student_id, card_pk],
        )
        return state_from_row(rows[0]) if rows else None

    def put_state(self, student_id: int, state: CardState) -> None:
        """Store a card state in its own transaction (suspend, bury, leech flags)."""
        with self.transaction():
            self.db.conn.execute(_STATE_INSERT, state_to_row(student_id, state))

    def record_review(
        self,
        student_id: int,
        card_pk: int,
        *,
        rating: Rating | int,
        reviewed_at: datetime,
        before: CardState | None,
        after: CardState | None,
        duration_ms: int | None = None,
        response: str | None = None,
        correct: bool | None = None,
        mode: StudyMode | str = StudyMode.FLIP,
        cram: bool = False,
        suggested: Rating | int | None = None,
    ) -> int:
        """Log a review and store the new state (`after`; None leaves it) in one transaction.

        Returns the review log id, once committed.
        """
        if mode not in SHOWN_MODES:
            raise ValueError(f"unknown study mode {mode!r}")
        with self.transaction():
            cursor = self.db.conn.execute(
                """INSERT INTO review_log (student_id, card_pk, rating, reviewed_at, duration_ms,
                     response, correct, mode, cram, suggested, state_before, due_after)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    student_id, card_pk, int(rating), to_iso(reviewed_at), duration_ms,
                    response, None if correct is None else int(correct), mode, int(cram),
                    None if suggested is None else int(suggested),
                    before.state if before is not None else State.NEW,
                    to_iso(after.due) if after is not None and after.due is not None else None,
                ],
            )
            if after is not None:
                self.db.conn.execute(_STATE_INSERT, state_to_row(student_id, after))
            self._review_writes += 1
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def undo_review(self, student_id: int, review_id: int, before: CardState | None) -> None:
        """Delete a review and put back the state it replaced (None: the card had no row)."""
        with self.transaction():
            row = self.db.conn.execute(
                "SELECT card_pk, cram FROM review_log WHERE id = ? AND student_id = ?",
                [review_id, student_id],
            ).fetchone()
            if row is None:
                raise StoreError("that review is no longer in the log; nothing to undo")
            card_pk, cram = row
            self.db.conn.execute("DELETE FROM review_log WHERE id = ?", [review_id])
            self._review_writes += 1
            self._reviews_undone += 1
            if cram:
                return
            if before is None:
                self.db.conn.execute(
                    "DELETE FROM card_state WHERE student_id = ? AND card_pk = ?",
                    [student_id, card_pk],
                )
            else:
                self.db.conn.execute(_STATE_INSERT, state_to_row(student_id, before))

    def reviews(
        self,
        student_id: int,
        *,
        deck_id: str | None = None,
        card_pk: int | None = None,
        since: datetime | None = None,
        include_cram: bool = True,
    ) -> list[Review]:
        """Review log rows, oldest first, optionally for one deck, one card or since a time."""
        where: list[str] = ["r.student_id = ?"]
        params: list[int | str] = [student_id]
        if deck_id is not None:
            where.append("c.deck_id = ?")
            params.append(deck_id)
        if card_pk is not None:
            where.append("r.card_pk = ?")
            params.append(card_pk)
        if since is not None:
            where.append("r.reviewed_at >= ?")
            params.append(to_iso(since))
        if not include_cram:
            where.append("r.cram = 0")
        rows = self._rows(
            f"{_REVIEW_SELECT} WHERE {' AND '.join(where)} ORDER BY r.reviewed_at, r.id", params
        )
        return [review_from_row(r) for r in rows]

    # --- queue queries (used by quiz.scheduling.session) -----------------------------------

    def studied_today(
        self, student_id: int, deck_ids: Sequence[str], day_start: datetime
    ) -> dict[str, tuple[int, int]]:
        """deck id -> (new cards introduced, review-state cards reviewed) since `day_start`."""
        # Today's slice of the log (index on student, time), each answer's deck looked up by
        # its card: joining the cards instead, SQLite first builds a Bloom filter of every card
        # of the decks (30 ms at 100,000 cards, for the few hundred answers of a day), or walks
        # every card of the decks and all of their reviews.
        rows = self.db.conn.execute(
            f"""SELECT deck_id, sum(state_before = {State.NEW:d}),
                       sum(state_before = {State.REVIEW:d})
                FROM (SELECT (SELECT deck_id FROM cards WHERE pk = r.card_pk) AS deck_id,
                             r.state_before
                      FROM review_log r
                      WHERE r.student_id = ? AND r.reviewed_at >= ? AND r.cram = 0)
                WHERE deck_id IN ({_marks(deck_ids)})
                GROUP BY deck_id""",
            [student_id, to_iso(day_start), *deck_ids],
        )
        counts = {deck_id: (0, 0) for deck_id in deck_ids}
        counts.update({deck_id: (new or 0, rev or 0) for deck_id, new, rev in rows})
        return counts

    def next_due(
        self,
        student_id: int,
        deck_ids: Sequence[str],
        review_deck_ids: Sequence[str],
        *,
        due_by: datetime,
        now: datetime,
        exclude: Sequence[int] = (),
    ) -> CardState | None:
        """The earliest-due learning/relearning card of `deck_ids`, or review card of
        `review_deck_ids` (those under their review limit), due by `due_by`; not suspended,
        not buried at `now`, not removed from its deck, not in `exclude`."""
        rows = self._rows(
            f"""SELECT s.* FROM card_state s JOIN cards c ON c.pk = s.card_pk
                WHERE s.student_id = ? AND s.due <= ? AND s.state > {State.NEW:d}
                  AND s.suspended = 0
                  AND (s.buried_until IS NULL OR s.buried_until <= ?) AND c.present = 1
                  AND c.deck_id IN ({_marks(deck_ids)})
                  AND (s.state != {State.REVIEW:d} OR c.deck_id IN ({_marks(review_deck_ids)}))
                  AND s.card_pk NOT IN ({_marks(exclude)})
                ORDER BY s.due LIMIT 1""",
            [student_id, to_iso(due_by), to_iso(now), *deck_ids, *review_deck_ids, *exclude],
        )
        return state_from_row(rows[0]) if rows else None

    def next_new(
        self,
        student_id: int,
        deck_id: str,
        *,
        now: datetime,
        from_position: int = 0,
        exclude: Sequence[int] = (),
    ) -> tuple[int, int] | None:
        """(pk, position) of the first unseen card of a deck at or after `from_position` that
        is not suspended, nor buried at `now`."""
        return self._first_unseen(student_id, deck_id, from_position, exclude,
                                  available_at=now)

    def first_unseen(
        self,
        student_id: int,
        deck_id: str,
        *,
        from_position: int = 0,
        exclude: Sequence[int] = (),
    ) -> tuple[int, int] | None:
        """(pk, position) of the first card of a deck at or after `from_position` that the
        student has not introduced (no state, or New: suspended and buried ones count too).

        Finding none means walking every card from there, each looked up in the states: the
        whole of a deck studied through. So when the cards of the next PEEK_CARDS positions
        have all been introduced, the deck's introduced cards are counted first
        (`all_introduced`); when that is all of them there is nothing to walk.
        """
        ahead = from_position + PEEK_CARDS
        found = self._first_unseen(student_id, deck_id, from_position, exclude, below=ahead)
        if found is not None:
            return found
        more = self.db.conn.execute(
            "SELECT 1 FROM cards WHERE deck_id = ? AND position >= ? LIMIT 1", [deck_id, ahead]
        ).fetchone()
        if more is None or self.all_introduced(student_id, deck_id):
            return None  # every card from `from_position` was looked at, or all introduced
        return self._first_unseen(student_id, deck_id, ahead, exclude)

    def _first_unseen(self, student_id: int, deck_id: str, from_position: int,
                      exclude: Sequence[int], below: int | None = None,
                      available_at: datetime | None = None) -> tuple[int, int] | None:
        """(pk, position) of the deck's first unseen card from `from_position` (up to `below`);
        with `available_at`, one neither suspended nor buried at that time (`next_new`)."""
        available = ("" if available_at is None else
                     "AND s.suspended = 0 AND (s.buried_until IS NULL OR s.buried_until <= ?)")
        row = self.db.conn.execute(
            f"""SELECT c.pk, c.position FROM cards c
                LEFT JOIN card_state s ON s.student_id = ? AND s.card_pk = c.pk
                WHERE c.deck_id = ? AND c.present = 1 AND c.position >= ?
                  {'' if below is None else 'AND c.position < ?'}
                  AND (s.card_pk IS NULL OR (s.state = {State.NEW:d} {available}))
                  AND c.pk NOT IN ({_marks(exclude)})
                ORDER BY c.position LIMIT 1""",
            [student_id, deck_id, from_position, *([] if below is None else [below]),
             *([] if available_at is None else [to_iso(available_at)]), *exclude],
        ).fetchone()
        return (row[0], row[1]) if row else None

    def all_introduced(self, student_id: int, deck_id: str) -> bool:
        """True when the student has introduced every card of the deck (present or removed),
        as far as that can be told from the deck's range of keys: the cards of a deck synced
        at once hold an unbroken run of keys, so its states are all next to each other and
        counted in one walk. False when they are not all introduced, or the deck's keys are
        not one run (cards added by a later sync): then nothing is known."""
        count, low, high = self.db.conn.execute(
            "SELECT count(*), min(pk), max(pk) FROM cards WHERE deck_id = ?", [deck_id]
        ).fetchone()
        if not count or high - low + 1 != count:
            return False
        (introduced,) = self.db.conn.execute(
            f"""SELECT count(*) FROM card_state WHERE student_id = ?
                AND card_pk BETWEEN ? AND ? AND state != {State.NEW:d}""",
            [student_id, low, high],
        ).fetchone()
        return bool(introduced == count)

    def data_version(self) -> tuple[int, int]:
        """Changes whenever a review is written or undone: by another connection (SQLite's
        data_version) or through this store (its own counter). Lets a session cache counts."""
        version = int(self.db.conn.execute("PRAGMA data_version").fetchone()[0])
        return version, self._review_writes

    def log_only_grew(self) -> tuple[int, int]:
        """Changes whenever the review log may have changed other than by this store appending
        reviews: another connection wrote (SQLite's data_version) or an answer was undone here.
        While it stays the same, totals over the log can be kept by adding the new rows."""
        version = int(self.db.conn.execute("PRAGMA data_version").fetchone()[0])
        return version, self._reviews_undone

    def due_counts(
        self, student_id: int, deck_ids: Sequence[str], now: datetime,
        learning_by: datetime | None = None,
    ) -> dict[str, tuple[int, int]]:
        """deck id -> (learning/relearning cards due by `learning_by`, review cards due at
        `now`), not suspended or buried at `now`; walks only the due part of the (student,
        due) index. With `learning_by` the end of the study day, a card just rated Again (due
        in a minute) counts as learning today, as Anki counts it; default `now`."""
        learning_by = max(now, learning_by or now)
        # The due cards' keys come from the (student, due) index alone, sorted by card: each
        # state and card is then read in key order, page after page, instead of at random
        # (`+ 0` keeps SQLite from walking every state of the student to skip the sort).
        rows = self.db.conn.execute(
            f"""SELECT c.deck_id, sum(s.state != {State.REVIEW:d}),
                       sum(s.state = {State.REVIEW:d} AND s.due <= ?)
                FROM (SELECT card_pk FROM card_state WHERE student_id = ? AND due <= ?
                      ORDER BY card_pk + 0) d
                CROSS JOIN card_state s ON s.student_id = ? AND s.card_pk = d.card_pk
                CROSS JOIN cards c ON c.pk = s.card_pk
                WHERE s.state > {State.NEW:d} AND s.suspended = 0
                  AND (s.buried_until IS NULL OR s.buried_until <= ?) AND c.present = 1
                  AND c.deck_id IN ({_marks(deck_ids)})
                GROUP BY c.deck_id""",
            [to_iso(now), student_id, to_iso(learning_by), student_id, to_iso(now),
             *deck_ids],
        )
        counts = {deck_id: (0, 0) for deck_id in deck_ids}
        counts.update({deck_id: (learning, review) for deck_id, learning, review in rows})
        return counts

    def next_due_time(
        self, student_id: int, deck_ids: Sequence[str], now: datetime
    ) -> datetime | None:
        """The earliest due time of the student's (unsuspended, unburied) studied cards."""
        row = self.db.conn.execute(
            f"""SELECT s.due, s.card_pk FROM card_state s CROSS JOIN cards c ON c.pk = s.card_pk
                WHERE s.student_id = ? AND s.due IS NOT NULL AND s.state > {State.NEW:d}
                  AND s.suspended = 0 AND (s.buried_until IS NULL OR s.buried_until <= ?)
                  AND c.present = 1 AND c.deck_id IN ({_marks(deck_ids)})
                ORDER BY s.due LIMIT 1""",
            [student_id, to_iso(now), *deck_ids],
        ).fetchone()
        if not row or not row[0]:
            return None
        return checked_time(row[0], "card_state",
                            f"row student_id={student_id}, card_pk={row[1]}", "due")

    def count_new(
        self, student_id: int, deck_id: str, *, now: datetime, limit: int, from_position: int = 0
    ) -> int:
        """How many unseen, available cards the deck has from `from_position`, up to `limit`."""
        row = self.db.conn.execute(
            f"""SELECT count(*) FROM (SELECT 1 FROM cards c
                 LEFT JOIN card_state s ON s.student_id = ? AND s.card_pk = c.pk
                 WHERE c.deck_id = ? AND c.present = 1 AND c.position >= ?
                   AND (s.card_pk IS NULL OR (s.state = {State.NEW:d} AND s.suspended = 0
                        AND (s.buried_until IS NULL OR s.buried_until <= ?)))
                 LIMIT ?)""",
            [student_id, deck_id, from_position, to_iso(now), limit],
        ).fetchone()
        return int(row[0])

    def deck_counts(
        self, student_id: int, deck_id: str, now: datetime, day_end: datetime | None = None
    ) -> DeckCounts:
        """Raw counts (no daily limits): unseen cards, learning cards due by `now`, review
        cards due by `day_end` (default `now`), suspended cards and all present cards."""
        row = self.db.conn.execute(
            f"""SELECT count(*),
                 sum(s.card_pk IS NULL OR (s.state = {State.NEW:d} AND s.suspended = 0
                     AND (s.buried_until IS NULL OR s.buried_until <= :now))),
                 sum(s.state IN ({State.LEARNING:d}, {State.RELEARNING:d}) AND s.suspended = 0
                     AND s.due <= :now
                     AND (s.buried_until IS NULL OR s.buried_until <= :now)),
                 sum(s.state = {State.REVIEW:d} AND s.suspended = 0 AND s.due <= :end
                     AND (s.buried_until IS NULL OR s.buried_until <= :now)),
                 sum(s.suspended = 1)
               FROM cards c LEFT JOIN card_state s ON s.student_id = :student AND s.card_pk = c.pk
               WHERE c.deck_id = :deck AND c.present = 1""",
            {"now": to_iso(now), "end": to_iso(day_end or now), "student": student_id,
             "deck": deck_id},
        ).fetchone()
        total, new, learning, due, suspended = (value or 0 for value in row)
        return DeckCounts(deck_id, new=new, learning=learning, due=due, suspended=suspended,
                          total=total)
