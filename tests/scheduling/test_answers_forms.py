"""Forgiving form, strict facts: the typed answers of issue #12 (names, offices, dates in
figures, units, notes and the word diff) and the wrong answers that must stay wrong."""

from __future__ import annotations

import fsrs
import pytest

from quiz.deck.model import Card
from quiz.scheduling.answers import check_answer, suggest_rating, word_diff
from quiz.scheduling.wordmatch import asks_for_person, is_person_name

WHO = "Who was the President of the United States in 1919?"
OFFICE = "What position did Nikol Pashinyan hold in 2025?"


def card(answer: str, question: str = "?", tags: tuple[str, ...] = (),
         accept: tuple[str, ...] = ()) -> Card:
    return Card(id="c1", question=question, answer=answer, accept=accept, tags=tags)


# (question, tags, answer, response, correct, exact, a piece of the note)
FORMS = [
    # a person's name: titles ignored, the surname alone is right but never more than Hard
    (WHO, (), "Woodrow Wilson", "President Wilson", True, False, "surname only"),
    (WHO, (), "Woodrow Wilson", "Wilson", True, False,
     "surname only: the full name is Woodrow Wilson"),
    (WHO, (), "Woodrow Wilson", "Mr. Wilson", True, False, "ignored: Mr"),
    (WHO, (), "Woodrow Wilson", "President Woodrow Wilson", True, True, "ignored: President"),
    (WHO, (), "Woodrow Wilson", "Wilson, Woodrow", True, True, "name order ignored"),
    (WHO, (), "Woodrow Wilson", "Wilsn", True, False, "typo forgiven: 'Wilsn' -> 'Wilson'"),
    ("Who signed it?", (), "George W. Bush", "George Bush", True, False, "left out: W"),
    ("Who signed it?", (), "Charles de Gaulle", "de Gaulle", True, False, "surname only"),
    ("Whom did he meet?", (), "Nikol Pashinyan", "Pashinyan", True, False, "surname only"),
    ("Which official?", ("official",), "Nikol Pashinyan", "Pashinyan", True, False, ""),
    # ... and a wrong person stays wrong
    (WHO, (), "Woodrow Wilson", "Woodrow", False, False, "incomplete: missing Wilson"),
    (WHO, (), "Woodrow Wilson", "Edith Wilson", False, False, "expected Woodrow Wilson"),
    (WHO, (), "Woodrow Wilson", "President Roosevelt", False, False, "expected Woodrow Wilson"),
    (WHO, (), "Woodrow Wilson", "Theodore Roosevelt", False, False, ""),
    ("Who leads Azerbaijan?", (), "Ilham Aliyev", "Heydar Aliyev", False, False,
     "expected Ilham Aliyev"),
    (WHO, (), "Woodrow Wilson", "Wilson Woodrow Smith", False, False, "unexpected words: Smith"),
    # not a person: no surname rule (a place, a country, a body, an office; no "who")
    ("Who hosted the talks?", (), "New York", "York", False, False, "incomplete"),
    ("Who won the war?", (), "Soviet Union", "Union", False, False, ""),
    ("Who was it?", (), "Prime Minister", "Minister", False, False, ""),
    ("Which city?", (), "Woodrow Wilson", "Wilson", False, False, "incomplete: missing Woodrow"),
    # an office named with a nationality or with "of Country"
    (OFFICE, ("official",), "Prime Minister of Armenia", "Armenian Prime Minister", True, True, ""),
    (OFFICE, (), "Armenian Prime Minister", "Prime Minister of Armenia", True, True, ""),
    (OFFICE, (), "Prime Minister of Armenia", "the prime minister of armenia", True, True, ""),
    (OFFICE, (), "President of the United States", "US President", True, True, ""),
    (OFFICE, (), "President of the United States", "American president", True, True, ""),
    (OFFICE, (), "U.S. Secretary of State", "Secretary of State of the United States", True, True,
     ""),
    (OFFICE, (), "Azerbaijani Ambassador to the United States",
     "Ambassador of Azerbaijan to the US", True, True, ""),
    (OFFICE, (), "Soviet Foreign Minister", "Foreign Minister of the USSR", True, True, ""),
    # ... and a different office or country stays wrong
    (OFFICE, (), "Prime Minister of Armenia", "Azerbaijani Prime Minister", False, False,
     "expected Prime Minister of Armenia"),
    (OFFICE, (), "Prime Minister of Armenia", "Armenian President", False, False, ""),
    (OFFICE, (), "Prime Minister of Armenia", "Deputy Prime Minister of Armenia", False, False,
     "unexpected words: Deputy"),
    (OFFICE, (), "Minister of Foreign Affairs", "Prime Minister of Foreign Affairs", False, False,
     "unexpected words: Prime"),  # a title inside an office answer is a fact, not a filler
    (OFFICE, (), "President of the United States", "Vice President of the United States", False,
     False, "unexpected words: Vice"),
    (OFFICE, (), "President of the United States", "the president", False, False,
     "incomplete: missing United States"),
    (OFFICE, (), "Azerbaijani Ambassador to the United States", "American Ambassador to Azerbaijan",
     False, False, ""),
    (OFFICE, (), "Soviet Foreign Minister", "Russian Foreign Minister", False, False, ""),
    # dates in figures: day first, dotted, unpadded ISO
    ("When?", (), "September 18, 1919", "18/9/1919", True, True, "same date"),
    ("When?", (), "September 18, 1919", "18.09.1919", True, True, "same date"),
    ("When?", (), "September 18, 1919", "1919-9-18", True, True, "same date"),
    ("When?", (), "September 18, 1919", "18-9-1919", True, True, "same date"),
    ("When?", (), "September 18, 1919", "9/18/1919", True, True, "same date"),
    ("When?", (), "18 September 1919", "18/09/1919", True, True, "same date"),
    ("When?", (), "September 1919", "9/1919", True, True, "same date"),
    # ... an ambiguous one is read in the order the answer is written, else not at all
    ("When?", (), "March 4, 1919", "3/4/1919", True, True, "same date"),
    ("When?", (), "4 March 1919", "4/3/1919", True, True, "same date"),
    ("When?", (), "4 March 1919", "3/4/1919", False, False, "(3/4/1919 read day first)"),
    ("When?", (), "April 3, 1919", "3/4/1919", False, False, "(3/4/1919 read month first)"),
    ("When?", (), "1919-03-04", "3/4/1919", False, False,
     "ambiguous date: 3/4/1919 could be April 3, 1919 or March 4, 1919; write the month as a word"),
    # ... and a wrong date stays wrong
    ("When?", (), "September 18, 1919", "18/9/1920", False, False, "expected September 18, 1919"),
    ("When?", (), "September 18, 1919", "19.09.1919", False, False, ""),
    ("When?", (), "September 18, 1919", "9/1919", False, False, "a month and year alone"),
    ("When?", (), "September 18, 1919", "18/9/19", False, False, ""),
    # units and magnitudes
    ("How far?", (), "150 million km", "150 million kilometres", True, True, ""),
    ("How far?", (), "150 million km", "150 million kilometers", True, True, ""),
    ("How far?", (), "150 million km", "150,000,000 km", True, True, ""),
    ("How far?", (), "150 million km", "150000000 kilometres", True, True, ""),
    ("How high?", (), "8,848 m", "8848 metres", True, True, ""),
    ("How heavy?", (), "70 kg", "70 kilograms", True, True, ""),
    ("How far?", (), "26.2 miles", "26.2 mi", True, True, ""),
    ("How much?", (), "3.5%", "3.5 per cent", True, True, ""),
    ("How much?", (), "3.5 percent", "3.5%", True, True, ""),
    ("How big?", (), "86,600 km²", "86,600 square kilometres", True, True, ""),
    # ... a different number or unit stays wrong
    ("How far?", (), "150 million km", "150 million miles", False, False, ""),
    ("How far?", (), "150 million km", "150 km", False, False, ""),
    ("How far?", (), "150 million km", "160 million km", False, False,
     "numbers must match exactly: 160 million is not 150 million"),
    ("How far?", (), "150 million km", "150 billion km", False, False, "numbers must match"),
    ("How much?", (), "3.5%", "35%", False, False, "numbers must match exactly: 35 is not 3.5"),
    # notes quote each typed word once
    ("Which city?", (), "Washington", "Washington, D.C.", False, False, "unexpected words: D.C."),
    ("Which city?", (), "Washington", "Washington DC USA", False, False,
     "unexpected words: DC USA"),
]


