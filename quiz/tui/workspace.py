"""What the app works on: the decks folder, the progress store and the student.

No Textual here. Every method that touches the disk is meant to run in a worker thread, and
holds `lock` so two workers never use the one SQLite connection at the same time. The rules
(queues, limits, answer checking, statistics) stay in the core: this class only wires the
loaded decks, the store and a `StudySession` together for the screens.

The core (YAML, sqlite-utils, fsrs) is imported inside the methods, which run in workers: the
first screen is drawn while those imports and the deck loading happen in the background.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.core.clock import resolve_zone, study_day, utc_now
from quiz.core.enums import SHOWN_MODES, Rating, State, StudyMode

if TYPE_CHECKING:
    from quiz.deck import Card, Deck
    from quiz.errors import DeckError
    from quiz.scheduling.session import SessionCounts, StudySession
    from quiz.store import CardInfo, ProgressStore, Review, Student
    from quiz.store.stats import Leech, Retention

RECENT = timedelta(days=30)  # "recent" retention on the home screen and the stats screen


@dataclass(frozen=True)
class DeckRow:
    """One line of the home table: a deck and what is left to study today."""

    deck: Deck
    counts: SessionCounts
    retention: float | None = None


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
class BrowseRow:
    """A card of a deck with the student's state and last rating (None: never answered)."""

    card: Card
    info: CardInfo
    last_rating: Rating | None


@dataclass
class Library:
    """The decks that loaded, and one DeckError per deck file that did not."""

    decks: list[Deck] = field(default_factory=list)
    errors: list[DeckError] = field(default_factory=list)
    kept: str = ""  # "kept progress of 1 edited card" when the last sync moved some progress

    def deck(self, deck_id: str) -> Deck | None:
        return next((d for d in self.decks if d.id == deck_id), None)


