"""`quiz backup`: a consistent copy of the progress database, safe while quiz is running.

SQLite's online backup API (`sqlite3.Connection.backup`) copies the database as of one
snapshot: with WAL journaling a study session can keep writing meanwhile, and the copy holds
every committed review up to that moment and nothing half-written. Copying the file with `cp`
could miss reviews still in the `-wal` file or catch a page mid-write. The copy is written to
a temporary name, checked with `PRAGMA integrity_check`, then renamed into place.

Restore: close quiz, then copy the backup over the database file (and delete any leftover
`progress.db-wal` / `-shm` next to it), or simply run quiz with `--db BACKUP`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from quiz.core.files import atomic_path, check_output
from quiz.errors import QuizError


@dataclass(frozen=True)
class BackupResult:
    """What was copied: the paths, the size in bytes and the counts a user can check."""

    source: Path
    target: Path
    size: int
    students: int
    reviews: int


def backup_database(source: Path, target: Path) -> BackupResult:
    """Copy the database at `source` to `target` (replaced if it exists) with the backup API."""
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise QuizError(f"no progress database at {source} (use --db FILE)")
    target = check_output(target, option="TARGET", database=source)
    try:
        with atomic_path(target) as partial:
            students, reviews = _copy(source, partial)
    except sqlite3.Error as exc:
        raise QuizError(f"cannot back up {source}: {exc}") from None
    except OSError as exc:
        raise QuizError(f"cannot write {target}: {exc.strerror or exc}") from None
    return BackupResult(source, target, target.stat().st_size, students, reviews)


def _copy(source: Path, partial: Path) -> tuple[int, int]:
    """Copy `source` into the new file `partial` and check the copy (QuizError if it fails);
    return its students and reviews."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        dst = sqlite3.connect(partial)
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
        raise QuizError(f"the copy of {source} failed its integrity check: {check}")
    return counts


def _counts(conn: sqlite3.Connection) -> tuple[int, int]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"students", "review_log"} <= tables:
        raise QuizError("cannot back up: this file is not a quiz progress database")
    students = conn.execute("SELECT count(*) FROM students").fetchone()[0]
    reviews = conn.execute("SELECT count(*) FROM review_log").fetchone()[0]
    return students, reviews
