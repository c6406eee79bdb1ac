"""Rule pass 40, from the faults readers found in round 52 (heldout51, judged before any of these
rules was written): "the treaty signed by Rio Branco and Velarde" (another treaty, of 1909)
written as the summary's own "Treaty of Petrópolis" and headed with its name; "did Mara win
again?" with nothing won; the wh-phrase put inside a list ("Efforts, ..., in what year did a
technical committee set up, were limited"). Every sentence here is invented. Each test fails on
the code before."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _run

from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare

_SUMMARY = """The Treaty of Harrow (1903): a summary

The Treaty of Harrow was signed on 17 November 1903 by Ivo Tamm and Karl Benn. The Treaty of Harrow gave Kell to Ostria. Vell's claim was settled by the treaty signed by Ivo Tamm and the Vellish envoy Ana Ros on 8 September 1909, which fixed the boundary between Kell and Vell.
"""


def test_a_treaty_identified_by_its_signatories_is_not_the_documents() -> None:
    doc = Document(Path("harrow.txt"), _SUMMARY, "The Treaty of Harrow (1903): a summary", None)
    questions = [c.question for c in prepare(doc).candidates]
    asked = [q for q in questions if "Ana Ros" in q]
    assert asked, questions
    assert not any("Treaty of Harrow" in q for q in asked)


def test_win_again_with_nothing_won_is_refused() -> None:
    kept, left = _run("Ivo Tamm won the Vellish election of 1977. After a defeat he stood again, "
                      "and Ivo Tamm won again in 1982.")
    assert not any(q.endswith("win again?") for q in kept)


def test_a_wh_phrase_inside_a_list_is_refused() -> None:
    kept, _ = _run("Earlier efforts, the Vell survey from 1967, the Harrow group of 1983 and "
                   "KELLNET, a technical committee set up in 1992, were limited in scope.")
    assert not any(", in what year did" in q for q in kept)
