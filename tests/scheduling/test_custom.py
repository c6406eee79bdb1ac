"""Custom study: which cards each kind chooses, and that only "reschedule" moves schedules."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quiz.core.enums import Rating, State
from quiz.deck.model import Card, Deck
from quiz.errors import QuizError
from quiz.scheduling.custom import CustomChoice, CustomKind, deck_tags
from quiz.scheduling.service import StudyService
from quiz.store import ProgressStore

START = datetime(2025, 3, 10, 14, 0, tzinfo=timezone.utc)
TAGS = {0: ("war",), 1: ("treaty", "war"), 2: (), 3: ("treaty",)}


class Clock:
    def __init__(self) -> None:
        self.at = START

    def __call__(self) -> datetime:
        return self.at


def the_deck() -> Deck:
    cards = tuple(Card(id=f"c{i}", question=f"question {i}?", answer=f"answer {i}",
                       tags=TAGS[i]) for i in range(4))
    return Deck(id="history", title="History", cards=cards)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    s = ProgressStore.open(tmp_path / "progress.db")
    yield s
    s.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(store: ProgressStore, clock: Clock) -> StudyService:
    deck = the_deck()
    store.sync_decks([deck], START)
    return StudyService(store, store.get_or_create_student("ana"), now=clock, tz="UTC",
                        fuzz=False)


def study(service: StudyService, ratings: dict[str, Rating]) -> None:
    """A normal session answering each card due once, with its rating."""
    session = service.session([the_deck()])
    seen: set[str] = set()
    while (item := session.next_card()) is not None and item.card.id not in seen:
        seen.add(item.card.id)
        session.answer(item, ratings[item.card.id])


def asked(session) -> list[str]:
    """Answer Good to every card of a session, returning the card ids asked in order."""
    ids = []
    while (item := session.next_card()) is not None:
        ids.append(item.card.id)
        session.answer(item, Rating.GOOD)
    return ids


def schedule(store: ProgressStore) -> list[tuple]:
    return list(store.db.execute("SELECT * FROM card_state ORDER BY card_pk"))


def test_missed_today_asks_the_cards_rated_again_this_study_day(service, store, clock) -> None:
    study(service, {"c0": Rating.GOOD, "c1": Rating.AGAIN, "c2": Rating.GOOD, "c3": Rating.AGAIN})
    clock.at += timedelta(minutes=30)
    before = schedule(store)
    session = service.custom_session([the_deck()], CustomChoice(CustomKind.MISSED), mode="flip")
    assert session.counts().left == 2
    assert asked(session) == ["c1", "c3"]
    assert schedule(store) == before  # cram: nothing moved
    cram = list(store.db.execute("SELECT cram FROM review_log ORDER BY id"))[-2:]
    assert cram == [(1,), (1,)]
    clock.at += timedelta(days=1)  # a new study day: nothing missed yet
    with pytest.raises(QuizError, match="No card was rated Again today"):
        service.custom_session([the_deck()], CustomChoice(CustomKind.MISSED), mode="flip")


def test_tagged_asks_the_cards_with_the_tag_in_deck_order(service, store) -> None:
    assert deck_tags([the_deck()]) == ["treaty", "war"]
    session = service.custom_session([the_deck()], CustomChoice(CustomKind.TAGGED, tag="war"),
                                     mode="flip")
    assert asked(session) == ["c0", "c1"]
    service.set_suspended("history", "c3", True)
    session = service.custom_session([the_deck()], CustomChoice(CustomKind.TAGGED, "treaty"),
                                     mode="flip")
    assert asked(session) == ["c1"]  # suspended cards are left out
    with pytest.raises(QuizError, match="tagged 'peace'"):
        service.custom_session([the_deck()], CustomChoice(CustomKind.TAGGED, "peace"),
                               mode="flip")


def test_hardest_puts_most_lapses_then_highest_difficulty_first(service, store, clock) -> None:
    with pytest.raises(QuizError, match="none is hardest"):
        service.custom_session([the_deck()], CustomChoice(CustomKind.HARDEST), mode="flip")
    study(service, {"c0": Rating.EASY, "c1": Rating.HARD, "c2": Rating.GOOD, "c3": Rating.EASY})
    # c3 lapses once: due in days, so reviewed (Again) later
    clock.at += timedelta(days=60)
    study(service, {"c0": Rating.GOOD, "c1": Rating.GOOD, "c2": Rating.GOOD, "c3": Rating.AGAIN})
    states = {row[0]: row for row in store.db.execute(
        "SELECT c.card_id, s.lapses, s.difficulty FROM card_state s JOIN cards c"
        " ON c.pk = s.card_pk")}
    assert states["c3"][1] == 1 and states["c1"][2] > states["c2"][2] > states["c0"][2]
    session = service.custom_session([the_deck()], CustomChoice(CustomKind.HARDEST),
                                     mode="flip")
    assert asked(session) == ["c3", "c1", "c2", "c0"]


def test_again_brings_a_card_back_once_and_undo_puts_it_first(service, store) -> None:
    session = service.custom_session([the_deck()], CustomChoice(CustomKind.TAGGED, "war"),
                                     mode="flip")
    first = session.next_card()
    session.answer(first, Rating.AGAIN)
    assert session.counts().left == 2
    assert session.next_card().card.id == "c1"
    assert session.undo().card.id == "c0"
    assert session.next_card().card.id == "c0" and session.counts().left == 2
    assert store.db.execute("SELECT count(*) FROM review_log").fetchone()[0] == 0


def test_reschedule_makes_real_reviews(service, store) -> None:
    choice = CustomChoice(CustomKind.TAGGED, tag="treaty", reschedule=True)
    session = service.custom_session([the_deck()], choice, mode="flip")
    assert asked(session) == ["c1", "c3"]
    rows = list(store.db.execute(
        "SELECT c.card_id, r.cram, s.state FROM review_log r JOIN cards c ON c.pk = r.card_pk"
        " JOIN card_state s ON s.card_pk = r.card_pk ORDER BY r.id"))
    assert rows == [("c1", 0, State.LEARNING), ("c3", 0, State.LEARNING)]


def test_undo_of_a_suspension_puts_the_card_back_first_and_keeps_answers(service,
                                                                         store) -> None:
    session = service.custom_session([the_deck()], CustomChoice(CustomKind.TAGGED, "war"),
                                     mode="flip")
    session.answer(session.next_card(), Rating.AGAIN)  # c0: once more at the end
    second = session.next_card()
    session.suspend(second)  # c1
    assert session.next_card().card.id == "c0"
    assert session.undo().card.id == "c1"  # the suspension, not the answer
    assert session.next_card().card.id == "c1" and session.counts().left == 2
    assert session.undo().card.id == "c0"  # then the answer
    assert session.counts().left == 2
    assert store.get_state(session.student.id, second.card_pk) is None  # exactly as before


def test_custom_study_buries_no_sibling(service, store) -> None:
    twins = Deck(id="twins", title="Twins", cards=(
        Card(id="a", question="A?", answer="1", group="g", tags=("war",)),
        Card(id="b", question="B?", answer="2", group="g", tags=("war",))))
    store.sync_decks([twins], START)
    choice = CustomChoice(CustomKind.TAGGED, "war", reschedule=True)
    session = service.custom_session([twins], choice, mode="flip")
    assert asked(session) == ["a", "b"]
    assert store.db.execute(
        "SELECT count(*) FROM card_state WHERE buried_until IS NOT NULL").fetchone()[0] == 0
