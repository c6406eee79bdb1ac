"""The decks committed in decks/ are what `quiz generate` makes from seeds/, and they load."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quiz.deck.loader import load_deck
from quiz.generate import generate_decks

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.mark.learned  # (the committed decks are generated as `quiz generate` does, screen on)
@pytest.mark.skipif(not SEEDS, reason="no seeds/ folder")
def test_committed_decks_are_up_to_date_and_pass_the_loader(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    monkeypatch.chdir(ROOT)  # source.file is the path as given: seeds/NAME.txt
    report = generate_decks([Path("seeds")], tmp_path)
    assert not report.had_bad_input
    for result in report.results:
        if result.path is None:  # no card kept: no deck committed either (none left stale)
            assert not (ROOT / "decks" / f"{Path(result.source).stem}.yaml").exists()
            continue
        committed = ROOT / "decks" / result.path.name
        assert committed.read_bytes() == result.path.read_bytes(), (
            f"{committed} is stale: run `quiz generate`")
        deck = load_deck(committed)
        assert all(card.source and card.source.file.startswith("seeds/") for card in deck.cards)


def test_generation_never_imports_textual_or_click() -> None:
    code = ("import sys, quiz.generate, quiz.generate.pipeline; "
            "print(','.join(m for m in ('textual', 'click') if m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True)
    assert out.stdout.strip() == ""
