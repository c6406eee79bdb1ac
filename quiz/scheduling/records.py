"""Plain records the study service returns: the library, the rows of the home and browse
tables, the statistics, how a card is asked.

Apart from the service so that the TUI can import them before the core (YAML, sqlite-utils,
fsrs) is loaded: nothing here imports more than the standard library at run time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from quiz.core.enums import Rating, StudyMode

if TYPE_CHECKING:
    from quiz.deck.model import Card, Deck
    from quiz.errors import DeckError
    from quiz.scheduling.session import SessionCounts
    from quiz.store.records import CardInfo
    from quiz.store.stats import Leech, Retention


@dataclass
class Library:
    """The decks that loaded, and one DeckError per deck file that did not."""

    decks: list[Deck] = field(default_factory=list)
    errors: list[DeckError] = field(default_factory=list)
    kept: str = ""  # "kept progress of 1 edited card" when the last sync moved some progress
    # decks the store has never seen, read but not recorded yet (quiz.scheduling.service)
    unrecorded: list[Deck] = field(default_factory=list)

    def deck(self, deck_id: str) -> Deck | None:
        """The loaded deck with this id, if any."""
        return next((d for d in self.decks if d.id == deck_id), None)


@dataclass(frozen=True)
class DeckRow:
    """One line of the home table: a deck, what is left to study today, 30-day retention."""

    deck: Deck
    counts: SessionCounts
    retention: float | None = None
    sketched: int | None = None  # the cards of a deck only sketched so far (quiz.deck.sketch)

    @property
    def size(self) -> int:
        """How many cards the deck has."""
        return len(self.deck.cards) if self.sketched is None else self.sketched


@dataclass(frozen=True)
class BrowseRow:
    """A card of a deck with the student's state and last rating (None: never answered)."""

    deck: Deck
    card: Card
    info: CardInfo
    last_rating: Rating | None

    @property
    def key(self) -> str:
        """"deck/card": unique across decks (ids never hold a slash, quiz.deck.loader)."""
        return f"{self.deck.id}/{self.card.id}"


@dataclass(frozen=True)
class StatsData:
    """Everything the stats screen draws, read from the store's statistics in one go."""

    today: date
    per_day: dict[date, int]
    forecast: list[tuple[date, int]]
    retention_recent: Retention
    retention_all: Retention
    accuracy_recent: Retention
    states: list[tuple[str, int]]
    leeches: list[Leech]


@dataclass(frozen=True)
class Presentation:
    """How a card is asked: the mode it is shown in, and its options in order (choice only)."""

    mode: StudyMode
    options: list[str]


