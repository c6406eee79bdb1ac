"""Shared test set-up: no test ever reads or writes the user's real data or cache folder or
database."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZ_DATA_DIR", str(tmp_path / "quiz-data"))
    monkeypatch.setenv("QUIZ_CACHE_DIR", str(tmp_path / "quiz-cache"))
    monkeypatch.delenv("QUIZ_DB", raising=False)
    monkeypatch.setenv("QUIZ_STUDENT", "test-student")
