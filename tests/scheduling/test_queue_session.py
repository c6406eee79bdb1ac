"""The study session at pinned datetimes: queue order, daily limits, undo, suspend, bury,
leeches, cram and overrides, against a real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import fsrs
import pytest

from quiz.core.enums import State
from quiz.deck.model import Card, Deck
from quiz.scheduling.answers import check_answer, check_choice, suggest_rating
from quiz.scheduling.session import StudyItem, StudySession
from quiz.store import ProgressStore

UTC = timezone.utc
NY = ZoneInfo("America/New_York")
START = datetime(2025, 3, 10, 14, 0, tzinfo=UTC)  # 10:00 in New York


class Clock:
    """A settable `now` for the session."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **kwargs: float) -> None:
        self.at += timedelta(**kwargs)


def deck(deck_id: str, n: int) -> Deck:
    cards = tuple(Card(id=f"{deck_id}{i}", question=f"{deck_id} question {i}?",
                       answer=f"answer {i}") for i in range(n))
    return Deck(id=deck_id, title=deck_id.title(), cards=cards)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    s = ProgressStore.open(tmp_path / "progress.db")
    yield s
    s.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


def session(store: ProgressStore, clock: Clock, decks: list[Deck], **kwargs: object
            ) -> StudySession:
    kwargs.setdefault("tz", NY)
    return StudySession(store, "ana", decks, now=clock, fuzz=False, **kwargs)  # type: ignore


def state_rows(store: ProgressStore) -> list[tuple]:
    return store.db.execute("SELECT * FROM card_state ORDER BY card_pk").fetchall()


def log_rows(store: ProgressStore) -> list[tuple]:
    return store.db.execute("SELECT * FROM review_log ORDER BY id").fetchall()


def test_new_cards_come_in_deck_order_then_due_cards_first(store: ProgressStore,
                                                           clock: Clock) -> None:
    s = session(store, clock, [deck("a", 3), deck("b", 2)])
    first = s.next_card()
    assert first is not None and first.is_new and first.card.id == "a0"
    assert s.next_card() == first  # asking again without answering shows the same card
    s.answer(first, fsrs.Rating.Good)  # learning, due in 10 minutes
    assert s.next_card().card.id == "a1"
    s.answer(s.next_card(), fsrs.Rating.Again)  # learning, due in 1 minute
    clock.advance(minutes=2)
    item = s.next_card()  # a1 is due again: due cards come before new ones
    assert (item.card.id, item.state.state) == ("a1", State.LEARNING)
    s.answer(item, fsrs.Rating.Good)
    assert [s.next_card().card.id] == ["a2"]
    clock.advance(minutes=11)
    # a0 (due at +10m) and a1 (due at +12m) are both due: the earlier one first.
    assert s.next_card().card.id == "a0"


def test_new_cards_of_the_second_deck_follow_the_first(store: ProgressStore,
                                                       clock: Clock) -> None:
    s = session(store, clock, [deck("a", 2), deck("b", 2)], learn_ahead=timedelta(0))
    seen = []
    while (item := s.next_card()) is not None:
        seen.append(item.card.id)
        s.answer(item, fsrs.Rating.Easy)
    assert seen == ["a0", "a1", "b0", "b1"]


def test_learning_cards_are_shown_early_when_nothing_else_is_left(store: ProgressStore,
                                                                  clock: Clock) -> None:
    s = session(store, clock, [deck("a", 1)])
    s.answer(s.next_card(), fsrs.Rating.Good)  # due in 10 minutes, within the 20 of learn-ahead
    assert s.next_card().card.id == "a0"
    strict = session(store, clock, [deck("a", 1)], learn_ahead=timedelta(0))
    assert strict.next_card() is None


def test_preview_offers_four_intervals(store: ProgressStore, clock: Clock) -> None:
    item = session(store, clock, [deck("a", 1)]).next_card()
    assert item.preview == {
        fsrs.Rating.Again: timedelta(minutes=1), fsrs.Rating.Hard: timedelta(minutes=5.5),
        fsrs.Rating.Good: timedelta(minutes=10), fsrs.Rating.Easy: item.preview[fsrs.Rating.Easy],
    }
    assert item.preview[fsrs.Rating.Easy] >= timedelta(days=1)


