"""Studying end to end in each mode, then checking what the progress database holds."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database
from textual.pilot import Pilot
from tui_support import SIZE, pilot_test, press, screen_text, settle

from quiz.tui.screens.help import HelpScreen
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.study import StudyScreen
from quiz.tui.screens.summary import SummaryScreen

FIRST = "On what date did Azerbaijan declare independence?"
SECOND = "In what year did Azerbaijan join the United Nations?"
THIRD = "What is the capital of Azerbaijan?"


def log_rows(db_file: Path) -> list[dict]:
    db = Database(db_file)
    return list(db.query(
        "SELECT c.card_id, r.rating, r.mode, r.response, r.correct, r.cram, r.suggested"
        " FROM review_log r JOIN cards c ON c.pk = r.card_pk ORDER BY r.id"))


def states(db_file: Path) -> dict[str, dict]:
    db = Database(db_file)
    return {row["card_id"]: row for row in db.query(
        "SELECT c.card_id, s.* FROM card_state s JOIN cards c ON c.pk = s.card_pk")}


async def open_study(pilot: Pilot, modes: int = 0, key: str = "enter") -> None:
    """From home: press m `modes` times (auto, flip, typed, choice), then start studying."""
    await settle(pilot)
    await press(pilot, *["m"] * modes, key)
    assert isinstance(pilot.app.screen, StudyScreen)


@pilot_test
async def test_flip_mode_end_to_end(build, db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=1)
        text = screen_text(app)
        assert FIRST in text and "3 left" in text
        assert "October 18, 1991" not in text  # not revealed yet
        await press(pilot, "space")
        text = screen_text(app)
        assert "Answer: October 18, 1991" in text
        assert "Source: seeds/001.txt:25" in text
        assert "the Azerbaijani parliament adopted a declaration" in text
        assert "4 Easy" in text and "3 Good · 10m" in text  # intervals from the engine
        await press(pilot, "4")
        assert SECOND in screen_text(app)
        await press(pilot, "space", "4", "space", "4")
        assert isinstance(app.screen, SummaryScreen)
        text = screen_text(app)
        assert "Cards reviewed  3" in text and "3 of 3 (100%)" in text
        assert "Next cards due in" in text
    rows = log_rows(db_file)
    assert [(r["card_id"], r["rating"], r["mode"], r["cram"]) for r in rows] == [
        ("independence", 4, "flip", 0), ("un", 4, "flip", 0), ("capital", 4, "flip", 0)]
    assert {card: s["state"] for card, s in states(db_file).items()} == {
        "independence": 2, "un": 2, "capital": 2}


@pilot_test
async def test_typed_mode_checks_answers_and_keeps_overrides(build, db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=2)
        await pilot.press(*"18 October 1991")
        await press(pilot, "enter")
        text = screen_text(app)
        assert "✓ Right" in text and "4 Easy · 8d ⏎" in text
        await press(pilot, "enter")  # accept the suggested rating
        assert SECOND in screen_text(app)
        await pilot.press(*"1993")
        await press(pilot, "enter")
        text = screen_text(app)
        assert "Not quite" in text and "You typed: 1993" in text
        assert "1 Again · 1m ⏎" in text  # wrong -> Again suggested
        await press(pilot, "3")  # the student overrides
        await pilot.press(*"baku")
        await press(pilot, "enter", "enter")
    rows = log_rows(db_file)[:3]
    first, second, third = rows
    assert (first["card_id"], first["mode"], first["response"], first["correct"]) == (
        "independence", "typed", "18 October 1991", 1)
    assert first["rating"] == first["suggested"] == 4  # right and instant (fixed clock): Easy
    assert (second["response"], second["correct"], second["rating"], second["suggested"]) == (
        "1993", 0, 3, 1)
    assert (third["card_id"], third["response"], third["correct"]) == ("capital", "baku", 1)


@pilot_test
async def test_choice_mode_picks_by_number(build, db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=3)
        screen = app.screen
        assert sorted(screen.options) == sorted(
            ["October 18, 1991", "December 25, 1991", "March 6, 1992", "August 30, 1991"])
        wrong = next(i for i, o in enumerate(screen.options, 1) if o == "March 6, 1992")
        await press(pilot, str(wrong))
        text = screen_text(app)
        assert "✗ Wrong" in text and "✓" in text
        await press(pilot, "enter")
        # the next card has no choices: choice mode falls back to typing it
        assert SECOND in screen_text(app) and screen.kind == "typed"
    row = log_rows(db_file)[0]
    assert (row["mode"], row["response"], row["correct"], row["rating"], row["suggested"]) == (
        "choice", "March 6, 1992", 0, 1, 1)


@pilot_test
async def test_choice_can_be_clicked(build, db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=3)
        screen = app.screen
        right = screen.options.index("October 18, 1991")
        await pilot.click(list(screen.query(".option"))[right])
        await settle(pilot)
        assert "✓ Right" in screen_text(app)
        await press(pilot, "enter")
    row = log_rows(db_file)[0]
    assert (row["response"], row["correct"]) == ("October 18, 1991", 1)


@pilot_test
async def test_undo_takes_the_answer_back(build, db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=1)
        await press(pilot, "space", "4")
        assert len(log_rows(db_file)) == 1
        await press(pilot, "u")
        assert FIRST in screen_text(app)
        assert log_rows(db_file) == []
        assert all(s["state"] == 0 for s in states(db_file).values())
        await press(pilot, "space", "2")
    assert [(r["card_id"], r["rating"]) for r in log_rows(db_file)] == [("independence", 2)]


@pilot_test
async def test_suspend_and_bury(build, db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=1)
        await press(pilot, "!")
        assert SECOND in screen_text(app)
        await press(pilot, "-")
        assert THIRD in screen_text(app)
        assert "1 left" in screen_text(app)
    saved = states(db_file)
    assert saved["independence"]["suspended"] == 1
    assert saved["un"]["buried_until"] is not None and saved["un"]["suspended"] == 0
    assert log_rows(db_file) == []


@pilot_test
async def test_cram_practises_without_rescheduling(build, db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "m", "c")
        assert "CRAM" in screen_text(app)
        await press(pilot, "space")
        text = screen_text(app)
        assert "1 Again" in text and "· 1m" not in text  # no intervals: nothing rescheduled
        await press(pilot, "4", "space", "1", "space", "4", "space", "3")
        assert isinstance(app.screen, SummaryScreen)
        assert "practice only" in screen_text(app)
    rows = log_rows(db_file)
    assert [(r["card_id"], r["rating"], r["cram"]) for r in rows] == [
        ("independence", 4, 1), ("un", 1, 1), ("capital", 4, 1), ("un", 3, 1)]
    assert all(s["state"] == 0 for s in states(db_file).values())


@pilot_test
async def test_help_lists_every_study_key(build) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=1)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for words in ("Show answer", "Again / option 1", "Easy / option 4", "Undo",
                      "Suspend card", "Bury until tomorrow", "Source on/off", "End session",
                      "ctrl+p"):
            assert words in text
        await press(pilot, "escape")
        assert isinstance(app.screen, StudyScreen)


@pilot_test
async def test_palette_offers_the_same_actions(build, db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=1)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Suspend card", "Bury until tomorrow", "End session"} <= titles
        await press(pilot, "ctrl+p")
        await pilot.press(*"suspend card")
        await pilot.pause(0.3)
        await press(pilot, "enter")
        assert SECOND in screen_text(app)
    assert states(db_file)["independence"]["suspended"] == 1


@pilot_test
async def test_escape_ends_session_and_home_shows_new_counts(build, db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=1)
        await press(pilot, "space", "4", "escape")
        assert isinstance(app.screen, SummaryScreen)
        assert "Cards reviewed  1" in screen_text(app)
        await press(pilot, "enter")
        assert isinstance(app.screen, HomeScreen)
        assert "2 cards to study today" in screen_text(app)


@pilot_test
async def test_a_failed_save_keeps_the_card_and_can_be_retried(
    build, db_file: Path, monkeypatch
) -> None:
    from quiz.errors import StoreError
    from quiz.scheduling.session import StudySession

    real_answer = StudySession.answer
    calls = []

    def flaky(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise StoreError("database is locked")
        return real_answer(self, *args, **kwargs)

    monkeypatch.setattr(StudySession, "answer", flaky)
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=1)
        await press(pilot, "space", "3")
        assert FIRST in screen_text(app)
        assert [n.message for n in app._notifications] == [
            "Not saved (database is locked). Rate the card again to retry."]
        assert log_rows(db_file) == []
        await press(pilot, "3")
        assert SECOND in screen_text(app)
    assert [(r["card_id"], r["rating"]) for r in log_rows(db_file)] == [("independence", 3)]


@pilot_test
async def test_an_unusable_database_is_reported_on_home(build, tmp_path: Path) -> None:
    from tui_support import DECKS

    from quiz.tui import make_app

    bad = tmp_path / "not-a-db"
    bad.write_text("this is not sqlite " * 100, encoding="utf-8")
    app = make_app(DECKS / "good", bad, "ana")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert "cannot use the progress database" in screen_text(app)


@pilot_test
async def test_nothing_due_goes_back_home_with_a_hint(build, db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=1)
        await press(pilot, "space", "4", "space", "4", "space", "4")  # all three: review in days
        assert isinstance(app.screen, SummaryScreen)
        await press(pilot, "enter")
        assert "0 cards to study today" in screen_text(app)
        await press(pilot, "enter")
        assert isinstance(app.screen, HomeScreen)
        assert any("c crams a deck" in n.message and "The next card is due in 8d" in n.message
                   for n in app._notifications)
        await press(pilot, "c")
        assert isinstance(app.screen, StudyScreen) and "CRAM" in screen_text(app)


@pilot_test
async def test_time_spent_is_read_from_the_app_clock(db_file: Path) -> None:
    """The summary's time spent runs on the injected clock, like everything else shown."""
    from datetime import timedelta

    from tui_support import DECKS, NOW

    from quiz.tui import make_app

    clock = [NOW]
    app = make_app(DECKS / "good", db_file, "ana", now=lambda: clock[0], fuzz=False, tz="UTC")
    async with app.run_test(size=SIZE) as pilot:
        await open_study(pilot, modes=1)
        clock[0] += timedelta(minutes=4, seconds=30)
        await press(pilot, "space", "4")
        clock[0] += timedelta(minutes=1)
        await press(pilot, "escape")
        assert isinstance(app.screen, SummaryScreen)
        assert "Time spent      5 min" in screen_text(app)
