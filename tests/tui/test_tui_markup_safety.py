"""Deck text that looks like markup is shown exactly as written, on every screen."""

from __future__ import annotations

from textual.widgets import DataTable
from tui_support import SIZE, pilot_test, press, screen_text, settle

from quiz.tui.screens.browse import BrowseScreen
from quiz.tui.screens.card import CardScreen


@pilot_test
async def test_home_shows_a_markup_title_literally(build) -> None:
    app = build("markup")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "[bold]Markup[/bold] deck" in screen_text(app)


@pilot_test
async def test_question_answer_and_source_are_literal_in_flip_mode(build) -> None:
    app = build("markup")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "m", "enter")
        assert "What does [bold] do?" in screen_text(app)
        await press(pilot, "space")
        text = screen_text(app)
        assert "Answer: [/]" in text
        assert "[link=file:///etc/passwd]x[/link]" in text  # the explanation
        assert "Source: [red]seeds/x.txt:3" in text
        assert "A lone [/] closes [i]nothing[/i]." in text
        await press(pilot, "3")
        assert "[link=file:///etc/passwd]x[/link]" in screen_text(app)  # the next question


@pilot_test
async def test_choices_and_typed_diff_are_literal(build) -> None:
    app = build("markup")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "enter")  # auto: the first card has no choices, so it is typed
        await pilot.press(*"[b]no[/b]")
        await press(pilot, "enter")
        text = screen_text(app)
        assert "You typed: [b]no[/b]" in text and "Answer:    [/]" in text
        await press(pilot, "1")
        text = screen_text(app)
        for option in ("[b]yes[/b]", "[/]", "[reverse]no"):
            assert option in text


@pilot_test
async def test_browse_and_card_view_are_literal(build) -> None:
    app = build("markup")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "b")
        assert isinstance(app.screen, BrowseScreen)
        text = screen_text(app)
        assert "What does [bold] do?" in text and "[link=file:///etc/passwd]x[/link]" in text
        table = app.screen.query_one("#cards", DataTable)
        assert table.row_count == 2
        await press(pilot, "slash")
        await pilot.press(*"[bold]")
        await settle(pilot)
        assert table.row_count == 1
        await press(pilot, "enter", "enter")
        assert isinstance(app.screen, CardScreen)
        assert "A lone [/] closes [i]nothing[/i]." in screen_text(app)
