"""The progress store: one SQLite database (sqlite-utils) of students, cards and every review.

Public API: `open_db(path)` (WAL, busy timeout, migrations), `ProgressStore` (students, deck
sync, card states, the review log, queue queries), the records it returns (`CardState`,
`Student`, `StudentSummary`, `SyncReport`, `DeckSync`, `CardInfo`, `Review`, `DeckCounts`), the
statistics in `quiz.store.stats`, the bulk reads behind the exports (every synced card whole,
states and the review log) in `quiz.store.exports` and the backup copy in `quiz.store.backup`.
All of quiz's SQL is in this package. No Textual, no click.
"""

from quiz.store.db import open_db, write_transaction
from quiz.store.progress import ProgressStore
from quiz.store.records import (
    CardInfo,
    CardState,
    DeckCounts,
    DeckSync,
    Review,
    Student,
    StudentSummary,
    SyncReport,
)

__all__ = [
    "CardInfo",
    "CardState",
    "DeckCounts",
    "DeckSync",
    "ProgressStore",
    "Review",
    "Student",
    "StudentSummary",
    "SyncReport",
    "open_db",
    "write_transaction",
]
