"""Rule pass 402, from rounds 1735-1750's readers, on faults the code of pass 401 still makes:

- a part of a name joined by "and" ("Trade Union" of "the Trade Union and Labour Relations
  Act") was written as the whole inside another name that begins like it: "the Trade Union
  Acts 1871 and 1876" became "the Trade Union and Labour Relations Act Acts" (round 1743);
- "the convention at St. Louis" was written as the document's "Denver convention", a union's
  meeting named by its city and no agreement (round 1744: "the Denver convention at St. Louis");
- a past after a verb's "-ing" form was read as the clause's verb: "guards escorting imported
  Black strikebreakers leaves" was asked "did ... guards escorting import Black strikebreakers
  leaves" (round 1747);
- a title whose body's name is too long for a label with its town ("The Royal and Ancient Golf
  Club of St Andrews") gave its cards no label at all, and "the first captain from outside
  Britain" was captain of nothing (round 1737, five cards vague);
- a fact sheet's "Name: International Brotherhood of Teamsters (IBT), founded in 1903" was asked
  without its article (round 1746).

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

import pytest

from quiz.generate.fragments import name_date_question
from quiz.generate.grammar import find_verb
from quiz.generate.references import (
    joined_names,
    main_agreements,
    resolve_agreements,
    whole_joined_names,
)
from quiz.generate.topic import title_topic


def test_a_joined_name_s_part_inside_another_name_is_not_written_whole() -> None:
    joined = joined_names(["Kask Union and Vell Relations Act"])
    question = "The Act might be cited with the Kask Union Acts ____."
    assert whole_joined_names(question, "1871 and 1876", joined) == question


def test_guard_a_joined_name_s_part_alone_is_written_whole() -> None:
    joined = joined_names(["Kask Union and Vell Relations Act"])
    assert whole_joined_names("In ____ the Kask Union was repealed.", "1974", joined) == (
        "In ____ the Kask Union and Vell Relations Act was repealed.")


def test_a_convention_the_sentence_places_is_not_the_document_s() -> None:
    main = {"convention": "Convention of Dorn"}
    question = "In what year did the convention at St. Vell expel the Kask union?"
    assert resolve_agreements(question, "1953", main) == question


def test_guard_a_bare_convention_is_the_document_s() -> None:
    main = {"convention": "Convention of Dorn"}
    assert resolve_agreements("In what year did the convention enter into force?", "1953",
                              main) == "In what year did the Convention of Dorn enter into force?"


def test_a_meeting_named_by_its_city_is_no_agreement() -> None:
    names = [("convention", "Dorn convention")] * 3
    assert main_agreements(names) == {}
    assert main_agreements([("convention", "Dorn Convention")] * 3) == {  # (guard)
        "convention": "Dorn Convention"}


@pytest.mark.parametrize(("text", "verb"), [
    ("A gun battle at Dorn between striking miners and guards escorting imported Kask "
     "strikebreakers left a dozen dead.", "left"),
    ("The guards escorting imported strikebreakers opened fire.", "opened"),
])
def test_a_past_after_a_verb_s_ing_form_is_no_verb(text: str, verb: str) -> None:
    found = find_verb(text)
    assert found is not None and text[found[0]:found[1]] == verb


@pytest.mark.parametrize(("text", "verb"), [
    ("The meeting ended in uproar.", "ended"),
    ("Troops escorting the envoy reached Dorn.", "reached"),
])
def test_guard_the_clause_s_own_verb_is_found(text: str, verb: str) -> None:
    found = find_verb(text)
    assert found is not None and text[found[0]:found[1]] == verb


def test_a_body_s_long_name_is_labelled_without_its_town() -> None:
    subject = title_topic("The Royal and Ancient Golf Club of St Vell, 1754–1958: from the "
                          "Silver Club to the Dorn Trophy")
    assert subject is not None and subject.name == "Royal and Ancient Golf Club"


def test_guard_a_short_name_keeps_its_place() -> None:
    subject = title_topic("The Kask Society of Dorn, 1660–1960")
    assert subject is not None and subject.name == "Kask Society of Dorn"


def test_a_name_line_s_body_has_its_article() -> None:
    line = "Name:   International Brotherhood of Kask Drivers (IBKD), founded in 1903."
    start = line.index("1903")
    assert name_date_question(line, start, start + 4, "in what year") == (
        "In what year was the International Brotherhood of Kask Drivers (IBKD) founded?")
