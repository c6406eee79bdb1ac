"""Shared helper for generation tests: the questions `quiz generate` makes from one document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from quiz.generate import generate_decks


@pytest.fixture(autouse=True)
def _rules_alone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Generation tests check the rules, on sentences written to show one rule each: the
    learned screen (quiz.generate.learned), which leaves out what readers rarely kept, is
    turned off for them, except in the tests marked `learned`, which check it."""
    if request.node.get_closest_marker("learned") is None:
        monkeypatch.setattr("quiz.generate.pipeline.UNLIKELY", 0.0)
        monkeypatch.setattr("quiz.generate.pipeline.UNLIKELY_IN", {})
        monkeypatch.setattr("quiz.generate.pipeline.UNLIKELY_PERIPHERAL", 0.0)


@pytest.fixture
def questions_from(tmp_path: Path) -> Callable[[str, str], list[str]]:
    """Generate a deck from a document NAME.txt holding TEXT; return its questions."""

    def generate(name: str, text: str) -> list[str]:
        docs = tmp_path / "docs"
        docs.mkdir(exist_ok=True)
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
        generate_decks([docs / f"{name}.txt"], tmp_path / "out")
        deck = yaml.safe_load((tmp_path / "out" / f"{name}.yaml").read_text(encoding="utf-8"))
        return [card["question"] for card in deck["cards"]]

    return generate
