"""Rule pass 63, from rounds 37-71: an office given as a party or a people and a lower-case
title ("Colorado leader", "Socialist chairman", "Guaraní leader") was asked as the position a
person held, and readers rejected every one (a description: leader of what?); so were "Speaker"
and "chief of staff" alone. Every sentence here is invented. Each test fails on the code
before."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare

_BODY = ("On 3 May 1933 the Kaldoran Liberal leader, Ivo Tamm, met the Vesterian Foreign "
         "Minister, Mara Lund, in Dorn to discuss the frontier.\n\nIn May 1960 the Speaker, "
         "Pavel Vell, called the police into the Kell chamber.\n\nIn 2018 the chief of staff, "
         "Arvo Kask, announced the talks.")


def _office_cards() -> tuple[dict[str, str], dict[str, str]]:
    """Answers of the office cards kept and left out (with the reason)."""
    title = "The Dorn frontier dispute"
    prepared = prepare(Document(Path("t.txt"), f"{title}\n\n{_BODY}\n", title),
                       keep_rejected=True)
    kept = {c.answer: c.question for c in prepared.candidates if "position" in c.question}
    left = {r.candidate.answer: r.reason for r in prepared.rejected
            if "position" in r.candidate.question}
    return kept, left


def test_a_party_and_a_title_is_no_office() -> None:
    kept, left = _office_cards()
    assert "Kaldoran Liberal leader" not in kept, kept
    assert "description" in left.get("Kaldoran Liberal leader", ""), left
    assert "Vesterian Foreign Minister" in kept, kept


def test_a_bare_speaker_or_chief_of_staff_is_incomplete() -> None:
    kept, left = _office_cards()
    assert "Speaker" not in kept and "chief of staff" not in kept, kept
