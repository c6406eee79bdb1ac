"""The store owns the cards: each synced card is kept whole, and an unchanged deck costs one
lookup whatever its size (its digest is compared, its cards are not)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from quiz.deck.loader import load_deck
from quiz.deck.model import Card, Deck, Source
from quiz.deck.writer import write_deck
from quiz.store import ProgressStore
from quiz.store.exports import stored_deck, synced_decks

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=timezone.utc)
FULL = Card(id="nato", question="Who was the first Secretary-General of NATO?",
            answer="Hastings Ismay", accept=("Lord Ismay", "Ismay"),
            choices=("Paul-Henri Spaak", "Dirk Stikker"), explanation="He served 1952-57.",
            tags=("official", "nato"),
            source=Source("seeds/nato.txt", 12, "Lord Ismay became the first Secretary-General."))
BARE = Card(id="wall", question="In what year did the Berlin Wall fall?", answer="1989")
NO_LINE = Card(id="rome", question="Which treaty founded the EEC?", answer="Treaty of Rome",
               source=Source("seeds/eec.txt"))
DECK = Deck(id="cold-war", title="The Cold War", cards=(FULL, BARE, NO_LINE),
            description="After chapter 4.", tags=("history",))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    s = ProgressStore.open(tmp_path / "progress.db")
    yield s
    s.close()


def test_every_card_is_kept_whole(store: ProgressStore) -> None:
    store.sync_decks([DECK], NOW)
    assert stored_deck(store, "cold-war") == DECK
    [row] = synced_decks(store)
    assert (row.description, row.tags, row.card_count) == ("After chapter 4.", ("history",), 3)
    assert stored_deck(store, "nope") is None


def test_a_changed_source_tag_or_description_is_written(store: ProgressStore) -> None:
    store.sync_decks([DECK], NOW)
    moved = replace(FULL, source=Source("seeds/nato-2.txt", 3, "Ismay, in 1952."), tags=())
    edited = replace(DECK, cards=(moved, BARE, NO_LINE), description=None)
    [result] = store.sync_decks([edited], NOW).decks
    assert result.status == "changed"
    assert stored_deck(store, "cold-war") == edited


def test_a_removed_card_is_left_out_and_comes_back_whole(store: ProgressStore) -> None:
    store.sync_decks([DECK], NOW)
    store.sync_decks([replace(DECK, cards=(BARE,))], NOW)
    assert stored_deck(store, "cold-war") == replace(DECK, cards=(BARE,))
    [back] = store.sync_decks([DECK], NOW).decks
    assert back.restored == 2
    assert stored_deck(store, "cold-war") == DECK


def test_an_edited_question_keeps_progress_and_takes_the_new_content(
        store: ProgressStore) -> None:
    store.sync_decks([DECK], NOW)
    pk = store.card_pk("cold-war", "wall")
    typo = replace(BARE, id="wall-2", question="In what year did the Berlin Wall fal?",
                   source=Source("seeds/wall.txt", 1, "It fell in 1989."))
    store.sync_decks([replace(DECK, cards=(FULL, typo, NO_LINE))], NOW)
    assert store.card_pk("cold-war", "wall-2") == pk
    assert stored_deck(store, "cold-war").cards[1] == typo


def test_a_deck_file_loaded_again_is_unchanged_and_a_comment_changes_nothing(
        store: ProgressStore, tmp_path: Path) -> None:
    path = tmp_path / "decks" / "cold-war.yaml"
    write_deck(DECK, path)
    [first] = store.sync_decks([load_deck(path)], NOW).decks
    assert first.status == "new"
    assert store.sync_decks([load_deck(path)], NOW).decks[0].status == "unchanged"
    path.write_text(path.read_text("utf-8") + "# checked by the teacher\n", "utf-8")
    report = store.sync_decks([load_deck(path)], NOW)
    assert report.decks[0].status == "unchanged" and report.summary() == ""
    assert stored_deck(store, "cold-war") == replace(
        load_deck(path), cards=tuple(replace(c, line=0) for c in load_deck(path).cards))


def test_the_digest_follows_the_content(tmp_path: Path) -> None:
    path = tmp_path / "cold-war.yaml"
    write_deck(DECK, path)
    loaded = load_deck(path)
    assert loaded.digest == load_deck(path).digest != DECK.digest
    assert replace(loaded, title="Other").digest != loaded.digest  # a new Deck, its own digest
    assert replace(DECK).digest == DECK.digest
    for changed in (replace(DECK, tags=()), replace(DECK, description="x"),
                    replace(DECK, cards=(replace(FULL, source=None), BARE, NO_LINE)),
                    replace(DECK, cards=(replace(FULL, tags=("nato",)), BARE, NO_LINE)),
                    replace(DECK, cards=(FULL, NO_LINE, BARE))):
        assert changed.digest != DECK.digest
