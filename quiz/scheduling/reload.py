"""Read one deck file again after a teacher edited it while studying, and record it in the store.

The store keeps the progress of edited cards (quiz.store.sync: a card keeps its key, `pk`, when
its question changes), so a session can go on with the new text. A file the edit broke is not
recorded: the caller keeps the deck as it was and shows the problems.

    result = reload_deck(store, library, deck, now)
    if result.deck is None:
        show(result.problems)          # "decks/history.yaml:12:5: ..." each
    else:
        session.replace_deck(result.deck)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import quiz.deck
from quiz.deck.cache import reading_through
from quiz.deck.model import Deck
from quiz.errors import QuizError
from quiz.scheduling.records import Library
from quiz.store.progress import ProgressStore


@dataclass(frozen=True)
class DeckReload:
    """The deck as its file now holds it (None when it cannot be used), why not, and the
    sync's "kept progress of 1 edited card"."""

    deck: Deck | None
    problems: list[str] = field(default_factory=list)
    kept: str = ""


def reload_deck(
    store: ProgressStore,
    library: Library,
    deck: Deck,
    now: datetime,
    *,
    cache: Path | None = None,
) -> DeckReload:
    """Read `deck`'s file again; when it loads as the same deck, sync it and put it in
    `library` in place of the old one."""
    if deck.path is None:
        raise QuizError(f"the deck {deck.id!r} was not read from a file")
    with reading_through(cache):
        result = quiz.deck.load_decks([deck.path])
    problems = [str(p) for error in result.errors for p in error.problems]
    if problems:
        return DeckReload(None, problems)
    if not result.decks:
        return DeckReload(None, [f"{deck.path}: no deck found in the file"])
    new = result.decks[0]
    if new.id != deck.id:
        return DeckReload(None, [f"{deck.path}: the deck's id changed from {deck.id!r} to "
                                 f"{new.id!r}; put it back to go on studying (progress is "
                                 f"kept per deck id)"])
    report = store.sync_decks([new], now)
    library.decks = [new if d.id == deck.id else d for d in library.decks]
    return DeckReload(new, [], report.kept_line())
