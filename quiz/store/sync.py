"""Record loaded decks in the store, keeping every card's progress across edits.

A card is identified by (deck id, card id), so editing an answer, reordering cards or renaming
the file keeps its progress. A card missing from the deck file is hidden (`present = 0`), never
deleted, so its history survives and it comes back with its progress when re-added. Each card's
whole content (question, answer, accepted answers, options, explanation, tags, source) is kept,
so exports never read deck files. A deck whose digest (`Deck.digest`, computed once per loaded
deck) matches the last sync is skipped after one small query, whatever its size: the fast
path. A deck file
renamed without an explicit `id:` gets a new id (the file name); it is recognised as the old
deck (its file gone, half its card ids shared) and keeps its progress under the new id. A card
whose question was edited (so its default id changed) is recognised by quiz.store.edits, and
its progress, every student's, moves to the new id: the sync reports it in `DeckSync.kept`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from quiz.core.clock import to_iso, utc_now
from quiz.deck.model import Card, Deck, content_hash, json_text_list
from quiz.errors import StoreError
from quiz.store.db import write_transaction
from quiz.store.edits import CardText, match_edited
from quiz.store.records import DeckSync, SyncReport

RENAME_OVERLAP = 0.5
# What the store keeps of a card's content, in the order of `card_content`.
CONTENT_COLUMNS = ("content_hash", "question", "answer", "accept", "choices", "explanation",
                   "tags", "source_file", "source_line", "source_quote")
_CONTENT = ", ".join(CONTENT_COLUMNS)
_SET_CONTENT = ", ".join(f"{column} = ?" for column in CONTENT_COLUMNS)


def deck_hash(deck: Deck) -> str:
    """The digest of everything the store keeps about a deck (see `Deck.digest`)."""
    return deck.digest


def text_list(values: Sequence[str]) -> str:
    """A list of text as the store keeps it: JSON, e.g. `["Lord Ismay", "Ismay"]`."""
    return json_text_list(values)


def card_content(card: Card) -> tuple[object, ...]:
    """A card's values for CONTENT_COLUMNS."""
    src = card.source
    accept, choices = text_list(card.accept), text_list(card.choices)
    return (content_hash(card, accept, choices), card.question, card.answer, accept, choices,
            card.explanation, text_list(card.tags),
            src.file if src else None, src.line if src else None, src.quote if src else None)


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
        digest = deck.digest
        path = _path_text(deck.path)
        previous = known.get(deck.id)
        if previous is not None and previous[0] == digest:
            if previous[1] != path and path is not None:
                with write_transaction(db):
                    db.execute("UPDATE decks SET path = ? WHERE id = ?", [path, deck.id])
            results.append(DeckSync(deck.id, "unchanged"))
            continue
        with write_transaction(db):
            renamed_from = None
            if previous is None:
                renamed_from = _find_renamed(db, deck, known, set(ids))
                if renamed_from is not None:
                    _move_deck(db, renamed_from, deck.id)
                    del known[renamed_from]
            result = _sync_one(db, deck, digest, path, stamp,
                               is_new=previous is None and renamed_from is None)
            if renamed_from is not None:
                result = replace(result, status="renamed", renamed_from=renamed_from)
            results.append(result)
    return SyncReport(results)


def never_synced(db: Database, decks: Sequence[Deck]) -> list[Deck]:
    """The decks among `decks` that the store has never recorded: no deck under their id, and
    none whose renamed file they are (see `_find_renamed`). Until `sync_decks` records them,
    every card of such a deck is new to every student, and no study of it is in the store."""
    known = {
        row[0]: (row[1], row[2])
        for row in db.execute("SELECT id, deck_hash, path FROM decks").fetchall()
    }
    syncing = {d.id for d in decks}
    return [deck for deck in decks
            if deck.id not in known and _find_renamed(db, deck, known, syncing) is None]


def all_new(db: Database, ids: Collection[str], syncing: Collection[str]) -> bool:
    """Whether the decks `ids` are surely all new to the store (as `never_synced` would find
    them) without their cards: no deck under their ids, and no recorded deck that one of them
    could be the renamed file of (one not among `syncing` whose file is gone)."""
    for deck_id, path in db.execute("SELECT id, path FROM decks").fetchall():
        if deck_id in ids or (deck_id not in syncing and path and not Path(path).exists()):
            return False
    return True


def _path_text(path: Path | None) -> str | None:
    """The absolute path recorded for a deck file (so a rename can be told from a move)."""
    if path is None:
        return None
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(path)


def _find_renamed(
    db: Database, deck: Deck, known: dict[str, tuple[str, str | None]], syncing: set[str]
) -> str | None:
    """The id of a known deck this new deck id is a renamed file of, if any.

    A deck without `id:` takes its file name as id, so renaming the file changes the id. The
    old deck counts as renamed when its recorded file is gone, it is not being synced now, and
    at least half the cards of each side share card ids.
    """
    new_ids: set[str] | None = None
    best, best_overlap = None, 0.0
    for old_id, (_digest, old_path) in known.items():
        if old_id in syncing or not old_path or Path(old_path).exists():
            continue
        if new_ids is None:
            new_ids = {c.id for c in deck.cards}
        old_ids = {row[0] for row in db.conn.execute(
            "SELECT card_id FROM cards WHERE deck_id = ? AND present = 1", [old_id])}
        if not old_ids or not new_ids:
            continue
        shared = len(old_ids & new_ids)
        overlap = min(shared / len(old_ids), shared / len(new_ids))
        if overlap >= RENAME_OVERLAP and overlap > best_overlap:
            best, best_overlap = old_id, overlap
    return best


