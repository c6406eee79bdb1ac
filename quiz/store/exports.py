"""Read-only bulk queries behind the teachers' exports: decks, cards, students, states, the log.

Each function reads what an export needs for every chosen student and deck in one query, so an
export costs time in proportion to the rows it writes, never students x cards. The cards come
with everything they hold (the store keeps each synced card whole), so no export reads a deck
file. Nothing here writes: exports may run while a student is studying in the same database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from quiz.core.clock import to_iso
from quiz.core.enums import SHOWN_MODES, Rating, State
from quiz.deck.model import Card, Deck, Source
from quiz.store.progress import ProgressStore
from quiz.store.records import (
    STATE_COLUMNS,
    CardState,
    Student,
    bad_value,
    checked_time,
    state_from_values,
)

_RATINGS = tuple(int(r) for r in Rating)
_STATES = tuple(int(s) for s in State)
_MODES = tuple(str(m) for m in SHOWN_MODES)
_STORED_LENGTH = len("2026-03-01T09:00:00.000000+00:00")  # every time quiz writes (to_iso)
_CARD_COLUMNS = ("pk", "deck_id", "card_id", "question", "answer", "accept", "choices",
                 "explanation", "tags", "source_file", "source_line", "source_quote")


@dataclass(frozen=True)
class DeckRow:
    """A deck as last synced into the progress database."""

    id: str
    title: str
    path: str | None
    card_count: int
    description: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoredCard:
    """A present card of a synced deck: its key in the store and all it holds."""

    pk: int
    deck_id: str
    card: Card


# A review log row as the exports read it, a plain tuple (a class's export reads every answer
# of every student): student id, reviewed_at (UTC, its first 19 characters the time to the
# second), row id, card pk, the answer (an index into ANSWERS: rating, correct, mode, cram and
# state_before in one small number), response and duration_ms as stored, due_after as stored
# (checked, used by no export). The first three order it (rows are unique by id).
LogRow = tuple[int, str, int, int, int, Any, int | None, str | None]

# What an answer index stands for: (rating, correct (None: not marked), mode, cram, state_before
# (None: logged before quiz kept it)), as an export shows them. The index is computed in SQL
# from the stored values (see _ANSWER), and in Python from the checked ones (_answer).
Answer = tuple[int, bool | None, str, bool, int | None]


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def _text_list(value: str, table: str, row: str, column: str) -> tuple[str, ...]:
    try:
        items = json.loads(value)
    except (TypeError, ValueError):
        items = None
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise bad_value(table, row, column, value, 'a JSON list of text like ["a", "b"]')
    return tuple(items)


def synced_decks(store: ProgressStore) -> list[DeckRow]:
    """Every deck the database knows, by id (decks are shared by all its students)."""
    rows = store.db.conn.execute(
        "SELECT id, title, path, card_count, description, tags FROM decks ORDER BY id"
    ).fetchall()
    return [DeckRow(id=r[0], title=r[1], path=r[2], card_count=r[3], description=r[4],
                    tags=_text_list(r[5], "decks", f"row id={r[0]}", "tags")) for r in rows]


def students(store: ProgressStore) -> list[Student]:
    """Every student, by name (the order of `ProgressStore.list_students`)."""
    rows = store.db.conn.execute(
        "SELECT id, name, new_limit, review_limit, day_start_hour, tz FROM students"
        " ORDER BY name"
    ).fetchall()
    return [Student(*row) for row in rows]


def stored_cards(store: ProgressStore, deck_ids: Sequence[str]) -> dict[str, list[StoredCard]]:
    """deck id -> its present cards in deck order, each as it was at the last sync."""
    found: dict[str, list[StoredCard]] = {deck_id: [] for deck_id in deck_ids}
    rows = store.db.conn.execute(
        f"SELECT {', '.join(_CARD_COLUMNS)} FROM cards WHERE present = 1"
        f" AND deck_id IN ({_marks(deck_ids)}) ORDER BY deck_id, position",
        list(deck_ids),
    )
    for (pk, deck_id, card_id, question, answer, accept, choices, explanation, tags,
         source_file, source_line, source_quote) in rows:
        where = f"row pk={pk}"
        source = None
        if source_file is not None:
            source = Source(source_file, source_line, source_quote)
        card = Card(id=card_id, question=question, answer=answer,
                    accept=_text_list(accept, "cards", where, "accept"),
                    choices=_text_list(choices, "cards", where, "choices"),
                    explanation=explanation, tags=_text_list(tags, "cards", where, "tags"),
                    source=source)
        found[deck_id].append(StoredCard(pk, deck_id, card))
    return found


def stored_deck(store: ProgressStore, deck_id: str) -> Deck | None:
    """The deck `deck_id` as last synced (its present cards), or None if never synced."""
    row = next((d for d in synced_decks(store) if d.id == deck_id), None)
    if row is None:
        return None
    cards = tuple(stored.card for stored in stored_cards(store, [deck_id])[deck_id])
    return Deck(id=row.id, title=row.title, cards=cards, description=row.description,
                tags=row.tags)


def _of_students(student_ids: Sequence[int] | None, column: str) -> tuple[str, list[int]]:
    if student_ids is None:  # every student (a row of a student deleted by hand is left out)
        return f" AND {column} IN (SELECT id FROM students)", []
    return f" AND {column} IN ({_marks(student_ids)})", list(student_ids)


def card_states(
    store: ProgressStore, student_ids: Sequence[int] | None, deck_ids: Sequence[str]
) -> dict[tuple[int, int], tuple[CardState, str | None]]:
    """(student id, card pk) -> the student's state and its due time to the second as
    2026-03-01T09:00:00Z (None: none), for the present cards of `deck_ids` (a card a student
    never touched has no entry); `student_ids` None: every student."""
    students_where, students_params = _of_students(student_ids, "s.student_id")
    rows = store.db.conn.execute(
        f"""SELECT {', '.join('s.' + column for column in STATE_COLUMNS)}
            FROM card_state s JOIN cards c ON c.pk = s.card_pk
            WHERE c.present = 1 AND c.deck_id IN ({_marks(deck_ids)}){students_where}""",
        [*deck_ids, *students_params],
    ).fetchall()
    found = {}
    for row in rows:
        state = state_from_values(row)
        due = row[_DUE]
        if due is not None and not _AS_TO_ISO(due):  # written by hand: formatted again
            due = to_iso(state.due) if state.due is not None else None
        found[(row[0], row[1])] = (state, None if due is None else due[:19] + "Z")
    return found


_DUE = STATE_COLUMNS.index("due")
# A time exactly as to_iso writes it, its first 19 characters the time to the second.
_AS_TO_ISO = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\+00:00").fullmatch


def due_now(
    store: ProgressStore, student_ids: Sequence[int] | None, deck_ids: Sequence[str],
    now: datetime,
) -> dict[int, int]:
    """student id -> their studied cards of `deck_ids` due at `now`, not suspended or buried
    at `now` (`ProgressStore.due_counts`, learning and review added up) for every student in
    one query; a student with none has no entry. `student_ids` None: every student."""
    students_where, students_params = _of_students(student_ids, "s.student_id")
    stamp = to_iso(now)
    rows = store.db.conn.execute(
        f"""SELECT s.student_id, count(*)
            FROM card_state s CROSS JOIN cards c ON c.pk = s.card_pk
            WHERE s.due <= ? AND s.state > {State.NEW:d} AND s.suspended = 0
              AND (s.buried_until IS NULL OR s.buried_until <= ?) AND c.present = 1
              AND c.deck_id IN ({_marks(deck_ids)}){students_where}
            GROUP BY s.student_id""",
        [stamp, stamp, *deck_ids, *students_params],
    )
    return dict(rows.fetchall())


def card_keys(store: ProgressStore, deck_ids: Sequence[str]) -> dict[int, tuple[str, str]]:
    """card pk -> (deck id, card id) for every card of `deck_ids`, removed ones too (the log
    keeps their answers)."""
    return {pk: (deck_id, card_id) for pk, deck_id, card_id in store.db.conn.execute(
        f"SELECT pk, deck_id, card_id FROM cards WHERE deck_id IN ({_marks(deck_ids)})",
        list(deck_ids))}


def log_rows(
    store: ProgressStore, student_ids: Sequence[int] | None, deck_ids: Sequence[str]
) -> list[LogRow]:
    """The review log of the students (None: every student) on the cards of `deck_ids`
    (removed cards included, cram answers marked) as LogRows: per student id, oldest first.
    A value quiz never writes (a hand-edited row) is a StoreError naming the row."""
    chosen, params = _chosen_log(student_ids, deck_ids)
    rows = _quick_log_rows(store, chosen, params)
    if rows is None:
        rows = _checked_log_rows(store, chosen, params)
    return rows


def _chosen_log(
    student_ids: Sequence[int] | None, deck_ids: Sequence[str]
) -> tuple[str, list[Any]]:
    """The FROM and WHERE of `log_rows`'s query (over `review_log r`), and its parameters."""
    if student_ids is None:
        # The whole table in storage order: joining in SQLite walks the (student, card)
        # index and fetches every row apart.
        chosen = f"""FROM review_log r WHERE +r.student_id IN (SELECT id FROM students)
            AND +r.card_pk IN (SELECT pk FROM cards WHERE deck_id IN ({_marks(deck_ids)}))"""
        params: list[Any] = list(deck_ids)
    else:
        students_where, students_params = _of_students(student_ids, "r.student_id")
        chosen = f"""FROM review_log r JOIN cards c ON c.pk = r.card_pk
            WHERE c.deck_id IN ({_marks(deck_ids)}){students_where}"""
        params = [*deck_ids, *students_params]
    return chosen, params


