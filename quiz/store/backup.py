"""A consistent copy of a progress database with SQLite's online backup API.

`sqlite3.Connection.backup` copies the database as of one snapshot: with WAL journaling a study
session can keep writing meanwhile, and the copy holds every committed review up to that
moment and nothing half-written (copying the file with `cp` could miss reviews still in the
`-wal` file or catch a page mid-write). The copy is one self-contained file (journal mode
DELETE), checked with `PRAGMA integrity_check`. Where the copy goes, and how it replaces an
old one, is quiz.export.backup's business.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from quiz.errors import StoreError


@dataclass(frozen=True)
class CopyCounts:
    """What a copy holds, for the user to check: students and review log rows."""

    students: int
    reviews: int


def copy_database(source: Path, target: Path) -> CopyCounts:
    """Copy the database at `source` into the new file `target` and check the copy.

    Raises StoreError when the copy fails its integrity check or `source` is not a quiz
    progress database, and sqlite3.Error when SQLite cannot read or write.
    """
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            check = dst.execute("PRAGMA integrity_check").fetchone()[0]
            counts = _counts(dst)
        finally:
            dst.close()
    finally:
        src.close()
    if check != "ok":
        raise StoreError(f"the copy of {source} failed its integrity check: {check}")
    return counts


def _counts(conn: sqlite3.Connection) -> CopyCounts:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"students", "review_log"} <= tables:
        raise StoreError("cannot back up: this file is not a quiz progress database")
    students = conn.execute("SELECT count(*) FROM students").fetchone()[0]
    reviews = conn.execute("SELECT count(*) FROM review_log").fetchone()[0]
    return CopyCounts(students, reviews)
