"""The schema's quick checks of a list of rows a column at a time (`_table`, `_column`) agree
with its checks of each row and each value: the class report accepts and refuses exactly the
same exports."""

from __future__ import annotations

import copy
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.export.schema import _column, _compile, _table, progress_schema

_PROPERTIES = progress_schema()["properties"]
_TABLES = {name: _PROPERTIES[name]["items"] for name in ("students", "decks", "cards", "reviews")}
_SOURCE = {"file": "seeds/a.txt", "line": 3, "quote": "A quote."}
# One valid row of each list, as an export writes it.
_ROWS: dict[str, dict[str, Any]] = {
    "students": {"name": "ana", "cards": 2, "cards_seen": 1, "reviews": 3, "misses": 1,
                 "accuracy": 0.6667, "true_retention": None, "last_review": "2026-03-01T09:00:00Z",
                 "due_now": 0, "mean_retrievability": 0.9},
    "decks": {"id": "d", "title": "Deck", "cards": 2, "reviews": 3, "misses": 1,
              "states": {"new": 1, "learning": 0, "review": 1, "relearning": 0},
              "accuracy": 0.6667, "true_retention": 1.0, "mean_retrievability": None},
    "cards": {"student": "ana", "deck": "d", "card_id": "q517ecc9d7a", "question": "Q?",
              "answer": "A", "state": "review", "reviews": 2, "misses": 0, "lapses": 0,
              "accuracy": 1.0, "last_review": "2026-03-01T09:00:00Z", "last_rating": 3,
              "stability": 2.5, "difficulty": 5.1, "retrievability": 0.95,
              "due": "2026-03-04T09:00:00Z", "suspended": False, "source": _SOURCE},
    "reviews": {"student": "ana", "deck": "d", "card_id": "q517ecc9d7a",
                "reviewed_at": "2026-03-01T09:00:00Z", "rating": 3, "correct": None,
                "response": None, "mode": "flip", "cram": False, "duration_ms": 1200,
                "state_before": "new"},
}
# (Each draw a copy: a test that changes a drawn row or value must not change the next draw's,
# nor the sample rows some of these are.)
_ODD = st.sampled_from([
    None, True, False, 0, 1, -1, 4, 5, 1.0, 0.5, -0.0, 1.5, math.nan, math.inf, 10**20, "",
    "new", "review", "relearning", "flip", "typed", "ana", "2026-03-01T09:00:00Z",
    "2026-02-30T09:00:00Z", "2026-03-01T24:00:00Z", "2026-03-01 09:00:00Z", "0000-01-01T00:00:00Z",
    "\u0662026-03-01T09:00:00Z", [], {}, ["new"], {"file": "f", "line": None, "quote": None},
    {"file": "f", "line": 1.0, "quote": None}, {"file": "f"}, _SOURCE,
    {"new": 0, "learning": 0, "review": 0, "relearning": -1},
]).map(copy.deepcopy)
# An exported time whose date, or time of day, or both may be impossible.
_TIME = st.builds(
    "{}T{}Z".format,
    st.one_of(st.just("2026-03-01"), st.builds("{:04d}-{:02d}-{:02d}".format, st.integers(0, 9999),
                                                st.integers(0, 13), st.integers(0, 32))),
    st.one_of(st.just("09:00:00"), st.builds("{:02d}:{:02d}:{:02d}".format, st.integers(0, 25),
                                              st.integers(0, 60), st.integers(0, 61))))
_VALUE = st.one_of(_ODD, _TIME, st.integers(), st.floats(), st.text(max_size=3))


@st.composite
def _rows(draw: st.DrawFn, table: str) -> list[Any]:
    """Valid rows of `table`, a few of them changed: a value replaced, a key taken away or
    added, or the row replaced by something else."""
    names = list(_ROWS[table])
    rows: list[Any] = [copy.deepcopy(_ROWS[table]) for _ in range(draw(st.integers(0, 4)))]
    for _ in range(draw(st.integers(0, 3))):
        if not rows:
            break
        at = draw(st.integers(0, len(rows) - 1))
        change = draw(st.sampled_from(["value", "value", "value", "drop", "add", "row"]))
        row = rows[at]
        if change == "row" or not isinstance(row, dict):
            rows[at] = draw(_VALUE)
        elif change == "value":
            row[draw(st.sampled_from(names))] = draw(_VALUE)
        elif change == "drop":
            row.pop(draw(st.sampled_from(names)), None)
        else:
            row[draw(st.sampled_from(["extra", *names]))] = draw(_VALUE)
    return rows


@pytest.mark.parametrize("table", sorted(_TABLES))
def test_valid_rows_take_the_quick_path(table: str) -> None:
    check = _table(_TABLES[table])
    assert check is not None
    assert check([_ROWS[table]] * 3) and check([])


@settings(max_examples=400)
@given(data=st.data())
def test_a_table_is_valid_exactly_when_each_row_is(data: st.DataObject) -> None:
    table = data.draw(st.sampled_from(sorted(_TABLES)))
    rows = data.draw(_rows(table))
    check, row_check = _table(_TABLES[table]), _compile(_TABLES[table])
    assert check is not None and row_check is not None
    assert check(rows) == all(map(row_check, rows))


_COLUMNS = [(table, name) for table in sorted(_TABLES)
            for name in _TABLES[table]["properties"]]


@settings(max_examples=1000)
@given(where=st.sampled_from(_COLUMNS), data=st.data())
def test_a_column_is_valid_exactly_when_each_value_is(where: tuple[str, str],
                                                      data: st.DataObject) -> None:
    table, name = where
    schema = _TABLES[table]["properties"][name]
    # Valid values and a few others: a column is refused as soon as one value is.
    values = [_ROWS[table][name]] * data.draw(st.integers(0, 3))
    for odd in data.draw(st.lists(_VALUE, max_size=2)):
        values.insert(data.draw(st.integers(0, len(values))), odd)
    check, value_check = _column(schema), _compile(schema)
    assert check is not None and value_check is not None
    assert check(values) == all(map(value_check, values))
    assert check([_ROWS[table][name]] * 2)
