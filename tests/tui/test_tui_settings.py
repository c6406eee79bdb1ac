"""The study mode, the source toggle, the date order and the student survive a restart."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database
from tui_support import DECKS, NOW, SIZE, pilot_test, press, screen_text, settle

from quiz.tui import QuizApp, make_app
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.study import StudyScreen

DATE_DECK = """\
title: Dates
id: dates
cards:
  - id: versailles
    question: When was the treaty signed?
    answer: "1919-04-03"
"""


def reopen(db_file: Path, student: str | None = None, decks: Path = DECKS / "good") -> QuizApp:
    """The app as `quiz` starts it again on the same database (no --student: None)."""
    return make_app(decks, db_file, student, now=lambda: NOW, fuzz=False, tz="UTC")


@pilot_test
async def test_mode_source_and_student_are_kept_across_a_restart(db_file: Path) -> None:
    async with reopen(db_file, "ben").run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "m")  # auto -> flip
        assert "mode flip" in screen_text(pilot.app)
        await press(pilot, "enter", "space", "s")  # study, show the answer, source off
        assert "source off" in screen_text(pilot.app)
        assert "Source: seeds/001.txt:25" not in screen_text(pilot.app)
    app = reopen(db_file)  # no student named: the last one
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "student ben" in text and "mode flip" in text
        await press(pilot, "enter", "space")
        assert isinstance(app.screen, StudyScreen)
        text = screen_text(app)
        assert "Answer: October 18, 1991" in text  # flip: Space showed the answer
        assert "source off" in text and "Source: seeds/001.txt:25" not in text
        await press(pilot, "s")  # back on, and kept
    async with reopen(db_file, "ana").run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(pilot.app)
        assert "student ana" in text and "mode auto" in text  # ana's own defaults
    rows = {(r["name"], r["key"]): r["value"] for r in Database(db_file).query(
        "SELECT s.name, t.key, t.value FROM student_settings t JOIN students s"
        " ON s.id = t.student_id")}
    assert rows[("ben", "mode")] == "flip" and rows[("ben", "show_source")] == "1"


@pilot_test
async def test_switching_student_restores_their_mode(db_file: Path) -> None:
    async with reopen(db_file, "ana").run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "m", "m")  # typed, for ana
        await press(pilot, "s", *["backspace"] * 3, *"bob", "enter")
        assert "student bob" in screen_text(pilot.app) and "mode auto" in screen_text(pilot.app)
        await press(pilot, "s", *["backspace"] * 3, *"ana", "enter")
        assert "student ana" in screen_text(pilot.app)
        assert "mode typed" in screen_text(pilot.app)
    async with reopen(db_file).run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "student ana" in screen_text(pilot.app)  # the last one switched to


@pilot_test
async def test_date_order_from_the_palette_reaches_typed_answers(db_file: Path,
                                                                 tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "dates.yaml").write_text(DATE_DECK, encoding="utf-8")
    async with reopen(db_file, "ana", decks).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+p")
        await pilot.press(*"date order")
        await press(pilot, "enter")
        assert isinstance(pilot.app.screen, HomeScreen)
        assert [n.message for n in pilot.app._notifications] == [
            "Dates typed in figures are now read day-first (18/3/1919)."]
        await press(pilot, "enter")  # auto: a short answer is typed
        await pilot.press(*"3/4/1919")  # 3 April, day first
        await press(pilot, "enter")
        assert "✓ Right" in screen_text(pilot.app)
    async with reopen(db_file, "ana", decks).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "d")  # back to month-first, kept
        assert [n.message for n in pilot.app._notifications] == [
            "Dates typed in figures are now read month-first (3/18/1919)."]
    value = Database(db_file).execute(
        "SELECT value FROM student_settings WHERE key = 'date_order'").fetchone()[0]
    assert value == "month-first"