@pytest.mark.parametrize(("question", "tags", "answer", "response", "correct", "exact", "note"),
                         FORMS)
def test_forgiving_form_strict_facts(question: str, tags: tuple[str, ...], answer: str,
                                     response: str, correct: bool, exact: bool, note: str) -> None:
    verdict = check_answer(card(answer, question, tags), response)
    assert (verdict.correct, verdict.exact) == (correct, exact), verdict
    assert note in verdict.note, verdict.note


def test_a_surname_alone_suggests_hard_not_again() -> None:
    verdict = check_answer(card("Woodrow Wilson", WHO), "Wilson")
    assert suggest_rating(verdict, 1.0) == fsrs.Rating.Hard
    assert "incomplete" not in verdict.note
    assert suggest_rating(check_answer(card("Woodrow Wilson", WHO), "Woodrow Wilson"),
                          1.0) == fsrs.Rating.Easy


def test_the_date_order_setting_settles_an_ambiguous_date() -> None:
    iso = card("1919-03-04", "When?")
    assert check_answer(iso, "3/4/1919", date_order="month-first").correct
    assert not check_answer(iso, "3/4/1919", date_order="day-first").correct
    assert check_answer(iso, "4/3/1919", date_order="day-first").correct
    us = card("March 4, 1919", "When?")  # the setting wins over the answer's style
    assert not check_answer(us, "3/4/1919", date_order="day-first").correct
    assert check_answer(us, "4/3/1919", date_order="day-first").correct
    # an unambiguous date is read the only way it can be, whatever the setting
    assert check_answer(card("September 18, 1919"), "18/9/1919", date_order="month-first").correct
    assert check_answer(card("September 18, 1919"), "9/18/1919", date_order="day-first").correct


