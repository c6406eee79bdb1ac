"""`quiz serve` on bad input: a clear message and exit status 1, never a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from serve_support import DECK

from quiz.cli import cli


def run_serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quiz", "serve", *args], capture_output=True,
                          text=True, timeout=120, env=os.environ)


def test_a_missing_decks_folder_is_named(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--decks", str(tmp_path / "nowhere"),
                                      "--db", str(tmp_path / "class.db")])
    assert result.exit_code == 1
    assert result.output == f"quiz: no decks folder at {tmp_path / 'nowhere'} (give one with --decks DIR)\n"


def test_a_folder_without_decks_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--decks", str(tmp_path), "--db",
                                      str(tmp_path / "class.db")])
    assert result.exit_code == 1
    assert result.output == f"quiz: nothing to study in {tmp_path}: it holds no *.yaml deck\n"


def test_a_database_quiz_cannot_use_is_refused_before_serving(tmp_path: Path) -> None:
    (tmp_path / "capitals.yaml").write_text(DECK, encoding="utf-8")
    (tmp_path / "notes.db").write_bytes(b"not a database at all, just text " * 100)
    result = CliRunner().invoke(cli, ["serve", "--decks", str(tmp_path), "--db",
                                      str(tmp_path / "notes.db")])
    assert result.exit_code == 1
    assert result.output.startswith(f"quiz: cannot use the progress database {tmp_path / 'notes.db'}")


def test_a_port_in_use_is_said_plainly(tmp_path: Path) -> None:
    (tmp_path / "capitals.yaml").write_text(DECK, encoding="utf-8")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_serve("--decks", str(tmp_path), "--db", str(tmp_path / "class.db"),
                           "--host", "127.0.0.1", "--port", str(port))
    assert result.returncode == 1
    assert result.stderr == (f"quiz: cannot serve on 127.0.0.1:{port}: the port is in use "
                             "(by another server?); choose another with --port\n")
    assert result.stdout == ""
