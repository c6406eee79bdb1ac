"""Read-only statistics for the TUI's stats screen and the exports, per student.

All day-based figures use the student's study day (local zone, starting at `day_start_hour`),
the same day the study queue and its limits use. Cram answers never count: they do not change
schedules and would inflate retention.

    forecast(store, sid, now=now, tz=tz, days=30)      # [(date, cards due that day)]
    reviews_per_day(store, sid, tz=tz)                 # {date: reviews}, for a heatmap
    true_retention(store, sid, since=...)              # review-state answers not rated Again
    retention_slice(store, sid, ids, since=...)        # per deck, one slice of the log
    answer_accuracy(store, sid, since=...)             # all answers not rated Again
    leeches(store, sid)                                # cards tagged leech, most lapses first
    card_states(store, sid, ids)                       # cards by state (and suspended)
    card_history(store, sid, deck_id, card_id)         # every review of one card
    last_ratings(store, sid, ids)                      # {card pk: its latest rating}
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from quiz.core.clock import (
    DEFAULT_DAY_START_HOUR,
    day_start,
    study_day,
    to_iso,
)
from quiz.core.enums import Rating, State
from quiz.store.progress import ProgressStore, log_time
from quiz.store.records import Review


@dataclass(frozen=True)
class Retention:
    """`passed` of `total` answers were not rated Again; `rate` is None when there were none."""

    passed: int
    total: int

    @property
    def rate(self) -> float | None:
        """passed / total, or None when there is nothing to measure."""
        return self.passed / self.total if self.total else None


@dataclass(frozen=True)
class Leech:
    """A card tagged as a leech for a student, with its lapse count."""

    deck_id: str
    card_id: str
    question: str
    answer: str
    lapses: int
    suspended: bool


def _deck_filter(deck_ids: Sequence[str] | None, column: str) -> tuple[str, list[Any]]:
    if deck_ids is None:
        return "", []
    return f" AND {column} IN ({', '.join('?' for _ in deck_ids)})", list(deck_ids)


def _cards_of(deck_ids: Sequence[str] | None, column: str) -> tuple[str, list[Any]]:
    if deck_ids is None:
        return "", []
    marks = ", ".join("?" for _ in deck_ids)
    return f" AND {column} IN (SELECT pk FROM cards WHERE deck_id IN ({marks}))", list(deck_ids)


def forecast(
    store: ProgressStore,
    student_id: int,
    *,
    now: datetime,
    tz: tzinfo,
    day_start_hour: int = DEFAULT_DAY_START_HOUR,
    days: int = 30,
    deck_ids: Sequence[str] | None = None,
) -> list[tuple[date, int]]:
    """Cards (learning and review, not suspended) falling due on each of the next `days` study
    days, today first; overdue cards count for today. A card buried past `now` is due on the
    day its burial ends (or its own due day, if later), as the study queue will show it.

    One range count per day on the (student, due) index, so only the cards due within the
    window are read, whatever the size of the collection; the few buried cards apart.
    """
    where, params = _cards_of(deck_ids, "s.card_pk")
    stamp = to_iso(now)
    today = study_day(now, tz, day_start_hour)
    result = []
    uppers: list[str] = []  # the end of each day, as stored times
    lower: str | None = None
    for i in range(days):
        day = today + timedelta(days=i)
        upper = to_iso(day_start(day + timedelta(days=1), tz, day_start_hour))
        bounds = "s.due < ?" if lower is None else "s.due >= ? AND s.due < ?"
        (count,) = store.db.conn.execute(
            f"""SELECT count(*) FROM card_state s CROSS JOIN cards c ON c.pk = s.card_pk
                WHERE s.student_id = ? AND {bounds} AND s.state > {State.NEW:d}
                  AND s.suspended = 0 AND (s.buried_until IS NULL OR s.buried_until <= ?)
                  AND c.present = 1{where}""",
            [student_id, *([upper] if lower is None else [lower, upper]), stamp, *params],
        ).fetchone()
        result.append((day, count))
        uppers.append(upper)
        lower = upper
    buried = store.db.conn.execute(
        f"""SELECT max(s.due, s.buried_until) FROM card_state s CROSS JOIN cards c
              ON c.pk = s.card_pk
            WHERE s.student_id = ? AND s.buried_until > ? AND s.state > {State.NEW:d}
              AND s.suspended = 0 AND c.present = 1{where}""",
        [student_id, stamp, *params],
    )
    for (shown,) in buried:
        i = bisect.bisect_right(uppers, shown) if shown is not None else days
        if i < days:
            result[i] = (result[i][0], result[i][1] + 1)
    return result


def reviews_per_day(
    store: ProgressStore,
    student_id: int,
    *,
    tz: tzinfo,
    day_start_hour: int = DEFAULT_DAY_START_HOUR,
    since: datetime | None = None,
    deck_ids: Sequence[str] | None = None,
) -> dict[date, int]:
    """Answers (not cram) per study day, for a calendar heatmap; days without any are absent.

    One range count per study day on the (student, time, cram, card) index: exact in every
    zone (DST included) and never parses a million timestamps in Python.
    """
    where, params = _cards_of(deck_ids, "card_pk")
    span = store.db.conn.execute(
        "SELECT min(reviewed_at), max(reviewed_at) FROM review_log WHERE student_id = ?",
        [student_id],
    ).fetchone()
    if span[0] is None:
        return {}
    first = study_day(log_time(store.db.conn, student_id, span[0]), tz, day_start_hour)
    if since is not None:
        first = max(first, study_day(since, tz, day_start_hour))
    last = study_day(log_time(store.db.conn, student_id, span[1]), tz, day_start_hour)
    per_day = {}
    day = first
    lower = to_iso(since) if since is not None else None
    while day <= last:
        start = to_iso(day_start(day, tz, day_start_hour))
        lower = max(lower, start) if lower is not None else start
        upper = to_iso(day_start(day + timedelta(days=1), tz, day_start_hour))
        (count,) = store.db.conn.execute(
            f"""SELECT count(*) FROM review_log WHERE student_id = ? AND reviewed_at >= ?
                AND reviewed_at < ? AND cram = 0{where}""",
            [student_id, lower, upper, *params],
        ).fetchone()
        if count:
            per_day[day] = count
        day += timedelta(days=1)
        lower = None
    return per_day


def _retention(
    store: ProgressStore,
    student_id: int,
    since: datetime | None,
    deck_ids: Sequence[str] | None,
    review_state_only: bool,
) -> Retention:
    if since is not None:  # the time range of the log leads: read only that slice of it
        found = _retention_by_deck(store, student_id, since, deck_ids, review_state_only)
        return Retention(sum(r.passed for r in found.values()),
                         sum(r.total for r in found.values()))
    where, params = _deck_filter(deck_ids, "c.deck_id")
    if review_state_only:
        where += f" AND r.state_before = {State.REVIEW:d}"
    passed, total = store.db.conn.execute(
        f"""SELECT sum(r.rating > {Rating.AGAIN:d}), count(*)
            FROM review_log r JOIN cards c ON c.pk = r.card_pk
            WHERE r.student_id = ? AND r.cram = 0{where}""",
        [student_id, *params],
    ).fetchone()
    return Retention(passed or 0, total)


def _retention_by_deck(
    store: ProgressStore,
    student_id: int,
    since: datetime,
    deck_ids: Sequence[str] | None,
    review_state_only: bool,
) -> dict[str, Retention]:
    """deck id -> Retention of the answers since `since`; decks without any are absent."""
    return retention_slice(store, student_id, deck_ids, since=to_iso(since),
                           review_state_only=review_state_only)


def retention_slice(
    store: ProgressStore,
    student_id: int,
    deck_ids: Sequence[str] | None,
    *,
    since: str,
    before: str | None = None,
    after_id: int | None = None,
    upto_id: int | None = None,
    review_state_only: bool = True,
) -> dict[str, Retention]:
    """deck id -> Retention of one slice of the log: answers at or after `since` (an ISO time
    as stored) and before `before`, with a log id above `after_id` and at most `upto_id`.

    With `after_id` the new rows lead (the log's own key, read from `after_id` on); otherwise
    the (student, time) index does, through CROSS JOIN: either way only the slice is read,
    whatever the length of the student's history. The slice is added up per card first, so
    each card's deck is then read in key order rather than once per answer at random (`+ 0`
    keeps SQLite from walking the student's whole log by card to skip that sort).
    """
    decks, params = _deck_filter(deck_ids, "c.deck_id")
    where = f" AND r.state_before = {State.REVIEW:d}" if review_state_only else ""
    slice_params: list[Any] = []
    if before is not None:
        where += " AND r.reviewed_at < ?"
        slice_params.append(before)
    if upto_id is not None:
        where += " AND r.id <= ?"
        slice_params.append(upto_id)
    if after_id is not None:  # `+` keeps SQLite off the time index: the id range is smaller
        lead = "r.id > ? AND +r.student_id = ? AND +r.reviewed_at >= ?"
        lead_params: list[Any] = [after_id, student_id, since]
    else:
        lead, lead_params = "r.student_id = ? AND r.reviewed_at >= ?", [student_id, since]
    rows = store.db.conn.execute(
        f"""SELECT c.deck_id, sum(r.passed), sum(r.answers)
            FROM (SELECT r.card_pk, sum(r.rating > {Rating.AGAIN:d}) AS passed,
                         count(*) AS answers
                  FROM review_log r WHERE {lead} AND r.cram = 0{where}
                  GROUP BY r.card_pk + 0) r
            CROSS JOIN cards c ON c.pk = r.card_pk
            WHERE 1{decks}
            GROUP BY c.deck_id""",
        [*lead_params, *slice_params, *params],
    ).fetchall()
    return {deck_id: Retention(passed or 0, total) for deck_id, passed, total in rows}


def retention_since(
    store: ProgressStore, student_id: int, deck_ids: Sequence[str], *, since: str
) -> tuple[int, dict[str, Retention]]:
    """(the highest log id, deck id -> Retention of the review-state answers at or after
    `since`, an ISO time as stored), both read in one snapshot of the database.

    The days after the one `since` falls in are read from `review_days` (a row per day and
    deck, kept by triggers on the log); only the rest of that first day comes from the log
    itself. A time as stored falls on a later day exactly when its first 10 characters
    (`review_days.day`) sort after those of `since`, and on that same day exactly when it
    sorts before `after_day`, that prefix with its last character one higher.
    """
    day = since[:10]
    after_day = day[:-1] + chr(ord(day[-1]) + 1)
    decks, params = _deck_filter(deck_ids, "deck_id")
    with store.snapshot():
        last_id = last_review_id(store)
        found = retention_slice(store, student_id, deck_ids, since=since, before=after_day,
                                upto_id=last_id)
        rows = store.db.conn.execute(
            f"""SELECT deck_id, sum(passed), sum(total) FROM review_days
                WHERE student_id = ? AND day > ?{decks} GROUP BY deck_id""",
            [student_id, day, *params],
        ).fetchall()
    for deck_id, passed, total in rows:
        part = found.get(deck_id)
        found[deck_id] = Retention(passed + (part.passed if part else 0),
                                   total + (part.total if part else 0))
    return last_id, found


def last_review_id(store: ProgressStore) -> int:
    """The highest id in the review log (0 when it is empty)."""
    return int(store.db.conn.execute("SELECT coalesce(max(id), 0) FROM review_log").fetchone()[0])


def true_retention(
    store: ProgressStore,
    student_id: int,
    *,
    since: datetime | None = None,
    deck_ids: Sequence[str] | None = None,
) -> Retention:
    """True retention (as Anki): of answers to cards in the Review state, those not Again."""
    return _retention(store, student_id, since, deck_ids, review_state_only=True)


def answer_accuracy(
    store: ProgressStore,
    student_id: int,
    *,
    since: datetime | None = None,
    deck_ids: Sequence[str] | None = None,
) -> Retention:
    """Of all answers (new, learning and review cards), those not rated Again."""
    return _retention(store, student_id, since, deck_ids, review_state_only=False)


def leeches(
    store: ProgressStore, student_id: int, deck_ids: Sequence[str] | None = None
) -> list[Leech]:
    """Cards tagged leech (8+ lapses), most lapses first; removed cards are left out."""
    where, params = _deck_filter(deck_ids, "c.deck_id")
    rows = store.db.conn.execute(
        f"""SELECT c.deck_id, c.card_id, c.question, c.answer, s.lapses, s.suspended
            FROM card_state s JOIN cards c ON c.pk = s.card_pk
            WHERE s.student_id = ? AND s.leech = 1 AND c.present = 1{where}
            ORDER BY s.lapses DESC, c.deck_id, c.position""",
        [student_id, *params],
    ).fetchall()
    return [Leech(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]


def card_states(
    store: ProgressStore, student_id: int, deck_ids: Sequence[str] | None = None
) -> list[tuple[str, int]]:
    """(name, cards) for new, learning, review, relearning and suspended, in that order: the
    present cards of `deck_ids` (all decks when None) by the student's state. A suspended card
    counts as suspended only; a card never touched is new."""
    where, params = _deck_filter(deck_ids, "c.deck_id")
    rows = store.db.conn.execute(
        f"""SELECT CASE WHEN s.suspended = 1 THEN -1 ELSE coalesce(s.state, {State.NEW:d}) END,
                   count(*)
            FROM cards c LEFT JOIN card_state s ON s.student_id = ? AND s.card_pk = c.pk
            WHERE c.present = 1{where}
            GROUP BY 1""",
        [student_id, *params],
    ).fetchall()
    found = dict(rows)
    names = [(state.label, int(state)) for state in State] + [("suspended", -1)]
    return [(name, found.get(key, 0)) for name, key in names]


def card_history(
    store: ProgressStore, student_id: int, deck_id: str, card_id: str
) -> list[Review]:
    """Every review of one card by one student, oldest first (cram included, marked)."""
    pk = store.card_pk(deck_id, card_id)
    return [] if pk is None else store.reviews(student_id, card_pk=pk)


def last_ratings(
    store: ProgressStore, student_id: int, deck_ids: Sequence[str]
) -> dict[int, Rating]:
    """{card pk: the rating of its latest review} for the cards of `deck_ids` the student has
    answered (cram included): one grouped query, not the whole log read into Python."""
    where, params = _deck_filter(deck_ids, "c.deck_id")
    rows = store.db.conn.execute(
        f"""SELECT card_pk, rating FROM (
                SELECT r.card_pk, r.rating, row_number() OVER (
                    PARTITION BY r.card_pk ORDER BY r.reviewed_at DESC, r.id DESC) AS latest
                FROM review_log r JOIN cards c ON c.pk = r.card_pk
                WHERE r.student_id = ?{where})
            WHERE latest = 1""",
        [student_id, *params],
    ).fetchall()
    return {pk: Rating(rating) for pk, rating in rows}


__all__ = [
    "Leech",
    "Retention",
    "answer_accuracy",
    "card_history",
    "card_states",
    "forecast",
    "last_ratings",
    "last_review_id",
    "leeches",
    "retention_slice",
    "reviews_per_day",
    "true_retention",
]
