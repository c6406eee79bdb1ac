"""Issue #10, classes 10 and 11: command options out of range, a missing database for a reading
command, hand-edited rows and another application's SQLite file; each a `quiz:` line, exit 1
(2 for a click usage error), never a traceback, and the file left as it was."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz import cli as cli_module
from quiz.cli import cli
from quiz.core.clock import local_zone, zone_named
from quiz.deck.model import Card, Deck
from quiz.errors import StoreError
from quiz.scheduling.session import StudySession
from quiz.store import ProgressStore, open_db
from quiz.store.progress import MAX_DAILY_LIMIT

DECK = Deck(id="d", title="D", cards=(Card(id="c1", question="Q1?", answer="A1"),
                                      Card(id="c2", question="Q2?", answer="A2")))
AT = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def studied_db(tmp_path: Path) -> Path:
    db = tmp_path / "p.db"
    store = ProgressStore.open(db)
    session = StudySession(store, "zoe", [DECK], now=lambda: AT, tz="UTC")
    session.answer(session.next_card(), 3)
    session.answer(session.next_card(), 1)
    store.close()
    return db


def edit(db: Path, sql: str) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


# --- class 10: command options -----------------------------------------------------------------


def test_a_time_zone_name_too_long_for_a_file_name(tmp_path: Path) -> None:
    code, _, err = run("--db", str(tmp_path / "p.db"), "limits", "--tz", "A" * 300)
    assert code == 1
    assert err == f"quiz: unknown time zone '{'A' * 60}...' (use a name like Europe/Paris)\n"
    assert zone_named("A" * 300) is None and zone_named("../etc/passwd") is None
    assert zone_named("Europe/Paris") is not None


def test_a_tz_variable_too_long_falls_back_to_the_machine_zone(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "B" * 300)
    assert local_zone() is not None


@pytest.mark.parametrize("option", ["--new", "--reviews"])
@pytest.mark.parametrize("value", ["9223372036854775808", str(MAX_DAILY_LIMIT + 1), "-1"])
def test_daily_limits_out_of_range_are_usage_errors(tmp_path: Path, option: str,
                                                     value: str) -> None:
    code, _, err = run("--db", str(tmp_path / "p.db"), "limits", option, value)
    assert code == 2
    assert f"Invalid value for '{option}'" in err and "0<=x<=1000000" in err


def test_the_cli_and_the_store_agree_on_the_largest_limit(tmp_path: Path) -> None:
    assert cli_module.MAX_DAILY_LIMIT == MAX_DAILY_LIMIT
    store = ProgressStore.open(tmp_path / "p.db")
    try:
        assert store.update_student("ana", review_limit=MAX_DAILY_LIMIT).review_limit == \
            MAX_DAILY_LIMIT
        with pytest.raises(StoreError, match="review limit must be between 0 and 1,000,000"):
            store.update_student("ana", review_limit=2**63)
    finally:
        store.close()


@pytest.mark.parametrize("args", [["students"], ["limits"], ["retention", "d"],
                                  ["export", "progress"], ["backup", "copy.db"]])
def test_a_reading_command_on_a_missing_database_says_so(tmp_path: Path,
                                                         args: list[str]) -> None:
    db = tmp_path / "missing" / "folder" / "p.db"
    code, out, err = run("--db", str(db), *args)
    assert code == 1 and out == ""
    assert err == f"quiz: no progress database at {db} (use --db FILE)\n"
    assert not (tmp_path / "missing").exists()


def test_a_writing_command_still_creates_the_database(tmp_path: Path) -> None:
    db = tmp_path / "new" / "p.db"
    code, out, _ = run("--db", str(db), "--student", "ana", "limits", "--new", "5")
    assert code == 0 and "ana: 5 new" in out
    assert db.is_file()


# --- class 11: hand-edited databases -------------------------------------------------------


def test_a_review_time_that_is_not_a_time(tmp_path: Path) -> None:
    db = studied_db(tmp_path)
    edit(db, "UPDATE review_log SET reviewed_at = 'garbage' WHERE id = 2")
    expected = ("quiz: the progress database has a bad value in table review_log, row id=2: "
                "reviewed_at is 'garbage', not a time like 2026-03-01T09:00:00+00:00; correct "
                "or delete that row\n")
    for args in (["students"], ["export", "progress"], ["export", "progress", "--format",
                                                        "html"]):
        code, out, err = run("--db", str(db), *args)
        assert (code, out, err) == (1, "", expected), args


@pytest.mark.parametrize(("sql", "message"), [
    ("UPDATE card_state SET state = 7", "state is 7, not 0 or 1 or 2 or 3"),
    ("UPDATE card_state SET stability = 'high'", "stability is 'high', not a number (or empty)"),
    ("UPDATE card_state SET due = '2026-02-30T00:00:00+00:00'", "due is '2026-02-30T00:00:00"),
    ("UPDATE card_state SET reps = 'x'", "reps is 'x', not a whole number"),
])
def test_a_card_state_quiz_never_writes(tmp_path: Path, sql: str, message: str) -> None:
    db = studied_db(tmp_path)
    edit(db, sql + " WHERE card_pk = (SELECT min(card_pk) FROM card_state)")
    code, out, err = run("--db", str(db), "export", "progress")
    assert code == 1 and out == ""
    assert err.startswith("quiz: the progress database has a bad value in table card_state, "
                          "row student_id=1, card_pk=1: ")
    assert message in err and err.endswith("; correct or delete that row\n")


def test_times_written_with_another_offset_are_exported_in_utc(tmp_path: Path) -> None:
    """A time quiz did not write but that names its offset is read, not refused."""
    db = studied_db(tmp_path)
    edit(db, "UPDATE card_state SET due = '2026-03-05T11:30:00+02:00'")
    edit(db, "UPDATE review_log SET reviewed_at = '2026-03-01T10:00:00+01:00',"
             " due_after = '2026-03-05T11:30:00+02:00'")
    code, out, _ = run("--db", str(db), "export", "progress", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert {card["due"] for card in doc["cards"]} == {"2026-03-05T09:30:00Z"}
    assert {r["reviewed_at"] for r in doc["reviews"]} == {"2026-03-01T09:00:00Z"}


@pytest.mark.parametrize(("sql", "message"), [
    ("UPDATE review_log SET rating = 9", "rating is 9, not 1 or 2 or 3 or 4"),
    ("UPDATE review_log SET mode = 'guess'", "mode is 'guess', not flip or typed or choice"),
])
def test_a_review_quiz_never_writes(tmp_path: Path, sql: str, message: str) -> None:
    db = studied_db(tmp_path)
    edit(db, sql + " WHERE id = 1")
    code, _, err = run("--db", str(db), "export", "progress", "--format", "json")
    assert code == 1
    assert err.startswith("quiz: the progress database has a bad value in table review_log, "
                          "row id=1: " + message)


def test_another_applications_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    edit(other, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    edit(other, "INSERT INTO notes (body) VALUES ('mine')")
    before = other.read_bytes()
    for args in (["students"], ["limits", "--new", "3"], ["export", "progress"]):
        code, _, err = run("--db", str(other), *args)
        assert code == 1, args
        assert err == (f"quiz: {other} is not a quiz progress database (it holds other tables: "
                       "notes); it was left unchanged; use another --db\n")
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]  # no -wal, no -shm


def test_another_sqlite_utils_migration_set_is_not_quiz(tmp_path: Path) -> None:
    other = tmp_path / "app.db"
    edit(other, "CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)")
    edit(other, "INSERT INTO _sqlite_migrations VALUES ('other-app', 'm001', 'x')")
    with pytest.raises(StoreError, match="not a quiz progress database"):
        open_db(other)


def test_an_empty_file_and_a_quiz_database_are_opened(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    open_db(empty).close()
    open_db(empty).close()  # now a quiz database
    assert run("--db", str(empty), "students") == (0, "no students yet\n", "")
