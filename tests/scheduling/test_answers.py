"""Typed answers, multiple choice, rating suggestions and the word diff of quiz.scheduling.answers."""

from __future__ import annotations

import math
import subprocess
import sys

import fsrs
import pytest

from quiz.deck.model import Card
from quiz.scheduling.answers import (
    BASE_SECONDS,
    Verdict,
    check_answer,
    check_choice,
    rating_budget,
    suggest_rating,
    word_diff,
)


def card(answer: str, accept: tuple[str, ...] = (), choices: tuple[str, ...] = ()) -> Card:
    return Card(id="c1", question="?", answer=answer, accept=accept, choices=choices)


# (answer, accept, response, correct, exact, a piece of the note)
TYPED = [
    # folding: case, punctuation, accents, articles
    ("Washington", (), "washington", True, True, ""),
    ("Washington", (), "  WASHINGTON!  ", True, True, ""),
    ("Bakı", (), "Baki", True, True, ""),
    ("Baku", (), "Bakú", True, True, ""),
    ("The Hague", (), "Hague", True, True, ""),
    ("Hague", (), "the hague", True, True, ""),
    ("an apple", (), "Apple", True, True, ""),
    ("O'Brien", (), "OBrien", True, True, ""),
    ("Ilham Aliyev", (), "İlham Əliyev", True, True, ""),
    ("Gdansk", (), "Gdańsk", True, True, ""),
    # accept forms
    ("United States", ("USA", "U.S.A."), "usa", True, True, "accepted alternative: USA"),
    ("United States", ("USA",), "U.S.", False, False, "expected United States"),
    # typos forgiven by word, with limits
    ("Washington", (), "Washingtn", True, False, "typo forgiven: 'Washingtn' -> 'Washington'"),
    ("Azerbaijan", (), "Azerbaijna", True, False, "typo forgiven"),
    ("Mississippi", (), "Missisippi", True, False, "typo forgiven"),
    ("Paris", (), "Pariss", True, False, "typo forgiven"),
    ("Paris", (), "Parsi", False, False, "expected Paris"),  # two edits in a five-letter word
    ("Baku", (), "Baky", False, False, "expected Baku"),  # four letters: no typo allowed
    ("Iran", (), "Iraq", False, False, "expected Iran"),
    ("Oslo", (), "Osla", False, False, ""),
    ("Zambia", (), "Gambia", False, False, ""),  # the first letter is never a typo
    ("Australia", (), "Austria", False, False, ""),  # a length change of two is not a typo
    ("Ilham Aliyev", (), "Ilham Aliyevv", True, False, "typo forgiven"),
    # numbers are never fuzzed
    ("1992", (), "1991", False, False, "expected 1992"),
    ("907", (), "970", False, False, "numbers must match exactly: 970 is not 907"),
    ("907 soldiers", (), "970 soldiers", False, False, "numbers must match exactly"),
    ("F-16", (), "F-15", False, False, ""),
    ("1,000", (), "1000", True, True, ""),
    ("1,000,000", (), "1,000,001", False, False, "numbers must match exactly"),
    ("population 12345678", (), "population 12345687", False, False, "numbers must match"),
    ("B-52 bomber", (), "B52 bomber", True, False, "spacing forgiven"),
    ("B-52 bomber", (), "B-53 bomber", False, False, ""),
    ("3.5 percent", (), "3.5 percent", True, True, ""),
    ("3.5 percent", (), "35 percent", False, False, "numbers must match exactly"),
    # small numbers as words
    ("5", (), "five", True, True, ""),
    ("five", (), "5", True, True, ""),
    ("25 states", (), "twenty-five states", True, True, ""),
    ("six", (), "seven", False, False, ""),
    # dates compared as dates
    ("March 6, 1992", (), "6 March 1992", True, True, "same date"),
    ("March 6, 1992", (), "1992-03-06", True, True, "same date"),
    ("March 6, 1992", (), "6 Mar 1992", True, True, ""),
    ("March 6, 1992", (), "March 6th, 1992", True, True, ""),
    ("6 March 1992", (), "on the 6th of March, 1992", True, True, ""),
    ("March 6, 1992", (), "March 6, 1992", True, True, ""),
    ("March 6, 1992", (), "Marhc 6, 1992", False, False, ""),
    ("February 3, 2001", (), "Febuary 3, 2001", True, False, "typo forgiven in the month"),
    ("March 6, 1992", (), "March 7, 1992", False, False, "expected March 6, 1992"),
    ("March 6, 1992", (), "March 6, 1993", False, False, ""),
    ("March 6, 1992", (), "1992", False, False,
     "the full date is March 6, 1992; a year alone is not enough"),
    ("March 6, 1992", (), "March 1992", False, False, "a month and year alone is not enough"),
    ("March 1992", (), "March 1992", True, True, ""),
    ("March 1992", (), "1992-03", True, True, "same date"),
    ("March 1992", (), "March 6, 1992", True, True, "more precise than the answer"),
    ("1992", (), "in 1992", True, True, ""),
    # ranges
    ("April 25-28, 2006", (), "25-28 April 2006", True, True, "same date"),
    ("April 25-28, 2006", (), "April 25 to 28, 2006", True, True, ""),
    ("April 25-28, 2006", (), "2006-04-25 to 2006-04-28", True, True, ""),
    ("April 25-28, 2006", (), "April 25, 2006", False, False, "the answer is a range"),
    ("April 25-28, 2006", (), "April 25-27, 2006", False, False, ""),
    ("April 25 - May 2, 2006", (), "25 April \u2013 2 May 2006", True, True, ""),
    ("1939-1945", (), "from 1939 to 1945", True, True, ""),
    # names: word by word, any order, titles allowed
    ("Ilham Aliyev", (), "Heydar Aliyev", False, False, "expected Ilham Aliyev"),
    ("Ilham Aliyev", (), "Aliyev, Ilham", True, True, "name order ignored"),
    ("Ilham Aliyev", (), "President Ilham Aliyev", True, True, "ignored: President"),
    ("Ilham Aliyev", (), "Aliyev", False, False, "incomplete: missing Ilham"),
    ("Ilham Aliyev", (), "Ilham Aliyev of Azerbaijan", False, False, "unexpected words"),
    ("Ilham Aliyev", (), "not Ilham Aliyev", False, False, "unexpected words: not"),
    ("Charles de Gaulle", (), "de Gaulle, Charles", True, True, ""),
    ("Treaty of Paris", (), "Paris of Treaty", False, False, "wrong order"),
    ("Treaty of Paris", (), "the treaty paris", True, True, "left out: of"),
    ("Baku", (), "it was in Baku", True, True, "ignored"),
    ("New York", (), "NewYork", True, False, "spacing forgiven"),
    # empty answers
    ("Washington", (), "", False, False, "empty answer"),
    ("Washington", (), "   ?! ", False, False, "empty answer"),
]


