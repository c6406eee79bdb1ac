"""Rule pass 381, from rounds 1663-1678's readers (Winter Olympic, Commonwealth, Pan American
and Asian Games) and rounds 1655-1662's (mining companies):

* "did the Taipei committee files suit", "did the Minorco bid lapses": an entry's subject
  whose noun carries a name as its adjective ("The Taipei committee", "The Minorco bid") has
  its present put in the past like an entry's plain subject ("The committee files suit").
  Not where the "-s" word is a noun: a mark inside the phrase ("the Jelling mounds, rune
  stones"), a mark after it ("the Endeavour sugar mill ruins;"), or a verb with its object
  after it ("the Athenian quota lists record a payment").
* "The Minorco bid lapsed after", "Rubber output peaked at": a noun that is a past form too,
  its clause's past after it, is no verb (not "lay buried", "left exposed": a state after a
  verb); "files suit", like "takes effect", is a verb and its set noun ("The United States
  files suited" before).
* "for exercises and manoeuvres, including firing practice": a plural noun's form after
  "and" and before a comma ends a list of nouns after another plural or a list's comma, and is
  no second verb of the entry's subject ("manoeuvred,"); "burns his ship and escapes," is one.

Every name here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

import pytest

from quiz.generate.grammar import find_verb
from quiz.generate.tense import entry_in_the_past


@pytest.mark.parametrize(("entry", "past"), [
    ("The Vellan committee files suit against the league in Kask.", "committee filed suit "),
    ("The Kask bid lapses after the courts, acting on antitrust grounds, bar it.",
     "bid lapsed after"),
    ("The Orrin committee meets in the town hall.", "committee met in"),
])
def test_a_named_subject_s_present_is_put_in_the_past(entry: str, past: str) -> None:
    assert past in entry_in_the_past(entry), entry_in_the_past(entry)


@pytest.mark.parametrize("entry", [
    "the Vellan mounds, rune stones and church (1994); the Kask Wadden coast (2014).",
    "the Orrin sugar mill ruins; the Cotton House; the Dorn villa.",
])
def test_guard_a_named_phrase_s_plural_noun_stays(entry: str) -> None:
    assert entry_in_the_past(entry) == entry


def test_guard_a_plural_noun_before_its_verb_and_object_stays() -> None:
    past = entry_in_the_past("The Kaskian quota lists record a payment of 500 drachmas a year.")
    assert "quota lists recorded a payment" in past, past


def test_the_plain_subject_s_present_is_still_put_in_the_past() -> None:
    assert "committee filed suit" in entry_in_the_past("The committee files suit.")  # (guard)


@pytest.mark.parametrize(("entry", "noun"), [
    ("The Kaskian forces use the island for exercises and manoeuvres, including firing practice.",
     "exercises and manoeuvres, including"),
    ("Ivo Tamm fixes the state's arms, seal and colours, red and gold.", "seal and colours, red"),
    ("The nationalisation law brings leading groups and banks, among them Vell, under state "
     "ownership.", "groups and banks, among"),
])
def test_a_list_s_last_plural_before_a_comma_is_no_verb(entry: str, noun: str) -> None:
    assert noun in entry_in_the_past(entry), entry_in_the_past(entry)


def test_guard_a_second_verb_before_a_comma_is_put_in_the_past() -> None:
    past = entry_in_the_past("Ivo Tamm burns his ship and escapes, while the crew is taken.")
    assert "burned his ship and escaped," in past, past


def test_a_named_subject_s_questions_are_asked_in_the_past(questions_from) -> None:
    questions = questions_from("kask-mining-timeline", (
        "# Kask Mining: a timeline\n\nThis chronology follows Kask Mining.\n\n## 1989\n\n"
        "- 15 November: The Orrin committee files suit against Kask Mining in Dorn.\n"
        "- 3 December: The Kask council approves the budget of Kask Mining.\n"
        "- 5 December: The Tamm union calls a strike at the Kask Mining works.\n"))
    assert any("did the Orrin committee file suit against" in q for q in questions), questions
    assert any("did the Kask council approve" in q for q in questions), questions  # (guard)


@pytest.mark.parametrize(("text", "verb"), [
    ("The Vell bid lapsed after the courts barred it.", "lapsed"),
    ("Kaskian copper output peaked in 1913 at about 57 million tons.", "peaked"),
    ("The Orrin expedition left exposed the papal galleys.", "left"),  # (guard)
    ("Yachts and launches lay wrecked on the shore of the lagoon.", "lay"),  # (guard)
])
def test_a_noun_before_its_clause_s_past_is_no_verb(text: str, verb: str) -> None:
    found = find_verb(text)
    assert found is not None and text[found[0]: found[1]] == verb, found


def test_filing_suit_is_a_verb_and_its_set_noun() -> None:
    text = "The United States files suit against Vell Oil in the federal court at Kask."
    assert "States filed suit against" in entry_in_the_past(text), entry_in_the_past(text)
