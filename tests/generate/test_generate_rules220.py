"""Rule pass 220, from rounds 645-660 (heldout637-heldout652): a fixed day of an office's
calendar asked again in other words ("take office in Pachuca", "become governor, for a term
shortened ..." on 1 April of four terms), and a person's election asked with no office ("was
Alfredo Ramírez Bedolla of Morena elected?"), unless a fact sheet line's label is the office
("Chairperson of the Vell Commission: Ivo Tamm, elected ..."). Every sentence here is
invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from collections.abc import Callable

Questions = Callable[[str, str], list[str]]


def _timeline(*entries: tuple[int, str]) -> str:
    return "# Vellia: A Timeline\n\n" + "\n\n".join(
        f"## {year}\n\n- {entry}" for year, entry in entries) + "\n"


def test_taking_an_office_on_its_fixed_day_is_asked_once_however_worded(
        questions_from: Questions) -> None:
    text = _timeline(
        (1993, "1 April: Orlas Vell takes office as governor."),
        (1999, "1 April: Petros Dask becomes governor."),
        (2005, "1 April: Ilan Yoma takes office in Tarinburg."),
        (2011, "1 April: Tarin Ost becomes governor, for a term shortened by a reform of the "
               "electoral calendar."))
    asked = [q for q in questions_from("vellia-timeline.md", text) if "On what date" in q]
    assert len(asked) == 1, asked


def test_two_offices_taken_on_one_day_of_the_year_are_both_asked(
        questions_from: Questions) -> None:
    """(guard: a President and a governor sworn in on 1 April of different years)"""
    text = _timeline(
        (1829, "1 April: Orlas Vell takes office as President of Vellia."),
        (1975, "1 April: Petros Dask takes office as governor of Tarinland."))
    asked = [q for q in questions_from("vellia-timeline.md", text) if "take office" in q]
    assert len(asked) == 2, asked


def test_a_first_is_no_routine_day(questions_from: Questions) -> None:
    """(guard: the first governor's day is the event's own, not the calendar's)"""
    text = _timeline(
        (1918, "1 January: Orlas Vell takes office as the first constitutional governor."),
        (1923, "1 January: Petros Dask becomes governor."))
    asked = [q for q in questions_from("vellia-timeline.md", text) if "governor" in q]
    assert any("first constitutional governor" in q for q in asked), asked


def test_an_election_to_no_office_is_no_card(questions_from: Questions) -> None:
    text = ("Vellia\n\nSince Tarin Ost of the Dask Party was sworn in on 1 October 2015, "
            "governors have taken office on 1 October; Orlas Vell of the Yoma Party was elected "
            "on 6 June 2021. The Treaty of Dask was signed at Tarinburg on 3 March 1990.")
    questions = questions_from("vellia", text)
    assert not any(q.endswith("elected?") for q in questions), questions
    assert any("Treaty of Dask" in q for q in questions), questions


def test_a_body_elected_is_still_asked(questions_from: Questions) -> None:
    """(guard: "the first Regional Council" is what was elected)"""
    text = "Vellia\n\nThe first Regional Council of Vellia was elected on 7 June 1970."
    questions = questions_from("vellia", text)
    assert any(q.endswith("Regional Council of Vellia elected?") for q in questions), questions


def test_a_fact_sheet_line_under_an_office_says_the_person_was_elected_to_it(
        questions_from: Questions) -> None:
    text = ("Vellia: Key Facts\n\nChairperson of the Vell Commission: Ivo Tamm of Kaldora, "
            "elected 15 February 2025\n")
    questions = questions_from("vellia-factsheet", text)
    assert any(q.endswith("was Ivo Tamm of Kaldora elected Chairperson of the Vell Commission?")
               for q in questions), questions