def _quick_log_rows(
    store: ProgressStore, chosen: str, params: Sequence[Any]
) -> list[LogRow] | None:
    """The log rows `chosen` (a FROM and WHERE over `review_log r`) as `log_rows` returns them,
    or None when a row holds a value this quick read does not take (then
    `_checked_log_rows` reads them). SQL packs the five small columns an export shows into
    the answer index, NULL for a value quiz never writes (or one this read leaves to the
    check: correct or cram other than 0 and 1), so a row is fetched as eight values, not
    thirteen (Python's sqlite3 pays for every column of every row); the times are checked
    here, as `_checked_row` would leave them."""
    rows: list[LogRow] = store.db.conn.execute(
        f"SELECT r.student_id, r.reviewed_at, r.id, r.card_pk, {_ANSWER}, r.response,"
        f" r.duration_ms, r.due_after {chosen}", params).fetchall()
    if not _as_quiz_writes(rows):
        return None
    # Sorted here: SQLite would walk the (student, time) index and fetch each row apart,
    # several times slower than reading the table and sorting (in storage order, the order
    # quiz appends them in, rows come nearly sorted). By student, time as stored and row id
    # (unique: the rest is never compared).
    rows.sort()
    return rows


def _checked_log_rows(store: ProgressStore, chosen: str, params: Sequence[Any]) -> list[LogRow]:
    """`_quick_log_rows` for any rows: every column read and checked row by row in storage
    order (the first bad one is named), sorted by the times as stored, then any time not in
    UTC turned to UTC."""
    rows = store.db.conn.execute(f"SELECT {_LOG_SELECT} {chosen}", params).fetchall()
    return [row for _, row in sorted(zip(rows, map(_checked_row, rows), strict=True))]


