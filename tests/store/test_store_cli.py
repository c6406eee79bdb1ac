"""`quiz students` and `quiz limits`: thin commands over the progress store."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from click.testing import CliRunner

from quiz.cli import cli
from quiz.deck.model import Card, Deck
from quiz.scheduling.session import StudySession
from quiz.store import ProgressStore


def test_students_lists_review_counts(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    runner = CliRunner()
    store = ProgressStore.open(db)
    result = runner.invoke(cli, ["--db", str(db), "students"], catch_exceptions=False)
    assert result.exit_code == 0 and "no students yet" in result.output
    deck = Deck(id="d", title="D", cards=(Card(id="c", question="Q?", answer="A"),))
    at = datetime(2025, 1, 2, 3, 4, tzinfo=timezone.utc)
    session = StudySession(store, "zoe", [deck], now=lambda: at, tz="UTC")
    session.answer(session.next_card(), 3)
    store.get_or_create_student("adam")
    store.close()
    result = runner.invoke(cli, ["--db", str(db), "students"], catch_exceptions=False)
    assert result.output.splitlines() == [
        "adam\t0 reviews\t0 cards seen\tlast: never",
        "zoe\t1 review\t1 card seen\tlast: 2025-01-02 03:04 UTC",
    ]


def test_limits_are_per_student_and_validated(tmp_path: Path) -> None:
    db = str(tmp_path / "p.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", db, "--student", "ana", "limits", "--new", "5",
                                 "--day-start", "6", "--tz", "Europe/Paris"],
                           catch_exceptions=False)
    assert result.exit_code == 0
    assert "ana: 5 new and 200 reviews" in result.output and "6:00 Europe/Paris" in result.output
    result = runner.invoke(cli, ["--db", db, "--student", "ben", "limits"],
                           catch_exceptions=False)
    assert "ben: 20 new and 200 reviews" in result.output
    result = runner.invoke(cli, ["--db", db, "limits", "--tz", "Mars/Olympus"])
    assert result.exit_code == 1
    assert "quiz: unknown time zone 'Mars/Olympus'" in result.output
    store = ProgressStore.open(Path(db))
    assert store.student("ana").tz == "Europe/Paris" and store.student("ana").new_limit == 5
    store.close()


def test_a_newer_database_is_a_one_line_error(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    store = ProgressStore.open(db)
    store.db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                     " VALUES ('quiz', 'm900_future', 'x')")
    store.close()
    result = CliRunner().invoke(cli, ["--db", str(db), "students"])
    assert result.exit_code == 1
    assert result.output.startswith("quiz: ") and "newer version of quiz" in result.output
    assert "Traceback" not in result.output


def test_retention_is_set_per_deck(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    store = ProgressStore.open(db)
    store.sync_decks([Deck(id="d", title="D", cards=(Card(id="c", question="Q?", answer="A"),))])
    store.close()
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(db), "retention", "d"], catch_exceptions=False)
    assert result.output == "d: desired retention 0.90\n"
    result = runner.invoke(cli, ["--db", str(db), "retention", "d", "0.85"],
                           catch_exceptions=False)
    assert result.output == "d: desired retention 0.85\n"
    result = runner.invoke(cli, ["--db", str(db), "retention", "d", "1.5"])
    assert result.exit_code == 1 and "between 0 and 1" in result.output
    result = runner.invoke(cli, ["--db", str(db), "retention", "nope", "0.8"])
    assert result.exit_code == 1 and "no deck 'nope'" in result.output
