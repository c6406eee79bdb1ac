"""Rule pass 117, from rounds 160-163: a list of the subject's acts after a "that" clause glued
to the question ("did Ne Win announce that he was stepping down, accepted responsibility"); a
fronted date's subordinate clause taken for the main one ("was the cabinet in Luang Prabang ...,
Captain Kong Le?"); a date that is a meeting's or a participle's asked of the clause ("were
events precipitated by the meeting at Reval", "was the final act a treaty ..., signed in
Warsaw"); "because turnout falls" left in the present; a list of names before the "and" of one
subject cut as a second clause ("under which the United States, West Germany."); a bare
"Faisal" written as the "Faisal II" of a later reign; "Muslim" filled out as "Sunni Muslim";
and "and its members crossed to KANU" glued to the question. Every sentence here is invented.
Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import cut_clause, date_question
from quiz.generate.coordination import second_clause
from quiz.generate.names import document_full_names, with_document_names
from quiz.generate.tense import entry_in_the_past


def _asked(text: str, date: str, wh: str = "on what date") -> str | None:
    at = text.index(date)
    return date_question(text, at, at + len(date), wh)


def test_a_list_of_later_acts_after_a_that_clause_is_left_out() -> None:
    text = ("At a congress on 23 July 1988, Ivo Tamm announced that he was stepping down as "
            "chairman, accepted responsibility for the bloodshed and proposed a referendum.")
    assert _asked(text, "23 July 1988") == (
        "On what date did Ivo Tamm announce that he was stepping down as chairman?")


def test_a_guard_the_end_of_an_aside_is_no_later_act() -> None:
    """Guard: "and, in a declaration at Dask, recognised": one act with an aside."""
    text = ("On 31 July 1954 Ivo Tamm flew to Vell and, in a declaration at Dask, recognised the "
            "autonomy of Ostria.")
    assert "recognise the autonomy of Ostria" in (_asked(text, "31 July 1954") or "")


def test_a_fronted_dates_subordinate_clause_is_passed_over() -> None:
    text = ("On 9 August 1960, while the cabinet was in Vell for the funeral of King Ivo, Captain "
            "Jaan Kask and his battalion seized Ostra and called for a neutral government.")
    assert _asked(text, "9 August 1960") == (
        "On what date did Captain Jaan Kask and his battalion seize Ostra?")


def test_a_guard_a_fronted_phrase_with_no_verb_stays() -> None:
    """Guard: ", as a young senator," is no clause."""
    text = "In 2005, as a young senator, Ivo Tamm visited Kaldora with a colleague."
    assert _asked(text, "2005", "in what year") == (
        "As a young senator, in what year did Ivo Tamm visit Kaldora with a colleague?")


@given(st.sampled_from([
    "Events were precipitated by the meeting of King Ivo and Tsar Jaan at Vell on 9–10 June 1908.",
    "The final act was a treaty on the frontier, signed in Ostra on 13 June 1958."]))
def test_a_date_of_a_meeting_or_a_participle_is_not_the_clauses(text: str) -> None:
    date = "9–10 June 1908" if "1908" in text else "13 June 1958"
    assert _asked(text, date) is None


def test_a_mass_noun_after_because_takes_its_verb_into_the_past() -> None:
    assert entry_in_the_past("A referendum fails because turnout falls far short.") == (
        "A referendum failed because turnout fell far short.")


def test_names_listed_before_the_and_of_one_subject_are_not_cut() -> None:
    text = (" under which Kaldora, West Lerno and the Ostran Development Bank financed the "
            "rehabilitation of the mines.")
    assert cut_clause(text) == text


def test_a_bare_name_before_its_numbered_namesake_is_not_that_namesake() -> None:
    text = ("Faisal was crowned in Vell on 23 August 1921. His grandson Faisal II was killed in "
            "1958.")
    assert document_full_names("Faisal", text) == frozenset()


def test_a_guard_a_numbered_name_named_first_is_the_bare_names() -> None:
    """Guard."""
    assert document_full_names("Oscar", "Oscar II ruled. Later Oscar left.") == frozenset(
        {"Oscar II"})


def test_a_faith_is_no_persons_name() -> None:
    text = ("The pact gave the premiership to a Sunni Muslim. Later Tamm gave Christian and "
            "Muslim deputies equal seats.")
    question = "On what date did Tamm establish equal Christian and Muslim representation?"
    assert with_document_names(question, "21 September 1990", text)[0] == question


def test_an_owned_subject_moving_after_and_starts_a_second_clause() -> None:
    predicate = "dissolve itself and its members crossed to the ruling party"
    assert second_clause(predicate) == (predicate.index(" and"), predicate.index("its members"))
