"""Rule pass 51: every document whose title names what it is about heads its cards with it.

In rounds 53-62 the cards of documents with no subject read from their title were the worst
kept (65 %, against 74-81 % for the others): "In what month and year was the line from Colón to
Panama City completed?" leans on a title the card does not carry. Titles the old rules missed:
names joined by a dash ("Rush–Bagot Agreement"), a name going on with "Regarding" or "in"
("Organization for Security and Co-operation in Europe"), a capital with an accent ("Treaty of
Åbo"), a news headline that names the agreement signed ("EU leaders sign Lisbon Treaty, ..."),
and a title that is only a short name ("Marshall Plan", "Yemeni unification, 1972–1994: a
timeline", "Hawaii from independent kingdom to American state"). Every title and sentence here
is invented. Each test but the guards fails on the code before."""

from __future__ import annotations

import pytest
from test_generate_quality import _prepared_titled

from quiz.generate.subject import (
    Subject,
    bracketed_name,
    document_subject,
    name_the_subject,
    signed_in_headline,
)
from quiz.generate.topic import title_topic


@pytest.mark.parametrize(("title", "name"), [
    ("The Tamm–Vell Agreement (1817): a summary", "Tamm–Vell Agreement"),
    ("Treaty summary: the Kell–Dorn Treaty (1846)", "Kell–Dorn Treaty"),
    ("The Kell Convention Regarding the Regime of the Narrows (1936): a summary",
     "Kell Convention"),
    ("Fact sheet: the Organization for Trade and Co-operation in Vesteria (OTCV)",
     "Organization for Trade and Co-operation in Vesteria"),
    ("Treaty of Åland Narrows (1743)", "Treaty of Åland Narrows"),
])
def test_titles_of_agreements_and_bodies_the_old_patterns_missed(title: str, name: str) -> None:
    subject = document_subject(title)
    assert subject is not None and subject.name == name, subject


def test_a_bracket_after_the_name_is_another_name_only_when_it_names_the_same_kind() -> None:
    assert bracketed_name("The Treaty of Kell (Kell–Dorn Treaty)", "Treaty of Kell") == (
        "Kell–Dorn Treaty")
    # whose it is, not what it is called
    assert bracketed_name("The Joint Commission (Kaldora–Vesteria)", "Joint Commission") == ""


@pytest.mark.parametrize(("title", "name"), [
    ("Kell leaders sign Dorn Treaty, ending two years of deadlock", "Dorn Treaty"),
    ("Kaldora's government and rebels sign Vell Protocol as their leader stays away",
     "Vell Protocol"),
    ("Four powers sign Kell accord; Vesteria to cede districts from tomorrow", "Kell accord"),
    ("Kaldoran leaders sign Dorn peace accord granting wider rights", "Dorn peace accord"),
])
def test_a_headline_names_the_agreement_it_reports(title: str, name: str) -> None:
    subject = signed_in_headline(title)
    assert subject is not None and subject.name == name and subject.agreement


def test_a_headline_without_a_named_agreement_gives_none() -> None:
    assert signed_in_headline("Kell and Dorn sign treaty to scrap their missiles") is None


@pytest.mark.parametrize(("title", "name"), [
    ("Vell Plan", "Vell Plan"),
    ("Kaldoran unification, 1972–1994: a timeline", "Kaldoran unification"),
    ("Vesteria from independent kingdom to federal state, 1842–1959", "Vesteria"),
    ("Trell and the Kaldoran–Vesterian frontier, 1915–1977", "Trell"),
    ("Fact sheet: KTA and the VFTA", "KTA and the VFTA"),
    ("KFOR: the Kaldoran Interim Force in Vell", "KFOR"),
    ("From Kell to Dorn: Kaldora and Vesteria, 1965–1974", "Kaldora and Vesteria"),
])
def test_a_title_that_is_a_short_name_is_a_topic(title: str, name: str) -> None:
    topic = title_topic(title)
    assert topic is not None and (topic.name, topic.kind) == (name, "topic")


@pytest.mark.parametrize("title", [
    "Kell parties strike historic deal after marathon talks",  # a headline
    "Peace Signed at Dorn",
    "KELL, Monday, 25 March 1957",  # a dateline
    "Ivo Tamm (1871–1955)",  # a person's life
    "Envoy: Kaldora seeks deeper ties after peace declaration",  # a kind of text
    "Kaldora, Vesteria and the Vell Islands: a timeline",  # a list
    "The End of Kaldoran Rule in the Northern Provinces",  # too long for a label
    "A test document",
])
def test_what_is_no_topic(title: str) -> None:
    assert title_topic(title) is None


def test_a_topic_heads_a_card_that_leans_on_the_document() -> None:
    body = ("The railway line from the Atlantic terminus at Kell to Dorn was completed in "
            "January 1855, after five years of work.")
    prepared = _prepared_titled("The Vell Railroad, 1850–1855", body)
    asked = [c.question for c in prepared.candidates if c.answer == "January 1855"]
    assert asked and all(q.startswith("Vell Railroad: ") for q in asked), asked


def test_a_topic_completes_nothing_inside_the_question() -> None:
    question = "In what month and year did the territory hold the referendum?"
    topic = Subject("Vell Plan", "", False, kind="topic")
    assert name_the_subject(question, "March 1952", topic) == (question, "")
    place = Subject("Vell", "", False, kind="place")  # (a place is written in)
    assert name_the_subject(question, "March 1952", place)[0] != question