class Workspace:
    """The decks folder, the progress database and the current student, opened lazily."""

    def __init__(
        self,
        decks_dir: Path,
        db_path: Path,
        student: str,
        now: Callable[[], datetime] | None = None,
        *,
        fuzz: bool = True,
        tz: str | None = None,
    ) -> None:
        self.decks_dir = Path(decks_dir)
        self.db_path = Path(db_path)
        self.student_name = student
        self.now: Callable[[], datetime] = now or utc_now
        self.fuzz = fuzz
        self.tz = tz  # None: the student's zone, else the machine's
        self.lock = threading.RLock()
        self.library = Library()
        self._store: ProgressStore | None = None
        self._student: Student | None = None

    @property
    def store(self) -> ProgressStore:
        """The progress store, opened (and migrated) on first use."""
        from quiz.store import ProgressStore

        with self.lock:
            if self._store is None:
                self._store = ProgressStore.open(self.db_path)
            return self._store

    @property
    def student(self) -> Student:
        """The current student, created in the database the first time."""
        with self.lock:
            if self._student is None or self._student.name != self.student_name:
                self._student = self.store.get_or_create_student(self.student_name)
            return self._student

    def zone(self) -> tzinfo:
        """The zone times are shown in: the one given to the app, else the student's own."""
        return resolve_zone(self.tz or self.student.tz)

    def load(self) -> Library:
        """Read the decks folder and record its decks in the store (blocking: use a worker)."""
        from quiz.deck import load_decks

        with self.lock:
            result = load_decks([self.decks_dir]) if self.decks_dir.exists() else None
            library = Library(list(result.decks), list(result.errors)) if result else Library()
            if library.decks:
                library.kept = self.store.sync_decks(library.decks, self.now()).kept_line()
            self.library = library
            return library

    def student_names(self) -> list[str]:
        """The names of every student in the database, sorted."""
        with self.lock:
            return [s.name for s in self.store.list_students()]

    def session(
        self, decks: Sequence[Deck], *, cram: bool = False, mode: str = StudyMode.FLIP
    ) -> StudySession:
        """A study session of the current student over `decks`."""
        from quiz.scheduling.session import StudySession

        with self.lock:
            return StudySession(
                self.store, self.student, decks, now=self.now, cram=cram,
                mode=mode if mode in SHOWN_MODES else StudyMode.FLIP, fuzz=self.fuzz,
                tz=self.tz,
            )

    def deck_rows(self) -> list[DeckRow]:
        """Today's counts for every loaded deck, as the engine computes them."""
        from quiz.scheduling.session import SessionCounts
        from quiz.store import stats

        with self.lock:
            decks = self.library.decks
            if not decks:
                return []
            per_deck = self.session(decks).counts_by_deck()  # one sync, one query for all decks
            rows = []
            for deck in decks:
                c = per_deck[deck.id]
                recent = stats.true_retention(
                    self.store, self.student.id, since=self.now() - RECENT, deck_ids=[deck.id])
                counts = SessionCounts(c.new, c.learning, c.due, right=0, wrong=0)
                rows.append(DeckRow(deck, counts, recent.rate))
            return rows

    def browse_rows(self, deck: Deck) -> list[BrowseRow]:
        """Every card of `deck` in deck order, with the student's state and last rating."""
        with self.lock:
            sid = self.student.id
            infos = {i.card_id: i for i in self.store.card_infos(sid, deck.id)}
            last = {r.card_id: r.rating for r in self.store.reviews(sid, deck_id=deck.id)}
        return [BrowseRow(card, infos[card.id], last.get(card.id))
                for card in deck.cards if card.id in infos]

    def set_suspended(self, deck: Deck, card_id: str, suspended: bool) -> None:
        """Suspend a card of `deck` for the student, or put it back in the queues."""
        with self.lock:
            session = self.session([deck])
            pk = self.store.card_pk(deck.id, card_id)
            if pk is not None:
                (session.suspend if suspended else session.unsuspend)(pk)

    def history(self, deck_id: str, card_id: str) -> list[Review]:
        """Every review of one card by the current student, oldest first."""
        from quiz.store import stats

        with self.lock:
            return stats.card_history(self.store, self.student.id, deck_id, card_id)

    def stats(self, decks: Sequence[Deck]) -> StatsData:
        """The student's statistics over `decks`, from quiz.store.stats (blocking)."""
        from quiz.store import stats

        with self.lock:
            student, store, now = self.student, self.store, self.now()
            tz = self.zone()
            ids = [d.id for d in decks]
            hour = student.day_start_hour
            states = dict.fromkeys([*(s.label for s in State), "suspended"], 0)
            for deck_id in ids:
                for info in store.card_infos(student.id, deck_id):
                    if info.state is not None and info.state.suspended:
                        states["suspended"] += 1
                    else:
                        states[info.state.state_name if info.state else State.NEW.label] += 1
            return StatsData(
                today=study_day(now, tz, hour),
                per_day=stats.reviews_per_day(store, student.id, tz=tz, day_start_hour=hour,
                                              deck_ids=ids),
                forecast=stats.forecast(store, student.id, now=now, tz=tz, day_start_hour=hour,
                                        deck_ids=ids),
                retention_recent=stats.true_retention(store, student.id, since=now - RECENT,
                                                      deck_ids=ids),
                retention_all=stats.true_retention(store, student.id, deck_ids=ids),
                accuracy_recent=stats.answer_accuracy(store, student.id, since=now - RECENT,
                                                      deck_ids=ids),
                states=list(states.items()),
                leeches=stats.leeches(store, student.id, ids),
            )

    def next_due(self, decks: Sequence[Deck]) -> datetime | None:
        """The earliest due time of a card already studied in `decks` (not suspended)."""
        with self.lock:
            times = [
                info.state.due
                for deck in decks
                for info in self.store.card_infos(self.student.id, deck.id)
                if info.state is not None and info.state.due is not None
                and not info.state.suspended and not info.state.is_new
            ]
        return min(times, default=None)

    def close(self) -> None:
        with self.lock:
            if self._store is not None:
                self._store.close()
                self._store = None