def test_the_note_for_washington_dc_names_dc_once() -> None:
    verdict = check_answer(card("Washington"), "Washington, D.C.")
    assert verdict.note == "unexpected words: D.C."
    assert verdict.diff == (("Washington,", "equal"), ("D.C.", "extra"))
    with_accept = card("Washington", accept=("Washington, D.C.", "Washington DC"))
    assert check_answer(with_accept, "Washington, D.C.").correct


def test_the_diff_of_the_president_keeps_president_in_its_place() -> None:
    diff = word_diff("the president", "President of the United States")
    assert diff == (("the", "extra"), ("president", "equal"), ("of the United States", "missing"))
    verdict = check_answer(card("President of the United States", OFFICE), "the president")
    assert verdict.diff == diff
    assert ("president", "wrong") not in verdict.diff


def test_the_diff_prefers_content_words_to_articles_and_fillers() -> None:
    assert word_diff("of Paris", "Treaty of Paris") == (("Treaty", "missing"),
                                                        ("of Paris", "equal"))
    assert word_diff("the Treaty", "the Hague Treaty of the Sea") == (
        ("the", "equal"), ("Hague", "missing"), ("Treaty", "equal"), ("of the Sea", "missing"))
    assert word_diff("150 million kilometres", "150 million km") == (
        ("150 million kilometres", "equal"),)


def test_an_office_in_the_other_form_is_shown_as_right_as_typed() -> None:
    verdict = check_answer(card("Prime Minister of Armenia", OFFICE), "Armenian Prime Minister")
    assert verdict.diff == (("Armenian Prime Minister", "equal"),)
    assert verdict.note == ""


@pytest.mark.parametrize(
    ("question", "tags", "expected"),
    [
        (WHO, (), True),
        ("Whose speech was it?", (), True),
        ("To whom did he write?", (), True),
        ("What position did he hold?", ("official",), True),
        ("Name the leader.", ("person",), True),
        ("In what year?", ("date",), False),
        ("Whoever?", (), False),
    ],
)
def test_asks_for_person(question: str, tags: tuple[str, ...], expected: bool) -> None:
    assert asks_for_person(card("x", question, tags)) is expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Woodrow Wilson", True),
        ("George W. Bush", True),
        ("Charles de Gaulle", True),
        ("James C. O'Brien", True),
        ("Wilson", False),  # one word: no shorter form to forgive
        ("New York", False),
        ("United States", False),
        ("West Germany", False),
        ("Prime Minister", False),
        ("Democratic Congressman", False),
        ("Warsaw Pact", False),
        ("the president", False),
        ("Boeing 747", False),
    ],
)
def test_is_person_name(answer: str, expected: bool) -> None:
    assert is_person_name(answer) is expected
