"""The custom study dialog from home: a tag, missed cards, rescheduling or not."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database
from textual.widgets import Select
from tui_support import NOW, SIZE, pilot_test, press, screen_text, settle

from quiz.tui import QuizApp, make_app
from quiz.tui.screens.custom import CustomStudyDialog
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.study import StudyScreen

DECK = """\
title: Wars and treaties
cards:
  - {id: a, question: When did the war start?, answer: "1914", tags: [war]}
  - {id: b, question: Who signed the treaty?, answer: Wilson, tags: [treaty, war]}
  - {id: c, question: Where was it signed?, answer: Versailles}
  - {id: d, question: Which treaty ended it?, answer: Versailles, tags: [treaty]}
"""


@pytest.fixture
def app(tmp_path: Path, db_file: Path) -> QuizApp:
    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "wars.yaml").write_text(DECK, encoding="utf-8")
    return make_app(decks, db_file, "ana", now=lambda: NOW, fuzz=False, tz="UTC")


def log(db_file: Path) -> list[tuple]:
    return list(Database(db_file).execute(
        "SELECT c.card_id, r.rating, r.cram FROM review_log r JOIN cards c ON c.pk = r.card_pk"
        " ORDER BY r.id"))


@pilot_test
async def test_cards_with_a_tag_as_practice(app: QuizApp, db_file: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "m", "C")  # flip mode, then the dialog
        assert isinstance(app.screen, CustomStudyDialog)
        text = screen_text(app)
        assert "Cards missed today" in text and "hardest (most lapses, then difficulty)" in text
        await press(pilot, "2")
        assert app.screen.query_one(Select).value == "treaty"  # the first tag, ready
        await press(pilot, "enter")
        assert isinstance(app.screen, StudyScreen)
        text = screen_text(app)
        assert "Who signed the treaty?" in text and "2 left" in text and "CRAM" in text
        await press(pilot, "space", "3", "space", "1", "space", "3")  # d again, then d
        assert not isinstance(app.screen, StudyScreen)  # the summary
    assert log(db_file) == [("b", 3, 1), ("d", 1, 1), ("d", 3, 1)]
    assert Database(db_file).execute("SELECT count(*) FROM card_state").fetchone() == (0,)


@pilot_test
async def test_another_tag_rescheduled_counts_as_reviews(app: QuizApp, db_file: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "m", "C", "2", "tab", "space")  # open the tag list
        await press(pilot, "down", "enter")  # war
        assert app.screen.query_one(Select).value == "war"
        await press(pilot, "r", "enter")
        text = screen_text(app)
        assert "When did the war start?" in text and "CRAM" not in text
        await press(pilot, "space", "3", "space", "3")
    assert log(db_file) == [("a", 3, 0), ("b", 3, 0)]
    assert Database(db_file).execute("SELECT count(*) FROM card_state").fetchone() == (2,)


@pilot_test
async def test_nothing_missed_today_says_so_and_stays_home(app: QuizApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "C", "enter")
        assert isinstance(app.screen, HomeScreen)
        assert "No card was rated Again today in this deck." in [
            n.message for n in app._notifications]
        await press(pilot, "C", "escape")
        assert isinstance(app.screen, HomeScreen)
