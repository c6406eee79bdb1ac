"""Browse (search, sort, card history) and stats after a real study session."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import DataTable
from tui_support import SIZE, pilot_test, press, screen_text, settle

from quiz.tui.screens.browse import BrowseScreen
from quiz.tui.screens.card import CardScreen
from quiz.tui.screens.stats import StatsScreen


async def study_three(pilot: Pilot) -> None:
    """Flip mode: Easy, Again, Easy on the three fixture cards, then back home."""
    await settle(pilot)
    await press(pilot, "m", "enter", "space", "4", "space", "1", "space", "4", "escape", "enter")


def column(table: DataTable, key: str) -> list[str]:
    return [str(table.get_cell(row, key)) for row in table.rows]


@pilot_test
async def test_browse_shows_state_sorts_and_opens_history(build) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await study_three(pilot)
        await press(pilot, "b")
        assert isinstance(app.screen, BrowseScreen)
        table = app.screen.query_one("#cards", DataTable)
        assert column(table, "Question")[0].startswith("In what year")  # sorted by question
        assert column(table, "State") == ["learning", "review", "review"]
        assert column(table, "Last") == ["Again", "Easy", "Easy"]
        await press(pilot, "o")  # Question -> Answer: "1992", "Baku", "October 18, 1991"
        assert column(table, "Answer") == ["1992", "Baku", "October 18, 1991"]
        await press(pilot, "O")
        assert column(table, "Answer") == ["October 18, 1991", "Baku", "1992"]
        await press(pilot, "o", "o")  # State -> Due: the learning card (1 minute) comes first
        assert column(table, "State")[0] == "learning"
        await press(pilot, "slash")
        await pilot.press(*"baku")
        await settle(pilot)
        assert column(table, "Answer") == ["Baku"]
        await press(pilot, "enter", "enter")
        assert isinstance(app.screen, CardScreen)
        text = screen_text(app)
        assert "What is the capital of Azerbaijan?" in text
        assert "History" in text and "Easy" in text and "flip" in text
        await press(pilot, "escape", "escape")
        assert not isinstance(app.screen, BrowseScreen)


@pilot_test
async def test_stats_draw_heatmap_forecast_and_states(build) -> None:
    app = build("good")
    async with app.run_test(size=(100, 60)) as pilot:
        await study_three(pilot)
        await press(pilot, "t")
        assert isinstance(app.screen, StatsScreen)
        text = screen_text(app)
        assert "Stats for ana · Treaties and dates" in text
        assert "(last 26 weeks; 3 in all)" in text
        assert "■" in text and "less" in text and "more" in text
        assert "Due in the next 30 days (3 reviews; 1 today)" in text
        assert "True retention, 30 days" in text and "no reviews yet" in text
        assert "All answers right, 30 days" in text and "67%" in text and "(2 of 3)" in text
        assert "review     ████████████████████████████████████████ 2" in text
        assert "learning   ████████████████████ 1" in text
        assert "None: no card has lapsed 8 times." in text


@pilot_test
async def test_a_failing_read_is_a_notification_not_a_crash(build, monkeypatch) -> None:
    from quiz.errors import StoreError
    from quiz.tui.workspace import Workspace

    def broken(self, decks):
        raise StoreError("cannot use the progress database: disk I/O error")

    monkeypatch.setattr(Workspace, "stats", broken)
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "t")
        assert isinstance(app.screen, StatsScreen)
        assert [n.message for n in app._notifications] == [
            "cannot use the progress database: disk I/O error"]
        await press(pilot, "escape")
        assert "cards to study today" in screen_text(app)


@pilot_test
async def test_browse_suspends_and_unsuspends_a_card(build, db_file) -> None:
    from sqlite_utils import Database

    def suspended() -> dict[str, int]:
        return {r["card_id"]: r["suspended"] for r in Database(db_file).query(
            "SELECT c.card_id, s.suspended FROM card_state s JOIN cards c ON c.pk = s.card_pk")}

    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "b", "down")  # sorted by question: the second row is "On what date..."
        table = app.screen.query_one("#cards", DataTable)
        await press(pilot, "exclamation_mark")
        assert suspended() == {"independence": 1}
        assert column(table, "State")[1] == "suspended"
        assert table.cursor_row == 1  # still on the same card
        await press(pilot, "exclamation_mark")
        assert suspended() == {"independence": 0}
        await press(pilot, "escape")
        assert "3 cards to study today" in screen_text(app)


@pilot_test
async def test_stats_list_leeches(build, db_file) -> None:
    from datetime import timedelta

    from tui_support import NOW

    from quiz.core.enums import State
    from quiz.store.records import CardState

    app = build("markup")
    async with app.run_test(size=(100, 60)) as pilot:
        await settle(pilot)
        ws = app.workspace
        pk = ws.store.card_pk("markup", "bold")
        ws.store.put_state(ws.student.id, CardState(
            pk, state=State.REVIEW, stability=1.0, difficulty=9.0, due=NOW + timedelta(days=1),
            last_review=NOW, reps=20, lapses=9, leech=True))
        await press(pilot, "t")
        text = screen_text(app)
        assert "Leeches (cards forgotten 8 times or more)" in text
        assert "What does [bold] do?" in text and "[/]" in text
        lines = [line for line in text.splitlines() if "What does [bold] do?" in line]
        assert lines and lines[0].split()[-2:] == ["9", "no"]
