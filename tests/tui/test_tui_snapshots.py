"""SVG snapshots of the main screens (pytest-textual-snapshot), on the fixture deck.

Fixed terminal size, fixed clock and zone, a tmp database, and the decks folder given as a
relative path so the picture does not depend on where the repository lives.
Update after a deliberate change with `pytest tests/tui --snapshot-update`, then look at them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_support import DECKS, NOW, settle

from quiz.tui import QuizApp, make_app

SNAP_SIZE = (100, 34)


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QuizApp:
    monkeypatch.chdir(DECKS)
    return make_app(Path("good"), tmp_path / "progress.db", "ana", now=lambda: NOW,
                    fuzz=False, tz="UTC")


async def keys(pilot: Pilot, *pressed: str) -> None:
    await settle(pilot)
    for key in pressed:
        await pilot.press(key)
        await settle(pilot)


def test_home(snap_compare, app: QuizApp) -> None:
    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=lambda p: keys(p))


def test_question(snap_compare, app: QuizApp) -> None:
    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=lambda p: keys(p, "m", "enter"))


def test_answer_with_source(snap_compare, app: QuizApp) -> None:
    assert snap_compare(app, terminal_size=SNAP_SIZE,
                        run_before=lambda p: keys(p, "m", "enter", "space"))


def test_typed_answer_with_diff(snap_compare, app: QuizApp) -> None:
    typed = ("m", "m", "enter", *"October 19 1991", "enter")
    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=lambda p: keys(p, *typed))


def test_summary(snap_compare, app: QuizApp) -> None:
    study = ("m", "enter", "space", "4", "space", "1", "space", "2", "escape")
    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=lambda p: keys(p, *study))


def test_stats(snap_compare, app: QuizApp) -> None:
    study = ("m", "enter", "space", "4", "space", "1", "space", "4", "escape", "enter", "t")
    assert snap_compare(app, terminal_size=(100, 52), run_before=lambda p: keys(p, *study))


SMALL = (80, 24)


def test_home_80x24(snap_compare, app: QuizApp) -> None:
    assert snap_compare(app, terminal_size=SMALL, run_before=lambda p: keys(p))


def test_study_80x24(snap_compare, app: QuizApp) -> None:
    assert snap_compare(app, terminal_size=SMALL,
                        run_before=lambda p: keys(p, "m", "enter", "space"))


def test_browse_80x24(snap_compare, app: QuizApp) -> None:
    study = ("m", "enter", "space", "4", "space", "1", "escape", "enter", "b")
    assert snap_compare(app, terminal_size=SMALL, run_before=lambda p: keys(p, *study))


def test_stats_80x24(snap_compare, app: QuizApp) -> None:
    study = ("m", "enter", "space", "4", "space", "1", "space", "4", "escape", "enter", "t")
    assert snap_compare(app, terminal_size=SMALL, run_before=lambda p: keys(p, *study))


def test_custom_study_dialog_80x24(snap_compare, app: QuizApp) -> None:
    assert snap_compare(app, terminal_size=SMALL, run_before=lambda p: keys(p, "C"))


def test_browse_all_decks_80x24(snap_compare, tmp_path: Path) -> None:
    """Two decks, one with a long title: the deck column shrinks, every other column stays."""
    from test_tui_browse_all import VISITS

    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "treaties.yaml").write_bytes((DECKS / "good" / "treaties.yaml").read_bytes())
    (folder / "visits.yaml").write_text(VISITS, encoding="utf-8")
    app = make_app(folder, tmp_path / "progress.db", "ana", now=lambda: NOW, fuzz=False,
                   tz="UTC")
    study = ("m", "enter", "space", "4", "space", "1", "escape", "enter", "B")
    assert snap_compare(app, terminal_size=SMALL, run_before=lambda p: keys(p, *study))
