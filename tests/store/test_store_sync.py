"""Deck sync: identity is deck id + card id, so edits keep progress and removals keep history."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs
import pytest

from quiz.deck.model import Card, Deck
from quiz.errors import StoreError
from quiz.store import ProgressStore
from quiz.store.records import CardState

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=timezone.utc)


def make_deck(n: int = 4, deck_id: str = "history", path: str = "history.yaml") -> Deck:
    cards = tuple(
        Card(id=f"c{i}", question=f"Question {i}?", answer=f"Answer {i}") for i in range(n)
    )
    return Deck(id=deck_id, title="History", cards=cards, path=Path(path))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    s = ProgressStore.open(tmp_path / "progress.db")
    yield s
    s.close()


def review(store: ProgressStore, student_id: int, deck_id: str, card_id: str) -> int:
    pk = store.card_pk(deck_id, card_id)
    assert pk is not None
    after = CardState(pk, state=2, stability=5.0, difficulty=4.0, due=NOW, last_review=NOW,
                      reps=1)
    store.record_review(student_id, pk, rating=int(fsrs.Rating.Good), reviewed_at=NOW,
                        before=None, after=after)
    return pk


def test_first_sync_adds_cards_and_second_is_the_fast_path(store: ProgressStore) -> None:
    deck = make_deck()
    [first] = store.sync_decks([deck], NOW).decks
    assert (first.status, first.added) == ("new", 4)
    [again] = store.sync_decks([deck], NOW).decks
    assert again.status == "unchanged"
    assert [c.card_id for c in store.card_infos(1, "history")] == ["c0", "c1", "c2", "c3"]


def test_cards_stored_by_an_earlier_quiz_are_not_taken_as_edited(store: ProgressStore) -> None:
    """The content hashes quiz has always written (pinned here) still match the same cards, so
    a new version never reports a card as edited that was not."""
    cards = (
        Card(id="c0", question='Who signed the "Élysée" Treaty?', answer="Adenauer\\de Gaulle",
             accept=("de Gaulle",), choices=("Brandt", "Kohl\u2028")),
        Card(id="c1", question="Q", answer="A", explanation="Why\n"),
    )
    deck = Deck(id="history", title="History", cards=cards)
    store.sync_decks([deck], NOW)
    with store.db.conn:  # as an earlier quiz left them, and its deck digest forgotten
        store.db.conn.executemany("UPDATE cards SET content_hash = ? WHERE card_id = ?",
                                  [("7aafa044abfeaa44", "c0"), ("8ede9c96abdf7296", "c1")])
        store.db.conn.execute("UPDATE decks SET deck_hash = NULL")
    [result] = store.sync_decks([deck], NOW).decks
    assert (result.status, result.updated, result.added) == ("unchanged", 0, 0)


def test_editing_an_answer_keeps_progress(store: ProgressStore) -> None:
    deck = make_deck()
    store.sync_decks([deck], NOW)
    ana = store.get_or_create_student("ana")
    pk = review(store, ana.id, "history", "c1")
    edited = replace(deck, cards=(deck.cards[0], replace(deck.cards[1], answer="New answer"),
                                  *deck.cards[2:]))
    [result] = store.sync_decks([edited], NOW).decks
    assert (result.status, result.updated, result.added) == ("changed", 1, 0)
    assert store.card_pk("history", "c1") == pk
    info = next(c for c in store.card_infos(ana.id, "history") if c.card_id == "c1")
    assert info.answer == "New answer"
    assert info.state is not None and info.state.stability == 5.0


def test_reordering_and_renaming_the_file_keep_progress(store: ProgressStore) -> None:
    deck = make_deck()
    store.sync_decks([deck], NOW)
    ana = store.get_or_create_student("ana")
    pk = review(store, ana.id, "history", "c3")
    moved = replace(deck, cards=tuple(reversed(deck.cards)), path=Path("renamed.yaml"))
    [result] = store.sync_decks([moved], NOW).decks
    assert (result.added, result.removed, result.updated) == (0, 0, 0)
    infos = store.card_infos(ana.id, "history")
    assert [c.card_id for c in infos] == ["c3", "c2", "c1", "c0"]
    assert infos[0].pk == pk and infos[0].state is not None
    stored = store.db.execute("SELECT path FROM decks").fetchone()[0]
    assert stored == str(Path("renamed.yaml").resolve())


def test_removed_card_is_hidden_with_history_and_comes_back(store: ProgressStore) -> None:
    deck = make_deck()
    store.sync_decks([deck], NOW)
    ana = store.get_or_create_student("ana")
    pk = review(store, ana.id, "history", "c2")
    without = replace(deck, cards=deck.cards[:2] + deck.cards[3:])
    [removed] = store.sync_decks([without], NOW).decks
    assert removed.removed == 1
    assert "c2" not in [c.card_id for c in store.card_infos(ana.id, "history")]
    hidden = [c for c in store.card_infos(ana.id, "history", include_removed=True)
              if not c.present]
    assert [c.card_id for c in hidden] == ["c2"]
    assert len(store.reviews(ana.id, card_pk=pk)) == 1  # history kept
    [back] = store.sync_decks([deck], NOW).decks
    assert back.restored == 1
    info = next(c for c in store.card_infos(ana.id, "history") if c.card_id == "c2")
    assert info.pk == pk and info.state is not None and info.state.reps == 1


def test_two_decks_with_one_id_are_refused(store: ProgressStore) -> None:
    with pytest.raises(StoreError, match="share the id 'history'"):
        store.sync_decks([make_deck(), make_deck(path="other.yaml")], NOW)


def test_progress_is_per_student(store: ProgressStore) -> None:
    store.sync_decks([make_deck()], NOW)
    ana = store.get_or_create_student("ana")
    ben = store.get_or_create_student("ben")
    review(store, ana.id, "history", "c0")
    assert store.deck_counts(ana.id, "history", NOW).new == 3
    assert store.deck_counts(ben.id, "history", NOW).new == 4
    summaries = {s.name: s for s in store.list_students()}
    assert (summaries["ana"].reviews, summaries["ben"].reviews) == (1, 0)
    assert summaries["ana"].last_review == NOW


def test_student_list_counts_no_cram_answer_as_a_review(store: ProgressStore) -> None:
    store.sync_decks([make_deck()], NOW)
    ana = store.get_or_create_student("ana")
    review(store, ana.id, "history", "c0")
    pk = store.card_pk("history", "c1")
    assert pk is not None
    store.record_review(ana.id, pk, rating=int(fsrs.Rating.Good), reviewed_at=NOW + timedelta(
        hours=1), before=None, after=None, cram=True)
    [summary] = store.list_students()
    assert (summary.reviews, summary.last_review) == (1, NOW)


def test_renamed_file_without_an_id_keeps_progress(store: ProgressStore, tmp_path: Path) -> None:
    old_file = tmp_path / "history.yaml"
    old_file.write_text("(the deck file)")
    deck = make_deck(deck_id="history", path=str(old_file))
    store.sync_decks([deck], NOW)
    ana = store.get_or_create_student("ana")
    pk = review(store, ana.id, "history", "c1")
    store.set_deck_retention("history", 0.85)
    new_file = tmp_path / "world-history.yaml"
    old_file.rename(new_file)
    # Without `id:` the deck id is the file name, so the renamed file brings a new id.
    renamed = replace(deck, id="world-history", path=new_file,
                      cards=deck.cards + (Card(id="c9", question="New?", answer="Yes"),))
    [result] = store.sync_decks([renamed], NOW).decks
    assert (result.status, result.renamed_from, result.added) == ("renamed", "history", 1)
    assert store.card_pk("world-history", "c1") == pk
    assert store.card_pk("history", "c1") is None
    assert store.deck_retention("world-history") == 0.85
    info = next(c for c in store.card_infos(ana.id, "world-history") if c.card_id == "c1")
    assert info.state is not None and info.state.reps == 1
    assert len(store.reviews(ana.id, deck_id="world-history")) == 1
    assert store.sync_decks([renamed], NOW).decks[0].status == "unchanged"


def test_a_deck_never_synced_is_told_from_a_known_or_renamed_one(store: ProgressStore,
                                                                 tmp_path: Path) -> None:
    old_file = tmp_path / "history.yaml"
    old_file.write_text("(the deck file)")
    deck = make_deck(deck_id="history", path=str(old_file))
    store.sync_decks([deck], NOW)
    other = replace(make_deck(deck_id="other", path=str(tmp_path / "other.yaml")),
                    cards=(Card(id="o1", question="Other?", answer="Yes"),))
    assert store.never_synced([deck, other]) == [other]
    new_file = tmp_path / "world-history.yaml"
    old_file.rename(new_file)
    renamed = replace(deck, id="world-history", path=new_file)
    assert store.never_synced([renamed, other]) == [other]  # its progress is under "history"


def test_a_copy_is_a_new_deck_while_the_original_file_exists(store: ProgressStore,
                                                            tmp_path: Path) -> None:
    original = tmp_path / "history.yaml"
    original.write_text("(the deck file)")
    deck = make_deck(deck_id="history", path=str(original))
    store.sync_decks([deck], NOW)
    copy = replace(deck, id="history-copy", path=tmp_path / "history-copy.yaml")
    [result] = store.sync_decks([copy], NOW).decks
    assert (result.status, result.added) == ("new", 4)
    assert store.card_pk("history", "c0") != store.card_pk("history-copy", "c0")
