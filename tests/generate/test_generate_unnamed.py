"""Cards that leave their subject unnamed or give a description for a name: a news headline's
event as the deck's subject, a bare event noun as a question's subject, a described agreement
as an answer or an option (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.clauses import invert
from quiz.generate.distractors import generic_name
from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare
from quiz.generate.questions import described_agreement
from quiz.generate.subject import Subject, name_the_subject
from quiz.generate.topic import place_or_event


def _run(title: str, body: str) -> tuple[dict[str, str], dict[str, str]]:
    doc = Document(Path("doc.txt"), f"{title}\n\n{body}\n", title, None)
    prepared = prepare(doc)
    kept = {c.question: c.answer for c in prepared.candidates}
    left = {r.candidate.question: r.reason for r in prepared.rejected}
    return kept, left


def test_a_sentence_case_headline_names_its_event() -> None:
    found = place_or_event("Ostria and Kaldora sign accord ending Tarvel Strait dispute", [])
    assert found == Subject("Tarvel Strait dispute", "dispute", False, kind="event")
    assert name_the_subject("When was the dispute put to arbitration?", "1902", found)[0] == (
        "When was the Tarvel Strait dispute put to arbitration?"
    )
    # a name opening the headline may be capitalised only because it opens it; a title-case
    # headline's capitals say nothing
    assert place_or_event("Border dispute flares again near Tarvel", []) is None
    assert place_or_event("Kaldora Signs Accord Ending Strait Crisis Talks", []) is None


def test_a_news_report_s_cards_are_labelled_with_the_headline_s_event() -> None:
    kept, _ = _run(
        "Ostria and Kaldora sign accord ending Tarvel Strait dispute",
        "The quarrel dates from a survey of 1861. President Ivo Tamm of Ostria and "
        "President Lia Berg of Kaldora agreed on 2 June 1931 to put their claims to "
        "arbitration under the Swiss Federal Council.",
    )
    asked = [q for q in kept if "arbitration" in q]
    assert asked and all(q.startswith("Tarvel Strait dispute: ") for q in asked)


def test_a_bare_event_noun_is_no_subject() -> None:
    assert invert("War broke out in 1895", "in what year") is None
    assert invert("Implementation began, marred by fighting", "on what date") is None
    assert invert("Congress approved the bill", "in what year") == (
        "In what year did Congress approve the bill?"
    )
    assert invert("Kaldora joined the league", "in what year") == (
        "In what year did Kaldora join the league?"
    )


def test_a_described_agreement_is_no_answer_and_no_option() -> None:
    assert described_agreement("Ostrian treaty")
    assert described_agreement("bilateral trade agreement")
    assert not described_agreement("Treaty of Lerno")
    kept, left = _run(
        "The Peace of Lerno",
        "The Ostrian treaty, concluded for twenty years, left Kaldora the "
        "northern valleys and the port of Tarvel.",
    )
    assert "Ostrian treaty" not in kept.values()
    assert any("description" in reason for reason in left.values())


def test_a_name_that_says_only_its_kind_is_no_option() -> None:
    assert generic_name("Treaty of Friendship")
    assert generic_name("Treaty of Amity and Commerce")
    assert not generic_name("Treaty of Lerno")
    assert not generic_name("Peace of Tarvel")
