"""Hostile and broken decks in the app (issue #10, classes 1 and 2).

A deck holding terminal escapes, or one that used to crash the app at start, is listed under
*Not loaded* with its problem shown visibly, while the good decks beside it stay studiable; and
text that reaches a screen by any other way (a database, a student's name) is never sent raw.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.text import Text
from textual.app import App
from textual.widgets import DataTable
from tui_support import DECKS, pilot_test, press, screen_text, settle

from quiz.cli import cli
from quiz.deck.model import Card, Deck, Source
from quiz.scheduling.answers import check_answer
from quiz.textsafe import UNSAFE
from quiz.tui.screens.browse import BrowseScreen
from quiz.tui.screens.card import CardScreen, card_text
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.study import StudyScreen
from quiz.tui.text import join, literal, shorten
from quiz.tui.widgets.answer import source_text, verdict_text
from quiz.tui.widgets.choices import option_text

HOSTILE = {
    "escapes.yaml": 'title: "Evil \\e]0;PWNED\\a deck \\e[2J"\ncards:\n'
                    '  - question: "Copy \\e]52;c;aGVsbG8=\\a?"\n    answer: A\n',
    "raw-control.yaml": "title: Raw \x1b[2J control\ncards:\n  - {question: Q, answer: A}\n",
    "bidi.yaml": "title: Is \u202eevil\ncards:\n  - {question: Q, answer: A}\n",
    "surrogate.yaml": 'title: S\ncards:\n  - question: "\\ud800"\n    answer: A\n',
    "superscript.yaml": "title: S\ncards:\n  - question: Q\n    answer: A\n"
                        "    source: {file: a.txt, line: ²}\n",
    "digits.yaml": "title: S\ncards:\n  - question: Q\n    answer: A\n"
                   "    source: {file: a.txt, line: " + "9" * 5000 + "}\n",
    "deep.yaml": "title: S\ncards:\n  - question: Q\n    answer: " + "[" * 1000 + "]" * 1000 + "\n",
}


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    shutil.copy(DECKS / "good" / "treaties.yaml", folder / "treaties.yaml")
    for name, text in HOSTILE.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pilot_test
async def test_broken_and_hostile_decks_are_not_loaded_and_the_good_one_is_studied(
        build, hostile_folder: Path) -> None:
    app = build(hostile_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert not UNSAFE.search(text)
        assert app.screen.query_one("#decks", DataTable).row_count == 1
        assert "Treaties and dates" in text and "Not loaded" in text
        for name in HOSTILE:
            assert name in text
        assert 'escapes.yaml:1:14: the escape "\\e" gives the control character \\x1b' in text
        assert "raw-control.yaml:1:12: the control character \\x1b (ESC)" in text
        await press(pilot, "enter")
        assert isinstance(app.screen, StudyScreen)
        assert "Azerbaijan" in screen_text(app)


@pilot_test
async def test_text_from_outside_the_decks_is_shown_visibly_on_every_screen(
        build, hostile_folder: Path, monkeypatch: pytest.MonkeyPatch, db_file: Path) -> None:
    """Defence in depth: a deck the loader would refuse, handed to the app anyway (as a database
    or a future importer might), still never sends ESC or a bidi override to the terminal."""
    import quiz.deck

    evil = Deck(id="evil", title="Evil \x1b]0;PWNED\x07 deck", cards=(
        Card(id="c1", question="Clear \x1b[2J now\u202e?", answer="Baku\x9b",
             choices=("Ganja\x1b[31m", "Sumqayit"), explanation="Why \x1b]52;c;aGk=\x07",
             source=Source("a\x1b.txt", 3, "quote \u200b here")),
    ))
    monkeypatch.setattr(quiz.deck, "load_decks",
                        lambda paths: quiz.deck.LoadResult(decks=[evil]))
    # a student name quiz no longer accepts, in a database written before the rule
    from quiz.store import ProgressStore

    ProgressStore.open(db_file).close()
    with sqlite3.connect(db_file) as conn:
        conn.execute("INSERT INTO students (name, created) VALUES (?, ?)",
                     ["ana\x1b]0;PWNED\x07", "2026-03-01T09:00:00+00:00"])
    app = build(hostile_folder, student="ana\x1b]0;PWNED\x07")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Evil \\x1b]0;PWNED\\x07 deck" in text
        assert "ana\\x1b]0;PWNED\\x07" in text
        await press(pilot, "m", "enter")  # flip mode: question, then the answer and source
        assert "Clear \\x1b[2J now\\u202e?" in screen_text(app)
        await press(pilot, "space")
        text = screen_text(app)
        assert "Baku\\x9b" in text and "Why \\x1b]52;c;aGk=\\x07" in text
        assert "a\\x1b.txt:3" in text and "quote \\u200b here" in text
        assert not UNSAFE.search(text)
        await press(pilot, "escape")  # the session summary
        assert not UNSAFE.search(screen_text(app))
        await press(pilot, "escape")
        assert isinstance(app.screen, HomeScreen)
        await press(pilot, "b")
        assert isinstance(app.screen, BrowseScreen)
        assert not UNSAFE.search(screen_text(app))
        await press(pilot, "enter")
        assert isinstance(app.screen, CardScreen)
        text = screen_text(app)
        assert "Ganja\\x1b[31m" in text and not UNSAFE.search(text)


def test_every_drawing_of_card_text_is_terminal_safe() -> None:
    card = Card(id="c", question="Q\x1b]0;x\x07", answer="A\u202e", accept=("B\x1b",),
                choices=("C\x9b", "D"), explanation="E\x7f", tags=("t\u200b",),
                source=Source("f\x1b", 2, "q\x1b"))
    verdict = check_answer(card, "typed \x1b[2J")
    drawn: list[Text] = [card_text(card), source_text(card), option_text(1, "C\x9b", "A", 1),
                         verdict_text(verdict), literal("x\x1b"), join(("y\x1b", "bold"), "z\x1b")]
    for text in drawn:
        assert not UNSAFE.search(text.plain), text.plain
    assert shorten("a\x1b[2J b", 40) == "a\\x1b[2J b"


class _Crashing(App[None]):
    def on_mount(self) -> None:
        raise RuntimeError("a bug")

    def run(self, **kwargs) -> None:  # type: ignore[override]
        return super().run(headless=True, **kwargs)


class _Quitting(App[None]):
    def on_mount(self) -> None:
        self.exit()

    def run(self, **kwargs) -> None:  # type: ignore[override]
        return super().run(headless=True, **kwargs)


@pytest.mark.parametrize(("app_class", "status"), [(_Crashing, 1), (_Quitting, 0)])
def test_a_crash_of_the_app_exits_non_zero(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           app_class: type[App[None]], status: int) -> None:
    import quiz.tui

    monkeypatch.setattr(quiz.tui, "make_app", lambda *args, **kwargs: app_class())
    result = CliRunner().invoke(cli, ["--decks", str(tmp_path), "--db", str(tmp_path / "p.db")])
    assert result.exit_code == status
