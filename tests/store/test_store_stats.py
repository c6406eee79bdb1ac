"""Statistics from a real session at pinned times: forecast, heatmap, retention, leeches."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import fsrs
import pytest

from quiz.deck.model import Card, Deck
from quiz.scheduling.service import StudyService
from quiz.scheduling.session import StudySession
from quiz.store import ProgressStore
from quiz.store.stats import (
    answer_accuracy,
    card_history,
    forecast,
    leeches,
    reviews_per_day,
    true_retention,
)

UTC = timezone.utc
TOKYO = ZoneInfo("Asia/Tokyo")  # UTC+9, no DST
DECK = Deck(id="geo", title="Geography", cards=tuple(
    Card(id=f"g{i}", question=f"Capital {i}?", answer=f"City {i}") for i in range(4)))


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    s = ProgressStore.open(tmp_path / "progress.db")
    yield s
    s.close()


def test_stats_after_two_study_days(store: ProgressStore) -> None:
    # 2025-06-01 18:30 UTC is 03:30 on 2 June in Tokyo: before 4 am, so study day 1 June.
    clock = Clock(datetime(2025, 6, 1, 18, 30, tzinfo=UTC))
    s = StudySession(store, "ana", [DECK], now=clock, fuzz=False, tz=TOKYO,
                     learn_ahead=timedelta(0))
    for rating in (fsrs.Rating.Easy, fsrs.Rating.Easy, fsrs.Rating.Again):
        s.answer(s.next_card(), rating)
    clock.at = datetime(2025, 6, 1, 19, 30, tzinfo=UTC)  # 04:30 in Tokyo: study day 2 June
    s.answer(s.next_card(), fsrs.Rating.Good)  # g2, learning again after its Again
    sid = s.student.id

    per_day = reviews_per_day(store, sid, tz=TOKYO)
    assert per_day == {date(2025, 6, 1): 3, date(2025, 6, 2): 1}
    assert reviews_per_day(store, sid, tz=UTC) == {date(2025, 6, 1): 4}
    since = datetime(2025, 6, 1, 19, tzinfo=UTC)  # only the last answer is after this
    assert reviews_per_day(store, sid, tz=TOKYO, since=since) == {date(2025, 6, 2): 1}
    assert reviews_per_day(store, sid, tz=TOKYO, deck_ids=["other"]) == {}
    assert reviews_per_day(store, sid, tz=TOKYO, deck_ids=["geo"]) == per_day

    # Every answer so far was to a new or learning card: no true-retention data yet.
    assert true_retention(store, sid).rate is None
    assert (answer_accuracy(store, sid).passed, answer_accuracy(store, sid).total) == (3, 4)

    days = forecast(store, sid, now=clock.at, tz=TOKYO, days=10)
    assert days[0][0] == date(2025, 6, 2) and len(days) == 10
    # g2 (learning) is due today; g0 and g1 (Easy: 8 days) fall due on 9 June at 18:30 UTC,
    # which is 03:30 on 10 June in Tokyo, so still the study day of 9 June.
    assert store.get_state(sid, store.card_pk("geo", "g0")).due == datetime(
        2025, 6, 9, 18, 30, tzinfo=UTC)
    assert {day: n for day, n in days if n} == {date(2025, 6, 2): 1, date(2025, 6, 9): 2}

    # Review the two Easy cards when due: one passes, one lapses -> true retention 1/2.
    for rating in (fsrs.Rating.Good, fsrs.Rating.Again):
        clock.at = datetime(2025, 7, 1, tzinfo=UTC)
        item = s.next_card()
        while item.state.state != 2:
            s.answer(item, fsrs.Rating.Easy)
            item = s.next_card()
        s.answer(item, rating)
    retention = true_retention(store, sid)
    assert (retention.passed, retention.total, retention.rate) == (1, 2, 0.5)
    assert true_retention(store, sid, since=datetime(2025, 8, 1, tzinfo=UTC)).total == 0


def test_leeches_and_card_history(store: ProgressStore) -> None:
    clock = Clock(datetime(2025, 6, 1, 12, tzinfo=UTC))
    s = StudySession(store, "ana", [DECK], now=clock, fuzz=False, tz=UTC,
                     learn_ahead=timedelta(0))
    s.answer(s.next_card(), fsrs.Rating.Easy)
    pk = store.card_pk("geo", "g0")
    for _ in range(8):
        clock.at = store.get_state(s.student.id, pk).due
        s.answer(s.next_card(), fsrs.Rating.Again)
        clock.at = store.get_state(s.student.id, pk).due
        s.answer(s.next_card(), fsrs.Rating.Good)
    [leech] = leeches(store, s.student.id)
    assert (leech.card_id, leech.lapses, leech.question) == ("g0", 8, "Capital 0?")
    assert leeches(store, s.student.id, deck_ids=["other"]) == []
    history = card_history(store, s.student.id, "geo", "g0")
    assert [r.rating for r in history] == [4] + [1, 3] * 8
    assert [r.reviewed_at for r in history] == sorted(r.reviewed_at for r in history)
    assert card_history(store, s.student.id, "geo", "nope") == []


def test_forecast_shows_a_buried_card_when_its_burial_ends(store: ProgressStore) -> None:
    """Today's forecast agrees with the cards the queue counts due: a buried card comes back
    tomorrow, a suspended one not at all."""
    clock = Clock(datetime(2025, 6, 1, 12, tzinfo=UTC))
    s = StudySession(store, "ana", [DECK], now=clock, fuzz=False, tz=UTC,
                     learn_ahead=timedelta(0))
    for _ in DECK.cards:
        s.answer(s.next_card(), fsrs.Rating.Good)
    sid = s.student.id
    clock.at = datetime(2025, 7, 1, 12, tzinfo=UTC)  # every card is due
    today, tomorrow = date(2025, 7, 1), date(2025, 7, 2)

    def due_days() -> dict[date, int]:
        return {day: n for day, n in forecast(store, sid, now=clock.at, tz=UTC, days=5) if n}

    def queue_due() -> int:
        counts = store.deck_counts(sid, "geo", clock.at)
        return counts.learning + counts.due

    assert due_days() == {today: 4} and queue_due() == 4
    service = StudyService(store, s.student, now=clock, tz="UTC")
    service.bury("geo", "g0")
    service.set_suspended("geo", "g1", True)
    assert due_days() == {today: 2, tomorrow: 1} and queue_due() == 2
    clock.at = datetime(2025, 7, 2, 12, tzinfo=UTC)  # the burial is over
    assert due_days() == {tomorrow: 3} and queue_due() == 3
