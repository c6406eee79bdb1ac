"""`quiz backup`: a consistent copy of the progress database, safe while quiz is running.

The copy itself is quiz.store.backup (SQLite's online backup API, then an integrity check);
here it is written to a temporary name beside the target and renamed into place, so a failed
backup leaves any older one as it was.

Restore: close quiz, then copy the backup over the database file (and delete any leftover
`progress.db-wal` / `-shm` next to it), or simply run quiz with `--db BACKUP`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from quiz.core.files import atomic_path, check_output
from quiz.errors import QuizError
from quiz.store.backup import copy_database


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
            counts = copy_database(source, partial)
    except sqlite3.Error as exc:
        raise QuizError(f"cannot back up {source}: {exc}") from None
    except OSError as exc:
        raise QuizError(f"cannot write {target}: {exc.strerror or exc}") from None
    return BackupResult(source, target, target.stat().st_size, counts.students, counts.reviews)