@pytest.mark.parametrize(("answer", "accept", "response", "correct", "exact", "note"), TYPED)
def test_typed_answers(
    answer: str, accept: tuple[str, ...], response: str, correct: bool, exact: bool, note: str
) -> None:
    verdict = check_answer(card(answer, accept), response)
    assert (verdict.correct, verdict.exact) == (correct, exact), verdict
    assert note in verdict.note
    assert verdict.expected == answer
    assert verdict.response == response
    if correct:
        assert verdict.matched in (answer, *accept)
    else:
        assert verdict.matched is None
        assert verdict.note  # a wrong answer always says why


def test_the_table_covers_enough_cases() -> None:
    assert len(TYPED) >= 40
    assert sum(1 for row in TYPED if not row[3]) >= 15


def test_exact_accept_form_wins_over_a_forgiven_answer() -> None:
    verdict = check_answer(card("Kyiv", accept=("Kiev",)), "Kiev")
    assert verdict.correct and verdict.exact
    assert verdict.matched == "Kiev"


def test_forgiven_typo_in_answer_reports_the_answer_matched() -> None:
    verdict = check_answer(card("Washington", accept=("Washington D.C.",)), "Washingtn")
    assert verdict.matched == "Washington"
    assert not verdict.exact


def test_verdict_is_frozen() -> None:
    verdict = check_answer(card("Baku"), "Baku")
    with pytest.raises(AttributeError):
        verdict.correct = False  # type: ignore[misc]


# --- word diff ---------------------------------------------------------------------------------


def test_diff_marks_wrong_missing_and_equal_words() -> None:
    verdict = check_answer(card("Ilham Aliyev"), "Heydar Aliyev")
    assert verdict.diff == (("Heydar", "wrong"), ("Ilham", "missing"), ("Aliyev", "equal"))


def test_diff_marks_extra_words() -> None:
    verdict = check_answer(card("Ilham Aliyev"), "President Ilham Aliyev")
    assert verdict.diff == (("President", "extra"), ("Ilham Aliyev", "equal"))


def test_diff_shows_the_correction_of_a_typo() -> None:
    verdict = check_answer(card("George Washington"), "george washingtn")
    assert verdict.diff == (("george", "equal"), ("washingtn", "wrong"), ("Washington", "missing"))


def test_diff_of_an_equivalent_date_is_all_equal() -> None:
    verdict = check_answer(card("March 6, 1992"), "1992-03-06")
    assert verdict.diff == (("1992-03-06", "equal"),)


def test_diff_of_an_empty_answer_shows_the_answer_missing() -> None:
    assert check_answer(card("Baku"), "").diff == (("Baku", "missing"),)


def test_word_diff_folds_case_and_punctuation_but_keeps_the_typed_words() -> None:
    assert word_diff("the treaty of PARIS!", "Treaty of Paris") == (
        ("the", "extra"),
        ("treaty of PARIS!", "equal"),
    )
    assert word_diff("", "Baku") == (("Baku", "missing"),)
    assert word_diff("Baku", "Baku") == (("Baku", "equal"),)


