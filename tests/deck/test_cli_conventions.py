"""What a user of the command line expects of any tool: -h, -V, plural words, sample decks."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz import __version__, locations
from quiz.cli import cli


def test_short_help_and_version_options() -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["-V"]).output.strip() == f"quiz, version {__version__}"
    assert runner.invoke(cli, ["-h"], prog_name="quiz").output.startswith("Usage: quiz")
    assert runner.invoke(cli, ["check", "-h"], prog_name="quiz").output.startswith(
        "Usage: quiz check")


def test_one_deck_from_one_document(tmp_path: Path) -> None:
    doc = tmp_path / "treaty.txt"
    doc.write_text("# Lerno\n\nOn 2 May 1990 Kaldora and Ostria signed the Treaty of Lerno in "
                   "Aster.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(doc), "--out", str(tmp_path / "out")],
                                obj={})
    assert result.output.splitlines()[-1].startswith("1 deck from 1 document, ")


def test_the_sample_decks_ship_in_the_package_and_open_where_there_is_no_decks_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    samples = locations.sample_decks_dir()
    assert sorted(p.name for p in samples.glob("*.yaml")) == sorted(
        p.name for p in (Path(__file__).parents[2] / "decks").glob("*.yaml"))
    opened: list[Path] = []

    class FakeApp:
        return_code = 0

        def run(self) -> None:
            pass

    def fake_make_app(decks_dir: Path, db: Path, student: str) -> FakeApp:
        opened.append(decks_dir)
        return FakeApp()

    import quiz.tui
    monkeypatch.setattr(quiz.tui, "make_app", fake_make_app)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("QUIZ_DECKS", raising=False)
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "p.db")], obj={})
    assert result.exit_code == 0
    assert opened == [samples] and "sample decks" in result.stderr
    (tmp_path / "decks").mkdir()
    CliRunner().invoke(cli, ["--db", str(tmp_path / "p.db")], obj={})
    assert opened[-1] == Path("decks")  # a decks folder of one's own wins
    assert quiz.cli  # the module under test


def test_a_quoted_source_line_is_text_and_check_says_so(tmp_path: Path) -> None:
    deck = tmp_path / "d.yaml"
    deck.write_text("title: T\ncards:\n  - question: Q?\n    answer: A\n"
                    "    source: {file: x.txt, line: \"12\", quote: q}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(deck)])
    assert result.exit_code == 1
    assert f"{deck}:5:33:" in result.output and "without quotes" in result.output
