"""Collect study progress into the versioned `quiz-progress` document (JSON schema version 1).

The document is the one model every progress export renders: JSON writes it as is, CSV writes
its `cards` rows, the HTML report draws it, and `quiz report class` merges several of them. It
holds one row per (student, card), per-student and per-deck summaries and the review log; its
shape is typed in quiz.export.documents. Everything comes from the database (the store keeps
each card whole, source included) in a few bulk queries, so the time follows the rows written
and no deck file is read.

Definitions (the same as `quiz.store.stats`, which the TUI's statistics use): a *review* is one
scheduled answer; cram answers are listed in the review log (`"cram": true`) but counted
nowhere, since they change no schedule. A *miss* is an answer rated Again; *accuracy* is the
share of reviews that were not misses; *true retention* the same share among answers to cards
that were in the Review state; *retrievability* is FSRS's predicted recall probability at
export time (from the `fsrs` package, through `quiz.scheduling.Scheduler`), null for a card
never answered.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime, timezone
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Final

from quiz.core.clock import as_utc, utc_now
from quiz.core.collector import collector_paused
from quiz.core.enums import Rating, State
from quiz.errors import QuizError
from quiz.export.documents import (
    CardRow,
    DeckDoc,
    ProgressDoc,
    ReviewRow,
    SourceDoc,
    StatesDoc,
    StudentDoc,
)
from quiz.scheduling.scheduler import Scheduler, SchedulerSettings
from quiz.store.exports import (
    ANSWERS,
    DeckRow,
    LogRow,
    StoredCard,
    card_keys,
    card_states,
    due_now,
    log_rows,
    stored_cards,
    students,
    synced_decks,
)
from quiz.store.progress import ProgressStore
from quiz.store.records import CardState, Student

SCHEMA_NAME = "quiz-progress"
SCHEMA_VERSION = 1
STATES = tuple(state.label for state in State)  # new, learning, review, relearning
_LABEL = {state: state.label for state in State}
_NEW = State.NEW
_IN_TIME = itemgetter("reviewed_at", "deck")  # a review row's place in its student's list
_BEFORE: dict[int | None, str | None] = {None: None}
_BEFORE.update((int(state), state.label) for state in State)
# A log row's answer index -> rating, correct, mode, cram and state_before as a review row
# shows them
_SHOWN = tuple((rating, correct, mode, cram, _BEFORE[before])
               for rating, correct, mode, cram, before in ANSWERS)
# ... -> how a scheduled answer counts for its card: (miss, in the Review state, recalled
# there); None for a cram answer, counted nowhere
_COUNTED = tuple(None if cram else (rating == Rating.AGAIN, before == State.REVIEW,
                                    before == State.REVIEW and rating != Rating.AGAIN)
                 for rating, _, _, cram, before in ANSWERS)
# places in a LogRow
_STUDENT = itemgetter(0)
_NO_STATE: tuple[CardState | None, str | None, float] = (None, None, 0.0)
_REVIEWED_AT: Final = 1
_ANSWER: Final = 4


def iso(moment: datetime | None) -> str | None:
    """A UTC time as strict ISO 8601 with seconds and `Z` (what JSON and CSV exports write)."""
    if moment is None:
        return None
    if moment.tzinfo is not timezone.utc:
        moment = as_utc(moment)
    return moment.isoformat(timespec="seconds")[:19] + "Z"  # cut before "+00:00"


def round4(x: float) -> float:
    """round(x, 4), the same number, a few times faster for the figures an export holds
    (round costs about 3,800 instructions: it writes the digits out and reads them back).

    While |x| < 10^5, x * 10^4 is computed within 2^-23 of the exact product; when it is
    further than that from a half, its nearest whole number n is the exact product's, the one
    round(x, 4) rounds to, and n / 10^4 (correctly rounded) is the float round(x, 4) returns.
    Near a half, for larger values, NaN and whole numbers (round keeps ints), round decides."""
    if type(x) is float and -1e5 < x < 1e5:
        scaled = x * 10_000
        n = round(scaled)
        if abs(scaled - n) < 0.4999:
            return n / 10_000 if n else 0.0 * x  # 0.0 * x: round keeps the sign of a zero
    return round(x, 4)


@lru_cache(maxsize=4096)  # rows share few pairs
def _ratio(part: int, whole: int) -> float | None:
    return round4(part / whole) if whole else None


def _mean(values: list[float]) -> float | None:
    return round4(sum(values) / len(values)) if values else None


def export_progress(
    db_path: Path,
    *,
    student: str | None = None,
    deck: str | None = None,
    now: datetime | None = None,
    reviews: bool = True,
) -> ProgressDoc:
    """The progress document of the database at `db_path`, optionally for one student/deck;
    `reviews` False leaves its review log empty (the CSV does not write it; the counts are
    the same).

    Raises QuizError when the database file does not exist, or when `student` or `deck` is not
    in it (the message lists the ones that are).
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        raise QuizError(f"no progress database at {db_path} (use --db FILE)")
    store = ProgressStore.open(db_path, create=False)
    try:
        with collector_paused():  # a class's rows hold no reference cycle
            return collect_progress(store, student=student, deck=deck, now=now,
                                    reviews=reviews)
    finally:
        store.close()


