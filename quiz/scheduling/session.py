"""A study session: which card comes next for one student over some decks, and what answering,
undoing, suspending and burying do. No Textual: the TUI drives it, the tests pin `now`.

    session = StudySession(store, "ana", decks, now=clock)
    item = session.next_card()            # StudyItem | None, with the four interval previews
    result = session.answer(item, Rating.GOOD, response="1992", correct=True,
                            mode=StudyMode.TYPED, duration_ms=4200, suggested=Rating.GOOD)
    session.undo()                        # state and log exactly as before the answer

Queue order: learning/relearning cards and due reviews first (earliest due first), then new
cards in deck order. Each deck gets `new_limit` new cards and `review_limit` reviews per study
day; the study day starts at `day_start_hour` in the student's zone, and what was done today is
counted from the review log, so limits hold across restarts and across two open copies. When
nothing else is left, learning cards due within `learn_ahead` are shown early (as Anki does).

Every answer is committed in its own transaction before `answer` returns. Answering a card
buries its siblings still waiting today until the next study day (quiz.scheduling.siblings), in
the same transaction. `undo` takes back the session's last answer, suspension or burial, in the
order they were done, each exactly (the siblings an answer buried come back with it).

Cram mode shows every card of the decks once (again-rated cards come back at the end), logs
each answer as cram, never changes a schedule and buries no sibling.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from quiz.core.clock import (
    as_utc,
    day_start,
    resolve_zone,
    study_day,
    today_bounds,
    utc_now,
)
from quiz.core.enums import SHOWN_MODES, Rating, State, StudyMode
from quiz.deck.model import Card, Deck
from quiz.errors import QuizError
from quiz.scheduling.scheduler import Scheduler, SchedulerSettings
from quiz.scheduling.siblings import SiblingIndexes, waiting_today
from quiz.store.card_states import restore_state, states_of
from quiz.store.progress import ProgressStore
from quiz.store.records import CardState, DeckCounts, Student

LEECH_THRESHOLD = 8  # lapses; then every LEECH_THRESHOLD // 2 more, as Anki
LEARN_AHEAD = timedelta(minutes=20)


@dataclass(frozen=True)
class StudyItem:
    """A card to show: its deck, the deck card, the student's state and the four previews.

    `preview` maps each Rating to the interval it would give; it is empty in cram mode,
    where answers do not change the schedule.
    """

    deck_id: str
    card: Card
    card_pk: int
    state: CardState
    preview: dict[Rating, timedelta]
    cram: bool = False

    @property
    def is_new(self) -> bool:
        """The card has never been answered (outside cram)."""
        return self.state.is_new


@dataclass(frozen=True)
class ReviewResult:
    """A committed answer: the log id and the state after it (unchanged in cram mode).

    `leech` is True when this answer's lapse made the card a leech (8 lapses, then every 4 more,
    as Anki): the card is tagged (`state.leech`) and the student should be told.
    `buried_siblings` counts the card's siblings this answer put off until tomorrow.
    """

    review_id: int
    item: StudyItem
    rating: Rating
    state: CardState
    leech: bool = False
    overridden: bool = False
    buried_siblings: int = 0


@dataclass(frozen=True)
class SessionCounts:
    """For the progress line: cards left today (by kind), and this session's right and wrong."""

    new: int
    learning: int
    review: int
    right: int
    wrong: int

    @property
    def left(self) -> int:
        """All cards still to study today."""
        return self.new + self.learning + self.review


UNDO_KINDS = ("answer", "suspend", "bury")


@dataclass
class _Undo:
    """One thing `undo` can take back: an answer (with the siblings it buried), a suspension
    or a burial, and the card's state before it (None: the card had no row)."""

    kind: str  # one of UNDO_KINDS
    item: StudyItem
    before: CardState | None
    review_id: int = 0
    right: bool = False
    cram_requeued: bool = False
    buried: tuple[tuple[int, CardState | None], ...] = ()


