"""The class report's quick ways of going over a whole class's review log give what the plain
ways give: the merge's sort, every deck's days in one pass, the wrong answers counted per
response as typed."""

from __future__ import annotations

from collections import Counter, defaultdict
from operator import itemgetter
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.core.enums import Rating
from quiz.export.class_report import _sort_by_time
from quiz.export.stats import daily, daily_by_deck, wrong_answers

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


@settings(max_examples=300)
@given(st.lists(_REVIEW.filter(lambda r: len(r["reviewed_at"]) == 20), max_size=30))
def test_every_deck_s_days_in_one_pass(reviews: list[Any]) -> None:
    found = daily_by_deck(reviews)
    assert list(found) == list(dict.fromkeys(r["deck"] for r in reviews))
    for deck, days in found.items():
        assert days == daily(r for r in reviews if r["deck"] == deck)


def _wrong_answers_one_by_one(reviews: list[Any], top: int = 3
                              ) -> dict[tuple[str, str], list[tuple[str, int]]]:
    """wrong_answers as it was written first: each review read in turn."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    shown: dict[str, str] = {}
    for r in reviews:
        correct = r["correct"]
        if not (correct is False or (correct is None and r["rating"] == Rating.AGAIN)):
            continue
        text = (r.get("response") or "").strip()
        if not text:
            continue
        key = " ".join(text.casefold().split())
        shown.setdefault(key, text)
        counts[(r["deck"], r["card_id"])][key] += 1
    return {card: [(shown[k], n) for k, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
                   [:top]] for card, c in counts.items()}


@settings(max_examples=300)
@given(st.lists(_REVIEW, max_size=40))
def test_wrong_answers_counted_per_response_as_before(reviews: list[Any]) -> None:
    found = wrong_answers(reviews)
    assert found == _wrong_answers_one_by_one(reviews)
    assert list(found) == list(_wrong_answers_one_by_one(reviews))
