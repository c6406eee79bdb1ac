"""Open the progress database: WAL, busy timeout, foreign keys, migrations, write transactions.

`open_db(path)` is the only way the rest of quiz gets a `sqlite_utils.Database`. WAL journaling
plus a busy timeout let two copies of quiz share one file: readers never block, and a writer
waits (up to `BUSY_TIMEOUT_MS`) for the other instead of failing. `write_transaction(db)` opens
`BEGIN IMMEDIATE`, so a read-then-write never deadlocks against another process, and commits
when the block ends - every review is durable before the caller moves on.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from quiz import locations
from quiz.errors import StoreError
from quiz.store.migrations import MIGRATIONS, known_migrations

BUSY_TIMEOUT_MS = 10_000


def open_db(path: Path | None = None, *, synchronous: str = "FULL",
            create: bool = True) -> Database:
    """Open (creating it and its folder if needed) and upgrade the database at `path`.

    `path` defaults to `quiz.locations.db_path()` (QUIZ_DB or the user data folder). With
    `create` False (commands that only read) a missing file is refused instead of created.
    Raises StoreError for a file that is not a quiz database (another application's SQLite
    file is left untouched) or one written by a newer quiz.
    """
    path = Path(path) if path is not None else locations.db_path()
    if not create and not path.is_file():
        raise StoreError(f"no progress database at {path} (use --db FILE)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open the progress database {path}: {exc}") from exc
    db = Database(conn)
    try:
        _refuse_foreign(conn, path)
        _configure(db, synchronous)
        migrate(db, path)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StoreError(f"cannot use the progress database {path}: {exc}") from exc
    except StoreError:
        db.close()
        raise
    return db


def _refuse_foreign(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a database that holds tables but was never set up by quiz (another application's
    file): quiz must not add its tables to it, or switch it to WAL."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
        " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")]
    if not names:
        return
    if MIGRATIONS.migrations_table in names:
        ours = conn.execute(
            f"SELECT count(*) FROM [{MIGRATIONS.migrations_table}] WHERE migration_set = ?",
            [MIGRATIONS.name],
        ).fetchone()[0]
        if ours:
            return
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    raise StoreError(f"{path} is not a quiz progress database (it holds other tables: {shown});"
                     " it was left unchanged; use another --db")


def _configure(db: Database, synchronous: str) -> None:
    if synchronous.upper() not in {"OFF", "NORMAL", "FULL", "EXTRA"}:
        raise ValueError(f"bad synchronous mode {synchronous!r}")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _enable_wal(db)
    db.execute(f"PRAGMA synchronous = {synchronous.upper()}")
    db.execute("PRAGMA foreign_keys = ON")


def _enable_wal(db: Database) -> None:
    """Switch to WAL (a no-op once the file is WAL), retrying while another copy holds a lock.

    Changing the journal mode can fail at once with "database is locked" instead of waiting
    for the busy timeout when several copies create the database together.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            mode = db.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        else:
            if str(mode).lower() == "wal":
                return
            if time.monotonic() > deadline:
                raise StoreError(f"cannot switch the progress database to WAL (mode {mode})")
        time.sleep(0.02)


def migrate(db: Database, path: Path | str = "database") -> None:
    """Apply pending migrations under one IMMEDIATE lock; refuse a database from a newer quiz."""
    known = known_migrations()
    applied = [m.name for m in MIGRATIONS.applied(db)]
    _refuse_newer(applied, known, path)
    if len(applied) == len(known):
        return
    with write_transaction(db):
        # Re-read under the lock: another process may have migrated while we waited.
        applied = [m.name for m in MIGRATIONS.applied(db)]
        _refuse_newer(applied, known, path)
        MIGRATIONS.apply(db)


def _refuse_newer(applied: list[str], known: list[str], path: Path | str) -> None:
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreError(
            f"{path} was written by a newer version of quiz (schema step {unknown[-1]!r} is "
            "unknown here); upgrade quiz or use another --db"
        )


def schema_version(db: Database) -> int:
    """How many quiz migrations the database has applied."""
    return len(MIGRATIONS.applied(db))


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """`BEGIN IMMEDIATE` ... `COMMIT` (rollback on error); nests as a savepoint."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
