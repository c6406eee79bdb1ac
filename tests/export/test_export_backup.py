"""`quiz backup`: a consistent copy while another connection is writing; restore with --db."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from click.testing import CliRunner
from export_helpers import T0, build_class

from quiz.cli import cli
from quiz.export.backup import backup_database
from quiz.export.progress import export_progress
from quiz.store.db import open_db


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_backup_opens_with_db_and_holds_the_same_progress(tmp_path: Path) -> None:
    studied = build_class(tmp_path)
    copy = tmp_path / "saved" / "backup.db"
    code, out, _ = run("--db", str(studied.db), "backup", str(copy))
    assert code == 0
    assert out.startswith(f"backed up {studied.db} to {copy}: 3 students, 20 reviews, ")
    now = T0 + timedelta(days=3)
    assert export_progress(copy, now=now)["cards"] == export_progress(studied.db, now=now)["cards"]
    code, out, _ = run("--db", str(copy), "export", "progress", "--student", "ben")
    assert code == 0 and out.count("\nben,") == 5
    assert list(copy.parent.iterdir()) == [copy]  # no -wal, -shm or .partial left beside it


def test_backup_during_an_open_write_has_only_committed_rows(tmp_path: Path) -> None:
    studied = build_class(tmp_path)
    writer = open_db(studied.db)
    try:
        writer.conn.execute("BEGIN IMMEDIATE")
        writer.conn.execute("INSERT INTO students (name, created) VALUES ('dora', 'x')")
        result = backup_database(studied.db, tmp_path / "copy.db")  # does not wait, no error
        writer.conn.execute("COMMIT")
    finally:
        writer.close()
    assert result.students == 3
    conn = sqlite3.connect(tmp_path / "copy.db")
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM students ORDER BY name")]
        assert names == ["ana", "ben", "cleo"]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert backup_database(studied.db, tmp_path / "copy.db").students == 4  # replaced


def test_backup_errors(tmp_path: Path) -> None:
    code, _, err = run("--db", str(tmp_path / "none.db"), "backup", str(tmp_path / "b.db"))
    assert code == 1 and err == f"quiz: no progress database at {tmp_path / 'none.db'} (use --db FILE)\n"
    db = tmp_path / "p.db"
    open_db(db).close()
    code, _, err = run("--db", str(db), "backup", str(db))
    assert code == 1 and "is the progress database; writing there would replace every review" in err
    not_quiz = tmp_path / "other.db"
    sqlite3.connect(not_quiz).close()
    code, _, err = run("--db", str(not_quiz), "backup", str(tmp_path / "c.db"))
    assert code == 1 and "this file is not a quiz progress database" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db", "p.db"]
