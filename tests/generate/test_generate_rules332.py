"""Rule pass 332, measured on rounds 393-1340: the learned screen asks more of a card whose
every name its document gives at most twice (quiz.generate.centrality): under a chance of 0.8
it is left out. On rounds 869-1340, none trained on, such cards were kept in 59 % of verdicts
against 77 % for all (a mine's "Hans Philip Lybecker", a timeline's "Fresia").

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.generate import generate_decks


@given(st.lists(st.sampled_from(["Vell", "Kask", "Dorn", "Tamm"]), min_size=1, max_size=6),
       st.sampled_from(["Vell", "Kask", "Dorn", "Tamm"]))
def test_centrality_is_how_often_the_document_names_the_questions_best_known_name(
        mentions: list[str], asked: str) -> None:
    from quiz.generate.centrality import centrality, name_counts
    counts = name_counts(" ".join(f"{name} came." for name in mentions))
    assert centrality(f"In what year did {asked} leave?", counts) == Counter(mentions)[asked]


def test_centrality_leaves_out_the_label_and_the_months() -> None:
    from quiz.generate.centrality import centrality, name_counts
    counts = name_counts("Vell Vell Vell. In May Kask fell.")
    assert centrality("Vell: In what month did Kask fall?", counts) == 1
    assert centrality("On what date in May did it rain?", counts) == 0


_TEXT = ("Port Allard\n\nPort Allard is a harbour of Velmar, built by Ivo Tamm. Ivo Tamm ran it "
         "for forty years, and Port Allard grew under him. {aside} In 1902 Ivo Tamm opened the "
         "north quay of Port Allard.\n")


def _questions(tmp_path: Path, aside: str) -> list[str]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "port-allard-encyclopedia.txt").write_text(_TEXT.format(aside=aside),
                                                       encoding="utf-8")
    generate_decks([docs / "port-allard-encyclopedia.txt"], tmp_path / "out")
    out = tmp_path / "out" / "port-allard-encyclopedia.yaml"
    return out.read_text(encoding="utf-8").splitlines() if out.exists() else []


@pytest.mark.learned
def test_a_card_on_a_name_the_document_gives_once_must_be_likelier(tmp_path: Path) -> None:
    lines = _questions(tmp_path, "On 3 May 1871 the clerk Otto Brede sent the council a note on pilot fees.")
    assert not any("Brede" in line for line in lines)


@pytest.mark.learned
def test_a_guard_without_the_peripheral_bar_the_card_is_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("quiz.generate.pipeline.UNLIKELY_PERIPHERAL", 0.0)
    lines = _questions(tmp_path, "On 3 May 1871 the clerk Otto Brede sent the council a note on pilot fees.")
    assert any("Brede" in line for line in lines)