def test_daily_new_limit_resets_at_four_am_new_york_time(store: ProgressStore,
                                                         clock: Clock) -> None:
    s = session(store, clock, [deck("a", 10)], new_limit=3, learn_ahead=timedelta(0))
    introduced = []
    while (item := s.next_card()) is not None:
        introduced.append(item.card.id)
        s.answer(item, fsrs.Rating.Easy)  # straight to review, due days later
    assert introduced == ["a0", "a1", "a2"]
    assert s.counts().new == 0
    # 03:59 next morning in New York (07:59 UTC, EDT): still yesterday's study day.
    clock.at = datetime(2025, 3, 11, 7, 59, tzinfo=UTC)
    assert s.next_card() is None
    clock.at = datetime(2025, 3, 11, 8, 0, tzinfo=UTC)  # 04:00 New York: a new day
    assert s.counts().new == 3
    assert s.next_card().card.id == "a3"
    # The limit is read from the review log, so a new session (a restart) sees the same day.
    s.answer(s.next_card(), fsrs.Rating.Easy)
    again = session(store, clock, [deck("a", 10)], new_limit=3)
    assert again.counts().new == 2


def test_the_same_instant_is_a_new_day_in_utc_but_not_in_new_york(store: ProgressStore,
                                                                  clock: Clock) -> None:
    decks = [deck("a", 5)]
    s = session(store, clock, decks, new_limit=2, learn_ahead=timedelta(0))
    for _ in range(2):
        s.answer(s.next_card(), fsrs.Rating.Easy)
    clock.at = datetime(2025, 3, 11, 5, 0, tzinfo=UTC)  # 05:00 UTC, 01:00 New York
    assert session(store, clock, decks, new_limit=2, tz="UTC").counts().new == 2
    assert session(store, clock, decks, new_limit=2).counts().new == 0


def test_daily_review_limit(store: ProgressStore, clock: Clock) -> None:
    decks = [deck("a", 4)]
    s = session(store, clock, decks, learn_ahead=timedelta(0))
    while (item := s.next_card()) is not None:
        s.answer(item, fsrs.Rating.Easy)
    clock.advance(days=30)
    s = session(store, clock, decks, review_limit=2, new_limit=0)
    assert s.counts().review == 2
    reviewed = []
    while (item := s.next_card()) is not None:
        assert item.state.state == State.REVIEW
        reviewed.append(item.card.id)
        s.answer(item, fsrs.Rating.Good)
    assert len(reviewed) == 2


def test_undo_restores_state_and_log_exactly(store: ProgressStore, clock: Clock) -> None:
    s = session(store, clock, [deck("a", 2)])
    s.answer(s.next_card(), fsrs.Rating.Easy)
    clock.advance(days=10)
    item = s.next_card()
    assert item.state.state == State.REVIEW
    states, logs = state_rows(store), log_rows(store)
    result = s.answer(item, fsrs.Rating.Again, response="wrong", correct=False, mode="typed",
                      duration_ms=5000, suggested=fsrs.Rating.Again)
    assert result.state.state == State.RELEARNING and result.state.lapses == 1
    assert state_rows(store) != states
    back = s.undo()
    assert back is not None and back.card.id == item.card.id and back.state == item.state
    assert state_rows(store) == states and log_rows(store) == logs
    assert s.counts().right == 1 and s.counts().wrong == 0
    # Undoing a new card's first answer removes its state row entirely: it is new again.
    s.undo()
    assert state_rows(store) == [] and log_rows(store) == []
    assert s.next_card().is_new and s.undo() is None


def test_suspend_and_unsuspend(store: ProgressStore, clock: Clock) -> None:
    s = session(store, clock, [deck("a", 2)], learn_ahead=timedelta(0))
    first = s.next_card()
    s.suspend(first)
    assert s.next_card().card.id == "a1"
    assert s.counts().new == 1
    s.answer(s.next_card(), fsrs.Rating.Easy)
    assert s.next_card() is None
    s.unsuspend(first)
    assert s.next_card().card.id == "a0"
    # A suspended review card keeps its schedule.
    s.answer(s.next_card(), fsrs.Rating.Easy)
    pk = first.card_pk
    before = store.get_state(s.student.id, pk)
    s.suspend(pk)
    clock.advance(days=60)
    assert {s.next_card().card.id} == {"a1"}
    s.unsuspend(pk)
    after = store.get_state(s.student.id, pk)
    assert (after.due, after.stability, after.suspended) == (before.due, before.stability, False)


