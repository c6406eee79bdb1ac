"""Rule pass 253, from rounds 829-836 (heldout821-828):

- "vicar of Houtskär of Fogelholm's" (a place in one man's time read as a full name), "did
  League's Tallinn become" (an owner's possessive read as a given name), "Houtskärs Kulturgille
  kyrkliga folkhögskola" (a name in another language completed as a shorter one);
- "The Crucifixion painted by Abraham Myra of Turku in ____, that Gustav Fogelholm preached."
  (an "It was ... that" sentence cut without its "It was");
- "In what year did a fish cannery found at Sali by Gustav Klink?" (a participle describing the
  subject asked as its verb).

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.documents import Document
from quiz.generate.names import document_full_names, with_document_names
from quiz.generate.pipeline import prepare


def _asked(text: str, date: str, wh: str = "In what year") -> str | None:
    start = text.index(date)
    return date_question(text, start, start + len(date), wh)


@given(st.sampled_from(["Holm", "Rand", "Tamm"]), st.sampled_from(["chaplaincy", "time", "youth"]))
def test_a_place_in_one_mans_time_is_no_full_name(person: str, noun: str) -> None:
    text = (f"Ivo {person} came to Vellö in 1845. The Vellö of {person}'s {noun} was a growing "
            f"community of fishermen.")
    assert document_full_names("Vellö", text) == frozenset()


@given(st.sampled_from(["League", "Council", "Guard"]))
def test_an_owners_possessive_is_no_given_name(owner: str) -> None:
    text = (f"The detachment is subordinate to the Defence {owner}'s Dorn fortress district. "
            f"Dorn became a naval base in 1912.")
    assert document_full_names("Dorn", text) == frozenset()


@given(st.sampled_from(["kyrkliga folkhögskola", "kulturförening", "sjöräddningsförening"]))
def test_a_name_in_another_language_is_not_completed(rest: str) -> None:
    text = f"Vellös Kulturgille runs the museum. In 1939 a school, Vellös {rest}, was founded."
    question = f"In what year was a school, Vellös {rest}, founded at Näsby?"
    assert with_document_names(question, "1939", text)[0] == question


def test_a_guard_a_bare_surname_still_gets_the_documents_full_name() -> None:
    text = "Ivo Holm was born in Dorn. In 1901 Holm signed the treaty."
    assert with_document_names("In what year did Holm sign the treaty?", "1901", text)[0] == (
        "In what year did Ivo Holm sign the treaty?")


@given(st.sampled_from(["church", "chapel", "hall"]))
def test_a_cleft_sentence_is_not_cut_without_its_it_was(place: str) -> None:
    body = (f"Ivo Holm was the vicar of Vellö from 1845. It was in that {place}, with its oak "
            f"pulpit and the Crucifixion painted by Ivo Rand of Dorn in 1670, that Holm preached.")
    doc = Document(Path("holm.md"), f"# Ivo Holm\n\n{body}\n", "Ivo Holm", None)
    asked = [c.question for c in prepare(doc).candidates if "1670" in c.answer]
    assert not [q for q in asked if ", that" in q and "It was" not in q], asked


@given(st.sampled_from([("founded", "A fish cannery"), ("built", "A school"),
                        ("opened", "A sawmill")]),
       st.sampled_from(["began work in 1907", "closed in 1960"]))
def test_a_participle_describing_the_subject_is_asked_in_the_passive(
        made: tuple[str, str], later: str) -> None:
    participle, subject = made
    text = f"{subject} {participle} at Vell in 1905 by Ivo Holm and Ivo Rand {later}."
    assert _asked(text, "1905") == (
        f"In what year was {subject.lower()} {participle} at Vell by Ivo Holm and Ivo Rand?")


def test_a_guard_a_participle_with_nothing_named_is_not_asked() -> None:
    assert _asked("A referendum held in June 1933 kept the island in Ostra.", "June 1933",
                  "in what month and year") is None


@given(st.sampled_from(["Graz", "Linz", "Vienna"]))
def test_a_place_moved_from_is_not_completed(to: str) -> None:
    text = (f"The Otakars' seat was the castle of Steyr. Magna Steyr builds cars. In the twelfth "
            f"century they moved from Steyr to {to}.")
    question = f"In what century did the Otakars move from Steyr to {to}?"
    assert with_document_names(question, "the twelfth", text)[0] == question
