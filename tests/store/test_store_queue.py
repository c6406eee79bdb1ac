"""The queue queries against brute force: the first card a student has not introduced (and the
count that spares walking a deck studied through), the due counts of the home table and the
slices of the log behind its running 30-day retention."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quiz.core.clock import to_iso
from quiz.core.enums import Rating, State
from quiz.deck.model import Card, Deck
from quiz.scheduling.session import StudySession
from quiz.store import ProgressStore, stats
from quiz.store.progress import PEEK_CARDS
from quiz.store.records import CardState

UTC = timezone.utc
NOW = datetime(2025, 3, 10, 14, 0, tzinfo=UTC)
SIZE = PEEK_CARDS * 2 + 10  # more cards than first_unseen looks at one by one


def deck(deck_id: str, n: int, first: int = 0) -> Deck:
    cards = tuple(Card(id=f"{deck_id}{i}", question=f"{deck_id} question {i}?",
                       answer=f"answer {i}") for i in range(first, first + n))
    return Deck(id=deck_id, title=deck_id.title(), cards=cards)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    s = ProgressStore.open(tmp_path / "progress.db")
    yield s
    s.close()


def pks(store: ProgressStore, deck_id: str) -> list[int]:
    """The deck's present cards' keys, in deck order."""
    return [row[0] for row in store.db.execute(
        "SELECT pk FROM cards WHERE deck_id = ? AND present = 1 ORDER BY position",
        [deck_id])]


def introduce(store: ProgressStore, student_id: int, card_pks: list[int]) -> None:
    for pk in card_pks:
        store.put_state(student_id, CardState(pk, State.REVIEW, stability=5.0, difficulty=5.0,
                                              due=NOW + timedelta(days=3), last_review=NOW,
                                              reps=1))


def walked(store: ProgressStore) -> list[str]:
    """Record the statements run from now on (to tell a count from a walk)."""
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    return statements


def full_walks(statements: list[str]) -> int:
    """How many of `statements` walked a deck's cards to the end (not only the first ones)."""
    return sum("FROM cards c" in s and "card_state s" in s and "c.position <" not in s
               for s in statements)


def counts_made(statements: list[str]) -> int:
    """How many of `statements` counted the introduced cards over a deck's range of keys."""
    return sum("card_pk BETWEEN" in s for s in statements)


def test_a_deck_studied_through_is_counted_not_walked(store: ProgressStore) -> None:
    store.sync_decks([deck("a", SIZE), deck("b", 3)], NOW)
    sid = store.get_or_create_student("ana").id
    introduce(store, sid, pks(store, "a"))
    assert store.all_introduced(sid, "a")
    assert not store.all_introduced(sid, "b")
    statements = walked(store)
    assert store.first_unseen(sid, "a") is None
    assert (full_walks(statements), counts_made(statements)) == (0, 1)
    assert store.first_unseen(sid, "b") == (pks(store, "b")[0], 0)


def test_the_first_unseen_card_beyond_the_first_ones_is_found(store: ProgressStore) -> None:
    store.sync_decks([deck("a", SIZE)], NOW)
    sid = store.get_or_create_student("ana").id
    keys = pks(store, "a")
    introduce(store, sid, keys[:PEEK_CARDS + 5] + keys[PEEK_CARDS + 6:])
    assert not store.all_introduced(sid, "a")
    assert store.first_unseen(sid, "a") == (keys[PEEK_CARDS + 5], PEEK_CARDS + 5)
    assert store.first_unseen(sid, "a", exclude=[keys[PEEK_CARDS + 5]]) is None
    # A suspended or buried card never answered has not been introduced either.
    store.put_state(sid, CardState(keys[PEEK_CARDS + 5], suspended=True,
                                   buried_until=NOW + timedelta(days=1)))
    assert store.first_unseen(sid, "a", from_position=3) == (keys[PEEK_CARDS + 5],
                                                             PEEK_CARDS + 5)


def test_a_deck_whose_keys_are_not_one_run_is_walked(store: ProgressStore) -> None:
    """Cards added to a deck after another deck was synced take keys after that deck's: the
    count cannot be made over one range, so the deck is walked (with the same answer)."""
    store.sync_decks([deck("a", SIZE)], NOW)
    store.sync_decks([deck("b", 2)], NOW)
    store.sync_decks([deck("a", SIZE + 1)], NOW)
    sid = store.get_or_create_student("ana").id
    introduce(store, sid, pks(store, "a"))
    assert not store.all_introduced(sid, "a")
    statements = walked(store)
    assert store.first_unseen(sid, "a") is None
    assert full_walks(statements) == 1


def test_a_removed_card_never_studied_leaves_the_deck_to_be_walked(store: ProgressStore
                                                                   ) -> None:
    store.sync_decks([deck("a", SIZE)], NOW)
    store.sync_decks([deck("a", SIZE - 1)], NOW)  # the last card is removed from the file
    sid = store.get_or_create_student("ana").id
    introduce(store, sid, pks(store, "a"))
    assert not store.all_introduced(sid, "a")
    assert store.first_unseen(sid, "a") is None


def test_past_the_last_card_nothing_is_counted(store: ProgressStore) -> None:
    store.sync_decks([deck("a", SIZE)], NOW)
    sid = store.get_or_create_student("ana").id
    introduce(store, sid, pks(store, "a"))
    statements = walked(store)
    assert store.first_unseen(sid, "a", from_position=SIZE) is None
    assert store.first_unseen(sid, "a", from_position=SIZE - PEEK_CARDS) is None
    assert (full_walks(statements), counts_made(statements)) == (0, 0)


