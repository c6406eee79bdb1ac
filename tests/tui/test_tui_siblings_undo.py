"""Siblings kept apart in the app, `u` on an answer shown and on a suspension or burial, and
home's Learning count after Again: as a student meets them."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database
from test_tui_study import FIRST, SECOND, log_rows, open_study, states
from tui_support import SIZE, pilot_test, press, screen_text, settle

from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.study import StudyScreen


def toasts(app) -> list[str]:
    return [n.message for n in app._notifications]


def footer(app) -> str:
    return screen_text(app).splitlines()[-1]


def top(app) -> str:
    return screen_text(app).splitlines()[0].strip()


@pilot_test
async def test_answering_a_cloze_card_puts_its_sibling_off_until_tomorrow(build,
                                                                         db_file: Path) -> None:
    app = build("cloze")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=1)  # flip
        assert "The ____ was signed in 1921." in screen_text(app)
        assert top(app).startswith("5 left")
        await press(pilot, "space", "3")
        text = screen_text(app)
        assert toasts(app) == ["1 related card put off until tomorrow."]
        assert top(app).startswith("4 left (new 3 · learning 1")  # kars-c2 waits a day
        assert "What is the capital of Armenia?" in text
        assert states(db_file)["kars-c2"]["buried_until"] is not None
        await press(pilot, "u")  # the answer taken back: kars-c2 is back in today's queue
        assert "The ____ was signed in 1921." in screen_text(app)
        assert top(app).startswith("5 left")
        assert "kars-c2" not in states(db_file) and log_rows(db_file) == []


@pilot_test
async def test_u_on_a_typed_answer_goes_back_to_its_question_with_the_text(build,
                                                                          db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=2)  # typed
        await pilot.press(*"18 October 1991")
        await press(pilot, "enter", "enter")  # right, suggestion accepted
        assert SECOND in screen_text(app)
        await pilot.press(*"1993")
        await press(pilot, "enter")
        assert "Not quite" in screen_text(app)
        assert "u Undo" in footer(app)
        await press(pilot, "u")
        screen = app.screen
        assert isinstance(screen, StudyScreen) and screen.phase == "asking"
        text = screen_text(app)
        assert SECOND in text and "Not quite" not in text
        assert screen.query_one("#typed").value == "1993"
        assert len(log_rows(db_file)) == 1  # the first card's answer stays
        await press(pilot, "backspace", "2", "enter")
        assert "✓ Right" in screen_text(app)
        await press(pilot, "enter")
    assert [(r["card_id"], r["response"]) for r in log_rows(db_file)] == [
        ("independence", "18 October 1991"), ("un", "1992")]


@pilot_test
async def test_u_on_a_choice_or_a_flip_answer_asks_the_card_again(build, db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=3)  # choice
        screen = app.screen
        wrong = next(i for i, o in enumerate(screen.options, 1) if o != "October 18, 1991")
        await press(pilot, str(wrong))
        assert "✗ Wrong" in screen_text(app) and "u Undo" in footer(app)
        await press(pilot, "u")
        assert screen.phase == "asking" and "✗ Wrong" not in screen_text(app)
        right = screen.options.index("October 18, 1991") + 1
        await press(pilot, str(right))
        assert "✓ Right" in screen_text(app)
        await press(pilot, "3")
        assert SECOND in screen_text(app)  # the second card has no options: typed
        await press(pilot, "escape", "enter", "m", "m", "enter")  # back home, flip
        assert SECOND in screen_text(app)
        await press(pilot, "space")
        assert "Answer: 1992" in screen_text(app)
        await press(pilot, "u")
        assert "Answer: 1992" not in screen_text(app) and "space Show answer" in footer(app)
    assert [(r["card_id"], r["response"]) for r in log_rows(db_file)] == [
        ("independence", "October 18, 1991")]


@pilot_test
async def test_undo_brings_back_a_buried_then_a_suspended_card(build, db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=1)
        assert "u Undo" not in footer(app)  # nothing done yet
        await press(pilot, "!")  # suspend the first card
        assert SECOND in screen_text(app) and "u Undo" in footer(app)
        await press(pilot, "-")  # bury the second
        assert top(app).startswith("1 left")
        await press(pilot, "u")
        assert SECOND in screen_text(app) and "Burial undone" in toasts(app)[-1]
        assert top(app).startswith("2 left")
        assert "un" not in states(db_file)  # exactly as before: no row
        await press(pilot, "u")
        assert FIRST in screen_text(app) and "Suspension undone" in toasts(app)[-1]
        assert top(app).startswith("3 left")
        assert states(db_file) == {} and "u Undo" not in footer(app)


@pilot_test
async def test_home_counts_cards_rated_again_as_learning(build, db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=1)
        await press(pilot, "space", "1", "space", "1")  # Again twice: due in a minute
        assert "(new 1 · learning 2 · review 0)" in top(app)
        await press(pilot, "escape", "enter")
        assert isinstance(app.screen, HomeScreen)
        await settle(pilot)
        row = next(line for line in screen_text(app).splitlines() if "Treaties" in line)
        assert row.split()[-5:-2] == ["1", "2", "0"], row  # New, Learning, Due
    assert Database(db_file).execute("SELECT count(*) FROM review_log").fetchone()[0] == 2
