"""Rule pass 68, from rounds 76-77 (heldout72-73): a date question kept phrases joined by "and"
with dates of their own in its middle ("take possession of St Thomas and of St John in 1718,
and buy St Croix ... in 1733"); "and the Stars and Stripes raised" was cut at its second "and"
("hauled down here and the Stars?"); an office was asked of "Mohammed Al-Aiban", the end of
"Musaed bin Mohammed Al-Aiban". Every sentence here is invented. Each test fails on the code
before."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.documents import read_document
from quiz.generate.pipeline import prepare
from quiz.generate.trim import without_dated_conjunct


def test_a_conjunct_with_its_own_date_and_what_follows_it_are_cut() -> None:
    assert without_dated_conjunct(
        "In what year did Kaldora take possession of Dorn and of Vell in 1718, and buy Kell from "
        "Vesteria in 1733?") == "In what year did Kaldora take possession of Dorn?"


def test_a_clause_break_is_not_inside_a_name_joined_by_and(tmp_path: Path) -> None:
    source = tmp_path / "transfer-news.txt"
    source.write_text("The transfer of the islands\n\nVELL, Dorn, 31 March 1917 — The "
                      "red-and-white flag of Kaldora was hauled down at Vell late this afternoon "
                      "and the Stars and Stripes raised in its place.\n", encoding="utf-8")
    prepared = prepare(read_document(source))
    asked = [c.question for c in prepared.candidates if c.answer == "31 March 1917"]
    assert asked and not any(q.endswith("the Stars?") for q in asked), asked


def test_an_office_is_not_asked_of_a_name_cut_after_bin(tmp_path: Path) -> None:
    source = tmp_path / "relations-news.txt"
    source.write_text("Kaldora and Vesteria restore relations\n\nDORN, 10 March 2023 — The "
                      "agreement was announced at a ceremony where the two chief negotiators, "
                      "Ali Tamm, Secretary of Kaldora's Supreme Council, and Musaed bin Mohammed "
                      "Al-Aiban, Vesteria's Minister of State and National Security Adviser, "
                      "read the statement.\n", encoding="utf-8")
    prepared = prepare(read_document(source), keep_rejected=True)
    asked = [c.question for c in prepared.candidates]
    assert not any("Mohammed Al-Aiban hold" in q for q in asked), asked
    reasons = [r.reason for r in prepared.rejected if "Al-Aiban hold" in r.candidate.question]
    assert reasons and all("name began before" in reason for reason in reasons), reasons
