"""The browse table's rules (quiz.scheduling.browse): rows of several decks, latest ratings,
search, sort and the page limit, and the state a row shows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quiz.core.enums import Rating, State
from quiz.deck.model import Card, Deck
from quiz.scheduling.browse import browse_page, browse_rows, shown_state
from quiz.store import ProgressStore
from quiz.store.records import CardState

NOW = datetime(2025, 3, 10, 14, 0, tzinfo=timezone.utc)


def deck(deck_id: str, title: str, *questions: str) -> Deck:
    cards = tuple(Card(id=f"{deck_id}{i}", question=q, answer=f"answer {deck_id}{i}")
                  for i, q in enumerate(questions))
    return Deck(id=deck_id, title=title, cards=cards)


DECKS = [deck("west", "Western treaties", "Who signed Kars?", "When was Moscow signed?"),
         deck("east", "Eastern visits", "Who visited Baku?", "When did Kars open?")]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    s = ProgressStore.open(tmp_path / "progress.db")
    s.sync_decks(DECKS, NOW)
    yield s
    s.close()


def review(store: ProgressStore, sid: int, deck_id: str, card_id: str, rating: Rating,
           at: datetime, **state: object) -> None:
    pk = store.card_pk(deck_id, card_id)
    assert pk is not None
    store.record_review(sid, pk, rating=rating, reviewed_at=at, before=None,
                        after=CardState(pk, **state))  # type: ignore[arg-type]


def test_rows_of_several_decks_carry_their_deck_and_latest_rating(store: ProgressStore) -> None:
    sid = store.get_or_create_student("ana").id
    other = store.get_or_create_student("bo").id
    review(store, sid, "east", "east1", Rating.AGAIN, NOW, state=State.LEARNING, due=NOW)
    review(store, sid, "east", "east1", Rating.GOOD, NOW + timedelta(hours=1),
           state=State.REVIEW, due=NOW + timedelta(days=2))
    review(store, sid, "west", "west0", Rating.EASY, NOW - timedelta(days=1))  # earlier
    review(store, other, "west", "west1", Rating.HARD, NOW)  # another student's
    rows = browse_rows(store, sid, DECKS)
    assert [(r.key, r.deck.title, r.last_rating) for r in rows] == [
        ("west/west0", "Western treaties", Rating.EASY), ("west/west1", "Western treaties", None),
        ("east/east0", "Eastern visits", None), ("east/east1", "Eastern visits", Rating.GOOD)]
    assert rows[3].info.state is not None and rows[3].info.state.state == State.REVIEW
    assert [r.key for r in browse_rows(store, sid, DECKS[1:])] == ["east/east0", "east/east1"]


def test_a_page_is_searched_sorted_and_cut(store: ProgressStore) -> None:
    rows = browse_rows(store, store.get_or_create_student("ana").id, DECKS)
    page = browse_page(rows, query="KARS", column="Question", reverse=False, limit=10)
    assert [r.card.question for r in page.rows] == ["When did Kars open?", "Who signed Kars?"]
    page = browse_page(rows, query="", column="Deck", reverse=False, limit=3)
    assert page.matching == 4  # by deck title, each deck's cards in deck order
    assert [r.key for r in page.rows] == ["east/east0", "east/east1", "west/west0"]
    page = browse_page(rows, query="", column="Deck", reverse=True, limit=10)
    assert [r.deck.id for r in page.rows] == ["west", "west", "east", "east"]
    assert browse_page(rows, query="nowhere", column="Due", reverse=False, limit=10).matching == 0


def test_the_shown_state_puts_suspended_and_buried_first(store: ProgressStore) -> None:
    sid = store.get_or_create_student("ana").id
    pk = store.card_pk("west", "west0")
    assert pk is not None
    [row, *_] = browse_rows(store, sid, DECKS)
    assert shown_state(row, NOW) == "new"
    for state, expected in [
        (CardState(pk, state=State.REVIEW, due=NOW), "review"),
        (CardState(pk, state=State.REVIEW, suspended=True, buried_until=NOW + timedelta(1)),
         "suspended"),
        (CardState(pk, state=State.REVIEW, buried_until=NOW + timedelta(hours=1)), "buried"),
        (CardState(pk, state=State.REVIEW, buried_until=NOW - timedelta(hours=1)), "review"),
    ]:
        store.put_state(sid, state)
        [row, *_] = browse_rows(store, sid, DECKS)
        assert shown_state(row, NOW) == expected
