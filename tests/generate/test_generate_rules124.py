"""Rule pass 124, from rounds 188-191: a plural subject's participle taken for its verb when the
verb has its object ("did unofficial elections hold in private houses choose a parliament"); a
date's apposition read as a clause ("did a date later celebrate"); a timeline's present left in
a subordinate clause ("as alliance leaders gather", "whose troops still wear", "and offers
pardons", "what remains of"); a participle aside and the verb after it cut as a trailing phrase
("and in ____ its Programme of Action."); "did Mandela released on 11 February, Tambo return";
"Censorship" capitalised mid-question. Every sentence here is invented. Each test fails on the
code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.clauses import date_question
from quiz.generate.grammar import find_verb
from quiz.generate.quality import _second_finite_verb
from quiz.generate.tense import entry_in_the_past, present_left
from quiz.generate.trim import shorten


def _asked(text: str, date: str, wh: str = "on what date") -> str | None:
    at = text.index(date)
    return date_question(text, at, at + len(date), wh)


def test_a_plurals_participle_before_its_verb_and_object_is_no_verb() -> None:
    assert find_verb("Unofficial elections held in private houses choose a parliament") is None


@given(st.sampled_from([
    "Kaldoran forces landed at Vell over the protests of Ivo Tamm's government",
    "Ostrian raiders crossed from Dask to rob the banks of Vell"]))
def test_a_guard_a_plurals_own_past_stays_its_verb(text: str) -> None:
    """Guard."""
    found = find_verb(text)
    assert found is not None and text[found[0]: found[1]] in {"landed", "crossed"}


def test_a_dates_apposition_is_no_actor() -> None:
    kept, left = _run("After training fighters in Ostria, the Vell Front opened hostilities on 25 "
                      "September 1964, a date later celebrated in Kaldora as Armed Forces Day.")
    assert not any("did a date" in question for question in kept)


@given(st.sampled_from([
    ("Vell bombs the radio station in Dask, killing sixteen employees, as alliance leaders "
     "gather in Ostra for the summit.", "as alliance leaders gathered"),
    ("General Ivo Tamm, whose troops still wear the queue, restores the boy emperor.",
     "whose troops still wore")]))
def test_a_subordinate_clauses_present_goes_into_the_past(case: tuple[str, str]) -> None:
    text, past = case
    assert past in entry_in_the_past(text)


@given(st.sampled_from([
    "In what month and year did Ivo Tamm replace Jaan Kask as viceroy and offers pardons to "
    "insurgents who surrender?",
    "On what date did Ivo Tamm dissolve what remains of the congress at Vell?"]))
def test_a_present_left_after_did_is_found(question: str) -> None:
    assert present_left(question)


def test_a_guard_a_list_of_nouns_is_no_present() -> None:
    """Guard."""
    assert not present_left("On what date did Ivo Tamm bomb the bridges and arms depots of Vell?")


def test_an_aside_before_the_clauses_verb_is_not_cut_as_trailing() -> None:
    question = ("The Vell League pressed the ageing party leadership to adopt mass action, and in "
                "____ its Programme of Action, calling for boycotts, strikes and civil "
                "disobedience, was accepted by the national conference.")
    assert "was accepted" in shorten(question, 0)


def test_a_guard_a_trailing_phrase_with_a_clause_of_its_own_is_still_cut() -> None:
    """Guard."""
    question = ("On ____ Ostria and Vell restored the diplomatic relations suspended since 1967, "
                "during a visit to Dask by Premier Ivo Tamm, after Jaan Kask and the Vell Foreign "
                "Minister, Ana Ros, had settled the terms.")
    assert shorten(question, 0).endswith("suspended since 1967.")


def test_a_names_past_after_did_is_a_second_verb() -> None:
    assert _second_finite_verb("On what date did Jaan Kask released on 11 February, Ivo Tamm "
                               "return to Vell?")


def test_an_abstract_noun_in_ship_is_lowered() -> None:
    question = _asked("Censorship was transferred from the Vell Church to a Royal Board in 1768.",
                      "1768", "in what year")
    assert question is not None and "was censorship transferred" in question
