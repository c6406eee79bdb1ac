"""Rule pass 255, from rounds 837-844 (heldout829-836):

- "did the Treaty of Copenhagen confirm the cession", "did Struer Municipality hand the old
  Venøsund over to the society", "was the manifesto printed" (a thing another sentence names,
  called by its kind alone: rounds 500-844 kept 2 of 42 verdicts on these);
- "born in Strängnäs, in Sweden, by the calendar then in use there, the son of Jacob Gadolin, a
  rural dean?" (the parents after a birth left hanging when other phrases come between).

Every sentence here is invented. Each test fails on the code before, except the guard named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare


def _questions(body: str) -> list[str]:
    doc = Document(Path("vell.md"), f"# Vell timeline\n\n{body}\n", "Vell timeline", None)
    return [cand.question for cand in prepare(doc).candidates]


@given(st.sampled_from(["cession", "manifesto", "society", "regulation", "collection",
                        "privilege", "vessel", "convent"]))
def test_a_thing_called_by_its_kind_alone_is_left_out(kind: str) -> None:
    body = (f"## 1660\n\n- 27 May: The Treaty of Dorn confirms the {kind}.\n"
            f"- 3 June: Ivo Holm becomes Governor of Vell.\n")
    asked = _questions(body)
    assert not [q for q in asked if f"the {kind}" in q], asked


def test_a_guard_a_kind_the_document_names_is_written_in() -> None:
    body = ("## 1905\n\n- 2 March: The October Manifesto is drafted in Dorn.\n"
            "- 27 May: The Council of Vell approves the manifesto.\n")
    asked = _questions(body)
    assert any("October Manifesto" in q and "approve" in q for q in asked), asked


@given(st.sampled_from(["in Dorn, in Vell, by the calendar then in use there",
                        "at Dorn, then part of Vell"]))
def test_the_parents_after_a_birth_and_other_phrases_are_left_out(where: str) -> None:
    text = f"Jakob Holm was born {where} on 3 March 1719, the son of Ivo Holm, a rural dean."
    start = text.index("3 March 1719")
    asked = date_question(text, start, start + len("3 March 1719"), "on what date")
    assert asked is not None and "son of" not in asked and asked.startswith(
        "On what date was Jakob Holm born"), asked
