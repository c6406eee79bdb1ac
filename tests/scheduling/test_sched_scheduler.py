"""The fsrs wrapper and the clock: each rating's effect, previews, UTC-only, study days."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import fsrs
import pytest

from quiz.core.clock import day_start, from_iso, study_day, to_iso, today_bounds
from quiz.core.enums import Rating, State
from quiz.scheduling.scheduler import Scheduler, SchedulerSettings, format_interval, to_fsrs
from quiz.store.records import CardState

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=timezone.utc)


def scheduler(retention: float = 0.9) -> Scheduler:
    return Scheduler(SchedulerSettings(desired_retention=retention, enable_fuzzing=False))


def test_new_card_each_rating() -> None:
    s = scheduler()
    new = CardState(card_pk=7)
    again = s.review(new, fsrs.Rating.Again, NOW)
    hard = s.review(new, fsrs.Rating.Hard, NOW)
    good = s.review(new, fsrs.Rating.Good, NOW)
    easy = s.review(new, fsrs.Rating.Easy, NOW)
    assert (again.state, again.step, again.due) == (State.LEARNING, 0, NOW + timedelta(minutes=1))
    assert (good.state, good.step, good.due) == (State.LEARNING, 1, NOW + timedelta(minutes=10))
    assert hard.state == State.LEARNING and NOW < hard.due < good.due
    assert easy.state == State.REVIEW and easy.due >= NOW + timedelta(days=1)
    assert again.stability < hard.stability < good.stability < easy.stability
    assert again.difficulty > hard.difficulty > good.difficulty > easy.difficulty
    for state in (again, hard, good, easy):
        assert state.reps == 1 and state.lapses == 0 and state.last_review == NOW


def test_review_card_again_lapses_into_relearning_and_good_grows_interval() -> None:
    s = scheduler()
    card = s.review(CardState(card_pk=1), fsrs.Rating.Easy, NOW)
    later = card.due
    good = s.review(card, fsrs.Rating.Good, later)
    assert good.state == State.REVIEW and good.due - later > card.due - NOW
    lapse = s.review(card, fsrs.Rating.Again, later)
    assert (lapse.state, lapse.lapses) == (State.RELEARNING, 1)
    assert lapse.due == later + timedelta(minutes=10)
    assert lapse.stability < card.stability


def test_higher_desired_retention_gives_shorter_intervals() -> None:
    card = scheduler().review(CardState(card_pk=1), fsrs.Rating.Easy, NOW)
    low = scheduler(0.8).review(card, fsrs.Rating.Good, card.due)
    high = scheduler(0.95).review(card, fsrs.Rating.Good, card.due)
    assert high.due < low.due


def test_preview_matches_what_review_does() -> None:
    s = scheduler()
    state = s.review(CardState(card_pk=3), fsrs.Rating.Easy, NOW)
    at = state.due + timedelta(days=2)
    preview = s.preview(state, at)
    assert list(preview) == [fsrs.Rating.Again, fsrs.Rating.Hard, fsrs.Rating.Good,
                             fsrs.Rating.Easy]
    for rating, interval in preview.items():
        assert s.review(state, rating, at).due - at == interval
    assert preview[fsrs.Rating.Again] < preview[fsrs.Rating.Hard] < preview[fsrs.Rating.Good]


def test_any_aware_zone_is_converted_and_naive_is_refused() -> None:
    s = scheduler()
    paris = NOW.astimezone(ZoneInfo("Europe/Paris"))
    assert s.review(CardState(card_pk=1), fsrs.Rating.Good, paris).last_review == NOW
    with pytest.raises(ValueError, match="naive"):
        s.review(CardState(card_pk=1), fsrs.Rating.Good, datetime(2025, 3, 10, 12))


def test_new_state_is_not_an_fsrs_state_and_converts() -> None:
    card = to_fsrs(CardState(card_pk=42), NOW)
    assert (card.card_id, card.state, card.step, card.due) == (42, fsrs.State.Learning, 0, NOW)
    assert CardState(card_pk=42).state == State.NEW


def test_quiz_states_and_ratings_have_the_values_fsrs_gives_them() -> None:
    """quiz.core.enums does not import fsrs; the values it stores must still be fsrs's."""
    assert {s.name: int(s) for s in fsrs.State} == {
        s.name.capitalize(): int(s) for s in State if s != State.NEW}
    assert {r.name: int(r) for r in fsrs.Rating} == {r.label: int(r) for r in Rating}


def test_iso_text_round_trips_and_sorts() -> None:
    times = [NOW, NOW + timedelta(microseconds=1), NOW + timedelta(days=400)]
    texts = [to_iso(t) for t in times]
    assert texts == sorted(texts)
    assert [from_iso(t) for t in texts] == times
    assert to_iso(NOW.astimezone(ZoneInfo("Asia/Tokyo"))) == "2025-03-10T12:00:00.000000+00:00"


def test_study_day_starts_at_four_in_the_students_zone() -> None:
    ny = ZoneInfo("America/New_York")
    # 2025-03-10 07:30 UTC is 03:30 in New York (EDT, UTC-4): still the study day of the 9th.
    assert study_day(datetime(2025, 3, 10, 7, 30, tzinfo=timezone.utc), ny) == date(2025, 3, 9)
    assert study_day(datetime(2025, 3, 10, 8, 30, tzinfo=timezone.utc), ny) == date(2025, 3, 10)
    start, end = today_bounds(datetime(2025, 3, 10, 12, tzinfo=timezone.utc), ny)
    assert start == datetime(2025, 3, 10, 8, tzinfo=timezone.utc)
    assert end == datetime(2025, 3, 11, 8, tzinfo=timezone.utc)
    # The DST change (9 March 2025) makes that study day 23 hours long.
    assert day_start(date(2025, 3, 9), ny) == datetime(2025, 3, 9, 8, tzinfo=timezone.utc)
    assert day_start(date(2025, 3, 8), ny) == datetime(2025, 3, 8, 9, tzinfo=timezone.utc)


def test_format_interval() -> None:
    assert [format_interval(timedelta(seconds=s)) for s in (30, 600, 7200, 86400 * 3)] == [
        "<1m", "10m", "2h", "3d"]
    assert format_interval(timedelta(days=75)) == "2.5mo"
    assert format_interval(timedelta(days=730)) == "2.0y"


def test_retrievabilities_of_many_states_are_each_states_retrievability() -> None:
    s = scheduler()
    states = [CardState(card_pk=1), CardState(card_pk=2, state=State.LEARNING, step=0)]
    for rating in (fsrs.Rating.Again, fsrs.Rating.Good, fsrs.Rating.Easy):
        state = s.review(CardState(card_pk=3), rating, NOW)
        states += [state, s.review(state, fsrs.Rating.Good, NOW + timedelta(days=3))]
    for later in (NOW, NOW + timedelta(hours=5), NOW + timedelta(days=40)):
        assert s.retrievabilities(states, later) == [s.retrievability(st, later) for st in states]
