"""Cloze and reverse cards studied in the app like any card: typed, and multiple choice when
the deck gives a cloze wrong options (typed when it does not)."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database
from test_tui_study import open_study
from tui_support import SIZE, pilot_test, press, screen_text

from quiz.tui.screens.summary import SummaryScreen

ANSWERS = {  # the question shown -> what the student types
    "The ____ was signed in 1921.": "Treaty of Kars",
    "The Treaty of Kars was signed in [year].": "1921",
    "What is the capital of Armenia?": "Yerevan",
    "Yerevan": "What is the capital of Armenia",  # the reverse card
    "The capital of Azerbaijan is ____.": "Baku",
}


def reviews(db_file: Path) -> dict[str, tuple[str, str, int]]:
    return {row["card_id"]: (row["mode"], row["response"], row["correct"])
            for row in Database(db_file).query(
                "SELECT c.card_id, r.mode, r.response, r.correct FROM review_log r "
                "JOIN cards c ON c.pk = r.card_pk")}


@pilot_test
async def test_a_cloze_deck_is_studied_typed(build, db_file: Path) -> None:
    app = build("cloze")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=2)
        assert "5 left" in screen_text(app) and "Kars, in cloze and reverse cards" in \
            screen_text(app)
        for _ in range(3):  # a card's siblings (the other cloze, the reverse) wait a day
            text = screen_text(app)
            question = next(q for q in sorted(ANSWERS, key=len, reverse=True) if q in text)
            await pilot.press(*ANSWERS[question])
            await press(pilot, "enter")
            assert "✓ Right" in screen_text(app), question
            await press(pilot, "enter")
        assert isinstance(app.screen, SummaryScreen), screen_text(app)
    assert reviews(db_file) == {
        "kars-c1": ("typed", "Treaty of Kars", 1),
        "armenia": ("typed", "Yerevan", 1),
        "baku-c1": ("typed", "Baku", 1),
    }


@pilot_test
async def test_choice_mode_offers_a_clozes_own_options_only(build, db_file: Path) -> None:
    app = build("cloze")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=3)
        screen = app.screen
        assert "The ____ was signed in 1921." in screen_text(app)
        assert screen.kind == "typed"  # no wrong options in the deck: typed
        for _ in range(2):  # a Kars card and an Armenia card (their siblings wait a day)
            text = screen_text(app)
            question = next(q for q in sorted(ANSWERS, key=len, reverse=True) if q in text)
            await pilot.press(*ANSWERS[question])
            await press(pilot, "enter", "enter")
        assert "The capital of Azerbaijan is ____." in screen_text(app)
        assert screen.kind == "choice"
        assert sorted(screen.options) == ["Baku", "Ganja", "Shaki", "Sumqayit"]
        await press(pilot, str(screen.options.index("Baku") + 1))
        assert "✓ Right" in screen_text(app)
        await press(pilot, "enter")
    assert reviews(db_file)["baku-c1"] == ("choice", "Baku", 1)
