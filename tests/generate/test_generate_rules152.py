"""Rule pass 152, from rounds 269-272: a series of verb phrases cut before its ", and ..." keeps
its last two joined by "and"; "the Better Life for Rural Women programme" and "some 300,000
troops" open clauses of their own after a comma; a year and then a day of no year are no list
("issued in 1977, and 13 February is still marked"); the year of "Decree No. 16 of 1995" is
part of a number; "Alleged Hutu plots" is lower-cased mid-question; "did X, with a General
Staff form" and "the Assembly's president" are refused; "the People's Bank of Nigeria" is a
name. Every sentence here is invented. Each test fails on the code before, except the guards
named as such."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card

from quiz.generate.clauses import date_question
from quiz.generate.coordination import clause_follows
from quiz.generate.dates import date_lists, find_dates
from quiz.generate.facts import OFFICIAL, Fact
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate, _series_closed
from quiz.generate.sentences import Sentence


@given(st.sampled_from([
    ("commanded the signal troop at Kell, returned to Vell for a course, became a major in ____ "
     "with a squadron.",
     "commanded the signal troop at Kell, returned to Vell for a course, became a major in 1964 "
     "with a squadron, and in 1965 became chief of signals.",
     "returned to Vell for a course and became a major in ____ with a squadron."),
    ("changed the state's name, flag and anthem, made Kellism the state religion, abolished the "
     "death penalty.",
     "changed the state's name, flag and anthem, made Kellism the state religion, abolished the "
     "death penalty and recognised private land.",
     "made Kellism the state religion and abolished the death penalty."),
]))
def test_a_series_of_three_verb_phrases_is_closed_before_its_last(case: tuple[str, str, str]
                                                                   ) -> None:
    question, text, ending = case
    closed = _series_closed(f"In ____ Ivo Tamm {question}", f"In 1960 Ivo Tamm {text}")
    assert closed.endswith(ending)


def test_an_adverb_before_the_last_verb_is_kept() -> None:
    question = "In exile Ivo Tamm founded the Kell Committee in ____, briefly drew close to Vell."
    text = ("In exile Ivo Tamm founded the Kell Committee in 1925, briefly drew close to Vell, "
            "and in 1932 returned home.")
    assert _series_closed(question, text) == ("In exile Ivo Tamm founded the Kell Committee in "
                                              "____ and briefly drew close to Vell.")


def test_an_aside_before_a_series_is_no_item_of_it() -> None:
    """(guard: "The Vell Amendment, adopted on ____, set ..., approved ...": the first comma
    closes an aside, and its participle is no verb of the series)"""
    question = "The Vell Amendment, adopted on ____, set a second period."
    text = "The Vell Amendment, adopted on 8 December 2012, set a second period and a target."
    assert _series_closed(question, text) == question


@given(st.sampled_from([
    "Maryam Tamm's Better Life for Rural Women programme was launched in 1987",
    "some 300,000 Kellish troops are now in Vell",
]))
def test_a_clause_after_a_comma_is_found(clause: str) -> None:
    assert clause_follows(f"{clause}, and more.", 0)


def test_the_date_of_the_clause_after_a_comma_is_asked_alone() -> None:
    text = ("The Kell Directorate ran job schemes for school-leavers, Maryam Tamm's Better Life "
            "for Rural Women programme was launched in 1987, and the Vell Bank began lending.")
    at = text.index("1987")
    question = date_question(text, at, at + 4, "in what year")
    assert question == ("In what year was Maryam Tamm's Better Life for Rural Women programme "
                        "launched?")


def test_a_year_then_a_day_of_no_year_is_no_list() -> None:
    text = "his portrait appeared on the note issued in 1977, and 13 February is still marked."
    assert date_lists(text, find_dates(text)) == []


def test_a_day_then_a_dated_day_is_still_a_list() -> None:
    """(guard: "on 3 May and 5 June 1990": the year is shared)"""
    text = "Talks were held on 3 May and 5 June 1990."
    assert [[m.text for m in run] for run in date_lists(text, find_dates(text))] == [
        ["3 May", "5 June 1990"]]


@given(st.sampled_from(["Decree No. 16 of", "Act Number 5 of", "Law No. 112 of"]))
def test_the_year_of_a_numbered_law_is_no_date(cited: str) -> None:
    text = f"The Kell Investment Decree, {cited} 1995, abolished the reserved sectors."
    assert find_dates(text) == []


def test_a_year_after_of_is_still_a_date() -> None:
    """(guard: "the crisis of 1995")"""
    assert [m.text for m in find_dates("The crisis of 1995 ended the regime.")] == ["1995"]


@given(st.sampled_from([("Alleged", "plots", "were"), ("Armed", "groups", "did")]))
def test_an_opening_participle_before_a_people_is_lowered(case: tuple[str, str, str]) -> None:
    participle, noun, _ = case
    text = f"{participle} Kellan {noun} attacked Vell in 1969, and in 1971 a trial was held."
    question = date_question(text, text.index("1969"), text.index("1969") + 4, "in what year")
    assert question is not None and f"{participle.lower()} Kellan {noun}" in question


def test_united_nations_keeps_its_capital() -> None:
    """(guard: "United Nations troops": a name)"""
    text = "United Nations troops landed in Vell in 1970."
    question = date_question(text, text.index("1970"), text.index("1970") + 4, "in what year")
    assert question is not None and "United Nations troops" in question


def test_a_verb_of_an_unclosed_with_phrase_is_refused() -> None:
    sentence = "Armed forces: Kell Liberation Army, with a General Staff formed on 10 July 1943"
    question = "On what date did Kell Liberation Army, with a General Staff form?"
    assert any("“with” phrase" in fault
               for fault in faults(_date_card(question, sentence, "10 July 1943", "forward")))


def test_a_closed_with_phrase_is_no_fault() -> None:
    """(guard: "did Kell, with Vellish support, declare war")"""
    sentence = "On 3 May 1920 Kell, with Vellish support, declared war on Zell."
    question = "On what date did Kell, with Vellish support, declare war on Zell?"
    assert not any("“with” phrase" in fault
                   for fault in faults(_date_card(question, sentence, "3 May 1920", "forward")))


def _office_card(sentence: str, role: str, person: str) -> Candidate:
    at = sentence.index(person)
    role_at = sentence.index(role)
    fact = Fact(OFFICIAL, person, at, at + len(person), Sentence(sentence, 1), role=role,
                role_start=role_at, role_end=role_at + len(role))
    return Candidate(fact, "reverse", f"What position did {person} hold in March 1970?", role)


def test_an_office_after_its_bodys_possessive_is_refused() -> None:
    card = _office_card("The Assembly named the Assembly's president, Ivo Tamm, acting head.",
                        "Assembly's president", "Ivo Tamm")
    assert any("whose it is" in fault for fault in faults(card))


def test_a_nations_office_with_its_possessive_is_no_fault() -> None:
    """(guard: "Kell's Foreign Minister" is an office)"""
    card = _office_card("In March 1970 Kell's Foreign Minister, Ivo Tamm, went to Vell.",
                        "Kell's Foreign Minister", "Ivo Tamm")
    assert not any("whose it is" in fault for fault in faults(card))


def test_the_peoples_bank_is_a_name(questions_from: Callable[[str, str], list[str]]) -> None:
    text = ("Kellia\n\nThe People's Bank of Kellia, chaired by the teacher Ivo Tamm, began "
            "lending small sums without collateral in 1989.\n")
    assert any("People's Bank of Kellia" in q and "1989" not in q
               for q in questions_from("kellia", text))
