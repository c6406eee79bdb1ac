"""Read-only queries the exports need and the store does not offer (the list of synced decks).

Nothing here writes: exports may run while a student is studying in the same database.
"""

from __future__ import annotations

from dataclasses import dataclass

from quiz.store.progress import ProgressStore


@dataclass(frozen=True)
class DeckRow:
    """A deck as last synced into the progress database."""

    id: str
    title: str
    path: str | None
    card_count: int


def synced_decks(store: ProgressStore) -> list[DeckRow]:
    """Every deck the database knows, by id (decks are shared by all its students)."""
    rows = store.db.conn.execute(
        "SELECT id, title, path, card_count FROM decks ORDER BY id"
    ).fetchall()
    return [DeckRow(id=r[0], title=r[1], path=r[2], card_count=r[3]) for r in rows]
