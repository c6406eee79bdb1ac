"""Before serving a class: read the decks folder and record it in the progress database once.

Done by `quiz serve` itself so that a missing folder, a folder without decks or a database quiz
cannot use is said at once on the command line (not in each student's browser), and so that the
first sessions of a class do not all record the same decks together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from quiz.deck import load_decks
from quiz.errors import QuizError
from quiz.store import ProgressStore


@dataclass
class PreparedClass:
    """What will be served: how many decks and cards, and the deck files that have problems."""

    decks: int
    cards: int
    problems: list[str] = field(default_factory=list)


def prepare_class(decks_dir: Path, db_path: Path) -> PreparedClass:
    """Load the decks under `decks_dir` and sync them into `db_path`; QuizError when there is
    nothing to serve or the database cannot be used."""
    if not decks_dir.is_dir():
        raise QuizError(f"no decks folder at {decks_dir} (give one with --decks DIR)")
    result = load_decks([decks_dir])
    problems = [str(problem) for problem in result.problems]
    if not result.decks:
        reason = "every deck file has a problem" if result.errors else "it holds no *.yaml deck"
        raise QuizError(f"nothing to study in {decks_dir}: {reason}"
                        + "".join(f"\n  {problem}" for problem in problems))
    store = ProgressStore.open(db_path)
    try:
        store.sync_decks(result.decks)
    finally:
        store.close()
    cards = sum(len(deck.cards) for deck in result.decks)
    return PreparedClass(len(result.decks), cards, problems)