def test_other_students_states_do_not_count(store: ProgressStore) -> None:
    store.sync_decks([deck("a", SIZE)], NOW)
    ana = store.get_or_create_student("ana").id
    ben = store.get_or_create_student("ben").id
    introduce(store, ben, pks(store, "a"))
    assert not store.all_introduced(ana, "a")
    assert store.first_unseen(ana, "a") == (pks(store, "a")[0], 0)


def random_states(store: ProgressStore, seed: int) -> tuple[int, dict[int, str]]:
    """Three decks and a student whose cards are in every state, some suspended or buried."""
    rng = random.Random(seed)
    store.sync_decks([deck("a", 40), deck("b", 30), deck("c", 20)], NOW)
    sid = store.get_or_create_student("ana").id
    keys = {pk: deck_id for deck_id in "abc" for pk in pks(store, deck_id)}
    store.sync_decks([deck("c", 10)], NOW)  # ten of c's cards are removed
    for pk in keys:
        if rng.random() < 0.2:
            continue
        state = rng.choice(list(State))
        due = None if state == State.NEW else NOW + timedelta(hours=rng.uniform(-48, 48))
        buried = rng.choice([None, None, None, NOW - timedelta(hours=1),
                             NOW + timedelta(hours=5)])
        store.put_state(sid, CardState(pk, state, due=due, suspended=rng.random() < 0.1,
                                       buried_until=buried))
    return sid, keys


@pytest.mark.parametrize("seed", range(4))
def test_due_counts_match_a_count_by_hand(store: ProgressStore, seed: int) -> None:
    sid, keys = random_states(store, seed)
    day_end = NOW + timedelta(hours=10)
    present = {pk for deck_id in "abc" for pk in pks(store, deck_id)}
    expected = {deck_id: [0, 0] for deck_id in "abc"}
    for pk, deck_id in keys.items():
        state = store.get_state(sid, pk)
        if (state is None or state.is_new or pk not in present or state.suspended
                or (state.buried_until is not None and state.buried_until > NOW)):
            continue
        assert state.due is not None
        if state.state != State.REVIEW and state.due <= day_end:
            expected[deck_id][0] += 1
        elif state.state == State.REVIEW and state.due <= NOW:
            expected[deck_id][1] += 1
    found = store.due_counts(sid, ["a", "b", "c"], NOW, learning_by=day_end)
    assert found == {deck_id: tuple(pair) for deck_id, pair in expected.items()}
    assert store.due_counts(sid, ["b"], NOW, learning_by=day_end) == {"b": tuple(expected["b"])}


@pytest.mark.parametrize("seed", range(4))
def test_retention_slices_match_a_count_by_hand(store: ProgressStore, seed: int) -> None:
    rng = random.Random(seed)
    sid, keys = random_states(store, seed)
    other = store.get_or_create_student("ben").id
    rows = []  # (id, student, deck, rating, time, state before, cram)
    for i in range(300):
        pk = rng.choice(list(keys))
        student = rng.choice([sid, sid, sid, other])
        at = NOW - timedelta(days=40) + timedelta(hours=i * 3)
        rating = rng.choice(list(Rating))
        before = CardState(pk, rng.choice(list(State)))
        cram = rng.random() < 0.1
        review_id = store.record_review(student, pk, rating=rating, reviewed_at=at,
                                        before=before, after=None, cram=cram)
        rows.append((review_id, student, keys[pk], rating, at, before.state, cram))

    def by_hand(since: datetime, before: datetime | None, after_id: int | None,
                upto_id: int | None, deck_ids: list[str] | None, review_only: bool
                ) -> dict[str, tuple[int, int]]:
        found: dict[str, list[int]] = {}
        for review_id, student, deck_id, rating, at, state, cram in rows:
            if (student == sid and not cram and at >= since
                    and (before is None or at < before)
                    and (after_id is None or review_id > after_id)
                    and (upto_id is None or review_id <= upto_id)
                    and (deck_ids is None or deck_id in deck_ids)
                    and (not review_only or state == State.REVIEW)):
                totals = found.setdefault(deck_id, [0, 0])
                totals[0] += rating != Rating.AGAIN
                totals[1] += 1
        return {deck_id: (passed, total) for deck_id, (passed, total) in found.items()}

    since = NOW - timedelta(days=30)
    for before, after_id, upto_id, deck_ids, review_only in [
        (None, None, None, ["a", "b", "c"], True),
        (None, None, None, None, False),
        (NOW - timedelta(days=10), None, 200, ["a", "c"], True),
        (None, 150, 280, ["a", "b", "c"], True),
        (None, 150, None, ["b"], False),
    ]:
        found = stats.retention_slice(store, sid, deck_ids, since=to_iso(since),
                                      before=to_iso(before) if before else None,
                                      after_id=after_id, upto_id=upto_id,
                                      review_state_only=review_only)
        assert {deck_id: (r.passed, r.total) for deck_id, r in found.items()} == by_hand(
            since, before, after_id, upto_id, deck_ids, review_only)


def test_a_session_over_a_deck_studied_through_finds_a_card_added_later(store: ProgressStore
                                                                         ) -> None:
    store.sync_decks([deck("a", SIZE)], NOW)
    sid = store.get_or_create_student("ana").id
    introduce(store, sid, pks(store, "a"))
    session = StudySession(store, "ana", [deck("a", SIZE)], now=lambda: NOW, tz="UTC")
    assert session.counts().new == 0 and session.next_card() is None
    bigger = deck("a", SIZE + 1)
    session = StudySession(store, "ana", [bigger], now=lambda: NOW, tz="UTC")  # syncs it
    item = session.next_card()
    assert item is not None and item.card.id == f"a{SIZE}" and session.counts().new == 1
