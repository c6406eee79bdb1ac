"""The quick read of the review log for an export (`_quick_log_rows`: SQL packs the small
columns into an answer index, Python checks the times) gives exactly what the row-by-row read
gives (`_checked_log_rows`) whenever it takes the rows, and takes every row as quiz writes it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.deck.model import Card, Deck
from quiz.errors import StoreError
from quiz.store import ProgressStore
from quiz.store.exports import (
    ANSWERS,
    LogRow,
    _checked_log_rows,
    _chosen_log,
    _quick_log_rows,
    log_rows,
)

_TIMES = [
    "2026-03-01T09:00:00.000000+00:00", "2026-03-01T09:00:00+00:00",
    "2026-03-01T10:00:00.000000+01:00", "2026-03-01T09:00:00.000000", "not a time", "",
    "2026-03-01 09:00:00.000000+00:00", "2026-03-01T09:00:00.000000-00:00",
    "2026-02-29T09:00:00.000000+00:00", "2028-02-29T09:00:00.000000+00:00",
    "2026-04-31T09:00:00.000000+00:00", "2026-03-01T24:00:00.000000+00:00",
    "0000-03-01T09:00:00.000000+00:00", "2026-03-01T09:00:00Z", "2026-03-01T09:00:00.5+00:00",
    "2026-03-01T09:00:00.00000 +00:00", "20260301T090000.000000000+00:00",
]
# Values a hand-edited row may hold: each column's own and their neighbours, in every type
_ODD = [None, -1, 0, 1, 2, 3, 4, 5, 2**40, 2.5, 1.0, 0.0, -0.5, True, False, "1", "0", "", "x",
        "flip", "typed", "choice", "auto", "Flip", b"", b"\x01", b"flip", *_TIMES]
_ANY = st.one_of(st.sampled_from(_ODD), st.floats(-1, 5), st.text(max_size=3),
                 st.binary(max_size=2))
# The columns a row is written with (the student, card and id are added on insertion)
_COLUMNS = ("reviewed_at", "rating", "correct", "response", "mode", "cram", "duration_ms",
            "state_before", "due_after", "suggested")
_NOT_NULL = {"reviewed_at", "rating", "mode", "cram"}
_AS_WRITTEN = ("2026-03-01T09:00:00.000000+00:00", 3, 1, "typed answer", "typed", 0, 1200, 2,
               "2026-03-04T09:00:00.000000+00:00", 3)
# A row as quiz writes it
_WRITTEN = st.tuples(
    st.sampled_from(["2026-03-01T09:00:00.000000+00:00", "2026-03-01T09:00:00.250000+00:00",
                     "2026-03-02T23:59:59.999999+00:00"]),
    st.sampled_from([1, 2, 3, 4]), st.one_of(st.none(), st.integers(0, 1)),
    st.one_of(st.none(), st.text(max_size=5)), st.sampled_from(["flip", "typed", "choice"]),
    st.integers(0, 1), st.one_of(st.none(), st.integers(0, 10**6)),
    st.one_of(st.none(), st.sampled_from([0, 1, 2, 3])),
    st.one_of(st.none(), st.just("2026-03-04T09:00:00.000000+00:00")),
    st.one_of(st.none(), st.sampled_from([1, 2, 3, 4])),
)


@st.composite
def _row(draw: st.DrawFn) -> tuple[object, ...]:
    """A row as quiz writes it, or with some of its values replaced by anything."""
    row = list(draw(_WRITTEN))
    for _ in range(draw(st.integers(0, 3))):
        place = draw(st.integers(0, len(_COLUMNS) - 1))
        value = draw(_ANY)
        if value is not None or _COLUMNS[place] not in _NOT_NULL:
            row[place] = value
    return tuple(row)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProgressStore]:
    s = ProgressStore.open(Path(tmp_path_factory.mktemp("log")) / "p.db")
    deck = Deck(id="d", title="d", cards=tuple(Card(id=f"c{i}", question=f"q{i}?", answer="a")
                                                for i in range(3)))
    s.sync_decks([deck], datetime(2026, 3, 1, tzinfo=timezone.utc))
    for name in ("ana", "ben"):
        s.get_or_create_student(name)
    s.db.conn.execute("PRAGMA synchronous = OFF")  # each example rewrites the log
    with s.transaction():  # review_days, which they keep, is not read here and takes no blob
        for trigger in ("insert", "delete", "update"):
            s.db.conn.execute(f"DROP TRIGGER review_days_{trigger}")
    yield s
    s.close()


def _write(store: ProgressStore, rows: list[tuple[object, ...]], ids: list[int]) -> None:
    """The log holds `rows` alone, with these ids, of student 1 or 2 and card 0, 1 or 2."""
    pks = [store.card_pk("d", f"c{i}") for i in range(3)]
    with store.transaction():
        store.db.conn.execute("DELETE FROM review_log")
        for review_id, row in zip(ids[:len(rows)], rows, strict=True):
            store.db.conn.execute(
                f"INSERT INTO review_log (id, student_id, card_pk, {', '.join(_COLUMNS)})"
                f" VALUES (?, ?, ?, {', '.join('?' for _ in _COLUMNS)})",
                [review_id, 1 + review_id % 2, pks[review_id % 3], *row])


def _both(store: ProgressStore, student_ids: list[int] | None = None
          ) -> tuple[list[LogRow] | None, list[LogRow] | str]:
    """The quick read (None: not taken) and the row-by-row read (or its error)."""
    chosen, params = _chosen_log(student_ids, ["d"])
    quick = _quick_log_rows(store, chosen, params)
    try:
        checked: list[LogRow] | str = _checked_log_rows(store, chosen, params)
    except StoreError as error:
        checked = str(error)
    return quick, checked


@pytest.mark.parametrize("column", _COLUMNS)
def test_each_odd_value_is_read_quickly_only_as_the_row_by_row_read_reads_it(
        store: ProgressStore, column: str) -> None:
    place = _COLUMNS.index(column)
    for value in _ODD:
        if value is None and column in _NOT_NULL:
            continue
        _write(store, [(*_AS_WRITTEN[:place], value, *_AS_WRITTEN[place + 1:])], [1])
        quick, checked = _both(store)
        assert quick is None or quick == checked, value


# Each example writes to a database: no deadline (a busy machine's commits take their time)
@settings(max_examples=600, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(_row(), max_size=5), ids=st.permutations(range(1, 6)), one=st.booleans())
def test_the_quick_read_agrees_with_the_row_by_row_read(
        store: ProgressStore, rows: list[tuple[object, ...]], ids: list[int], one: bool) -> None:
    _write(store, rows, ids)
    quick, checked = _both(store, [1] if one else None)
    if quick is not None:
        assert quick == checked
        assert log_rows(store, [1] if one else None, ["d"]) == quick


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(_WRITTEN, max_size=5), ids=st.permutations(range(1, 6)))
def test_rows_as_quiz_writes_them_are_read_quickly(
        store: ProgressStore, rows: list[tuple[object, ...]], ids: list[int]) -> None:
    _write(store, rows, ids)
    quick, checked = _both(store)
    assert quick is not None and quick == checked


def test_every_answer_is_read_quickly_as_its_index(store: ProgressStore) -> None:
    """Each of the 360 answers SQL packs (rating, correct, mode, cram, state_before) comes
    back as its place in ANSWERS."""
    rows = [("2026-03-01T09:00:00.000000+00:00", rating, correct, None, mode, cram, None,
             before, None, None) for rating, correct, mode, cram, before in ANSWERS]
    _write(store, rows, list(range(1, len(rows) + 1)))
    quick, checked = _both(store)
    assert quick is not None and quick == checked
    by_id = sorted(quick, key=lambda row: row[2])  # ids 1, 2, ... in the order of ANSWERS
    assert tuple(ANSWERS[row[4]] for row in by_id) == ANSWERS
