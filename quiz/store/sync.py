"""Record loaded decks in the store, keeping every card's progress across edits.

A card is identified by (deck id, card id), so editing an answer, reordering cards or renaming
the file keeps its progress. A card missing from the deck file is hidden (`present = 0`), never
deleted, so its history survives and it comes back with its progress when re-added. A deck whose
content hash matches the last sync is skipped after one small query: the fast path.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime

from sqlite_utils import Database

from quiz.deck.model import Deck
from quiz.errors import StoreError
from quiz.scheduling.clock import to_iso, utc_now
from quiz.store.db import write_transaction
from quiz.store.records import DeckSync, SyncReport


def deck_hash(deck: Deck) -> str:
    """A hash of everything the store keeps about a deck: title, card ids, order, content."""
    payload = json.dumps(
        [deck.id, deck.title, [
            [c.id, c.question, c.answer, c.accept, c.choices, c.explanation] for c in deck.cards
        ]],
        ensure_ascii=False,
    )
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()


def sync_decks(db: Database, decks: Sequence[Deck], now: datetime | None = None) -> SyncReport:
    """Make the `decks` and `cards` tables match `decks`; unchanged decks cost one lookup."""
    ids = [d.id for d in decks]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise StoreError(f"two decks share the id {duplicates[0]!r}; give one another `id:`")
    stamp = to_iso(now or utc_now())
    known = {
        row[0]: (row[1], row[2])
        for row in db.execute("SELECT id, deck_hash, path FROM decks").fetchall()
    }
    results = []
    for deck in decks:
        digest = deck_hash(deck)
        path = str(deck.path) if deck.path is not None else None
        previous = known.get(deck.id)
        if previous is not None and previous[0] == digest:
            if previous[1] != path and path is not None:
                with write_transaction(db):
                    db.execute("UPDATE decks SET path = ? WHERE id = ?", [path, deck.id])
            results.append(DeckSync(deck.id, "unchanged"))
            continue
        with write_transaction(db):
            results.append(_sync_one(db, deck, digest, path, stamp, is_new=previous is None))
    return SyncReport(results)


def _sync_one(
    db: Database, deck: Deck, digest: str, path: str | None, stamp: str, *, is_new: bool
) -> DeckSync:
    conn = db.conn
    conn.execute(
        """INSERT INTO decks (id, title, path, deck_hash, card_count, synced)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, path = excluded.path,
             deck_hash = excluded.deck_hash, card_count = excluded.card_count,
             synced = excluded.synced""",
        [deck.id, deck.title, path, digest, len(deck.cards), stamp],
    )
    existing = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT card_id, pk, content_hash, position, present, question, answer"
            " FROM cards WHERE deck_id = ?",
            [deck.id],
        )
    }
    inserts, updates = [], []
    added = updated = restored = 0
    for position, card in enumerate(deck.cards):
        content = card.content_hash()
        old = existing.get(card.id)
        if old is None:
            inserts.append((deck.id, card.id, content, card.question, card.answer, position))
            added += 1
            continue
        pk, old_hash, old_position, present, question, answer = old
        if (old_hash, old_position, present, question, answer) != (
            content, position, 1, card.question, card.answer
        ):
            updates.append((content, card.question, card.answer, position, pk))
            updated += old_hash != content
            restored += not present
    seen = {c.id for c in deck.cards}
    gone = [(old[0],) for card_id, old in existing.items() if card_id not in seen and old[3]]
    conn.executemany(
        "INSERT INTO cards (deck_id, card_id, content_hash, question, answer, position, present)"
        " VALUES (?, ?, ?, ?, ?, ?, 1)",
        inserts,
    )
    conn.executemany(
        "UPDATE cards SET content_hash = ?, question = ?, answer = ?, position = ?, present = 1"
        " WHERE pk = ?",
        updates,
    )
    conn.executemany("UPDATE cards SET present = 0 WHERE pk = ?", gone)
    return DeckSync(
        deck.id, "new" if is_new else "changed", added=added, updated=updated,
        removed=len(gone), restored=restored,
    )
