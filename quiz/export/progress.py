"""Collect study progress into the versioned `quiz-progress` document (JSON schema version 1).

The document is the one model every progress export renders: JSON writes it as is, CSV writes
its `cards` rows, the HTML report draws it, and `quiz report class` merges several of them. It
holds one row per (student, card), per-student and per-deck summaries and the review log.

Definitions (the same as `quiz.store.stats`, which the TUI's statistics use): a *review* is one
scheduled answer; cram answers are listed in the review log (`"cram": true`) but counted
nowhere, since they change no schedule. A *miss* is an answer rated Again; *accuracy* is the
share of reviews that were not misses; *true retention* the same share among answers to cards
that were in the Review state; *retrievability* is FSRS's predicted recall probability at
export time (from the `fsrs` package, through `quiz.scheduling.Scheduler`), null for a card
never answered.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

from quiz.core.clock import as_utc, utc_now
from quiz.core.enums import Rating, State
from quiz.deck.loader import load_deck, load_decks
from quiz.deck.model import Deck
from quiz.errors import QuizError
from quiz.export.queries import DeckRow, synced_decks
from quiz.scheduling.scheduler import Scheduler, SchedulerSettings
from quiz.store.progress import ProgressStore
from quiz.store.records import CardInfo, Review, Student
from quiz.store.stats import answer_accuracy, true_retention

SCHEMA_NAME = "quiz-progress"
SCHEMA_VERSION = 1
STATES = tuple(state.label for state in State)  # new, learning, review, relearning


def iso(moment: datetime | None) -> str | None:
    """A UTC time as strict ISO 8601 with seconds and `Z` (what JSON and CSV exports write)."""
    if moment is None:
        return None
    return as_utc(moment).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def export_progress(
    db_path: Path,
    *,
    student: str | None = None,
    deck: str | None = None,
    now: datetime | None = None,
    decks_dir: Path | None = None,
) -> dict[str, Any]:
    """The progress document of the database at `db_path`, optionally for one student/deck.

    `decks_dir` is where to look for deck files (for the cards' source quotes) whose synced
    path no longer loads.

    Raises QuizError when the database file does not exist, or when `student` or `deck` is not
    in it (the message lists the ones that are).
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        raise QuizError(f"no progress database at {db_path} (use --db FILE)")
    store = ProgressStore.open(db_path, create=False)
    try:
        return collect_progress(store, student=student, deck=deck, now=now, decks_dir=decks_dir)
    finally:
        store.close()


def collect_progress(
    store: ProgressStore,
    *,
    student: str | None = None,
    deck: str | None = None,
    now: datetime | None = None,
    decks_dir: Path | None = None,
) -> dict[str, Any]:
    """The progress document of an open store (see `export_progress`)."""
    now = as_utc(now or utc_now())
    students = _pick_students(store, student)
    decks = _pick_decks(store, deck)
    sources = _deck_sources(decks, decks_dir)
    scheduler = Scheduler(SchedulerSettings(enable_fuzzing=False))
    cards: list[dict[str, Any]] = []
    reviews: list[dict[str, Any]] = []
    for st in students:
        for d in decks:
            log = store.reviews(st.id, deck_id=d.id)
            by_card: dict[str, list[Review]] = defaultdict(list)
            for review in log:
                if not review.cram:
                    by_card[review.card_id].append(review)
                reviews.append(_review_row(st.name, review))
            for info in store.card_infos(st.id, d.id):
                cards.append(_card_row(st.name, d, info, by_card[info.card_id],
                                       sources.get((d.id, info.card_id)), scheduler, now))
    order = {st.name: i for i, st in enumerate(students)}
    reviews.sort(key=lambda r: (order[r["student"]], r["reviewed_at"]))
    return {
        "schema": SCHEMA_NAME,
        "version": SCHEMA_VERSION,
        "exported_at": iso(now),
        "filters": {"student": student, "deck": deck},
        "students": [_student_summary(store, st, [d.id for d in decks], cards, now)
                     for st in students],
        "decks": [_deck_summary(d, cards, reviews) for d in decks],
        "cards": cards,
        "reviews": reviews,
    }


def _pick_students(store: ProgressStore, name: str | None) -> list[Student]:
    if name is None:
        found = [store.student(s.name) for s in store.list_students()]
        return [s for s in found if s is not None]
    student = store.student(name)
    if student is None:
        known = ", ".join(s.name for s in store.list_students()) or "none yet"
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


def _deck_sources(
    decks: list[DeckRow], decks_dir: Path | None
) -> dict[tuple[str, str], dict[str, Any]]:
    """(deck id, card id) -> source {file, line, quote}, read from the deck files on disk.

    The database keeps questions and answers but not sources. Each deck is read from the path
    it was last synced from; when that fails (the path was relative to another folder, or the
    file moved), from the deck with the same id in `decks_dir`; failing both, its cards simply
    have no source.
    """
    loaded: dict[str, Deck] = {}
    for row in decks:
        if not row.path:
            continue
        try:
            deck = load_deck(Path(row.path))
        except QuizError:
            continue
        if deck.id == row.id:
            loaded[row.id] = deck
    missing = {row.id for row in decks} - set(loaded)
    if missing and decks_dir is not None and decks_dir.is_dir():
        for deck in load_decks([decks_dir]).decks:
            if deck.id in missing:
                loaded[deck.id] = deck
    return {
        (deck_id, card.id): {"file": card.source.file, "line": card.source.line,
                             "quote": card.source.quote}
        for deck_id, deck in loaded.items() for card in deck.cards if card.source is not None
    }


def _card_row(
    student: str,
    deck: DeckRow,
    info: CardInfo,
    log: list[Review],
    source: dict[str, Any] | None,
    scheduler: Scheduler,
    now: datetime,
) -> dict[str, Any]:
    state = info.state
    seen = state is not None and not state.is_new
    misses = sum(1 for r in log if r.rating == Rating.AGAIN)
    last = log[-1] if log else None
    return {
        "student": student,
        "deck": deck.id,
        "card_id": info.card_id,
        "question": info.question,
        "answer": info.answer,
        "state": state.state_name if state is not None else State.NEW.label,
        "reviews": len(log),
        "misses": misses,
        "lapses": state.lapses if state is not None else 0,
        "accuracy": _ratio(len(log) - misses, len(log)),
        "last_review": iso(last.reviewed_at) if last else None,
        "last_rating": last.rating if last else None,
        "stability": round(state.stability, 4) if seen and state.stability is not None else None,
        "difficulty": (round(state.difficulty, 4)
                       if seen and state.difficulty is not None else None),
        "retrievability": round(scheduler.retrievability(state, now), 4) if seen else None,
        "due": iso(state.due) if seen else None,
        "suspended": bool(state and state.suspended),
        "source": source,
    }


def _review_row(student: str, review: Review) -> dict[str, Any]:
    before = review.state_before
    return {
        "student": student,
        "deck": review.deck_id,
        "card_id": review.card_id,
        "reviewed_at": iso(review.reviewed_at),
        "rating": review.rating,
        "correct": review.correct,
        "response": review.response,
        "mode": review.mode,
        "cram": review.cram,
        "duration_ms": review.duration_ms,
        "state_before": before.label if before is not None else None,
    }


def _student_summary(
    store: ProgressStore, student: Student, deck_ids: list[str], cards: list[dict[str, Any]],
    now: datetime,
) -> dict[str, Any]:
    mine = [c for c in cards if c["student"] == student.name]
    answered = answer_accuracy(store, student.id, deck_ids=deck_ids)
    retained = true_retention(store, student.id, deck_ids=deck_ids)
    stamp = iso(now)
    return {
        "name": student.name,
        "cards": len(mine),
        "cards_seen": sum(1 for c in mine if c["state"] != "new"),
        "reviews": answered.total,
        "misses": answered.total - answered.passed,
        "accuracy": _ratio(answered.passed, answered.total),
        "true_retention": _ratio(retained.passed, retained.total),
        "last_review": max((c["last_review"] for c in mine if c["last_review"]), default=None),
        "due_now": sum(1 for c in mine if c["due"] is not None and c["due"] <= stamp),
        "mean_retrievability": _mean(
            [c["retrievability"] for c in mine if c["retrievability"] is not None]),
    }


def _deck_summary(
    deck: DeckRow, cards: list[dict[str, Any]], reviews: list[dict[str, Any]]
) -> dict[str, Any]:
    mine = [c for c in cards if c["deck"] == deck.id]
    log = [r for r in reviews if r["deck"] == deck.id and not r["cram"]]
    misses = sum(1 for r in log if r["rating"] == Rating.AGAIN)
    review_state = [r for r in log if r["state_before"] == State.REVIEW.label]
    retained = sum(1 for r in review_state if r["rating"] != Rating.AGAIN)
    return {
        "id": deck.id,
        "title": deck.title,
        "cards": deck.card_count,
        "states": {name: sum(1 for c in mine if c["state"] == name) for name in STATES},
        "reviews": len(log),
        "misses": misses,
        "accuracy": _ratio(len(log) - misses, len(log)),
        "true_retention": _ratio(retained, len(review_state)),
        "mean_retrievability": _mean(
            [c["retrievability"] for c in mine if c["retrievability"] is not None]),
    }
