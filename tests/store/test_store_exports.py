"""The bulk queries behind the exports: the log in order, times in UTC, rows quiz never wrote."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from quiz.core.enums import State
from quiz.deck.model import Card, Deck
from quiz.errors import StoreError
from quiz.store import ProgressStore
from quiz.store.exports import ANSWERS, card_keys, card_states, log_rows, students
from quiz.store.records import CardState

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
DECKS = [Deck(id=name, title=name, cards=(Card(id="c", question=f"{name}?", answer="A"),))
         for name in ("b-deck", "a-deck")]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    s = ProgressStore.open(tmp_path / "p.db")
    s.sync_decks(DECKS, NOW)
    yield s
    s.close()


def add(store: ProgressStore, student: int, deck: str, at: str, rating: int = 3) -> None:
    with store.transaction():
        store.db.conn.execute(
            "INSERT INTO review_log (student_id, card_pk, rating, reviewed_at, mode,"
            " state_before) VALUES (?, ?, ?, ?, 'flip', 2)",
            [student, store.card_pk(deck, "c"), rating, at])


def test_the_log_is_per_student_oldest_first_with_times_in_utc(store: ProgressStore) -> None:
    zoe = store.get_or_create_student("zoe").id
    ana = store.get_or_create_student("ana").id
    add(store, zoe, "a-deck", "2026-03-01T10:00:00.000000+00:00")
    add(store, ana, "b-deck", "2026-03-01T11:30:00.250000+02:00")  # written by hand: 09:30 UTC
    add(store, ana, "a-deck", "2026-03-01T09:00:00.000000+00:00", rating=1)
    rows = log_rows(store, None, ["a-deck", "b-deck"])
    keys = card_keys(store, ["a-deck", "b-deck"])
    assert [(row[0], keys[row[3]][0], row[1][:19] + "Z", ANSWERS[row[4]][0]) for row in rows] == [
        (zoe, "a-deck", "2026-03-01T10:00:00Z", 3),
        (ana, "a-deck", "2026-03-01T09:00:00Z", 1),
        (ana, "b-deck", "2026-03-01T09:30:00Z", 3),
    ]
    assert rows[2][1] == "2026-03-01T09:30:00.250000+00:00"  # in UTC, as quiz writes times
    assert ANSWERS[rows[0][4]][4] == State.REVIEW
    assert [row[0] for row in log_rows(store, [ana], ["b-deck"])] == [ana]
    assert [s.name for s in students(store)] == ["ana", "zoe"]


def test_rows_of_a_student_deleted_by_hand_are_left_out(store: ProgressStore,
                                                        tmp_path: Path) -> None:
    ana = store.get_or_create_student("ana").id
    add(store, ana, "a-deck", "2026-03-01T10:00:00.000000+00:00")
    with store.transaction():
        store.db.conn.execute("INSERT INTO card_state (student_id, card_pk, state) VALUES (?, ?, 0)",
                              [ana, store.card_pk("a-deck", "c")])
    conn = sqlite3.connect(tmp_path / "p.db")
    conn.execute("DELETE FROM students")  # foreign keys are off in a plain connection
    conn.commit()
    conn.close()
    assert log_rows(store, None, ["a-deck"]) == []
    assert card_states(store, None, ["a-deck"]) == {}


@pytest.mark.parametrize(("column", "value", "message"), [
    ("reviewed_at", "'2026-03-01T10:00:00'", "reviewed_at is '2026-03-01T10:00:00', not a time"),
    ("rating", "'two'", "rating is 'two', not 1 or 2 or 3 or 4"),
    ("duration_ms", "'slow'", "duration_ms is 'slow', not a whole number (or empty)"),
    ("suggested", "7", "suggested is 7, not 1 or 2 or 3 or 4 (or empty)"),
    ("state_before", "5", "state_before is 5, not 0 or 1 or 2 or 3 (or empty)"),
    ("due_after", "'soon'", "due_after is 'soon', not a time"),
])
def test_a_value_quiz_never_writes_is_named(store: ProgressStore, column: str, value: str,
                                            message: str) -> None:
    ana = store.get_or_create_student("ana").id
    add(store, ana, "a-deck", "2026-03-01T10:00:00.000000+00:00")
    with store.transaction():
        store.db.conn.execute(f"UPDATE review_log SET {column} = {value}")
    with pytest.raises(StoreError, match="bad value in table review_log, row id=1: ") as caught:
        log_rows(store, None, ["a-deck"])
    assert message in str(caught.value)


def test_states_read_in_bulk_are_the_states_the_store_reads_one_by_one(
        store: ProgressStore) -> None:
    """card_states builds its CardStates without their __init__: the same values, equal and
    hashed alike, still frozen, and `replace` works on them."""
    ana = store.get_or_create_student("ana").id
    pk = store.card_pk("a-deck", "c")
    assert pk is not None
    with store.transaction():
        store.db.conn.execute(
            "INSERT INTO card_state VALUES (?, ?, 2, NULL, 3.5, 5.25,"
            " '2026-03-16T16:51:00.000000+00:00', '2026-03-06T16:51:00.000000+00:00',"
            " 3, 1, 1, '2026-03-02T04:00:00.000000+00:00', 0)", [ana, pk])
    bulk, due = card_states(store, None, ["a-deck"])[(ana, pk)]
    assert due == "2026-03-16T16:51:00Z"
    single = store.get_state(ana, pk)
    assert single is not None
    assert bulk == single and hash(bulk) == hash(single) and repr(bulk) == repr(single)
    assert type(bulk) is CardState and bulk.state is State.REVIEW and bulk.suspended is True
    with pytest.raises(dataclasses.FrozenInstanceError):
        bulk.lapses = 2  # type: ignore[misc]
    assert dataclasses.replace(bulk, lapses=2) == dataclasses.replace(single, lapses=2)
