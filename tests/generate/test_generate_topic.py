"""The place or the event a timeline or a history is about, read from its title
(quiz.generate.topic), and questions that refer to it completed (quiz.generate.subject)."""

from __future__ import annotations

from quiz.generate.subject import Subject, name_the_subject
from quiz.generate.topic import place_or_event

_TEXT = ["Elections were held in Aruba in 1985.\n", "Riots broke out in Aruba in 1969.\n"]
ARUBA = Subject("Aruba", "", False, kind="place")
DROUGHT = Subject("Sahel Drought Crisis", "Crisis", False, kind="event")


def test_a_place_the_title_opens_with_is_the_subject() -> None:
    assert place_or_event("Aruba: From Colony to Status Aparte, 1948–1986", _TEXT) == ARUBA
    assert place_or_event("Aruba's Road to Autonomy", _TEXT) == ARUBA


def test_a_person_is_not_a_place() -> None:
    assert place_or_event("Betico Croes: A Life", ["Croes spoke in Oranjestad.\n"]) is None
    assert place_or_event("Betico Croes's Campaign", ["He met Croes in 1977.\n"]) is None


def test_an_event_the_title_names_is_the_subject() -> None:
    assert place_or_event("The Sahel Drought Crisis, 1968–1974: a timeline", []) == DROUGHT
    assert place_or_event("Timeline of the Chaco War", []) == Subject(
        "Chaco War", "War", False, kind="event")
    assert place_or_event("Rains Return After Long Drought", []) is None


def test_references_to_the_place_are_completed() -> None:
    assert name_the_subject("On what date did the Netherlands grant the territory a charter?",
                            "29 December 1954", ARUBA)[0] == (
        "On what date did the Netherlands grant the territory of Aruba a charter?")
    assert name_the_subject("On what date did voters back the referendum?", "25 March 1977",
                            ARUBA)[0] == ("On what date did voters back the referendum in "
                                          "Aruba?")
    assert name_the_subject("In what year did the occupation begin?", "1940", ARUBA)[0] == (
        "In what year did the occupation of Aruba begin?")


def test_a_place_named_already_is_left_alone() -> None:
    question = "On what date did Aruba hold the referendum?"
    assert name_the_subject(question, "25 March 1977", ARUBA) == (question, "")
    other = "On what date did the invasion of Curaçao begin?"
    assert name_the_subject(other, "1 May 1940", ARUBA) == (other, "")


def test_the_event_is_named_in_full() -> None:
    assert name_the_subject("In what year did the crisis end?", "1974", DROUGHT)[0] == (
        "In what year did the Sahel Drought Crisis end?")
    question = "In what year did the crisis of 1973 peak?"
    assert name_the_subject(question, "1973", DROUGHT)[0] == question