class _Answers:
    """Scheduled (not cram) answers: all, misses, those to cards in the Review state and how
    many of these were recalled; for one card, also the last one."""

    __slots__ = ("total", "misses", "seen", "seen_recalled", "last")

    def __init__(self) -> None:
        self.total = self.misses = self.seen = self.seen_recalled = 0
        self.last: LogRow | None = None

    def add_up(self, other: _Answers) -> None:
        self.total += other.total
        self.misses += other.misses
        self.seen += other.seen
        self.seen_recalled += other.seen_recalled


def collect_progress(
    store: ProgressStore,
    *,
    student: str | None = None,
    deck: str | None = None,
    now: datetime | None = None,
    reviews: bool = True,
) -> ProgressDoc:
    """The progress document of an open store (see `export_progress`)."""
    now = as_utc(now or utc_now())
    chosen = _pick_students(store, student)
    decks = _pick_decks(store, deck)
    deck_ids = [d.id for d in decks]
    student_ids = [st.id for st in chosen]
    cards = stored_cards(store, deck_ids)
    everyone = None if student is None else student_ids
    states = card_states(store, everyone, deck_ids)
    names = {st.id: st.name for st in chosen}
    keys = card_keys(store, deck_ids)
    per_card: dict[tuple[int, int], _Answers] = {}  # (student, card pk)
    counts = _COUNTED
    # (card pk, answer index) -> its review row but for the student, time, response and
    # duration, which each row's copy sets
    templates: dict[tuple[int, int], ReviewRow] = {}
    logged: dict[int, list[ReviewRow]] = {}  # each student's review rows
    # The log comes by student, then time: a student's rows are written in one go, and the
    # scheduled ones counted per card.
    for student_id, group in groupby(log_rows(store, everyone, deck_ids), _STUDENT):
        entries = list(group)
        name = names[student_id]
        mine: list[ReviewRow] = []
        if reviews:
            previous, in_order = "", True
            for (_, reviewed_at, _, card_pk, answer, response, duration_ms, _) in entries:
                template = templates.get((card_pk, answer))
                if template is None:
                    template = templates[card_pk, answer] = _review_template(keys[card_pk],
                                                                             answer)
                review = template.copy()  # a copy: a quarter cheaper than a new dict
                review["student"] = name
                review["reviewed_at"] = at = reviewed_at[:19] + "Z"
                review["response"] = response
                review["duration_ms"] = duration_ms
                mine.append(review)
                if at <= previous:  # in one second, or a time not in UTC read out of turn
                    in_order = False
                previous = at
            if not in_order:
                mine.sort(key=_IN_TIME)  # answers in one second by deck (as ever)
        logged[student_id] = mine
        # Counted by card pk within the student (no key tuple per answer), then kept by
        # (student, card pk) in the order the cards first come, as before.
        by_card: dict[int, _Answers] = {}
        for entry in entries:
            counted = counts[entry[_ANSWER]]
            if counted is None:  # cram
                continue
            card_pk = entry[3]
            answers = by_card.get(card_pk)
            if answers is None:
                answers = by_card[card_pk] = _Answers()
            answers.total += 1
            miss, seen, recalled = counted
            if miss:
                answers.misses += 1
            if seen:
                answers.seen += 1
                if recalled:
                    answers.seen_recalled += 1
            answers.last = entry
        for card_pk, answers in by_card.items():
            per_card[(student_id, card_pk)] = answers
    # Removed cards count here too: their answers were given.
    per_student: dict[int, _Answers] = defaultdict(_Answers)
    per_deck: dict[str, _Answers] = defaultdict(_Answers)
    for (student_id, card_pk), answers in per_card.items():
        per_student[student_id].add_up(answers)
        per_deck[keys[card_pk][0]].add_up(answers)
    log: list[ReviewRow] = []  # students by name, each oldest first
    for st in chosen:
        log += logged.get(st.id, ())
    scheduler = Scheduler(SchedulerSettings(enable_fuzzing=False))
    rows: list[CardRow] = []
    by_student: dict[str, list[CardRow]] = {st.name: [] for st in chosen}
    by_deck: dict[str, list[CardRow]] = {d.id: [] for d in decks}
    recall = scheduler.retrievabilities([state for state, _ in states.values()], now)
    known = {key: (state, due_at, chance) for (key, (state, due_at)), chance
             in zip(states.items(), recall, strict=True)}
    for st in chosen:
        for d in decks:
            for stored in cards[d.id]:
                key = (st.id, stored.pk)
                state, due_at, chance = known.get(key, _NO_STATE)
                row = _card_row(st.name, stored, state, due_at, chance, per_card.get(key))
                rows.append(row)
                by_student[st.name].append(row)
                by_deck[d.id].append(row)
    due = due_now(store, everyone, deck_ids, now)
    exported_at = iso(now)
    assert exported_at is not None
    return {
        "schema": SCHEMA_NAME,
        "version": SCHEMA_VERSION,
        "exported_at": exported_at,
        "filters": {"student": student, "deck": deck},
        "students": [_student_summary(st, by_student[st.name], per_student[st.id],
                                      due.get(st.id, 0))
                     for st in chosen],
        "decks": [_deck_summary(d, by_deck[d.id], per_deck[d.id]) for d in decks],
        "cards": rows,
        "reviews": log,
    }


