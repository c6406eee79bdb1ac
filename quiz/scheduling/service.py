"""The study service: the one API a front end calls for every study rule, over one store.

A `StudyService` is one student's view of the progress store: what is left to study today in
each deck (within the daily limits), when the next card falls due, suspending and burying a
card, the statistics and the browse table. The queue itself, answering and undo are a
`StudySession`, which the service opens over decks it has already synced (so opening one never
re-reads or re-hashes a deck). How a card is asked (`present`) and how an answer is checked
(`check`, by the mode the card was shown in) are plain functions beside it.

    service = StudyService(store, store.get_or_create_student("ana"), now=clock)
    library = service.load(Path("decks"))                # read the folder, sync it once
    rows = service.deck_rows(library.decks)               # the home table
    session = service.session(library.decks)              # next_card / answer / undo / bury
    service.next_due(library.decks)                       # "next cards due in 8 minutes"
    service.set_suspended("history", "q12", True)
    service.browse_rows(library.decks)                    # every card, for the browse table
    verdict = check(card, StudyMode.TYPED, "1992")        # None for flip: the student rates

No Textual: the TUI's workspace only forwards to this module, in worker threads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

import quiz.deck
from quiz.core.clock import as_utc, resolve_zone, study_day, today_bounds, utc_now
from quiz.core.collector import collector_paused
from quiz.core.enums import SHOWN_MODES, Rating, StudyMode
from quiz.deck.cache import DeckCache, reading_through
from quiz.deck.loader import LoadResult, first_looking
from quiz.deck.model import Card, Deck
from quiz.deck.sketch import DeckSketch
from quiz.errors import QuizError
from quiz.scheduling.answers import DateOrder, Verdict, check_answer, check_choice, suggest_rating
from quiz.scheduling.browse import browse_rows
from quiz.scheduling.custom import (
    ChosenCardsSession,
    CustomChoice,
    choose_cards,
    nothing_to_study,
)
from quiz.scheduling.modes import card_mode, shuffled_options
from quiz.scheduling.recent import RecentRetention
from quiz.scheduling.records import BrowseRow, DeckRow, Library, Presentation, StatsData
from quiz.scheduling.reload import DeckReload, reload_deck
from quiz.scheduling.session import SessionCounts, StudySession, bury_until, set_suspended
from quiz.scheduling.siblings import SiblingIndexes
from quiz.store import stats
from quiz.store.progress import ProgressStore
from quiz.store.records import Review, Student, SyncReport

RECENT = timedelta(days=30)  # "recent" retention on the home screen and the stats screen

__all__ = [
    "RECENT", "BrowseRow", "DeckRow", "Library", "Presentation", "StatsData", "StudyService",
    "Verdict", "check", "load_library", "present", "suggested_rating",
]


FirstLook = Callable[[Library, list[DeckSketch]], None]


def load_library(
    store: ProgressStore, folder: Path, now: datetime, *, cache: Path | DeckCache | None = None,
    new_later: bool = False, first_look: FirstLook | None = None,
) -> Library:
    """Read the decks folder and record its decks in the store (the one sync of a start).

    With a `cache` (a folder or a DeckCache), a deck file unchanged since it was last read
    there is not parsed again (quiz.deck.cache). The cycle collector is paused throughout: the
    sync makes a row for each new card, and each collection meanwhile would walk the decks
    just read (a third of the sync of a 50,000-card deck).

    With `new_later`, the decks the store has never seen are not recorded: they are left in
    `Library.unrecorded`, for `record_decks` (all their cards are new to every student, so
    what is left of them today is known from the file meanwhile).

    With `new_later` and `first_look`, large decks the store has surely never seen are only
    sketched at first (quiz.deck.sketch): `first_look` is called with the library of the other
    decks (recorded, as ever, but for those never seen) and those sketches, before they are
    read; the library returned is the same as without it."""
    if not folder.exists():
        return Library()
    synced: dict[str, Deck] = {}  # decks recorded at the first look
    kept = ""

    def record(library: Library) -> str:
        if not library.decks:
            return ""
        if new_later:
            library.unrecorded = store.never_synced(library.decks)
        waiting = {d.id for d in library.unrecorded}
        recorded = [d for d in library.decks
                    if d.id not in waiting and synced.get(d.id) is not d]
        if synced and not recorded:
            return ""  # every deck recorded was at the first look
        synced.update((d.id, d) for d in recorded)
        return store.sync_decks(recorded, now).kept_line()

    def looked(result: LoadResult, sketches: list[DeckSketch]) -> None:
        nonlocal kept
        assert first_look is not None
        ids = [d.id for d in result.decks] + [s.id for s in sketches]
        if len(set(ids)) != len(ids) or not store.all_new({s.id for s in sketches}, set(ids)):
            return
        library = Library(list(result.decks), list(result.errors))
        kept = record(library)
        first_look(library, sketches)

    with collector_paused():
        with reading_through(cache), \
                first_looking(looked if new_later and first_look is not None else None):
            result = quiz.deck.load_decks([folder])
        library = Library(list(result.decks), list(result.errors))
        library.kept = record(library) or kept
    return library


def record_decks(store: ProgressStore, decks: Sequence[Deck], now: datetime) -> SyncReport:
    """Record the decks `load_library(new_later=True)` left unrecorded (the cycle collector
    paused, as there)."""
    with collector_paused():
        return store.sync_decks(decks, now)


def present(card: Card, chosen: StudyMode | str, reps: int) -> Presentation:
    """The mode `card` is shown in when the student chose `chosen` (auto picks per card), and
    for choice its options, in an order fixed by the card and its review count `reps`."""
    mode = card_mode(card, chosen)
    return Presentation(mode, shuffled_options(card, reps) if mode == StudyMode.CHOICE else [])


def check(
    card: Card, shown: StudyMode | str, response: str, *, date_order: DateOrder | None = None
) -> Verdict | None:
    """The verdict on `response` by the mode the card was shown in: typed text is checked
    against the answer and its accepted forms (a date in figures read in the student's
    `date_order`), a pick against the options; flip has none."""
    if shown == StudyMode.TYPED:
        return check_answer(card, response, date_order=date_order)
    if shown == StudyMode.CHOICE:
        return check_choice(card, response)
    return None


def suggested_rating(verdict: Verdict, seconds: float | None) -> Rating:
    """The rating proposed for a checked answer given in `seconds` (see suggest_rating)."""
    return suggest_rating(verdict, seconds)


class StudyService:
    """One student's study over a progress store; see the module docstring."""

    def __init__(
        self,
        store: ProgressStore,
        student: Student,
        *,
        now: Callable[[], datetime] = utc_now,
        tz: str | None = None,
        fuzz: bool = True,
    ) -> None:
        self.store = store
        self.student = student
        self.clock = now
        self.tz = tz  # None: the student's own zone, else the machine's
        self.fuzz = fuzz
        # Each deck's new-card cursor (see StudySession._cursor), shared by every session this
        # service opens: the scan past the cards already introduced is done once, not on every
        # return to the home screen. Only this process's own writes keep it valid (an undo
        # moves it back itself); a sync or another copy of quiz writing starts it again.
        self._cursors: dict[str, int] = {}
        self._outside: int | None = None
        self._siblings = SiblingIndexes()  # each loaded deck's siblings, built when first needed
        self._recent = RecentRetention(store, student.id, RECENT)  # the home table's column
        self._unkept: DeckCache | None = None  # decks read by `load`, not yet in the deck cache
        self._unrecorded: list[Deck] = []  # decks read by `load`, not yet in the store

    def load(self, folder: Path, *, cache: Path | None = None, keep_later: bool = False,
             new_later: bool = False,
             first_look: Callable[[Library, list[DeckRow]], None] | None = None) -> Library:
        """Read the decks folder and sync it (see `load_library`); what the service keeps
        between calls (new-card cursors, sibling indexes, running retention) starts again.

        With `keep_later`, the decks read are written to the `cache` folder only by
        `keep_read_decks`, once the caller has shown them. With `new_later`, the decks the
        store has never seen are recorded only by `record_new_decks`, which every method
        reading the store about decks calls first; `deck_rows` counts them from their files
        meanwhile.

        With `first_look` too, large decks never seen are sketched before they are read (see
        `load_library`): `first_look` is called with a library of the other decks and the
        sketches, and the rows of the home table for them all, `deck_rows` would give the same
        once the decks are read."""
        deck_cache = DeckCache(cache, later=keep_later) if cache is not None else None
        self._cursors.clear()
        self._siblings = SiblingIndexes()
        self._recent = RecentRetention(self.store, self.student.id, RECENT)

        def looked(library: Library, sketches: list[DeckSketch]) -> None:
            assert first_look is not None
            self._unrecorded = library.unrecorded
            rows = self.deck_rows(library.decks)
            for sketch in sketches:
                deck = Deck(sketch.id, sketch.title, (), path=sketch.path)
                library.decks.append(deck)
                rows.append(DeckRow(deck, self._never_seen(sketch.size), None, sketch.size))
            order = {id(d): d.path for d in library.decks}  # files in the order load_decks reads
            library.decks.sort(key=lambda d: order[id(d)] or Path())
            rows.sort(key=lambda r: order[id(r.deck)] or Path())
            first_look(library, rows)

        library = load_library(self.store, folder, self.now(), cache=deck_cache,
                               new_later=new_later,
                               first_look=looked if first_look is not None else None)
        self._unrecorded = library.unrecorded
        self._unkept = deck_cache if keep_later else None
        return library

    def record_new_decks(self) -> SyncReport | None:
        """Record the decks the last `load(new_later=True)` left unrecorded; None when there
        were none (or they are recorded already)."""
        decks, self._unrecorded = self._unrecorded, []
        if not decks:
            return None
        try:
            report = record_decks(self.store, decks, self.now())
        except BaseException:
            self._unrecorded = decks  # tried again by the next call
            raise
        for deck in decks:
            self._cursors.pop(deck.id, None)
        return report

    def keep_read_decks(self) -> None:
        """Write the decks the last `load(keep_later=True)` read to its deck cache (touches
        no store: it needs no lock)."""
        cache, self._unkept = self._unkept, None
        if cache is not None:
            cache.keep_waiting()

    def reload_deck(self, library: Library, deck: Deck, *, cache: Path | None = None
                    ) -> DeckReload:
        """Read one deck file again after an edit and sync it (see quiz.scheduling.reload);
        its new-card cursor starts again, since cards may have moved."""
        self.record_new_decks()
        result = reload_deck(self.store, library, deck, self.now(), cache=cache)
        if result.deck is not None:
            self._cursors.pop(deck.id, None)
        return result

    def _shared_cursors(self) -> dict[str, int]:
        outside = self.store.data_version()[0]
        if outside != self._outside:
            self._cursors.clear()
            self._outside = outside
        return self._cursors

    def now(self) -> datetime:
        """The current time, UTC, from the injected clock."""
        return as_utc(self.clock())

    def zone(self) -> tzinfo:
        """The zone days and times are shown in: the one given, else the student's own."""
        return resolve_zone(self.tz or self.student.tz)

    # --- the queue -------------------------------------------------------------------------

    def session(
        self, decks: Sequence[Deck], *, cram: bool = False, mode: StudyMode | str = StudyMode.FLIP
    ) -> StudySession:
        """A study session over `decks`, which must have been synced (`load_library`)."""
        self.record_new_decks()
        return self._session(decks, cram=cram, mode=mode)

    def _session(
        self, decks: Sequence[Deck], *, cram: bool = False, mode: StudyMode | str = StudyMode.FLIP
    ) -> StudySession:
        return StudySession(
            self.store, self.student, decks, now=self.clock, cram=cram,
            mode=mode if mode in SHOWN_MODES else StudyMode.FLIP, fuzz=self.fuzz, tz=self.tz,
            sync=False, cursors=self._shared_cursors(), siblings=self._siblings,
        )

    def custom_session(
        self, decks: Sequence[Deck], choice: CustomChoice, *, mode: StudyMode | str
    ) -> ChosenCardsSession:
        """A custom study session over the cards `choice` picks in `decks` (synced); a
        QuizError saying why when it picks none."""
        self.record_new_decks()
        start, _end = today_bounds(self.now(), self.zone(), self.student.day_start_hour)
        cards = choose_cards(self.store, self.student, decks, choice.kind, today=start,
                             tag=choice.tag)
        if not cards:
            raise QuizError(nothing_to_study(choice))
        return ChosenCardsSession(
            self.store, self.student, decks, cards, reschedule=choice.reschedule,
            now=self.clock, mode=mode if mode in SHOWN_MODES else StudyMode.FLIP,
            fuzz=self.fuzz, tz=self.tz, sync=False, cursors=self._shared_cursors(),
        )

    def deck_rows(self, decks: Sequence[Deck]) -> list[DeckRow]:
        """For each deck: new, learning and review cards left today within the daily limits
        (the session's own rule), and true retention over the last 30 days. A few queries for
        all the decks together; nothing here reads the whole review log or every card."""
        if not decks:
            return []
        unrecorded = {d.id for d in self._unrecorded}
        recorded = [d for d in decks if d.id not in unrecorded]
        per_deck = self._session(recorded).counts_by_deck() if recorded else {}
        ids = [d.id for d in decks]
        recent = self._recent.read(ids, self.now())
        rows = []
        for deck in decks:
            if deck.id in unrecorded:
                counts = self._never_seen(len(deck.cards))
            else:
                c = per_deck[deck.id]
                counts = SessionCounts(c.new, c.learning, c.due, right=0, wrong=0)
            rows.append(DeckRow(deck, counts, recent[deck.id].rate))
        return rows

    def _never_seen(self, size: int) -> SessionCounts:
        """Today's counts of a deck of `size` cards the store has never seen: every card new
        (within the daily limit), none studied."""
        return SessionCounts(min(size, max(0, self.student.new_limit)), 0, 0, right=0, wrong=0)

    def next_due(self, decks: Sequence[Deck]) -> datetime | None:
        """When the next studied card of `decks` falls due: not suspended, not buried, not
        removed from its deck (None when no card is scheduled)."""
        if not decks:
            return None
        self.record_new_decks()
        return self.store.next_due_time(self.student.id, [d.id for d in decks], self.now())

    # --- one card --------------------------------------------------------------------------

    def set_suspended(self, deck_id: str, card_id: str, suspended: bool) -> bool:
        """Suspend a card (out of every queue, schedule kept) or put it back; False when the
        card was never synced."""
        self.record_new_decks()
        pk = self.store.card_pk(deck_id, card_id)
        if pk is None:
            return False
        set_suspended(self.store, self.student.id, pk, suspended)
        return True

    def bury(self, deck_id: str, card_id: str) -> datetime | None:
        """Hide a card until the student's next study day starts; that UTC time, or None when
        the card was never synced."""
        self.record_new_decks()
        pk = self.store.card_pk(deck_id, card_id)
        if pk is None:
            return None
        _start, end = today_bounds(self.now(), self.zone(), self.student.day_start_hour)
        bury_until(self.store, self.student.id, pk, end)
        return end

    def history(self, deck_id: str, card_id: str) -> list[Review]:
        """Every review of one card by the student, oldest first (cram included, marked)."""
        self.record_new_decks()
        return stats.card_history(self.store, self.student.id, deck_id, card_id)

    # --- tables and statistics -------------------------------------------------------------

    def browse_rows(self, decks: Sequence[Deck]) -> list[BrowseRow]:
        """Every card of `decks`, deck by deck, in deck order, with the student's state and
        last rating (quiz.scheduling.browse sorts and searches them)."""
        self.record_new_decks()
        return browse_rows(self.store, self.student.id, decks)

    def stats(self, decks: Sequence[Deck]) -> StatsData:
        """The student's statistics over `decks`, from quiz.store.stats."""
        self.record_new_decks()
        store, sid, now = self.store, self.student.id, self.now()
        tz, hour = self.zone(), self.student.day_start_hour
        ids = [d.id for d in decks]
        return StatsData(
            today=study_day(now, tz, hour),
            per_day=stats.reviews_per_day(store, sid, tz=tz, day_start_hour=hour, deck_ids=ids),
            forecast=stats.forecast(store, sid, now=now, tz=tz, day_start_hour=hour,
                                    deck_ids=ids),
            retention_recent=stats.true_retention(store, sid, since=now - RECENT, deck_ids=ids),
            retention_all=stats.true_retention(store, sid, deck_ids=ids),
            accuracy_recent=stats.answer_accuracy(store, sid, since=now - RECENT, deck_ids=ids),
            states=stats.card_states(store, sid, ids),
            leeches=stats.leeches(store, sid, ids),
        )
