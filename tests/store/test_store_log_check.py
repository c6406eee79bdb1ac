"""The quick check of a review log read for an export (`_as_quiz_writes`) says yes exactly when
the row-by-row check (`_checked_row`) would leave every row as it is."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.errors import StoreError
from quiz.store.exports import _as_quiz_writes, _checked_row

_TIMES = st.sampled_from([
    "2026-03-01T09:00:00.000000+00:00", "2026-03-01T09:00:00+00:00",
    "2026-03-01T10:00:00.000000+01:00", "2026-03-01T09:00:00.000000", "not a time", "",
])
_ANY = st.one_of(st.none(), st.integers(-2, 6), st.booleans(), st.floats(0, 4),
                 st.text(max_size=3), st.binary(max_size=2), _TIMES)
# A row as quiz writes it (student_id, reviewed_at, id, card_pk, rating, correct, response,
# mode, cram, duration_ms, state_before, due_after, suggested)
_WRITTEN = st.tuples(
    st.integers(1, 3), st.just("2026-03-01T09:00:00.000000+00:00"), st.integers(1, 10**6),
    st.integers(1, 50), st.sampled_from([1, 2, 3, 4]), st.one_of(st.none(), st.integers(0, 1)),
    st.one_of(st.none(), st.text(max_size=5)), st.sampled_from(["flip", "typed", "choice"]),
    st.integers(0, 1), st.one_of(st.none(), st.integers(0, 10**6)),
    st.one_of(st.none(), st.sampled_from([0, 1, 2, 3])),
    st.one_of(st.none(), st.just("2026-03-04T09:00:00.000000+00:00")),
    st.one_of(st.none(), st.sampled_from([1, 2, 3, 4])),
)


@st.composite
def _row(draw: st.DrawFn) -> tuple[object, ...]:
    """A row as quiz writes it, or with one of its checked values replaced by anything."""
    row = list(draw(_WRITTEN))
    if draw(st.booleans()):
        row[draw(st.sampled_from([1, 4, 7, 9, 10, 11, 12]))] = draw(_ANY)
    return tuple(row)


def _left_as_is(row: tuple[object, ...]) -> bool:
    try:
        return _checked_row(row) == row  # type: ignore[arg-type]
    except StoreError:
        return False


@settings(max_examples=600)
@given(st.lists(_row(), max_size=4))
def test_the_quick_check_agrees_with_the_row_by_row_check(rows: list[tuple[object, ...]]) -> None:
    assert _as_quiz_writes(rows) == all(map(_left_as_is, rows))  # type: ignore[arg-type]
