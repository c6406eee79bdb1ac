"""Every screen at 80x24: the columns and the key hints stay, long titles shrink with an ellipsis."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable
from tui_support import DECKS, pilot_test, press, screen_text, settle

from quiz.tui.screens.browse import BrowseScreen
from quiz.tui.screens.stats import StatsScreen
from quiz.tui.screens.student import StudentScreen
from quiz.tui.screens.study import StudyScreen

SMALL = (80, 24)
LONG = "Azerbaijan and the United States: a long generated title that goes on and on"


def decks_folder(tmp_path: Path, count: int = 1) -> Path:
    """The fixture deck, and `count - 1` more decks with long titles."""
    folder = tmp_path / "decks"
    folder.mkdir()
    text = (DECKS / "good" / "treaties.yaml").read_text(encoding="utf-8")
    (folder / "treaties.yaml").write_text(text, encoding="utf-8")
    for n in range(1, count):
        (folder / f"long{n}.yaml").write_text(
            f"title: '{LONG} {n}'\ncards:\n  - question: Q{n}?\n    answer: A{n}\n",
            encoding="utf-8")
    return folder


def lines(text: str) -> list[str]:
    return text.splitlines()


@pilot_test
async def test_home_keeps_every_column_and_key_at_80x24(build, tmp_path: Path) -> None:
    app = build(decks_folder(tmp_path, 3))
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        text = screen_text(app)
        header = next(line for line in lines(text) if "Deck" in line)
        for label in ("New", "Learning", "Due", "Cards", "Retention"):
            assert label in header
        assert "Azerbaijan and the United States:…" in text
        assert "goes on and on" not in text
        footer = lines(text)[-1]
        for hint in ("s Student", "q Quit", "? Help", "b Browse", "t Stats", "c Cram"):
            assert hint in footer


@pilot_test
async def test_end_and_home_move_the_home_cursor(build, tmp_path: Path) -> None:
    app = build(decks_folder(tmp_path, 3))
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#decks", DataTable)
        assert table.cursor_row == 0
        await press(pilot, "end")
        assert table.cursor_row == 2
        await press(pilot, "home")
        assert table.cursor_row == 0


@pilot_test
async def test_browse_keeps_every_column_at_80x24(build, tmp_path: Path) -> None:
    app = build(decks_folder(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        # flip: Again on the first card, bury the second
        await press(pilot, "m", "enter", "space", "1", "space", "minus", "escape", "enter", "b")
        assert isinstance(app.screen, BrowseScreen)
        text = screen_text(app)
        header = next(line for line in lines(text) if "Question" in line)
        for label in ("Answer", "State", "Due", "Lapses", "Last"):
            assert label in header
        assert "learning" in text and "Again" in text and "02 Mar 09:01" in text
        assert "buried" in text
        footer = lines(text)[-1]
        for hint in ("/ Search", "o Sort", "! Suspend", "esc Back", "? Help"):
            assert hint in footer


@pilot_test
async def test_study_at_80x24_shows_every_rating_and_no_toast_over_them(build) -> None:
    app = build("good")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await press(pilot, "m", "enter")
        assert isinstance(app.screen, StudyScreen)
        assert "? Help" in lines(screen_text(app))[-1]
        await press(pilot, "space", "s")
        text = screen_text(app)
        for button in ("1 Again", "2 Hard", "3 Good", "4 Easy"):
            assert button in text
        assert "source off" in text
        assert not app.screen.query("Toast")
        assert "esc End session" in lines(text)[-1]


@pilot_test
async def test_stats_footer_at_80x24(build) -> None:
    app = build("good")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await press(pilot, "t")
        assert isinstance(app.screen, StatsScreen)
        footer = lines(screen_text(app))[-1]
        for hint in ("a This deck / all decks", "esc Back", "? Help"):
            assert hint in footer


@pilot_test
async def test_student_prompt_fits(build) -> None:
    for size in (SMALL, (120, 36)):
        app = build("good")
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await press(pilot, "s")
            assert isinstance(app.screen, StudentScreen)
            text = screen_text(app)
            assert "Study as which student?" in text
            assert "Escape cancels." in text


@pilot_test
async def test_the_cards_line_cuts_a_long_deck_title_not_the_mode(build, tmp_path: Path) -> None:
    app = build(decks_folder(tmp_path, 2))
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await press(pilot, "m", "m", "enter", "s")  # the long deck (first), typed; source off
        assert isinstance(app.screen, StudyScreen)
        line = next(line for line in lines(screen_text(app)) if "·  new  ·" in line)
        assert "Azerbaijan and the United States: a long" in line and "…" in line
        assert line.rstrip().endswith("typed")
        await press(pilot, "enter")  # an empty answer: shown wrong, keys reach the screen
        await press(pilot, "s")
        line = next(line for line in lines(screen_text(app)) if "·  new  ·" in line)
        assert line.rstrip().endswith("typed  ·  source off")
