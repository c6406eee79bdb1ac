"""A card that leaves its document's subject unsaid is headed with it (quiz.generate.topic_label).

Documents and sentences are invented for these tests."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare
from quiz.generate.subject import Subject
from quiz.generate.topic_label import topic_label, with_topic_label

UNION = Subject("Kaldoran Trade Union", "Union", False)
PACT = Subject("Treaty of Port Aster", "Treaty", True)


def _kept(title: str, body: str) -> dict[str, str]:
    doc = Document(Path("doc.md"), f"# {title}\n\n{body}\n", title, None)
    return {c.question: c.answer for c in prepare(doc).candidates}


def test_a_fact_sheet_card_that_does_not_name_its_body_is_headed_with_the_short_name() -> None:
    kept = _kept("Kaldoran Trade Union (KTU)",
                 "Vesteria became the sixth member in 1981.\n\n"
                 "The Kaldoran Trade Union was founded in Port Aster on 4 May 1962.")
    assert "KTU: In what year did Vesteria become the sixth member?" in kept
    assert "On what date was the Kaldoran Trade Union founded in Port Aster?" in kept  # named


def test_the_label_is_the_short_name_in_brackets_else_the_full_name() -> None:
    assert topic_label("Kaldoran Trade Union (KTU)", UNION) == "KTU"
    assert topic_label("Fact sheet: the Kaldoran Trade Union (Harbor League), 1962-1990",
                       UNION) == "Harbor League"
    assert topic_label("Kaldoran Trade Union", UNION) == "Kaldoran Trade Union"


def test_a_card_that_names_its_subject_or_leans_on_nothing_is_left_as_it_is() -> None:
    title = "Kaldoran Trade Union (KTU)"
    named = "In what year did Vesteria join the KTU?"
    assert with_topic_label(named, "1981", title, UNION) == named
    alone = "On what date was Ivo Tamm elected President of Vesteria?"  # (headed too: pass 52)
    assert with_topic_label(alone, "3 May 1990", title, UNION) == f"KTU: {alone}"
    assert with_topic_label("On what date did the sanctions end?", "1 June 1990", title,
                            UNION) == "KTU: On what date did the sanctions end?"
    assert with_topic_label("On what date did the sanctions end?", "1 June 1990", title,
                            None) == "On what date did the sanctions end?"


def test_an_agreement_named_after_a_place_is_named_by_the_place() -> None:
    title = "Treaty of Port Aster (1721): summary"
    named = "In what year were the ratifications exchanged at Port Aster?"
    assert with_topic_label(named, "1722", title, PACT) == named
    assert with_topic_label("In what year were the ratifications exchanged?", "1722", title,
                            PACT) == "Treaty of Port Aster: In what year were the ratifications exchanged?"


def test_a_subject_too_long_for_a_label_is_not_given_as_one() -> None:
    long = Subject("Convention on the Protection of Kaldoran Harbor Birds", "Convention", True)
    question = "In what year did the parties meet?"
    assert with_topic_label(question, "1990", long.name, long) == question


def test_a_long_subject_is_labelled_by_the_shorter_name_the_document_uses() -> None:
    long = Subject("Convention on the Protection of Kaldoran Harbor Birds", "Convention", True,
                   alias="Harbor Birds Convention")
    assert with_topic_label("In what year did the parties meet?", "1990", long.name, long) == (
        "Harbor Birds Convention: In what year did the parties meet?")
    named = "In what year did the Harbor Birds Convention enter into force?"
    assert with_topic_label(named, "1990", long.name, long) == named


def test_a_card_asking_for_an_agreement_in_an_agreements_summary_gets_no_label() -> None:
    kept = _kept("Treaty of Port Aster (1721): summary",
                 "The Kaldoran Protocol of 1719 had left the Duke of Vell the islands and the "
                 "coast.\n\n"
                 "The Treaty of Port Aster was signed on 4 May 1721 by Kaldora and Vesteria.")
    assert "The ____ of 1719 had left the Duke of Vell the islands and the coast." in kept  # (no
    # label; pass 278 leaves out a bare "the Duke")


def test_a_body_named_by_a_head_like_commonwealth_or_federation_is_a_subject() -> None:
    kept = _kept("The Federation of Lowland Guilds: Fact Sheet",
                 "Until 1958 meetings of the association were held in the capital.\n\n"
                 "Marrowby was readmitted as a full member in March 1974.")
    label = "Federation of Lowland Guilds"
    assert f"{label}: Until ____ meetings of the association were held in the capital." in kept
    assert any(q.startswith(f"{label}: ") and "Marrowby" in q for q in kept)


def test_a_subject_opening_with_its_head_is_named_by_the_head_alone() -> None:
    title = "Federation of Lowland Guilds"
    guilds = Subject(title, "Federation", False)
    named = "In what year did Marrowby rejoin the Federation?"
    assert with_topic_label(named, "1980", title, guilds) == named
    day = "In what year was Federation Day first held in the capital?"
    assert with_topic_label(day, "1931", title, guilds) == day
    other = "In what year did Marrowby join the Eastern Federation?"
    assert with_topic_label(other, "1980", title, guilds) == f"{title}: {other}"


def test_membership_told_without_saying_of_what_leans_on_the_subject() -> None:
    question = "In what year was Marrowby restored after its suspension?"
    assert with_topic_label(question, "1990", "Kaldoran Trade Union (KTU)", UNION) == (
        f"KTU: {question}")
    assert with_topic_label("In what year did Marrowby rejoin?", "1990",
                            "Kaldoran Trade Union (KTU)", UNION) == (
        "KTU: In what year did Marrowby rejoin?")
