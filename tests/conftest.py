"""Shared test set-up: no test ever reads or writes the user's real data or cache folder or
database, and no property test fails on time alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Hypothesis fails an example that takes over 200 ms by default; on a busy shared machine a
# first call (imports, caches) can, and the test then fails as "flaky" though nothing is wrong.
# Speed is measured by benchmarks/, never by a test.
settings.register_profile("quiz", deadline=None)
settings.load_profile("quiz")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZ_DATA_DIR", str(tmp_path / "quiz-data"))
    monkeypatch.setenv("QUIZ_CACHE_DIR", str(tmp_path / "quiz-cache"))
    monkeypatch.delenv("QUIZ_DB", raising=False)
    monkeypatch.setenv("QUIZ_STUDENT", "test-student")
