"""`e` on a card opens its deck file in $EDITOR at the card's line, then the deck is reloaded:
the card comes back with its new text, progress intact; a broken edit is shown, not fatal."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from sqlite_utils import Database
from tui_support import DECKS, NOW, SIZE, pilot_test, press, screen_text, settle

from quiz.tui import QuizApp, make_app
from quiz.tui.editor import editor_command
from quiz.tui.screens.browse import BrowseScreen
from quiz.tui.screens.study import StudyScreen

SECOND = "In what year did Azerbaijan join the United Nations?"
EDITED = "In what year did Azerbaijan become a member of the UN?"


def fake_editor(folder: Path, script: str) -> Path:
    """A shell script standing in for the editor: it logs its arguments (+LINE FILE) beside
    itself, then runs `script` with $line and $file set."""
    path = folder / "fake-editor"
    path.write_text('#!/bin/sh\nline="${1#+}"\nfile="$2"\n'
                    f'echo "$@" >> "{folder}/editor.log"\n{script}\n', encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


@pytest.fixture
def decks(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    shutil.copytree(DECKS / "good", folder)
    return folder


@pytest.fixture
def use_editor(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    def choose(script: str) -> Path:
        monkeypatch.delenv("VISUAL", raising=False)
        monkeypatch.setenv("EDITOR", str(fake_editor(tmp_path, script)))
        return tmp_path / "editor.log"
    return choose


def open_app(decks: Path, db_file: Path) -> QuizApp:
    return make_app(decks, db_file, "ana", now=lambda: NOW, fuzz=False, tz="UTC")


def progress(db_file: Path) -> tuple[list[tuple], list[tuple]]:
    db = Database(db_file)
    return (list(db.execute("SELECT card_pk, rating, reviewed_at FROM review_log ORDER BY id")),
            list(db.execute("SELECT * FROM card_state ORDER BY card_pk")))


def test_the_editor_command_opens_the_file_at_the_line() -> None:
    deck = Path("decks/a.yaml")
    assert editor_command(deck, 15, {"VISUAL": "nvim", "EDITOR": "nano"}) == [
        "nvim", "+15", "decks/a.yaml"]
    assert editor_command(deck, 15, {"EDITOR": "code --wait"}) == [
        "code", "--wait", "+15", "decks/a.yaml"]
    assert editor_command(deck, 0, {}) == ["vi", "+1", "decks/a.yaml"]


@pilot_test
async def test_edit_while_studying_shows_the_new_text_and_keeps_progress(
        decks: Path, db_file: Path, use_editor) -> None:
    log = use_editor(f'sed -i "$line,$((line + 2))s/{SECOND[:-1]}/{EDITED[:-1]}/" "$file"')
    app = open_app(decks, db_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "m", "enter", "space", "4")  # flip; the first card answered
        assert SECOND in screen_text(app)
        before = progress(db_file)
        await press(pilot, "e")
        assert isinstance(app.screen, StudyScreen)
        text = screen_text(app)
        assert EDITED in text and SECOND not in text
        assert "2 left" in text and "right 1" in text  # the session goes on where it was
        assert progress(db_file) == before
        await press(pilot, "space", "3")  # the edited card is answered as itself
    assert log.read_text().split() == ["+15", str(decks / "treaties.yaml")]
    rows = list(Database(db_file).execute(
        "SELECT c.card_id, c.question FROM review_log r JOIN cards c ON c.pk = r.card_pk"
        " ORDER BY r.id"))
    assert rows == [("independence", "On what date did Azerbaijan declare independence?"),
                    ("un", EDITED)]


@pilot_test
async def test_deleting_the_card_in_the_editor_moves_to_the_next(
        decks: Path, db_file: Path, use_editor) -> None:
    use_editor('sed -i "$line,$((line + 2))d" "$file"')  # the card's three lines
    app = open_app(decks, db_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "m", "enter", "space", "4", "e")
        text = screen_text(app)
        assert "What is the capital of Azerbaijan?" in text and "1 left" in text


@pilot_test
async def test_an_edit_that_breaks_the_deck_is_shown_and_studying_goes_on(
        decks: Path, db_file: Path, use_editor) -> None:
    use_editor('sed -i "${line}s/answer:/anwser:/;$((line + 2))s/answer:/anwser:/" "$file"')
    app = open_app(decks, db_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "m", "enter", "space", "4", "e")
        assert isinstance(app.screen, StudyScreen)
        assert SECOND in screen_text(app)  # the deck as it was
        messages = [n.message for n in app._notifications]
        assert any("still studying it as it was" in m and "treaties.yaml:17:5" in m
                   and "did you mean 'answer'" in m for m in messages), messages
        await press(pilot, "space", "3")
        assert "What is the capital of Azerbaijan?" in screen_text(app)


@pilot_test
async def test_a_missing_editor_is_a_message_not_a_crash(
        decks: Path, db_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "no-such-editor-here")
    app = open_app(decks, db_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "m", "enter", "e")
        assert isinstance(app.screen, StudyScreen)
        assert [n.message for n in app._notifications] == [
            "No editor 'no-such-editor-here' found: set $EDITOR (or $VISUAL) to your editor, "
            "e.g. export EDITOR=nano."]


@pilot_test
async def test_edit_from_browse_redraws_the_row(decks: Path, db_file: Path, use_editor) -> None:
    use_editor(f'sed -i "$line,$((line + 2))s/{SECOND[:-1]}/{EDITED[:-1]}/" "$file"')
    app = open_app(decks, db_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "b")
        assert isinstance(app.screen, BrowseScreen)
        await press(pilot, "e")  # sorted by question: "In what year" comes first
        text = screen_text(app)
        assert EDITED[:38] in text and SECOND[:38] not in text