def _review_template(card: tuple[str, str], answer: int) -> ReviewRow:
    (deck_id, card_id), (rating, correct, mode, cram, before) = card, _SHOWN[answer]
    return {"student": "", "deck": deck_id, "card_id": card_id, "reviewed_at": "",
            "rating": rating, "correct": correct, "response": None, "mode": mode, "cram": cram,
            "duration_ms": None, "state_before": before}


def _pick_students(store: ProgressStore, name: str | None) -> list[Student]:
    everyone = students(store)
    if name is None:
        return everyone
    student = store.student(name)
    if student is None:
        known = ", ".join(s.name for s in everyone) or "none yet"
        raise QuizError(f"no student {name!r} in the progress database (students: {known})")
    return [student]


def _pick_decks(store: ProgressStore, deck_id: str | None) -> list[DeckRow]:
    decks = synced_decks(store)
    if deck_id is None:
        return decks
    chosen = [d for d in decks if d.id == deck_id]
    if not chosen:
        known = ", ".join(d.id for d in decks) or "none yet"
        raise QuizError(f"no deck {deck_id!r} in the progress database (decks: {known})")
    return chosen


def _source(stored: StoredCard) -> SourceDoc | None:
    source = stored.card.source
    if source is None:
        return None
    return {"file": source.file, "line": source.line, "quote": source.quote}


def _card_row(
    student: str,
    stored: StoredCard,
    state: CardState | None,
    due: str | None,
    chance: float,
    answered: _Answers | None,
) -> CardRow:
    seen = state is not None and state.state != _NEW
    answers, misses = (answered.total, answered.misses) if answered is not None else (0, 0)
    last = answered.last if answered is not None else None
    return {
        "student": student,
        "deck": stored.deck_id,
        "card_id": stored.card.id,
        "question": stored.card.question,
        "answer": stored.card.answer,
        "state": _LABEL[state.state] if state is not None else _LABEL[_NEW],
        "reviews": answers,
        "misses": misses,
        "lapses": state.lapses if state is not None else 0,
        "accuracy": _ratio(answers - misses, answers),
        "last_review": last[_REVIEWED_AT][:19] + "Z" if last else None,
        "last_rating": ANSWERS[last[_ANSWER]][0] if last else None,
        "stability": (round4(state.stability)
                      if seen and state is not None and state.stability is not None else None),
        "difficulty": (round4(state.difficulty)
                       if seen and state is not None and state.difficulty is not None else None),
        "retrievability": round4(chance) if seen else None,
        "due": due if seen else None,
        "suspended": bool(state and state.suspended),
        "source": _source(stored),
    }


def _student_summary(
    student: Student, mine: list[CardRow], answered: _Answers, due_now: int
) -> StudentDoc:
    return {
        "name": student.name,
        "cards": len(mine),
        "cards_seen": sum(1 for c in mine if c["state"] != "new"),
        "reviews": answered.total,
        "misses": answered.misses,
        "accuracy": _ratio(answered.total - answered.misses, answered.total),
        "true_retention": _ratio(answered.seen_recalled, answered.seen),
        "last_review": max((c["last_review"] for c in mine if c["last_review"]), default=None),
        "due_now": due_now,
        "mean_retrievability": _mean(
            [c["retrievability"] for c in mine if c["retrievability"] is not None]),
    }


def _deck_summary(deck: DeckRow, mine: list[CardRow], answered: _Answers) -> DeckDoc:
    count = Counter(row["state"] for row in mine)
    states: StatesDoc = {"new": count["new"], "learning": count["learning"],
                         "review": count["review"], "relearning": count["relearning"]}
    return {
        "id": deck.id,
        "title": deck.title,
        "cards": deck.card_count,
        "states": states,
        "reviews": answered.total,
        "misses": answered.misses,
        "accuracy": _ratio(answered.total - answered.misses, answered.total),
        "true_retention": _ratio(answered.seen_recalled, answered.seen),
        "mean_retrievability": _mean(
            [c["retrievability"] for c in mine if c["retrievability"] is not None]),
    }
