"""Office cards: the month a dated clause opens with is asked with its year ("in September
1977": the office may have changed hands earlier that year), a rank after a nationality is not
a position, and an office card is headed with its document's subject.

Sentences are invented for these tests."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare
from quiz.generate.questions import _RANK_ONLY
from quiz.generate.subject import Subject
from quiz.generate.topic_label import with_topic_label


def _questions(body: str, title: str = "A test document") -> list[str]:
    doc = Document(Path("doc.md"), f"# {title}\n\n{body}\n", title, None)
    return [c.question for c in prepare(doc).candidates]


def test_an_office_asked_in_a_clause_dated_by_a_day_names_the_month() -> None:
    questions = _questions(
        "- 3 March 1852: Kaldora's Foreign Minister, Ivo Tamm, and the Vell envoy sign the "
        "Kell border protocol at Ostria.\n")
    asked = [q for q in questions if q.startswith("What position did Ivo Tamm")]
    assert asked == ["What position did Ivo Tamm hold in March 1852?"]


def test_a_date_after_the_person_in_the_clause_keeps_the_year_only() -> None:
    questions = _questions(
        "Talks with Kaldora's Deputy Prime Minister, Ivo Tamm, led to a pact signed in Vell "
        "on 11 August 1852.\n")
    assert not any("August 1852" in q for q in questions if "position" in q)


def test_a_nationality_and_a_rank_are_not_a_position() -> None:
    assert _RANK_ONLY.fullmatch("Kaldoran General")
    assert _RANK_ONLY.fullmatch("Vellish Admiral")
    assert not _RANK_ONLY.fullmatch("Attorney General")
    assert not _RANK_ONLY.fullmatch("Governor General")
    assert not _RANK_ONLY.fullmatch("Kaldoran Foreign Minister")


def test_an_office_card_is_headed_with_the_subject_though_it_leans_on_nothing() -> None:
    subject = Subject(name="Kell Crisis", head="Crisis", agreement=False, kind="event")
    question = "What position did Ivo Tamm hold in March 1852?"
    assert with_topic_label(question, "Kaldoran Foreign Minister", "Kell Crisis timeline",
                            subject) == f"Kell Crisis: {question}"
