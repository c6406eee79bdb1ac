"""`quiz` with no command opens the app on the given decks, database and student."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.tui.app import QuizApp


def test_quiz_without_command_opens_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QuizApp] = []
    monkeypatch.setattr(QuizApp, "run", lambda self: opened.append(self))
    args = ["--decks", str(tmp_path / "decks"), "--db", str(tmp_path / "p.db"),
            "--student", "zoe"]
    result = CliRunner().invoke(cli, args, obj={}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (app,) = opened
    ws = app.workspace
    assert (ws.decks_dir, ws.db_path, ws.student_name) == (
        tmp_path / "decks", tmp_path / "p.db", "zoe")


def test_defaults_come_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QuizApp] = []
    monkeypatch.setattr(QuizApp, "run", lambda self: opened.append(self))
    monkeypatch.setenv("QUIZ_DB", str(tmp_path / "env.db"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "decks").mkdir()  # without it, the sample decks open (test_cli_conventions)
    result = CliRunner().invoke(cli, [], obj={}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    ws = opened[0].workspace
    assert (ws.decks_dir, ws.db_path, ws.student_name) == (
        Path("decks"), tmp_path / "env.db", "test-student")


def test_importing_the_app_leaves_the_core_to_the_workers() -> None:
    """The first screen is drawn before YAML, sqlite-utils and fsrs are imported (in a worker)."""
    import subprocess
    import sys

    code = ("import sys, quiz.tui;"
            "print(sorted({'yaml', 'sqlite_utils', 'fsrs'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
