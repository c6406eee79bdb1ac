"""Rule pass 222, from rounds 400-668: the learned screen asks more of a life's, an agreement
summary's and a dated report's cards, which readers kept less often than the model expected
of cards as likely (at a chance of 0.60-0.75 a report's cards were kept in 51 % of verdicts).
Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.generate import generate_decks
from quiz.generate.documents import Document
from quiz.generate.pipeline import document_kind

REPORT = ("Vell signs accord with Dask\n\nLERNO, 9 March 2004 — Vellia and Daskia signed a "
          "trade accord on 8 March 2004 at Lerno.\n")
ARTICLE = "Vellia\n\nVellia and Daskia signed a trade accord on 8 March 2004 at Lerno.\n"
LIFE = ("Orlas Vell (1801–1870)\n\nOrlas Vell was born in Lerno on 2 May 1801. He studied law. "
        "Orlas Vell rose fast. He governed Vellia. Orlas Vell died in Tarinburg. He was buried "
        "there.\n")


def _document(name: str, text: str) -> Document:
    return Document(Path(f"{name}.txt"), text, text.split("\n", 1)[0], None)


def test_the_kinds_of_document_the_screen_asks_more_of() -> None:
    life = _document("orlas-vell", LIFE)
    assert document_kind(life, life.subject) == "life"
    article = _document("vellia", ARTICLE)
    assert document_kind(article, article.subject) == ""


def _decks_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, thresholds: dict[str, float],
                texts: dict[str, str]) -> set[str]:
    """The names of the decks generated from `texts` (name -> text) with the general screen
    off and the kinds' thresholds `thresholds`."""
    monkeypatch.setattr("quiz.generate.pipeline.UNLIKELY", 0.0)
    monkeypatch.setattr("quiz.generate.pipeline.UNLIKELY_IN", thresholds)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in texts.items():
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
    generate_decks([docs / f"{name}.txt" for name in texts], tmp_path / "out")
    return {path.stem for path in (tmp_path / "out").glob("*.yaml")}


@pytest.mark.learned
def test_a_dated_reports_cards_must_pass_its_own_threshold(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _decks_made(tmp_path, monkeypatch, {"dated report": 1.0},
                       {"report": REPORT, "article": ARTICLE})
    assert made == {"article"}  # (no card of the report is that sure)


@pytest.mark.learned
def test_without_its_threshold_the_report_has_a_deck(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(guard: the report has cards to lose)"""
    assert _decks_made(tmp_path, monkeypatch, {"life": 1.0}, {"report": REPORT}) == {"report"}