class StudySession:
    """One student studying some decks; see the module docstring for the rules."""

    def __init__(
        self,
        store: ProgressStore,
        student: str | Student,
        decks: Sequence[Deck],
        *,
        now: Callable[[], datetime] = utc_now,
        cram: bool = False,
        mode: StudyMode | str = StudyMode.FLIP,
        new_limit: int | None = None,
        review_limit: int | None = None,
        day_start_hour: int | None = None,
        tz: tzinfo | str | None = None,
        fuzz: bool = True,
        learn_ahead: timedelta = LEARN_AHEAD,
        sync: bool = True,
        cursors: dict[str, int] | None = None,
        siblings: SiblingIndexes | None = None,
    ) -> None:
        if not decks:
            raise QuizError("nothing to study: no decks given")
        if mode not in SHOWN_MODES:
            raise ValueError(f"mode must be one of {', '.join(SHOWN_MODES)}, not {mode!r}")
        self.store = store
        if isinstance(student, str):
            student = store.get_or_create_student(student)
        self.student = student
        self.decks = list(decks)
        self.deck_ids = [d.id for d in self.decks]
        self.clock = now
        self.cram = cram
        self.mode = StudyMode(mode)
        self.new_limit = student.new_limit if new_limit is None else new_limit
        self.review_limit = student.review_limit if review_limit is None else review_limit
        self.day_start_hour = student.day_start_hour if day_start_hour is None else day_start_hour
        if isinstance(tz, str) or tz is None:
            tz = resolve_zone(tz if tz is not None else student.tz)
        self.tz = tz
        self.learn_ahead = learn_ahead
        self.fuzz = fuzz
        if sync:  # the study service syncs once when it loads the decks, and passes False
            store.sync_decks(self.decks, self._now())
        # Nothing here grows with the size of the decks: cards, schedulers and the cards synced
        # by another copy of quiz (`_foreign`) are looked up when a card is first met.
        self._decks = {d.id: d for d in self.decks}
        self._by_id: dict[str, dict[str, Card]] = {}
        self._cards: dict[int, tuple[str, Card] | None] = {}
        self._foreign: set[int] = set()  # synced by another copy from another deck version
        self._schedulers: dict[str, Scheduler] = {}
        # deck id -> position of its first card not yet introduced (or later). A service that
        # opens several sessions passes one dict to all, so the scan is not repeated.
        self._new_cursor = {} if cursors is None else cursors
        for deck_id in self.deck_ids:
            self._new_cursor.setdefault(deck_id, 0)
        self._deck_size = {d.id: len(d.cards) for d in self.decks}
        # Built per deck when first needed; a service shares one across its sessions.
        self._siblings = siblings if siblings is not None else SiblingIndexes()
        self._done: dict[str, list[int]] | None = None
        self._done_day: date | None = None
        self._done_version: tuple[int, int] | None = None
        self._undo: list[_Undo] = []
        self._right = 0
        self._wrong = 0
        self._cram_queue: list[int] = []
        if not cram:
            # Place each deck's new-card cursor now (one scan of the introduced cards per
            # deck), so the first new card later costs no more than any other.
            for deck_id in self.deck_ids:
                self._cursor(deck_id)
        if cram:
            self._cram_queue = [
                info.pk for deck_id in self.deck_ids
                for info in store.card_infos(student.id, deck_id)
                if self._known(info.pk, deck_id, info.card_id)
                and not (info.state and info.state.suspended)
            ]

    # --- the cards of these decks ----------------------------------------------------------

    def _known(self, pk: int, deck_id: str, card_id: str) -> bool:
        """Remember which deck card a synced card is; False when the decks loaded here do not
        hold it (another copy of quiz synced another version of the deck file)."""
        if deck_id not in self._by_id:
            deck = self._decks.get(deck_id)
            self._by_id[deck_id] = {c.id: c for c in deck.cards} if deck else {}
        card = self._by_id[deck_id].get(card_id)
        self._cards[pk] = (deck_id, card) if card is not None else None
        if card is None:
            self._foreign.add(pk)
        return card is not None

    def _card(self, pk: int) -> tuple[str, Card] | None:
        """(deck id, card) of a synced card, or None when it is not in these decks as loaded."""
        if pk not in self._cards:
            key = self.store.card_key(pk)
            if key is None or key[0] not in self._decks:
                self._cards[pk] = None
                self._foreign.add(pk)
            else:
                self._known(pk, *key)
        return self._cards[pk]

    def _scheduler(self, deck_id: str) -> Scheduler:
        if deck_id not in self._schedulers:
            self._schedulers[deck_id] = Scheduler(SchedulerSettings(
                desired_retention=self.store.deck_retention(deck_id), enable_fuzzing=self.fuzz))
        return self._schedulers[deck_id]

    # --- the queue -------------------------------------------------------------------------

    def _now(self) -> datetime:
        return as_utc(self.clock())

    def today(self) -> tuple[datetime, datetime]:
        """The UTC start and end of the student's current study day."""
        return today_bounds(self._now(), self.tz, self.day_start_hour)

    def _studied_today(self, now: datetime) -> dict[str, list[int]]:
        """deck id -> [new cards introduced, reviews done] in the study day holding `now`.

        Read from the review log when the day changes or a review was written elsewhere (another
        connection, or another session on this store); this session's own answers are added in
        memory, so the log is not re-read after every card.
        """
        day = study_day(now, self.tz, self.day_start_hour)
        version = self.store.data_version()
        if self._done is None or self._done_day != day or self._done_version != version:
            start = day_start(day, self.tz, self.day_start_hour)
            counts = self.store.studied_today(self.student.id, self.deck_ids, start)
            self._done = {deck_id: list(pair) for deck_id, pair in counts.items()}
            self._done_day, self._done_version = day, version
        return self._done

    def _rooms(self, now: datetime) -> tuple[list[str], list[str]]:
        """(decks with new cards left today, decks with reviews left today)."""
        done = self._studied_today(now)
        new_room = [d for d in self.deck_ids if done[d][0] < self.new_limit]
        review_room = [d for d in self.deck_ids if done[d][1] < self.review_limit]
        return new_room, review_room

    def next_card(self) -> StudyItem | None:
        """The card to show now, or None when today's study is done."""
        now = self._now()
        if self.cram:
            return self._next_cram(now)
        new_room, review_room = self._rooms(now)
        state = self._next_due(review_room, due_by=now, now=now)
        if state is None:
            state = self._next_new(new_room, now)
        if state is None and self.learn_ahead:
            state = self._next_due([], due_by=now + self.learn_ahead, now=now)
        return self._item(state, now) if state is not None else None

    def _next_due(self, review_room: list[str], *, due_by: datetime, now: datetime
                  ) -> CardState | None:
        while True:
            state = self.store.next_due(
                self.student.id, self.deck_ids, review_room, due_by=due_by, now=now,
                exclude=sorted(self._foreign),
            )
            if state is None or self._card(state.card_pk) is not None:
                return state
            # Synced by another copy of quiz from a different version of the deck file.
            self._foreign.add(state.card_pk)

    def _cursor(self, deck_id: str) -> int | None:
        """Move the deck's new-card cursor to its first unseen card; None when none is left.

        The cursor skips cards already introduced (a deck of 10,000 cards studied for months
        would otherwise be scanned from the top on every card); suspended and buried new cards
        stay ahead of it, so they come back when unsuspended or unburied.
        """
        unseen = self.store.first_unseen(
            self.student.id, deck_id, from_position=self._new_cursor[deck_id],
            exclude=sorted(self._foreign),
        )
        self._new_cursor[deck_id] = unseen[1] if unseen else self._deck_size[deck_id]
        return unseen[1] if unseen else None

    def _next_new(self, deck_ids: list[str], now: datetime) -> CardState | None:
        for deck_id in deck_ids:
            position = self._cursor(deck_id)
            if position is None:
                continue
            while True:
                found = self.store.next_new(
                    self.student.id, deck_id, now=now, from_position=position,
                    exclude=sorted(self._foreign),
                )
                if found is None or self._card(found[0]) is not None:
                    break
            if found is not None:
                return self.store.get_state(self.student.id, found[0]) or CardState(found[0])
        return None

    def _next_cram(self, now: datetime) -> StudyItem | None:
        while self._cram_queue:
            pk = self._cram_queue[0]
            state = self.store.get_state(self.student.id, pk) or CardState(pk)
            if not state.suspended:
                return self._item(state, now)
            self._cram_queue.pop(0)
        return None

    def _item(self, state: CardState, now: datetime) -> StudyItem:
        known = self._card(state.card_pk)
        assert known is not None, "only cards of these decks are shown"
        deck_id, card = known
        preview = {} if self.cram else self._scheduler(deck_id).preview(state, now)
        return StudyItem(deck_id, card, state.card_pk, state, preview, cram=self.cram)

    # --- answering -------------------------------------------------------------------------

    def answer(
        self,
        item: StudyItem,
        rating: Rating | int,
        *,
        response: str | None = None,
        correct: bool | None = None,
        mode: StudyMode | str | None = None,
        duration_ms: int | None = None,
        suggested: Rating | int | None = None,
    ) -> ReviewResult:
        """Grade `item` with `rating` (the student's final choice) and commit the review.

        `suggested` is the rating proposed from the checked answer; when it differs from
        `rating` the log keeps both, so overrides can be counted. Returns after the commit.
        """
        rating = Rating(int(rating))
        mode = mode or self.mode
        now = self._now()
        done = self._studied_today(now)
        # Read, schedule and write under one lock, so a second copy of quiz cannot interleave.
        with self.store.transaction():
            before = self.store.get_state(self.student.id, item.card_pk)
            current = before or CardState(item.card_pk)
            after: CardState | None = None
            leech = False
            if not self.cram:
                after = self._scheduler(item.deck_id).review(current, rating, now, duration_ms)
                if after.lapses > current.lapses and is_leech_lapse(after.lapses):
                    leech = True
                    after = replace(after, leech=True)
            review_id = self.store.record_review(
                self.student.id, item.card_pk, rating=rating, reviewed_at=now,
                before=current, after=after, duration_ms=duration_ms, response=response,
                correct=correct, mode=mode, cram=self.cram,
                suggested=None if suggested is None else Rating(int(suggested)),
            )
            buried = self._bury_siblings(item, now) if self.buries_siblings() else ()
        if not self.cram and current.state in (State.NEW, State.REVIEW):
            done[item.deck_id][0 if current.state == State.NEW else 1] += 1
        if self._done is done:
            self._done_version = self.store.data_version()  # our own answer is counted above
        right = rating != Rating.AGAIN
        self._right += right
        self._wrong += not right
        requeued = False
        if self.cram and self._cram_queue and self._cram_queue[0] == item.card_pk:
            self._cram_queue.pop(0)
            if not right:
                self._cram_queue.append(item.card_pk)
                requeued = True
        self._undo.append(_Undo("answer", item, before, review_id, right, requeued, buried))
        return ReviewResult(
            review_id, item, rating, after or current, leech=leech,
            overridden=suggested is not None and int(suggested) != int(rating),
            buried_siblings=len(buried),
        )

    def buries_siblings(self) -> bool:
        """Whether answering buries the card's siblings: in today's queue, not in cram (which
        changes no schedule)."""
        return not self.cram

    def _bury_siblings(self, item: StudyItem, now: datetime
                       ) -> tuple[tuple[int, CardState | None], ...]:
        """Bury the siblings of the card just answered that would still come up today, until
        the next study day; (pk, state before) of each, for undo. Inside answer's transaction."""
        deck = self._decks.get(item.deck_id)
        ids = self._siblings.of(deck).siblings(item.card.id) if deck is not None else []
        if not ids:
            return ()
        _start, end = self.today()
        buried = []
        for pk, state in states_of(self.store, self.student.id, item.deck_id, ids):
            if pk != item.card_pk and pk not in self._foreign and waiting_today(state, now, end):
                bury_until(self.store, self.student.id, pk, end)
                buried.append((pk, state))
        return tuple(buried)

    def index_siblings(self) -> None:
        """Build the sibling index of every deck of the session now (a worker may call this
        while the first card is on screen, so the first answer does not wait for it)."""
        if self.buries_siblings():
            for deck in self.decks:
                self._siblings.of(deck)

    def can_undo(self) -> bool:
        """This session has an answer, suspension or burial it can take back."""
        return bool(self._undo)

    def next_undo(self) -> str | None:
        """What `undo` would take back: "answer", "suspend" or "bury" (None: nothing)."""
        return self._undo[-1].kind if self._undo else None

    def undo(self) -> StudyItem | None:
        """Take back this session's last answer, suspension or burial, exactly.

        An answer: its log row goes, the card's old state comes back, and so do the siblings
        it buried. A suspension or burial: the card's state before it comes back. Returns the
        card to show again (None if there was nothing to undo).
        """
        if not self._undo:
            return None
        last = self._undo[-1]
        pk = last.item.card_pk
        with self.store.transaction():
            if last.kind == "answer":
                self.store.undo_review(self.student.id, last.review_id, last.before)
            else:
                restore_state(self.store, self.student.id, pk, last.before)
            for sibling, before in last.buried:
                restore_state(self.store, self.student.id, sibling, before)
        self._undo.pop()
        if last.kind == "answer":
            self._done = None
            if last.before is None or last.before.is_new:
                self._new_cursor[last.item.deck_id] = 0  # the card is unseen again: rescan
            self._right -= last.right
            self._wrong -= not last.right
        if self.cram:
            if last.cram_requeued:
                self._cram_queue.pop()
            if pk in self._cram_queue:
                self._cram_queue.remove(pk)
            self._cram_queue.insert(0, pk)
        if self._card(pk) is None:  # an edit of the deck deleted the card meanwhile
            return self.next_card()
        state = last.before or CardState(pk)
        return self._item(state, self._now())

    # --- suspend, bury ---------------------------------------------------------------------

    def suspend(self, item: StudyItem | int) -> None:
        """Keep a card out of every queue until it is unsuspended (its schedule is kept).
        A card shown in this session (a StudyItem) can be brought back by `undo`."""
        pk = item if isinstance(item, int) else item.card_pk
        before = self.store.get_state(self.student.id, pk)
        set_suspended(self.store, self.student.id, pk, True)
        if pk in self._cram_queue:
            self._cram_queue.remove(pk)
        if not isinstance(item, int):
            self._undo.append(_Undo("suspend", item, before))

    def unsuspend(self, item: StudyItem | int) -> None:
        """Put a suspended card back in the queues with the schedule it had."""
        pk = item if isinstance(item, int) else item.card_pk
        set_suspended(self.store, self.student.id, pk, False)

    def bury(self, item: StudyItem | int) -> datetime:
        """Hide a card until the student's next study day starts; returns that UTC time.
        A card shown in this session (a StudyItem) can be brought back by `undo`."""
        pk = item if isinstance(item, int) else item.card_pk
        before = self.store.get_state(self.student.id, pk)
        _start, end = self.today()
        bury_until(self.store, self.student.id, pk, end)
        if pk in self._cram_queue:
            self._cram_queue.remove(pk)
        if not isinstance(item, int):
            self._undo.append(_Undo("bury", item, before))
        return end

    # --- a deck edited while studying ------------------------------------------------------

    def replace_deck(self, deck: Deck) -> None:
        """Go on with `deck` (already synced, quiz.scheduling.reload) in place of the deck of
        the same id: a teacher edited its file mid-session. Progress is the store's; the cards
        are looked up again, and cram drops the cards the edit deleted."""
        self.decks = [deck if d.id == deck.id else d for d in self.decks]
        self._decks[deck.id] = deck
        self._by_id.pop(deck.id, None)
        self._cards.clear()
        self._foreign.clear()
        self._deck_size[deck.id] = len(deck.cards)
        self._new_cursor[deck.id] = 0  # cards may have moved: scan again once
        self._cram_queue = [pk for pk in self._cram_queue if self._card(pk) is not None]

    def refreshed(self, item: StudyItem) -> StudyItem | None:
        """`item` as its deck now holds it (after `replace_deck`); None when it was deleted."""
        if self._card(item.card_pk) is None:
            return None
        state = self.store.get_state(self.student.id, item.card_pk) or CardState(item.card_pk)
        return self._item(state, self._now())

    # --- counts ----------------------------------------------------------------------------

    def counts(self) -> SessionCounts:
        """Cards left today within the limits (new, learning, review) and right/wrong so far."""
        if self.cram:
            return SessionCounts(len(self._cram_queue), 0, 0, self._right, self._wrong)
        per_deck = self.counts_by_deck().values()
        return SessionCounts(
            sum(c.new for c in per_deck), sum(c.learning for c in per_deck),
            sum(c.due for c in per_deck), self._right, self._wrong,
        )

    def counts_by_deck(self) -> dict[str, DeckCounts]:
        """Per deck, what is left today within the daily limits (for a deck list): new cards,
        learning and relearning cards due before the study day ends (a card rated Again a
        minute ago counts, as in Anki), review cards due now."""
        now = self._now()
        done = self._studied_today(now)
        _start, day_end = self.today()
        due = self.store.due_counts(self.student.id, self.deck_ids, now, learning_by=day_end)
        result = {}
        for deck_id in self.deck_ids:
            room = max(0, self.new_limit - done[deck_id][0])
            position = self._cursor(deck_id) if room else None
            new = 0 if position is None else self.store.count_new(
                self.student.id, deck_id, now=now, limit=room, from_position=position)
            review = min(due[deck_id][1], max(0, self.review_limit - done[deck_id][1]))
            result[deck_id] = DeckCounts(deck_id, new=new, learning=due[deck_id][0], due=review)
        return result

    def next_due_at(self) -> datetime | None:
        """When the next learning or review card of these decks falls due (None: none do);
        for "come back in 8 minutes" when `next_card` returns None."""
        return self.store.next_due_time(self.student.id, self.deck_ids, self._now())


def set_suspended(store: ProgressStore, student_id: int, card_pk: int, suspended: bool) -> None:
    """Suspend a card for a student (out of every queue), or put it back; the schedule stays."""
    state = store.get_state(student_id, card_pk) or CardState(card_pk)
    store.put_state(student_id, replace(state, suspended=suspended))


def bury_until(store: ProgressStore, student_id: int, card_pk: int, until: datetime) -> None:
    """Hide a card from the queues until `until` (the start of the next study day)."""
    state = store.get_state(student_id, card_pk) or CardState(card_pk)
    store.put_state(student_id, replace(state, buried_until=until))


def is_leech_lapse(lapses: int, threshold: int = LEECH_THRESHOLD) -> bool:
    """True when a card reaching `lapses` lapses becomes (or is again reported as) a leech."""
    if lapses < threshold:
        return False
    return (lapses - threshold) % max(1, threshold // 2) == 0