def test_bury_hides_a_card_until_the_next_study_day(store: ProgressStore, clock: Clock) -> None:
    s = session(store, clock, [deck("a", 2)], learn_ahead=timedelta(0))
    first = s.next_card()
    until = s.bury(first)
    assert until == datetime(2025, 3, 11, 8, 0, tzinfo=UTC)  # 04:00 tomorrow in New York
    assert s.next_card().card.id == "a1"
    s.answer(s.next_card(), fsrs.Rating.Easy)
    assert s.next_card() is None
    clock.at = until
    item = s.next_card()
    assert item.card.id == "a0" and item.state.state == State.NEW


def test_eight_lapses_make_a_leech(store: ProgressStore, clock: Clock) -> None:
    s = session(store, clock, [deck("a", 1)], learn_ahead=timedelta(0))
    s.answer(s.next_card(), fsrs.Rating.Easy)
    reports = []
    for _ in range(9):
        clock.at = store.get_state(s.student.id, 1).due
        lapse = s.answer(s.next_card(), fsrs.Rating.Again)  # Review -> Relearning: a lapse
        reports.append(lapse.leech)
        clock.at = lapse.state.due
        s.answer(s.next_card(), fsrs.Rating.Good)  # relearnt, back to Review
    assert reports == [False] * 7 + [True, False]
    state = store.get_state(s.student.id, 1)
    assert state.lapses == 9 and state.leech


def test_cram_shows_every_card_and_leaves_schedules_untouched(store: ProgressStore,
                                                               clock: Clock) -> None:
    decks = [deck("a", 3)]
    s = session(store, clock, decks)
    s.answer(s.next_card(), fsrs.Rating.Easy)  # a0 reviewed, due in days
    states = state_rows(store)
    cram = session(store, clock, decks, cram=True)
    seen = []
    while (item := cram.next_card()) is not None:
        seen.append(item.card.id)
        assert item.preview == {}
        rating = fsrs.Rating.Again if (item.card.id, seen.count("a1")) == ("a1", 1) else (
            fsrs.Rating.Good)
        cram.answer(item, rating)
    assert seen == ["a0", "a1", "a2", "a1"]  # a wrong answer comes back at the end
    assert state_rows(store) == states
    cram_logs = [r for r in store.reviews(s.student.id) if r.cram]
    assert len(cram_logs) == 4
    assert (cram.counts().right, cram.counts().wrong) == (3, 1)
    # Cram answers do not count against the daily new-card limit.
    assert session(store, clock, decks).counts().new == 2


def test_override_of_the_suggested_rating_is_logged(store: ProgressStore, clock: Clock) -> None:
    s = session(store, clock, [deck("a", 2)])
    result = s.answer(s.next_card(), fsrs.Rating.Hard, response="answr 0", correct=True,
                      mode="typed", duration_ms=3100, suggested=fsrs.Rating.Good)
    assert result.overridden
    s.answer(s.next_card(), fsrs.Rating.Good, response="answer 1", correct=True,
             mode="choice", suggested=fsrs.Rating.Good)
    first, second = store.reviews(s.student.id)
    assert (first.rating, first.suggested, first.overridden) == (2, 3, True)
    assert (first.response, first.correct, first.mode, first.duration_ms) == (
        "answr 0", True, "typed", 3100)
    assert first.reviewed_at == START and first.state_before == State.NEW
    assert not second.overridden and second.mode == "choice"


def test_counts_for_the_progress_line(store: ProgressStore, clock: Clock) -> None:
    s = session(store, clock, [deck("a", 25)])
    counts = s.counts()
    assert (counts.new, counts.learning, counts.review, counts.left) == (20, 0, 0, 20)
    s.answer(s.next_card(), fsrs.Rating.Again)
    s.answer(s.next_card(), fsrs.Rating.Good)
    counts = s.counts()  # both are learning cards due today (in 1 and 10 minutes)
    assert (counts.new, counts.learning, counts.right, counts.wrong) == (18, 2, 1, 1)
    clock.advance(minutes=1)
    assert s.counts().learning == 2


def test_item_carries_the_deck_card(store: ProgressStore, clock: Clock) -> None:
    d = deck("a", 1)
    item = session(store, clock, [d]).next_card()
    assert isinstance(item, StudyItem)
    assert item.card == d.cards[0] and item.deck_id == "a"


