"""The study service at pinned datetimes: every rule the app asks it for (home counts, next
due, suspend, bury, undo through its sessions, statistics, answer checking by the mode shown),
against a real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quiz.core.enums import Rating, State, StudyMode
from quiz.deck.model import Card, Deck
from quiz.deck.writer import write_deck
from quiz.errors import QuizError
from quiz.scheduling.custom import CustomChoice, CustomKind
from quiz.scheduling.service import (
    RECENT,
    Presentation,
    StudyService,
    check,
    load_library,
    present,
    suggested_rating,
)
from quiz.store import ProgressStore, stats
from quiz.store.records import CardState

UTC = timezone.utc
START = datetime(2025, 3, 10, 14, 0, tzinfo=UTC)


class Clock:
    """A settable `now`."""

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


def service(store: ProgressStore, clock: Clock, decks: list[Deck]) -> StudyService:
    store.sync_decks(decks, clock())
    return StudyService(store, store.get_or_create_student("ana"), now=clock, tz="UTC",
                        fuzz=False)


def counts(svc: StudyService, decks: list[Deck]) -> dict[str, tuple[int, int, int]]:
    return {r.deck.id: (r.counts.new, r.counts.learning, r.counts.review)
            for r in svc.deck_rows(decks)}


def full_retention(store: ProgressStore, svc: StudyService, deck_id: str) -> float | None:
    return stats.true_retention(store, svc.student.id, since=svc.now() - RECENT,
                                deck_ids=[deck_id]).rate


def make_review(svc: StudyService, decks: list[Deck], deck_id: str, rating: Rating) -> None:
    """Answer the first due card of `deck_id` (a review card) through a session."""
    s = svc.session([d for d in decks if d.id == deck_id])
    item = s.next_card()
    assert item is not None and item.state.state == State.REVIEW
    s.answer(item, rating)


# --- home counts -------------------------------------------------------------------------


def test_home_counts_follow_the_daily_limits(store: ProgressStore, clock: Clock) -> None:
    decks = [deck("a", 3), deck("b", 30)]
    svc = service(store, clock, decks)
    assert counts(svc, decks) == {"a": (3, 0, 0), "b": (20, 0, 0)}
    s = svc.session(decks)
    s.answer(s.next_card(), Rating.GOOD)  # a0: learning, due in 10 minutes: today, so counted
    assert counts(svc, decks) == {"a": (2, 1, 0), "b": (20, 0, 0)}
    clock.advance(minutes=10)
    assert counts(svc, decks) == {"a": (2, 1, 0), "b": (20, 0, 0)}
    assert [r.retention for r in svc.deck_rows(decks)] == [None, None]


def test_home_counts_learning_cards_due_before_the_study_day_ends(store: ProgressStore,
                                                                  clock: Clock) -> None:
    decks = [deck("a", 3)]
    svc = service(store, clock, decks)
    clock.at = datetime(2025, 3, 11, 3, 52, tzinfo=UTC)  # eight minutes before the day ends
    s = svc.session(decks)
    s.answer(s.next_card(), Rating.GOOD)   # due 04:02: the next study day
    s.answer(s.next_card(), Rating.AGAIN)  # due 03:53: today
    assert counts(svc, decks) == {"a": (1, 1, 0)}
    assert s.counts().learning == 1  # the study screen's top line says the same
    clock.at = datetime(2025, 3, 11, 4, 0, tzinfo=UTC)
    assert counts(svc, decks) == {"a": (1, 2, 0)}  # a new day: both are due in it


def test_home_counts_see_an_undone_new_card_again(store: ProgressStore, clock: Clock) -> None:
    decks = [deck("a", 3)]
    svc = service(store, clock, decks)
    s = svc.session(decks)
    for _ in range(3):
        s.answer(s.next_card(), Rating.EASY)
    assert counts(svc, decks)["a"][0] == 0
    s.undo()
    assert counts(svc, decks)["a"][0] == 1


def test_home_counts_see_answers_from_another_copy_of_quiz(tmp_path: Path,
                                                          clock: Clock) -> None:
    decks = [deck("a", 8)]
    path = tmp_path / "shared.db"
    mine, theirs = ProgressStore.open(path), ProgressStore.open(path)
    svc = service(mine, clock, decks)
    other = StudyService(theirs, theirs.get_or_create_student("ana"), now=clock, tz="UTC",
                         fuzz=False)
    assert counts(svc, decks)["a"][0] == 8
    s = other.session(decks)
    for _ in range(5):
        s.answer(s.next_card(), Rating.EASY)
    assert counts(svc, decks)["a"][0] == 3
    s.undo()  # the other copy takes back its last answer: that card is new again here too
    assert counts(svc, decks)["a"][0] == 4
    mine.close()
    theirs.close()


def test_home_retention_keeps_up_with_answers_undo_and_time(store: ProgressStore,
                                                           clock: Clock) -> None:
    """The running 30-day retention always equals a full count over the window."""
    decks = [deck("a", 4), deck("b", 2)]
    svc = service(store, clock, decks)
    s = svc.session(decks)
    while (item := s.next_card()) is not None:  # every card into review, one day apart
        s.answer(item, Rating.EASY)
    clock.advance(days=40)

    def check_rows() -> None:
        rows = {r.deck.id: r.retention for r in svc.deck_rows(decks)}
        assert rows == {d.id: full_retention(store, svc, d.id) for d in decks}

    check_rows()
    assert {r.deck.id: r.retention for r in svc.deck_rows(decks)} == {"a": None, "b": None}
    make_review(svc, decks, "a", Rating.AGAIN)
    make_review(svc, decks, "a", Rating.GOOD)
    make_review(svc, decks, "b", Rating.GOOD)
    check_rows()
    assert [r.retention for r in svc.deck_rows(decks)] == [0.5, 1.0]
    s = svc.session(decks)
    item = s.next_card()
    s.answer(item, Rating.AGAIN)
    check_rows()
    s.undo()  # the log lost a row: counted again from the log
    check_rows()
    assert [r.retention for r in svc.deck_rows(decks)] == [0.5, 1.0]
    clock.advance(days=29, hours=23)  # still in the window
    check_rows()
    clock.advance(hours=2)  # the three reviews have left the window
    check_rows()
    assert [r.retention for r in svc.deck_rows(decks)] == [None, None]


def test_home_retention_sees_reviews_written_by_another_copy(tmp_path: Path,
                                                            clock: Clock) -> None:
    decks = [deck("a", 2)]
    path = tmp_path / "shared.db"
    mine, theirs = ProgressStore.open(path), ProgressStore.open(path)
    svc = service(mine, clock, decks)
    s = svc.session(decks)
    while (item := s.next_card()) is not None:
        s.answer(item, Rating.EASY)
    clock.advance(days=40)
    assert svc.deck_rows(decks)[0].retention is None
    other = StudyService(theirs, theirs.get_or_create_student("ana"), now=clock, tz="UTC",
                         fuzz=False)
    make_review(other, decks, "a", Rating.AGAIN)
    assert svc.deck_rows(decks)[0].retention == 0.0
    mine.close()
    theirs.close()


def test_a_session_from_the_service_never_syncs_the_decks(store: ProgressStore, clock: Clock,
                                                          monkeypatch) -> None:
    decks = [deck("a", 3)]
    svc = service(store, clock, decks)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the decks were synced again")

    monkeypatch.setattr(store, "sync_decks", refuse)
    assert counts(svc, decks) == {"a": (3, 0, 0)}
    assert svc.session(decks).next_card() is not None


def test_cards_synced_by_another_version_of_the_deck_are_never_shown(store: ProgressStore,
                                                                      clock: Clock) -> None:
    """Another copy of quiz synced a newer deck file with an extra card in front: this copy,
    still on the old file, skips that card instead of failing on it."""
    old = deck("a", 2)
    newer = Deck(id="a", title="A", cards=(Card(id="x", question="Extra?", answer="x"),
                                           *old.cards))
    store.sync_decks([newer], clock())
    svc = StudyService(store, store.get_or_create_student("ana"), now=clock, tz="UTC",
                       fuzz=False)
    s = svc.session([old])
    shown = []
    while (item := s.next_card()) is not None and len(shown) < 5:
        shown.append(item.card.id)
        s.answer(item, Rating.EASY)
    assert shown == ["a0", "a1"]


# --- next due, suspend, bury -------------------------------------------------------------


def test_next_due_leaves_out_buried_and_suspended_cards(store: ProgressStore,
                                                        clock: Clock) -> None:
    decks = [deck("a", 2)]
    svc = service(store, clock, decks)
    assert svc.next_due(decks) is None
    s = svc.session(decks)
    s.answer(s.next_card(), Rating.AGAIN)  # a0: learning, due in 1 minute
    s.answer(s.next_card(), Rating.GOOD)  # a1: learning, due in 10 minutes
    assert svc.next_due(decks) == START + timedelta(minutes=1)
    until = svc.bury("a", "a0")
    assert until == datetime(2025, 3, 11, 4, 0, tzinfo=UTC)  # the next study day, in UTC
    assert svc.next_due(decks) == START + timedelta(minutes=10)  # not the buried card
    assert svc.set_suspended("a", "a1", True)
    assert svc.next_due(decks) is None
    assert svc.next_due(decks) == s.next_due_at()  # the session's own rule agrees
    assert svc.set_suspended("a", "a1", False)
    assert svc.next_due(decks) == START + timedelta(minutes=10)
    clock.at = until
    assert svc.next_due(decks) == START + timedelta(minutes=1)  # unburied: overdue


def test_suspend_keeps_the_schedule_and_leaves_every_queue(store: ProgressStore,
                                                           clock: Clock) -> None:
    decks = [deck("a", 2)]
    svc = service(store, clock, decks)
    assert svc.set_suspended("a", "a0", True)
    assert counts(svc, decks) == {"a": (1, 0, 0)}
    assert svc.session(decks).next_card().card.id == "a1"
    assert not svc.set_suspended("a", "nope", True)  # never synced: nothing to do
    assert svc.bury("a", "nope") is None
    assert svc.set_suspended("a", "a0", False)
    assert counts(svc, decks) == {"a": (2, 0, 0)}
    pk = store.card_pk("a", "a0")
    assert store.get_state(svc.student.id, pk) == CardState(pk)  # no schedule was touched


def test_undo_through_a_service_session(store: ProgressStore, clock: Clock) -> None:
    decks = [deck("a", 2)]
    svc = service(store, clock, decks)
    s = svc.session(decks)
    first = s.next_card()
    s.answer(first, Rating.GOOD)
    again = s.undo()
    assert again is not None and again.card.id == first.card.id and again.is_new
    assert store.reviews(svc.student.id) == []


# --- statistics and browsing -------------------------------------------------------------


def test_stats_count_cards_by_state_with_suspended_apart(store: ProgressStore,
                                                        clock: Clock) -> None:
    decks = [deck("a", 4)]
    svc = service(store, clock, decks)
    s = svc.session(decks)
    s.answer(s.next_card(), Rating.EASY)  # review
    s.answer(s.next_card(), Rating.GOOD)  # learning
    svc.set_suspended("a", "a3", True)
    data = svc.stats(decks)
    assert data.states == [("new", 1), ("learning", 1), ("review", 1), ("relearning", 0),
                           ("suspended", 1)]
    assert data.today == START.date()
    assert data.accuracy_recent.total == 2


def test_browse_rows_and_history(store: ProgressStore, clock: Clock) -> None:
    decks = [deck("a", 2), deck("b", 2)]
    svc = service(store, clock, decks)
    s = svc.session(decks[:1])
    s.answer(s.next_card(), Rating.HARD)
    clock.advance(minutes=10)  # a0 is due again before the new a1: the latest rating wins
    s.answer(s.next_card(), Rating.AGAIN)
    s = svc.session(decks[1:])
    s.answer(s.next_card(), Rating.EASY)
    rows = svc.browse_rows(decks[:1])
    assert [(r.card.id, r.last_rating) for r in rows] == [("a0", Rating.AGAIN), ("a1", None)]
    rows = svc.browse_rows(decks[::-1])  # deck by deck, in the order given
    assert [(r.key, r.deck.title, r.last_rating) for r in rows] == [
        ("b/b0", "B", Rating.EASY), ("b/b1", "B", None),
        ("a/a0", "A", Rating.AGAIN), ("a/a1", "A", None)]
    assert svc.browse_rows([]) == []
    assert [r.rating for r in svc.history("a", "a0")] == [Rating.HARD, Rating.AGAIN]
    assert svc.history("a", "nope") == []


# --- loading -----------------------------------------------------------------------------


def test_load_reads_the_folder_once_and_syncs_it(store: ProgressStore, clock: Clock,
                                                 tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    assert load_library(store, folder, clock()).decks == []  # no folder: nothing, no error
    folder.mkdir()
    write_deck(deck("a", 3), folder / "a.yaml")
    (folder / "broken.yaml").write_text("title: x\ncards: 3\n", encoding="utf-8")
    svc = StudyService(store, store.get_or_create_student("ana"), now=clock, tz="UTC")
    library = svc.load(folder)
    assert [d.id for d in library.decks] == ["a"] and len(library.errors) == 1
    assert library.deck("a") is library.decks[0] and library.deck("b") is None
    assert store.card_pk("a", "a2") is not None
    assert counts(svc, library.decks) == {"a": (3, 0, 0)}
    assert not (tmp_path / "cache").exists()  # no cache unless one is given
    assert svc.load(folder, cache=tmp_path / "cache").decks == library.decks
    assert len(list((tmp_path / "cache").glob("*.json"))) == 1  # the good deck, kept


def test_load_can_leave_keeping_the_decks_read_for_after_they_are_shown(
        store: ProgressStore, clock: Clock, tmp_path: Path) -> None:
    folder, kept = tmp_path / "decks", tmp_path / "cache"
    folder.mkdir()
    write_deck(deck("a", 3), folder / "a.yaml")
    svc = StudyService(store, store.get_or_create_student("ana"), now=clock, tz="UTC")
    library = svc.load(folder, cache=kept, keep_later=True)
    assert counts(svc, library.decks) == {"a": (3, 0, 0)}  # synced and counted meanwhile
    assert not kept.exists()
    svc.keep_read_decks()
    assert len(list(kept.glob("*.json"))) == 1
    svc.keep_read_decks()  # nothing waits any more
    assert svc.load(folder, cache=kept).decks == library.decks


def test_load_can_leave_recording_new_decks_for_after_they_are_shown(
        store: ProgressStore, clock: Clock, tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    write_deck(deck("a", 3), folder / "a.yaml")
    write_deck(deck("b", 30), folder / "b.yaml")
    ana = store.get_or_create_student("ana")
    svc = StudyService(store, ana, now=clock, tz="UTC")
    first = svc.session(svc.load(folder).decks[:1])  # both recorded; one card of a studied
    item = first.next_card()
    assert item is not None
    first.answer(item, Rating.GOOD)
    write_deck(deck("c", 4), folder / "c.yaml")
    write_deck(deck("d", 30), folder / "d.yaml")
    library = svc.load(folder, new_later=True)
    assert [d.id for d in library.unrecorded] == ["c", "d"]
    assert store.card_pk("a", "a0") is not None and store.card_pk("c", "c0") is None
    waiting = counts(svc, library.decks)  # the new decks counted from their files
    report = svc.record_new_decks()
    assert report is not None and [(d.deck_id, d.status) for d in report.decks] == [
        ("c", "new"), ("d", "new")]
    assert store.card_pk("c", "c3") is not None
    assert counts(svc, library.decks) == waiting == {
        "a": (2, 1, 0), "b": (20, 0, 0), "c": (4, 0, 0), "d": (20, 0, 0)}
    assert svc.record_new_decks() is None  # recorded once


@pytest.mark.parametrize("use", ["session", "custom", "browse", "stats", "suspend", "bury",
                                 "history", "next_due", "reload"])
def test_anything_reading_the_store_records_new_decks_first(
        store: ProgressStore, clock: Clock, tmp_path: Path, use: str) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    write_deck(deck("a", 3), folder / "a.yaml")
    svc = StudyService(store, store.get_or_create_student("ana"), now=clock, tz="UTC")
    library = svc.load(folder, new_later=True)
    assert store.card_pk("a", "a0") is None
    decks = library.decks
    if use == "session":
        item = svc.session(decks).next_card()
        assert item is not None and item.card.id == "a0"
    elif use == "custom":
        with pytest.raises(QuizError):  # nothing missed today, but the deck is recorded
            svc.custom_session(decks, CustomChoice(CustomKind.MISSED), mode=StudyMode.FLIP)
    elif use == "browse":
        assert [r.card.id for r in svc.browse_rows(decks)] == ["a0", "a1", "a2"]
    elif use == "stats":
        assert sum(n for _name, n in svc.stats(decks).states) == 3
    elif use == "suspend":
        assert svc.set_suspended("a", "a1", True)
    elif use == "bury":
        assert svc.bury("a", "a1") is not None
    elif use == "history":
        assert svc.history("a", "a1") == []
    elif use == "next_due":
        assert svc.next_due(decks) is None
    else:
        assert svc.reload_deck(library, decks[0]).deck is not None
    assert store.card_pk("a", "a2") is not None
    assert svc.record_new_decks() is None


# --- how a card is asked and checked -----------------------------------------------------


def test_answers_are_checked_by_the_mode_the_card_was_shown_in() -> None:
    card = Card(id="c", question="Capital of Azerbaijan?", answer="Baku",
                choices=("Ganja", "Sumgait", "Shaki"))
    shown = present(card, StudyMode.AUTO, reps=0)
    assert shown.mode == StudyMode.CHOICE
    assert sorted(shown.options) == ["Baku", "Ganja", "Shaki", "Sumgait"]
    assert present(card, StudyMode.TYPED, reps=0) == Presentation(StudyMode.TYPED, [])
    assert present(Card(id="d", question="Q?", answer="a b c d e f g h"), StudyMode.AUTO,
                   reps=0) == Presentation(StudyMode.FLIP, [])
    assert check(card, StudyMode.FLIP, "anything") is None
    picked = check(card, StudyMode.CHOICE, "Ganja")
    assert picked is not None and not picked.correct and picked.recognised
    typed = check(card, StudyMode.TYPED, "baku")
    assert typed is not None and typed.correct and not typed.recognised
    assert suggested_rating(typed, 2.0) == Rating.EASY
    assert suggested_rating(picked, 2.0) == Rating.AGAIN
