"""The typed shapes of the export documents: the `quiz-progress` document and the class data.

The progress document is JSON: written as is, validated against `progress.schema.json`, read
back by `quiz report class`. So its parts are TypedDicts, plain dicts at run time (the JSON
and the key order stay exactly what they were) whose every key a type checker knows. The
schema file stays the contract with other tools; a test checks that both name the same keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict


class Filters(TypedDict):
    """The --student / --deck an export was limited to (None: all)."""

    student: str | None
    deck: str | None


class SourceDoc(TypedDict):
    """Where a card's fact was read."""

    file: str
    line: int | None
    quote: str | None


class StudentDoc(TypedDict):
    """One student's totals over the exported decks."""

    name: str
    cards: int
    cards_seen: int
    reviews: int
    misses: int
    accuracy: float | None
    true_retention: float | None
    last_review: str | None
    due_now: int
    mean_retrievability: float | None


class StatesDoc(TypedDict):
    """Card rows (student x card) in each state."""

    new: int
    learning: int
    review: int
    relearning: int


class DeckDoc(TypedDict):
    """One deck's totals over the exported students."""

    id: str
    title: str
    cards: int
    states: StatesDoc
    reviews: int
    misses: int
    accuracy: float | None
    true_retention: float | None
    mean_retrievability: float | None


class CardRow(TypedDict):
    """One row per (student, card): the card as stored, and the student's progress on it."""

    student: str
    deck: str
    card_id: str
    question: str
    answer: str
    state: str
    reviews: int
    misses: int
    lapses: int
    accuracy: float | None
    last_review: str | None
    last_rating: int | None
    stability: float | None
    difficulty: float | None
    retrievability: float | None
    due: str | None
    suspended: bool
    source: SourceDoc | None


class ReviewRow(TypedDict):
    """One logged answer."""

    student: str
    deck: str
    card_id: str
    reviewed_at: str
    rating: int
    correct: bool | None
    response: str | None
    mode: str
    cram: bool
    duration_ms: int | None
    state_before: str | None


class ProgressDoc(TypedDict):
    """The whole `quiz-progress` document, version 1."""

    schema: str
    version: int
    exported_at: str
    filters: Filters
    students: list[StudentDoc]
    decks: list[DeckDoc]
    cards: list[CardRow]
    reviews: list[ReviewRow]


class ClassStudent(StudentDoc):
    """A student of the class report, with the export file they came from and its time."""

    file: str
    exported_at: str


class ClassDeck(TypedDict):
    """A deck of the class report (merged by id: the largest card count wins)."""

    id: str
    title: str
    cards: int


@dataclass(frozen=True)
class ClassData:
    """Several exports merged: students (with the file each came from), decks, rows, log."""

    files: list[str]
    students: list[ClassStudent]
    decks: list[ClassDeck]
    cards: list[CardRow]
    reviews: list[ReviewRow]

    @property
    def names(self) -> list[str]:
        return [s["name"] for s in self.students]