def test_two_copies_share_the_daily_new_limit(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "shared.db"
    first, second = ProgressStore.open(path), ProgressStore.open(path)
    decks = [deck("a", 10)]
    one = StudySession(first, "ana", decks, now=clock, fuzz=False, tz=NY, new_limit=4,
                       learn_ahead=timedelta(0))
    two = StudySession(second, "ana", decks, now=clock, fuzz=False, tz=NY, new_limit=4,
                       learn_ahead=timedelta(0))
    one.answer(one.next_card(), fsrs.Rating.Easy)
    assert one.counts().new == 3  # its own answer, counted in memory
    for _ in range(2):
        two.answer(two.next_card(), fsrs.Rating.Easy)
    assert one.counts().new == 1  # the other copy's answers, read back from the log
    one.answer(one.next_card(), fsrs.Rating.Easy)
    assert one.next_card() is None and two.next_card() is None
    first.close()
    second.close()


def test_counts_by_deck_and_next_due_at(store: ProgressStore, clock: Clock) -> None:
    s = session(store, clock, [deck("a", 3), deck("b", 30)], learn_ahead=timedelta(0))
    assert s.next_due_at() is None
    by_deck = s.counts_by_deck()
    assert (by_deck["a"].new, by_deck["b"].new) == (3, 20)
    s.answer(s.next_card(), fsrs.Rating.Good)  # a0: learning, due in 10 minutes
    assert s.next_due_at() == START + timedelta(minutes=10)
    assert s.counts_by_deck()["a"].new == 2


def test_checked_answers_are_graded_and_logged_with_their_suggestion(store: ProgressStore,
                                                                     clock: Clock) -> None:
    """The study screen's path: check the response by the mode shown, suggest, answer."""
    mc = Card(id="mc", question="Capital of Azerbaijan?", answer="Baku",
              choices=("Ganja", "Sumgait"))
    typed = Card(id="t", question="Year of independence?", answer="1991")
    s = session(store, clock, [Deck(id="q", title="Q", cards=(mc, typed))],
                learn_ahead=timedelta(0))
    item = s.next_card()
    verdict = check_choice(item.card, "Ganja")
    suggested = suggest_rating(verdict, None)
    assert not verdict.correct and suggested == fsrs.Rating.Again
    s.answer(item, suggested, response="Ganja", correct=verdict.correct, mode="choice",
             suggested=suggested)
    item = s.next_card()
    verdict = check_answer(item.card, "1991")
    assert verdict.correct and suggest_rating(verdict, 3) >= fsrs.Rating.Good
    assert not check_answer(item.card, "1992").correct  # numbers are never forgiven as typos
    assert [(r.response, r.suggested) for r in store.reviews(s.student.id)] == [("Ganja", 1)]


def test_desired_retention_is_per_deck(store: ProgressStore, clock: Clock) -> None:
    decks = [deck("a", 1), deck("b", 1)]
    s = session(store, clock, decks, learn_ahead=timedelta(0))
    s.answer(s.next_card(), fsrs.Rating.Easy)
    s.answer(s.next_card(), fsrs.Rating.Easy)
    store.set_deck_retention("b", 0.97)
    clock.advance(days=30)
    s = session(store, clock, decks)
    previews = {}
    while (item := s.next_card()) is not None:
        previews[item.deck_id] = item.preview[fsrs.Rating.Good]
        s.answer(item, fsrs.Rating.Good)
    assert previews["b"] < previews["a"]  # same history, higher retention -> sooner


def test_undoing_a_new_card_puts_it_back_in_front(store: ProgressStore, clock: Clock) -> None:
    s = session(store, clock, [deck("a", 3)], learn_ahead=timedelta(0))
    s.answer(s.next_card(), fsrs.Rating.Easy)
    assert s.next_card().card.id == "a1"  # the new-card cursor has moved past a0
    assert s.undo().card.id == "a0"
    assert s.next_card().card.id == "a0"
    assert s.counts().new == 3


def test_two_sessions_on_one_store_share_the_daily_limit(store: ProgressStore,
                                                         clock: Clock) -> None:
    decks = [deck("a", 10)]
    one = session(store, clock, decks, new_limit=3, learn_ahead=timedelta(0))
    two = session(store, clock, decks, new_limit=3, learn_ahead=timedelta(0))
    one.answer(one.next_card(), fsrs.Rating.Easy)
    assert one.counts().new == 2
    two.answer(two.next_card(), fsrs.Rating.Easy)
    assert one.counts().new == 1 and two.counts().new == 1
    one.undo()
    assert two.counts().new == 2