def _move_deck(db: Database, old_id: str, new_id: str) -> None:
    """Give a deck's row, cards (and so all progress) a new deck id."""
    conn = db.conn
    conn.execute(
        """INSERT INTO decks (id, title, path, deck_hash, card_count, desired_retention, synced,
             description, tags)
           SELECT ?, title, path, NULL, card_count, desired_retention, synced, description, tags
           FROM decks WHERE id = ?""",
        [new_id, old_id],
    )
    conn.execute("UPDATE cards SET deck_id = ? WHERE deck_id = ?", [new_id, old_id])
    # The per-day answer totals follow their cards (`WHERE 1`: SQLite's rule for an upsert).
    conn.execute(
        """INSERT INTO review_days (student_id, day, deck_id, passed, total)
           SELECT student_id, day, ?, passed, total FROM review_days WHERE deck_id = ? AND 1
           ON CONFLICT DO UPDATE SET passed = passed + excluded.passed,
             total = total + excluded.total""",
        [new_id, old_id],
    )
    conn.execute("DELETE FROM review_days WHERE deck_id = ?", [old_id])
    conn.execute("DELETE FROM decks WHERE id = ?", [old_id])


def _sync_one(
    db: Database, deck: Deck, digest: str, path: str | None, stamp: str, *, is_new: bool
) -> DeckSync:
    conn = db.conn
    about = (deck.title, deck.description, text_list(deck.tags))
    before = conn.execute("SELECT title, description, tags FROM decks WHERE id = ?",
                          [deck.id]).fetchone()
    conn.execute(
        """INSERT INTO decks (id, title, path, deck_hash, card_count, synced, description, tags)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, path = excluded.path,
             deck_hash = excluded.deck_hash, card_count = excluded.card_count,
             synced = excluded.synced, description = excluded.description,
             tags = excluded.tags""",
        [deck.id, deck.title, path, digest, len(deck.cards), stamp, *about[1:]],
    )
    # card id -> (pk, position, present, *content)
    existing = {
        row[0]: row[1:]
        for row in conn.execute(
            f"SELECT card_id, pk, position, present, {_CONTENT} FROM cards WHERE deck_id = ?",
            [deck.id],
        )
    }
    inserts: list[tuple[str, *tuple[object, ...], int]] = []  # (card id, *content, position)
    updates: list[tuple[object, ...]] = []
    added = updated = restored = 0
    new_cards: list[tuple[int, Card]] = []  # (position, card) of each card not stored yet
    for position, card in enumerate(deck.cards):
        content = card_content(card)
        old = existing.get(card.id)
        if old is None:
            inserts.append((card.id, *content, position))
            new_cards.append((position, card))
            continue
        pk, old_position, present, *old_content = old
        if (old_position, present) != (position, 1) or tuple(old_content) != content:
            updates.append((*content, position, pk))
            updated += old_content[0] != content[0]
            restored += not present
    seen = {c.id for c in deck.cards}
    # pk of a card gone from the deck -> (its card id, its text)
    gone = {old[0]: (card_id, CardText(old[0], old[4], old[5], old[1]))
            for card_id, old in existing.items() if card_id not in seen and old[2]}
    # the new cards as the search for edits sees them (none to search when no card is gone)
    fresh = [CardText(card.id, card.question, card.answer, position)
             for position, card in new_cards] if gone else []
    edited = match_edited([text for _, text in gone.values()], fresh)
    moved = {card.key: old.key for old, card in edited}  # new card id -> pk of the gone card
    studied = _with_progress(conn, list(moved.values()))
    kept = tuple((gone[old.key][0], str(card.key)) for old, card in edited if old.key in studied)
    renames = []
    for row in inserts:
        pk = moved.get(row[0])
        if pk is None:
            added += 1
            continue
        renames.append((*row, pk))
        del gone[pk]
    # The gone card's row takes the new id: its card_state and review_log rows (every
    # student's) point at its pk, so they follow it, in this sync's transaction.
    conn.executemany(
        f"UPDATE cards SET card_id = ?, {_SET_CONTENT}, position = ?, present = 1 WHERE pk = ?",
        renames,
    )
    conn.executemany(
        f"INSERT INTO cards (deck_id, card_id, {_CONTENT}, position, present)"
        f" VALUES (?, ?, {', '.join('?' for _ in CONTENT_COLUMNS)}, ?, 1)",
        [(deck.id, *row) for row in inserts if row[0] not in moved],
    )
    conn.executemany(
        f"UPDATE cards SET {_SET_CONTENT}, position = ?, present = 1 WHERE pk = ?", updates
    )
    conn.executemany("UPDATE cards SET present = 0 WHERE pk = ?", [(pk,) for pk in gone])
    # A file whose digest changed may hold the same deck (a comment was edited).
    same = before is not None and tuple(before) == about and not (inserts or updates or gone)
    return DeckSync(
        deck.id, "new" if is_new else "unchanged" if same else "changed", added=added,
        updated=updated + len(renames), removed=len(gone), restored=restored, kept=kept,
    )


def _with_progress(conn: sqlite3.Connection, pks: list[int]) -> set[int]:
    """The cards among `pks` that some student has studied (a state or a review)."""
    found: set[int] = set()
    for start in range(0, len(pks), 400):  # well under SQLite's limit of bound parameters
        chunk = pks[start:start + 400]
        marks = ", ".join("?" * len(chunk))
        found.update(row[0] for row in conn.execute(
            f"SELECT card_pk FROM card_state WHERE card_pk IN ({marks})"
            f" UNION SELECT card_pk FROM review_log WHERE card_pk IN ({marks})",
            chunk + chunk,
        ))
    return found