def test_diff_kinds_are_only_the_four_documented_ones() -> None:
    kinds = {
        kind
        for answer, accept, response, *_ in TYPED
        for _, kind in check_answer(card(answer, accept), response).diff
    }
    assert kinds <= {"equal", "missing", "extra", "wrong"}
    assert kinds == {"equal", "missing", "extra", "wrong"}


# --- multiple choice ---------------------------------------------------------------------------


def choice_card() -> Card:
    return Card(
        id="mc",
        question="Capital of Azerbaijan?",
        answer="Baku",
        accept=("Baki",),
        choices=("Ganja", "Sumqayit", "Bakuriani"),
    )


@pytest.mark.parametrize(
    ("chosen", "correct", "matched"),
    [
        ("Baku", True, "Baku"),
        ("baku ", True, "Baku"),
        ("Bakı", True, "Baki"),
        ("Ganja", False, None),
        ("Bakuriani", False, None),
        ("Baky", False, None),  # no typo forgiveness when picking from a list
    ],
)
def test_check_choice(chosen: str, correct: bool, matched: str | None) -> None:
    verdict = check_choice(choice_card(), chosen)
    assert verdict.correct is correct
    assert verdict.exact is correct
    assert verdict.matched == matched


def test_wrong_choice_says_the_answer_and_diffs_it() -> None:
    verdict = check_choice(choice_card(), "Ganja")
    assert verdict.note == "expected Baku"
    assert verdict.diff == (("Ganja", "wrong"), ("Baku", "missing"))


def test_empty_choice_is_wrong() -> None:
    verdict = check_choice(choice_card(), "  ")
    assert not verdict.correct
    assert verdict.note == "empty answer"


def test_choice_folds_articles_and_numbers() -> None:
    assert check_choice(card("The Hague"), "hague").correct
    assert check_choice(card("5"), "five").correct
    assert not check_choice(card("1992"), "1991").correct


# --- rating suggestion -------------------------------------------------------------------------


def verdict(correct: bool, exact: bool, expected: str = "Baku") -> Verdict:
    return Verdict(correct, exact, expected if correct else None, expected, expected, "", ())


@pytest.mark.parametrize(
    ("correct", "exact", "elapsed", "rating"),
    [
        (False, False, 1.0, fsrs.Rating.Again),
        (False, False, None, fsrs.Rating.Again),
        (True, False, 1.0, fsrs.Rating.Hard),  # a forgiven typo is never more than Hard
        (True, False, None, fsrs.Rating.Hard),
        (True, True, 1.0, fsrs.Rating.Easy),
        (True, True, 5.0, fsrs.Rating.Good),
        (True, True, 8.0, fsrs.Rating.Good),
        (True, True, 30.0, fsrs.Rating.Hard),
        (True, True, None, fsrs.Rating.Good),
        (True, True, -3.0, fsrs.Rating.Good),
        (True, True, math.nan, fsrs.Rating.Good),
    ],
)
def test_suggest_rating(
    correct: bool, exact: bool, elapsed: float | None, rating: fsrs.Rating
) -> None:
    assert suggest_rating(verdict(correct, exact), elapsed) == rating


def test_rating_budget_grows_with_answer_length() -> None:
    short, long = "Baku", "The Treaty on the Non-Proliferation of Nuclear Weapons"
    assert rating_budget(short) > BASE_SECONDS
    assert rating_budget(long) > rating_budget(short) + 10
    elapsed = rating_budget(short) + 1  # too slow for a short answer, fine for a long one
    assert suggest_rating(verdict(True, True, short), elapsed) == fsrs.Rating.Hard
    assert suggest_rating(verdict(True, True, long), elapsed) == fsrs.Rating.Good


def test_suggest_rating_from_real_verdicts() -> None:
    assert suggest_rating(check_answer(card("Washington"), "Washingtn"), 2.0) == fsrs.Rating.Hard
    assert suggest_rating(check_answer(card("Washington"), "Washington"), 2.0) == fsrs.Rating.Easy
    assert suggest_rating(check_answer(card("Washington"), "Boston"), 2.0) == fsrs.Rating.Again


def test_a_quick_pick_among_choices_is_good_not_easy() -> None:
    choice_card = Card(id="c", question="q", answer="Baku", choices=("Ganja", "Sumqayit"))
    assert suggest_rating(check_choice(choice_card, "Baku"), 1.0) == fsrs.Rating.Good
    assert suggest_rating(check_answer(choice_card, "Baku"), 1.0) == fsrs.Rating.Easy
    assert suggest_rating(check_choice(choice_card, "Ganja"), 1.0) == fsrs.Rating.Again


def test_answer_checking_never_imports_the_ui() -> None:
    code = (
        "import sys, quiz.scheduling.answers; "
        "print(any(m.split('.')[0] in ('textual', 'click') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
