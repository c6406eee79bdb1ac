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


@pytest.mark.learned
def test_a_dated_reports_cards_must_pass_its_own_threshold(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("quiz.generate.pipeline.UNLIKELY", 0.0)
    monkeypatch.setattr("quiz.generate.pipeline.UNLIKELY_IN", {"dated report": 1.0})
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "report.txt").write_text(REPORT, encoding="utf-8")
    (docs / "article.txt").write_text(ARTICLE, encoding="utf-8")
    generate_decks([docs / "report.txt", docs / "article.txt"], tmp_path / "out")
    assert not (tmp_path / "out" / "report.yaml").exists()  # (no card that sure)
    assert (tmp_path / "out" / "article.yaml").exists()


@pytest.mark.learned
def test_without_its_threshold_the_report_has_a_deck(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(guard: the report has cards to lose)"""
    monkeypatch.setattr("quiz.generate.pipeline.UNLIKELY", 0.0)
    monkeypatch.setattr("quiz.generate.pipeline.UNLIKELY_IN", {"life": 1.0})
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "report.txt").write_text(REPORT, encoding="utf-8")
    generate_decks([docs / "report.txt"], tmp_path / "out")
    assert (tmp_path / "out" / "report.yaml").exists()
