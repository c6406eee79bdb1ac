"""The app started without a student (a served session) asks first, and only then opens home."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database
from textual import events
from textual.widgets import Input
from tui_support import DECKS, NOW, SIZE, pilot_test, press, screen_text, settle

from quiz.tui import make_app
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.student import StudentScreen


def asking_app(db_file: Path, notice: str | None = None):
    return make_app(DECKS / "good", db_file, None, now=lambda: NOW, fuzz=False, tz="UTC",
                    ask_student=True, student_notice=notice)


@pilot_test
async def test_first_screen_asks_and_cannot_be_skipped(db_file: Path) -> None:
    app = asking_app(db_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, StudentScreen)
        assert "Type your name and press Enter." in screen_text(app)
        await press(pilot, "escape", "enter")  # neither cancels nor accepts an empty name
        assert isinstance(app.screen, StudentScreen)
        assert "A student needs a name." in screen_text(app)
        await press(pilot, "c", "y", "enter")
        assert isinstance(app.screen, HomeScreen)
        text = screen_text(app)
        assert "student cy" in text and "3 cards to study today" in text
    names = [row["name"] for row in Database(db_file)["students"].rows]
    assert names == ["cy"]  # nobody else (the server's login name) was created


@pilot_test
async def test_a_name_the_rule_refuses_is_explained_and_another_asked(db_file: Path) -> None:
    app = asking_app(db_file, notice="The name in the address cannot be used: too long.")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "The name in the address cannot be used: too long." in screen_text(app)
        await press(pilot, *"x" * 65, "enter")
        assert isinstance(app.screen, StudentScreen)
        assert "A student name has at most 64 characters" in " ".join(screen_text(app).split())
        await press(pilot, *["backspace"] * 65, "d", "a", "n", "enter")
        assert isinstance(app.screen, HomeScreen)
        assert "student dan" in screen_text(app)


@pilot_test
async def test_switching_student_checks_the_name_too(db_file: Path) -> None:
    app = make_app(DECKS / "good", db_file, "ana", now=lambda: NOW, fuzz=False, tz="UTC")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "s", *["backspace"] * 3)
        box = app.screen.query_one("#student-name", Input)
        box.post_message(events.Paste("e\u200b"))  # pasted with a zero-width space
        await press(pilot, "enter")
        assert isinstance(app.screen, StudentScreen)
        assert "character U+200B." in screen_text(app)  # the end of the wrapped reason
        await press(pilot, "escape")
        assert isinstance(app.screen, HomeScreen)
        assert "student ana" in screen_text(app)