# The columns `_checked_row` reads
_LOG_SELECT = ", ".join(f"r.{column}" for column in (
    "student_id", "reviewed_at", "id", "card_pk", "rating", "correct", "response", "mode",
    "cram", "duration_ms", "state_before", "due_after", "suggested"))
ANSWERS: tuple[Answer, ...] = tuple(
    (rating, correct, mode, cram, before)
    for mode in _MODES for cram in (False, True) for correct in (None, False, True)
    for before in (None, *_STATES) for rating in _RATINGS)
_ANSWER_INDEX = {answer: index for index, answer in enumerate(ANSWERS)}


def _place(column: str, values: Sequence[int | str], *, empty: bool = False) -> str:
    """SQL for the place of `column`'s value among `values` (after NULL's when it may be
    `empty`), NULL for any other value. `=` finds an integer only as an integer: a column
    declared INTEGER stores a whole REAL as an INTEGER, and a text is no number."""
    first = 1 if empty else 0
    found = " ".join(f"WHEN {value!r} THEN {first + n}" for n, value in enumerate(values))
    if empty:
        found += f" ELSE CASE WHEN {column} IS NULL THEN 0 END"
    return f"CASE {column} {found} END"


# ANSWERS's index of a row's values, NULL for a value quiz never writes (any NULL place makes
# the sum NULL; suggested and duration_ms are checked, counted as 0), and for correct or cram
# other than 0 or 1, which an export shows as true or false: `_checked_row` reads those.
_ANSWER = f"""{_place("r.rating", _RATINGS)} + {len(_RATINGS)} * (
      {_place("r.state_before", _STATES, empty=True)} + {len(_STATES) + 1} * (
      {_place("r.correct", (0, 1), empty=True)} + 3 * ({_place("r.cram", (0, 1))}
      + 2 * {_place("r.mode", _MODES)})))
    + 0 * {_place("r.suggested", _RATINGS, empty=True)}
    + CASE WHEN r.duration_ms IS NULL OR typeof(r.duration_ms) = 'integer' THEN 0 END"""


