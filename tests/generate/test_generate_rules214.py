"""Rule pass 214, from rounds 597-604 (heldout589-heldout596): a dated conjunct that opens with
a phrase cut at the subject's own "and" ("did Discontent with British rule?"), a second verb
after "and for a time" left in the past, "the islands" of a named group left unresolved, the
document's note on its own calendar asked as a fact, a perfect after "Since" put in the past,
the question's year written twice ("in 1827 ... in 1827"), a German title's "Die" read as a
name, and a surname completed as the one person of it the text names with no office after.
Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert
from quiz.generate.definites import resolve_definites
from quiz.generate.names import document_full_names, names_as_written
from quiz.generate.trim import without_dated_conjunct

Questions = Callable[[str, str], list[str]]


def test_a_subjects_own_and_is_no_dated_conjunct() -> None:
    question = ("In what month and year did discontent with the governor and with the tax "
                "farmers break out in riots and again in May 1871?")
    assert without_dated_conjunct(question) == (
        "In what month and year did discontent with the governor and with the tax farmers break "
        "out in riots?")


def test_a_dated_conjunct_is_still_cut() -> None:
    """(guard: "and at Gura in March 1876" is another event)"""
    question = "In what year did Yoma defeat invasions at Vell and at Dask in March 1876?"
    assert without_dated_conjunct(question) == "In what year did Yoma defeat invasions at Vell?"


@given(st.sampled_from(["Discontent", "Dissatisfaction", "Anger"]))
def test_a_feeling_with_a_rule_is_a_common_noun(noun: str) -> None:
    question = invert(f"{noun} with Vellish rule broke out in riots in 1871", "in what year")
    assert question == (
        f"In what year did {noun.lower()} with Vellish rule break out in riots in 1871?")


@given(st.sampled_from(["for a time", "at first", "in turn"]))
def test_a_time_phrase_after_and_keeps_the_second_verb_asked(phrase: str) -> None:
    question = invert(f"Vell rose against Dask in 1801 and {phrase} looked to Yoma",
                      "in what year")
    assert question == f"In what year did Vell rise against Dask in 1801 and {phrase} look to Yoma?"


TEXT = ("For centuries the Vellian Islands had belonged to Dask. When the republic fell on "
        "12 May 1797, troops of Yoma occupied the islands, landing at Port Vell.")
QUOTE = TEXT.split(". ", 1)[1]


def test_the_islands_are_the_group_named_before() -> None:
    question = "On what date did troops of Yoma occupy the islands, landing at Port Vell?"
    assert resolve_definites(question, "12 May 1797", TEXT, QUOTE) == (
        "On what date did troops of Yoma occupy the Vellian Islands, landing at Port Vell?", "")


def test_the_island_of_the_subject_needs_no_name() -> None:
    """(guard: "the island" of a document about one island stays as it is)"""
    question = "On what date did troops of Yoma occupy the island?"
    text = "Vell is an island. When the republic fell, troops of Yoma occupied the island."
    assert resolve_definites(question, "12 May 1797", text, text.split(". ", 1)[1]) == (
        question, "")


@pytest.mark.parametrize("note", [
    "Unless stated otherwise, dates below follow the Julian calendar in use in Vellia until 1923.",
    "Vellia kept the Julian (Old Style) calendar until 1923; for 1912 both styles are given, and "
    "all other dates are New Style.",
])
def test_the_documents_note_on_its_dates_is_no_card(note: str, questions_from: Questions) -> None:
    text = f"Vellia\n\n{note} The Vellian assembly first met at Dask on 3 May 1844."
    questions = questions_from("vellia", text)
    assert not any("1923" in q or "calendar" in q for q in questions), questions
    assert any("assembly" in q for q in questions), questions


def test_a_calendar_change_is_still_a_fact(questions_from: Questions) -> None:
    """(guard: "Vellia adopted the Gregorian calendar on ...": the change, no note on dates)"""
    questions = questions_from("vellia", "Vellia\n\nVellia adopted the Gregorian calendar on "
                                         "16 February 1923 by a decree of the regent.")
    assert any("Gregorian calendar" in q for q in questions), questions


def test_a_perfect_after_since_stays_a_perfect(questions_from: Questions) -> None:
    text = ("Vell today\n\nSince the reform of local government took effect on 1 January 2011, "
            "Vell has belonged to the Dask regional unit of the Region of Yoma.")
    questions = questions_from("vell", text)
    assert any("Vell has belonged" in q for q in questions), questions
    assert not any("Vell belonged" in q for q in questions), questions


def test_the_asked_year_is_not_written_again_before_a_phrase(questions_from: Questions) -> None:
    text = ("The Vellian assembly\n\nThe Vellian assembly met at Dask in the spring of 1828. "
            "Count Orlas was chosen at Dask on 3 April last year for a term of seven years.")
    text = "VELL, 27 January 1828 — " + text
    questions = questions_from("vell", text)
    chosen = [q for q in questions if "chosen at Dask" in q]
    assert chosen and all(q.count("1827") <= 1 for q in chosen), questions


def test_a_titles_article_is_no_name() -> None:
    text = "In 1890 Orlas launched Die attischen Reliefs. Orlas died in Dask in 1914."
    assert names_as_written("On what date did Orlas die in Dask?", text) == (
        "On what date did Orlas die in Dask?")


def test_a_name_the_text_always_writes_with_a_capital_still_gets_it() -> None:
    """(guard: "did smuts found" -> "did Smuts found")"""
    text = "The party was founded by Smuts. In 1910 Smuts became minister."
    assert names_as_written("In what year did smuts found the party?", text) == (
        "In what year did Smuts found the party?")


def test_a_name_before_the_office_it_is_given_is_a_full_name() -> None:
    text = ("- 3 April: the assembly elects Count Ioannis Vellas Governor of Dask for seven "
            "years.\n- 12 January: Vellas comes ashore.\n- March: Petros Vellas, the Governor's "
            "brother, opens the school.")
    assert document_full_names("Vellas", text) == frozenset({"Ioannis Vellas", "Petros Vellas"})
