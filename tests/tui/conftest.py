"""TUI test set-up: the app as `quiz` builds it, on fixture decks, a tmp database, a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tui_support import DECKS, NOW

from quiz.tui import QuizApp, make_app


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "progress.db"


@pytest.fixture
def build(db_file: Path) -> Callable[..., QuizApp]:
    """make_app on a fixture folder (good, mixed, markup, ...) with a fixed clock and zone."""

    def factory(folder: str | Path = "good", student: str = "ana") -> QuizApp:
        decks = folder if isinstance(folder, Path) else DECKS / folder
        return make_app(decks, db_file, student, now=lambda: NOW, fuzz=False, tz="UTC")

    return factory