def _as_quiz_writes(rows: list[LogRow]) -> bool:
    """True when every quick row has an answer index and reviewed_at in UTC as to_iso writes
    it, due_after empty or a time with an offset: rows `_checked_row` would leave as they are
    (the same checks, without the messages)."""
    parse, utc = datetime.fromisoformat, timezone.utc
    try:
        for (_, reviewed_at, _, _, answer, _, _, due_after) in rows:
            if not (answer is not None and len(reviewed_at) == _STORED_LENGTH
                    and parse(reviewed_at).tzinfo is utc
                    # fromisoformat's zones are fixed offsets: an offset when there is a zone
                    and (due_after is None or parse(due_after).tzinfo is not None)):
                return False
    except (TypeError, ValueError):
        return False
    return True


def _answer(rating: int, correct: Any, mode: str, cram: Any, state_before: int | None) -> int:
    """ANSWERS's index of checked values (correct and cram as an export shows them)."""
    return _ANSWER_INDEX[(rating, None if correct is None else bool(correct), mode, bool(cram),
                          state_before)]


def _checked_row(row: tuple[Any, ...]) -> LogRow:
    """A row of every column (_LOG_SELECT) as a LogRow, reviewed_at in UTC as to_iso writes
    it, or the StoreError for its first value quiz never writes, in the words of
    `review_from_row`."""
    (student_id, reviewed_at, review_id, card_pk, rating, correct, response, mode, cram,
     duration_ms, state_before, due_after, suggested) = row
    try:
        moment = datetime.fromisoformat(reviewed_at)
        if moment.tzinfo is not timezone.utc or len(reviewed_at) != _STORED_LENGTH:
            reviewed_at = to_iso(moment)  # another offset; a naive time is a ValueError
    except (TypeError, ValueError):
        raise _bad(review_id, "reviewed_at", reviewed_at,
                   "a time like 2026-03-01T09:00:00+00:00") from None
    _check(review_id, "rating", rating, _RATINGS)
    _check(review_id, "duration_ms", duration_ms, optional=True)
    if mode not in _MODES:
        raise _bad(review_id, "mode", mode, " or ".join(_MODES))
    _check(review_id, "suggested", suggested, _RATINGS, optional=True)
    _check(review_id, "state_before", state_before, _STATES, optional=True)
    if due_after is not None:
        try:  # an ISO time with an offset, as checked_time takes
            timed = datetime.fromisoformat(due_after).utcoffset() is not None
        except (TypeError, ValueError):
            timed = False
        if not timed:
            checked_time(due_after, "review_log", f"row id={review_id}", "due_after")
    return (student_id, reviewed_at, review_id, card_pk,
            _answer(rating, correct, mode, cram, state_before), response, duration_ms, due_after)


def _check(review_id: int, column: str, value: Any, allowed: tuple[int, ...] = (), *,
           optional: bool = False) -> None:
    """Refuse a value of a whole-number column that quiz never writes."""
    if value is None and optional:
        return
    if type(value) is int and (not allowed or value in allowed):
        return
    expected = " or ".join(map(str, allowed)) if allowed else "a whole number"
    raise _bad(review_id, column, value, expected + (" (or empty)" if optional else ""))


def _bad(review_id: int, column: str, value: Any, expected: str) -> Exception:
    return bad_value("review_log", f"row id={review_id}", column, value, expected)
