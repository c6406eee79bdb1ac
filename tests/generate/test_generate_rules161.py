"""Rule pass 161, from rounds 301-304: "Boer volunteers under Lucas Meyer proclaim" keeps its
plural noun; "Romanian rule is restored" takes no "the"; a timeline's closing "which the
Moldovan authorities boycott" goes into the past; "Tamna, ..., reduced to a county" is asked as
a passive; "did X install him" leaves "him" unnamed; "the Special Act on Discovering",
cut at "the Truth", is no agreement's name; "Law 39/80 of ____" gives its year away; "Dates
before ____ are given in the Old Style" is no fact. Every sentence here is invented.
Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card_faults

from quiz.generate.agreements import find_agreements
from quiz.generate.clauses import date_question
from quiz.generate.sentences import Sentence


@given(st.sampled_from(["Boer volunteers under", "Kurdish fighters from", "Greek rebels in"]))
def test_a_peoples_plural_noun_is_no_verb(subject: str) -> None:
    text = f"21 May: {subject} Ivo Tamm proclaim Karl Berg king in return for land."
    question = date_question(text, 0, 6, "on what date")
    assert question is not None and f"did {subject} Ivo Tamm proclaim" in question


def test_a_single_names_present_verb_is_still_one() -> None:
    """(guard: "Britain protests at the seizure")"""
    text = "21 May: Britain protests at the seizure of the ship."
    assert date_question(text, 0, 6, "on what date") == (
        "On what date did Britain protest at the seizure of the ship?")


@given(st.sampled_from(["rule", "sovereignty", "control"]))
def test_a_peoples_rule_takes_no_article(noun: str) -> None:
    text = f"July 1941: Romanian {noun} is restored after the invasion of Kell."
    question = date_question(text, 0, 9, "in what month and year")
    assert question == f"In what month and year was Romanian {noun} restored after the invasion of Kell?"


def test_a_peoples_body_still_takes_the() -> None:
    """(guard: "the Israeli cabinet")"""
    text = "July 1941: Israeli cabinet endorses the plan."
    assert date_question(text, 0, 9, "in what month and year") == (
        "In what month and year did the Israeli cabinet endorse the plan?")


@given(st.sampled_from([("boycott", "boycotted"), ("reject", "rejected"), ("oppose", "opposed")]))
def test_a_closing_plural_relative_goes_into_the_past(verbs: tuple[str, str]) -> None:
    verb, past = verbs
    text = (f"17 March 1991: The Kellan districts take part in the referendum on the union, which "
            f"the Vellan authorities {verb}.")
    question = date_question(text, 0, 13, "on what date")
    assert question is not None and question.endswith(f"the Vellan authorities {past}?")


@given(st.sampled_from(["reduced to a county of Vell", "annexed to Vell", "divided into two provinces"]))
def test_a_place_done_to_is_asked_as_a_passive(act: str) -> None:
    text = f"Historic kingdom: Kell, tributary to Vell from 476, {act} in 1105"
    at = text.index("1105")
    question = date_question(text, at, at + 4, "in what year")
    assert question == f"In what year was Kell, tributary to Vell from 476, {act}?"


def test_a_place_with_an_object_is_still_active() -> None:
    """(guard: "Japan annexed Korea")"""
    text = "In 1910 Kell annexed Vell."
    assert date_question(text, 3, 7, "in what year") == "In what year did Kell annex Vell?"


@given(st.sampled_from(["install", "acknowledge", "crown", "restore"]))
def test_an_unnamed_him_installed_is_refused(verb: str) -> None:
    sentence = f"On 29 January 1883 at Zell Ivo Tamm {verb}ed him over part of his kingdom."
    question = f"At Zell, on what date did Ivo Tamm {verb} him over part of his former kingdom?"
    assert any("“him” or “her”" in f for f in _date_card_faults(sentence, question,
                                                                 "29 January 1883"))


def test_a_name_cut_after_its_gerund_is_no_agreement() -> None:
    text = ("The Special Act on Discovering the Truth of the Kell Incident was passed on "
            "16 December 1999.")
    names = [fact.answer for fact in find_agreements(Sentence(text, 1))]
    assert "Special Act on Discovering" not in names


def test_a_name_ending_in_a_gerund_word_of_its_own_is_kept() -> None:
    """(guard: "the Treaty of Reading", a place)"""
    text = "The Treaty of Reading was signed on 3 May 1950."
    assert "Treaty of Reading" in [fact.answer for fact in find_agreements(Sentence(text, 1))]


@given(st.sampled_from([("Law 39/80", "1980"), ("Decree-Law 458-B/75", "August 1975"),
                        ("Law 91-40", "1991")]))
def test_a_law_numbered_with_its_year_gives_it_away(law: tuple[str, str]) -> None:
    name, answer = law
    sentence = f"The Kell statute followed as {name} of {answer}."
    question = f"The Kell statute followed as {name} of ____."
    assert any("carries the answer's year" in f for f in _date_card_faults(sentence, question,
                                                                            answer))


def test_a_law_numbered_otherwise_is_no_fault() -> None:
    """(guard: "Law 50/80 ... in 1995")"""
    sentence = "The Kell Assembly adopted Law 50/80 in 1995."
    question = "The Kell Assembly adopted Law 50/80 in ____."
    assert not any("carries" in f for f in _date_card_faults(sentence, question, "1995"))


def test_a_laws_full_date_is_no_fault() -> None:
    """(guard: "Law 7/74 of 27 July 1974" asked by date: its wrong options keep the year; the
    blank "Law 7/74 of ____" readers found obvious all the same, pass 294)"""
    sentence = "Law 7/74 of 27 July 1974 recognised the right of Kell to independence."
    question = "On what date did Law 7/74 recognise the right of Kell to independence?"
    assert not any("carries" in f for f in _date_card_faults(sentence, question, "27 July 1974"))


def test_a_note_on_dating_is_refused() -> None:
    sentence = "Dates before February 1918 are given in the Old Style used in Kell at the time."
    question = "Dates before ____ are given in the Old Style used in Kell at the time."
    assert any("how the document gives its dates" in f
               for f in _date_card_faults(sentence, question, "February 1918"))
