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

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

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
    if target.exists() and target.resolve() == source.resolve():
        raise QuizError(f"{target} is the database itself; choose another file")
    if target.is_dir():
        raise QuizError(f"{target} is a folder; give a file name, e.g. {target / 'progress.db'}")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                check = dst.execute("PRAGMA integrity_check").fetchone()[0]
                students, reviews = _counts(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise QuizError(f"cannot back up {source}: {exc}") from None
    except QuizError as exc:
        partial.unlink(missing_ok=True)
        raise QuizError(f"cannot back up {source}: {exc}") from None
    if check != "ok":
        partial.unlink(missing_ok=True)
        raise QuizError(f"the copy of {source} failed its integrity check: {check}")
    os.replace(partial, target)
    return BackupResult(source, target, target.stat().st_size, students, reviews)


def _counts(conn: sqlite3.Connection) -> tuple[int, int]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"students", "review_log"} <= tables:
        raise QuizError("this file is not a quiz progress database")
    students = conn.execute("SELECT count(*) FROM students").fetchone()[0]
    reviews = conn.execute("SELECT count(*) FROM review_log").fetchone()[0]
    return students, reviews
