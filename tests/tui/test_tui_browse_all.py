"""Browse over every deck (B at home, a in browse): each row names its deck, and suspend, bury,
history and edit act on that deck's card, even when two decks use the same card id."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlite_utils import Database
from test_tui_edit_card import fake_editor
from textual.widgets import DataTable
from tui_support import DECKS, pilot_test, press, screen_text, settle

from quiz.tui.screens.browse import BrowseScreen
from quiz.tui.screens.card import CardScreen

VISITS = """\
title: Visits, embassies and every agreement signed since independence
id: visits
cards:
  - id: independence
    question: When did the United States open its embassy in Baku?
    answer: March 1992
  - id: opened
    question: Who opened the Azerbaijani embassy in Washington?
    answer: Hafiz Pashayev
"""
OPENED_LINE = 7  # the line of the card "opened" in VISITS


@pytest.fixture
def two_decks(tmp_path: Path) -> Path:
    """The fixture deck "Treaties and dates" and a second deck whose first card has the same
    id ("independence") as the fixture's first card."""
    folder = tmp_path / "decks"
    shutil.copytree(DECKS / "good", folder)
    (folder / "visits.yaml").write_text(VISITS, encoding="utf-8")
    return folder


def column(table: DataTable, key: str) -> list[str]:
    return [str(table.get_cell(row, key)) for row in table.rows]


def suspended(db_file: Path) -> dict[tuple[str, str], int]:
    return {(r["deck_id"], r["card_id"]): r["suspended"] for r in Database(db_file).query(
        "SELECT c.deck_id, c.card_id, s.suspended FROM card_state s"
        " JOIN cards c ON c.pk = s.card_pk")}


async def browse_all(pilot, app) -> DataTable:
    await settle(pilot)
    await press(pilot, "B")
    assert isinstance(app.screen, BrowseScreen)
    return app.screen.query_one("#cards", DataTable)


@pilot_test
async def test_all_decks_list_the_cards_of_both_decks_with_their_deck(
        build, two_decks: Path) -> None:
    app = build(two_decks)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await browse_all(pilot, app)
        # sorted by deck title, each deck's cards in deck order
        assert column(table, "Deck") == ["Treaties…"] * 3 + ["Visits, e…"] * 2  # 10 cells
        assert column(table, "Question")[3] == "When did the Unit…"  # 18 cells at 80 columns
        text = screen_text(app)
        assert "Browse · all decks" in text
        header = next(line for line in text.splitlines() if "Question" in line)
        for label in ("Deck", "Answer", "State", "Due", "Lapses", "Last"):
            assert label in header
        await press(pilot, "end", "enter")  # the card screen of the second deck's card
        assert isinstance(app.screen, CardScreen)
        assert app.screen.deck.id == "visits" and app.screen.card.id == "opened"
        assert "Hafiz Pashayev" in screen_text(app)


@pilot_test
async def test_suspend_and_bury_act_on_the_second_decks_card(
        build, two_decks: Path, db_file: Path) -> None:
    app = build(two_decks)
    async with app.run_test(size=(100, 34)) as pilot:
        table = await browse_all(pilot, app)
        await press(pilot, "down", "down", "down")  # the second deck's "independence"
        await press(pilot, "exclamation_mark")
        assert suspended(db_file) == {("visits", "independence"): 1}
        assert column(table, "State") == ["new"] * 3 + ["suspended", "new"]
        assert table.cursor_row == 3  # still on the same card
        await press(pilot, "down", "minus")  # bury "opened" until the next study day
        assert column(table, "State") == ["new"] * 3 + ["suspended", "buried"]
        await press(pilot, "escape")
        assert "3 cards to study today" in screen_text(app)  # the fixture's three, untouched


@pilot_test
async def test_a_switches_between_all_decks_and_the_deck_under_the_cursor(
        build, two_decks: Path) -> None:
    app = build(two_decks)
    async with app.run_test(size=(100, 34)) as pilot:
        table = await browse_all(pilot, app)
        assert table.row_count == 5
        await press(pilot, "a")
        assert [str(key.value) for key in table.columns] == [
            "Question", "Answer", "State", "Due", "Lapses", "Last"]
        assert table.row_count == 3  # the fixture deck, under home's cursor
        assert "Browse · Treaties and dates" in screen_text(app)
        await press(pilot, "a")
        assert table.row_count == 5 and "Deck" in [str(k.value) for k in table.columns]
        await press(pilot, "escape", "b")  # b still browses one deck
        assert app.screen.query_one("#cards", DataTable).row_count == 3


@pilot_test
async def test_edit_from_all_decks_opens_the_rows_own_deck_file(
        build, two_decks: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(fake_editor(
        tmp_path, 'sed -i "$((line + 1))s/Who opened/Who first opened/" "$file"')))
    app = build(two_decks)
    async with app.run_test(size=(100, 34)) as pilot:
        table = await browse_all(pilot, app)
        await press(pilot, "end", "e")
        assert (tmp_path / "editor.log").read_text().split() == [
            f"+{OPENED_LINE}", str(two_decks / "visits.yaml")]
        assert column(table, "Question")[4].startswith("Who first opened")
        assert column(table, "Deck")[4].startswith("Visits")
        assert "Who opened" not in (two_decks / "treaties.yaml").read_text(encoding="utf-8")
