"""The class report's quick ways of going over a whole class's review log give what the plain
ways give."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.export.class_report import _sort_by_time

_DAY = st.sampled_from(["2026-03-01", "2026-03-02", "2026-03-09", "2024-02-29", "0047-01-01"])
_STAMP = st.one_of(st.builds("{}T{}Z".format, _DAY, st.sampled_from(["09:00:00", "23:59:59"])),
                   st.sampled_from(["2026-03-01T09:00:00+01:00", "2026-03-01T09:00Z", "2026-03-01"]))
_REVIEW = st.fixed_dictionaries({
    "student": st.sampled_from(["ana", "ben", "Ana", "b", "ben2"]),
    "deck": st.sampled_from(["d1", "d2", "d3"]),
    "card_id": st.sampled_from(["c1", "c2"]),
    "reviewed_at": _STAMP,
    "rating": st.sampled_from([1, 2, 3, 4]),
    "correct": st.sampled_from([None, True, False]),
    "response": st.one_of(st.none(), st.sampled_from(["", "  ", "Paris", "paris ", "PARIS",
                                                      "Treaty of  Paris", "treaty of paris",
                                                      "Vienna", "ß", "SS", "ss"])),
    "mode": st.sampled_from(["flip", "typed", "choice"]),
    "cram": st.booleans(),
    "duration_ms": st.none(),
    "state_before": st.sampled_from([None, "new", "learning", "review", "relearning"]),
})


@settings(max_examples=300)
@given(st.lists(_REVIEW, max_size=30), st.booleans())
def test_the_merge_sorts_as_by_time_then_student(reviews: list[Any], same_length: bool) -> None:
    if same_length:  # as the schema makes them
        reviews = [r for r in reviews if len(r["reviewed_at"]) == 20]
    expected = sorted(reviews, key=itemgetter("reviewed_at", "student"))
    _sort_by_time(reviews)
    assert [id(r) for r in reviews] == [id(r) for r in expected]
