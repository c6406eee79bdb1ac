"""What the app works on: the decks folder, the progress store and the student.

A thin adapter over quiz.scheduling.service, with no rule of its own: it opens the store
lazily, keeps the loaded library and the current student, and forwards every question the
screens ask to the study service. Every method that touches the disk is meant to run in a
worker thread, and holds `lock` so two workers never use the one SQLite connection at the same
time.

The core (YAML, sqlite-utils, fsrs) is imported inside the methods, which run in workers: the
first screen is drawn while those imports and the deck loading happen in the background.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.core.clock import utc_now
from quiz.core.collector import collector_paused
from quiz.core.enums import StudyMode
from quiz.core.settings import StudentSettings
from quiz.locations import cache_dir, default_student
from quiz.scheduling.records import Library

if TYPE_CHECKING:
    from quiz.deck import Deck
    from quiz.scheduling.custom import CustomChoice
    from quiz.scheduling.records import BrowseRow, DeckRow, StatsData
    from quiz.scheduling.reload import DeckReload
    from quiz.scheduling.service import StudyService
    from quiz.scheduling.session import StudySession
    from quiz.store import ProgressStore, Review, Student
    from quiz.store.records import SyncReport


class Workspace:
    """The decks folder, the progress database and the current student, opened lazily."""

    def __init__(
        self,
        decks_dir: Path,
        db_path: Path,
        student: str | None,
        now: Callable[[], datetime] | None = None,
        *,
        fuzz: bool = True,
        tz: str | None = None,
        deck_cache: Path | None = None,
    ) -> None:
        self.decks_dir = Path(decks_dir)
        # decks already read, so an unchanged one is not parsed at every start
        self.deck_cache = deck_cache if deck_cache is not None else cache_dir() / "decks"
        self.db_path = Path(db_path)
        # the student named at start (None: the last one this database opened, see
        # quiz.scheduling.preferences); the current one once the store is open
        self.student_name = student
        self.settings = StudentSettings()  # the current student's, read with the student
        self.now: Callable[[], datetime] = now or utc_now
        self.fuzz = fuzz
        self.tz = tz  # None: the student's zone, else the machine's
        self.lock = threading.RLock()
        self.library = Library()
        self._store: ProgressStore | None = None
        self._service: StudyService | None = None

    @property
    def store(self) -> ProgressStore:
        """The progress store, opened (and migrated) on first use."""
        from quiz.store import ProgressStore

        with self.lock:
            if self._store is None:
                self._store = ProgressStore.open(self.db_path)
            return self._store

    @property
    def service(self) -> StudyService:
        """The study service of the current student (created in the database the first time,
        and recorded as the last student; their kept settings are read with them)."""
        from quiz.scheduling.preferences import open_student, student_settings
        from quiz.scheduling.service import StudyService

        with self.lock:
            if self._service is None or self._service.student.name != self.student_name:
                if self._service is not None:  # the decks it was to record, before switching
                    self._service.record_new_decks()
                student = open_student(self.store, self.student_name,
                                       fallback=default_student())
                self.student_name = student.name
                self.settings = student_settings(self.store, student)
                self._service = StudyService(self.store, student, now=self.now, tz=self.tz,
                                             fuzz=self.fuzz)
            return self._service

    def current_settings(self) -> StudentSettings:
        """The current student's kept settings (blocking the first time: opens the store)."""
        with self.lock:
            _ = self.service  # opening the current student's service reads their settings
            return self.settings

    def change_settings(
        self,
        *,
        mode: str | None = None,
        show_source: bool | None = None,
        date_order: str | None = None,
    ) -> StudentSettings:
        """Keep new choices for the current student (blocking: use a worker)."""
        from quiz.scheduling.preferences import change_settings

        with self.lock:
            self.settings = change_settings(self.store, self.service.student, mode=mode,
                                            show_source=show_source, date_order=date_order)
            return self.settings

    @property
    def student(self) -> Student:
        """The current student."""
        return self.service.student

    def zone(self) -> tzinfo:
        """The zone times are shown in: the one given to the app, else the student's own."""
        return self.service.zone()

    def load(self, first_look: Callable[[Library, list[DeckRow]], None] | None = None
             ) -> Library:
        """Read the decks folder and record its decks in the store, but those it has never
        seen: `after_shown` records them (blocking: use a worker). With `first_look`, large
        decks never seen are sketched first, and it is given the library and the rows of the
        home table before they are read (see StudyService.load)."""
        with self.lock:
            # The decks live as long as the app: once out of the cycle collector's sight, a full
            # collection no longer walks a big library's millions of objects (hundreds of ms
            # with the GIL held: the app frozen, in browse over every deck). Collected before
            # the decks are read, and frozen before the collector runs again (the first
            # collection after a pause would walk every object made during it), so no garbage
            # is kept and the decks just read are never walked; reference counting still
            # frees them on a reload.
            gc.collect()
            with collector_paused():
                self.library = self.service.load(self.decks_dir, cache=self.deck_cache,
                                                 keep_later=True, new_later=True,
                                                 first_look=first_look)
                gc.freeze()
            return self.library

    def after_shown(self) -> SyncReport | None:
        """Once the decks are shown: record the decks the store had never seen (their cards,
        all new, were counted from their files), then write the decks `load` read to the deck
        cache for the next start (blocking: use a worker). The report of the recording, or
        None when there was nothing to record (or the workspace was closed meanwhile)."""
        service = self._service
        if service is None:
            return None
        with self.lock:
            report = service.record_new_decks() if self._service is service else None
        service.keep_read_decks()  # the store is not used: no lock
        return report

    def reload_deck(self, deck: Deck) -> DeckReload:
        """Read one deck file again after an edit and sync it (blocking: use a worker)."""
        with self.lock:
            return self.service.reload_deck(self.library, deck, cache=self.deck_cache)

    def student_names(self) -> list[str]:
        """The names of every student in the database, sorted."""
        with self.lock:
            return [s.name for s in self.store.list_students()]

    def session(
        self, decks: Sequence[Deck], *, cram: bool = False, mode: str = StudyMode.FLIP
    ) -> StudySession:
        """A study session of the current student over `decks`."""
        with self.lock:
            return self.service.session(decks, cram=cram, mode=mode)

    def custom_session(self, decks: Sequence[Deck], choice: CustomChoice) -> StudySession:
        """A custom study session of the current student (quiz.scheduling.custom)."""
        with self.lock:
            return self.service.custom_session(decks, choice, mode=StudyMode.FLIP)

    def deck_rows(self) -> list[DeckRow]:
        """Today's counts for every loaded deck."""
        with self.lock:
            return self.service.deck_rows(self.library.decks)

    def browse_rows(self, decks: Sequence[Deck]) -> list[BrowseRow]:
        """Every card of `decks`, deck by deck, with the student's state and last rating."""
        with self.lock:
            return self.service.browse_rows(decks)

    def set_suspended(self, deck_id: str, card_id: str, suspended: bool) -> None:
        """Suspend a card of deck `deck_id` for the student, or put it back in the queues."""
        with self.lock:
            self.service.set_suspended(deck_id, card_id, suspended)

    def bury(self, deck_id: str, card_id: str) -> None:
        """Hide a card of deck `deck_id` until the student's next study day."""
        with self.lock:
            self.service.bury(deck_id, card_id)

    def history(self, deck_id: str, card_id: str) -> list[Review]:
        """Every review of one card by the current student, oldest first."""
        with self.lock:
            return self.service.history(deck_id, card_id)

    def stats(self, decks: Sequence[Deck]) -> StatsData:
        """The student's statistics over `decks` (blocking)."""
        with self.lock:
            return self.service.stats(decks)

    def next_due(self, decks: Sequence[Deck]) -> datetime | None:
        """When the next studied card of `decks` falls due (not suspended or buried)."""
        with self.lock:
            return self.service.next_due(decks)

    def close(self) -> None:
        with self.lock:
            if self._store is not None:
                self._store.close()
                self._store = None
                self._service = None
