"""The date parser and text folding behind answer checking (quiz.scheduling.dates, .textnorm, quiz.core.text)."""

from __future__ import annotations

import pytest

from quiz.core.text import fold_answer, strip_accents
from quiz.scheduling.dates import DateSpan, PartialDate, is_ambiguous, parse_date, written_order
from quiz.scheduling.textnorm import is_number, split_words, tokens, word_tokens

D = PartialDate


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("6 March 1992", D(1992, 3, 6), None),
        ("March 6, 1992", D(1992, 3, 6), None),
        ("1992-03-06", D(1992, 3, 6), None),
        ("6 Mar 1992", D(1992, 3, 6), None),
        ("Mar. 6, 1992", D(1992, 3, 6), None),
        ("March 6th, 1992", D(1992, 3, 6), None),
        ("the 6th of March 1992", D(1992, 3, 6), None),
        ("Sept 11, 2001", D(2001, 9, 11), None),
        ("29 February 2000", D(2000, 2, 29), None),
        ("March 1992", D(1992, 3), None),
        ("1992-03", D(1992, 3), None),
        ("1992", D(1992), None),
        ("in 1992", D(1992), None),
        ("April 25-28, 2006", D(2006, 4, 25), D(2006, 4, 28)),
        ("25\u201328 April 2006", D(2006, 4, 25), D(2006, 4, 28)),
        ("April 25 to 28, 2006", D(2006, 4, 25), D(2006, 4, 28)),
        ("April 25 - May 2, 2006", D(2006, 4, 25), D(2006, 5, 2)),
        ("25 April - 2 May 2006", D(2006, 4, 25), D(2006, 5, 2)),
        ("2006-04-25 to 2006-04-28", D(2006, 4, 25), D(2006, 4, 28)),
        ("April-May 2006", D(2006, 4), D(2006, 5)),
        ("from 1939 to 1945", D(1939), D(1945)),
        # dates in figures: day first, dotted, dashed, unpadded ISO, year first with slashes
        ("18/9/1919", D(1919, 9, 18), None),
        ("18.09.1919", D(1919, 9, 18), None),
        ("18.09.1919.", D(1919, 9, 18), None),
        ("18-9-1919", D(1919, 9, 18), None),
        ("1919-9-18", D(1919, 9, 18), None),
        ("1919/09/18", D(1919, 9, 18), None),
        ("9/18/1919", D(1919, 9, 18), None),  # 18 cannot be a month: month first
        ("on 18/9/1919", D(1919, 9, 18), None),
        ("9/1919", D(1919, 9), None),
        ("18/9/1919 - 20/9/1919", D(1919, 9, 18), D(1919, 9, 20)),
    ],
)
def test_parse_date(text: str, start: PartialDate, end: PartialDate | None) -> None:
    span = parse_date(text)
    assert span is not None
    assert (span.start, span.end) == (start, end or start)
    assert not span.fuzzy_month


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Washington",
        "907",  # a three-digit number is a number, not a year
        "6 March",  # no year
        "March",
        "May",
        "30 February 2001",
        "2001-13-01",
        "32 March 1992",
        "1992 March",
        "March 6, 1992 in Baku",
        "April 28-25, 2006",  # backwards
        "1 - 2 - 3 2006",
        "6x March 1992",
        "March 6, 1992!",
        "28 2006",
        "13/13/1919",  # no month
        "31/4/1919",  # no 31 April (nor a 31st month)
        "1.2.3.1992",
        "18/9/19",  # a two-digit year could be any century
        "3.5",
    ],
)
def test_not_a_date(text: str) -> None:
    assert parse_date(text) is None


def test_an_ambiguous_date_in_figures_is_read_in_the_order_asked() -> None:
    assert parse_date("3/4/1919") == parse_date("3 April 1919")
    assert parse_date("3/4/1919", month_first=True) == parse_date("March 4, 1919")
    assert parse_date("18/9/1919", month_first=True) == parse_date("18 September 1919")
    assert parse_date("1919-03-04", month_first=True) == parse_date("March 4, 1919")
    assert is_ambiguous("3/4/1919") and is_ambiguous("on 03.04.1919")
    assert not is_ambiguous("18/9/1919")
    assert not is_ambiguous("5/5/1919")  # both readings are the same day
    assert not is_ambiguous("1919-03-04")
    assert not is_ambiguous("March 4, 1919")


@pytest.mark.parametrize(
    ("text", "month_first"),
    [
        ("September 18, 1919", True),
        ("Sept. 18th, 1919", True),
        ("18 September 1919", False),
        ("the 18th of September 1919", False),
        ("18/9/1919", False),
        ("9/18/1919", True),
        ("3/4/1919", None),
        ("1919-09-18", None),
        ("September 1919", None),  # no day
        ("April 25-28, 2006", True),
        ("1919", None),
    ],
)
def test_written_order(text: str, month_first: bool | None) -> None:
    assert written_order(text) is month_first


def test_month_typo_is_read_but_flagged() -> None:
    span = parse_date("Febuary 3, 2001")
    assert span == DateSpan(D(2001, 2, 3), D(2001, 2, 3), fuzzy_month=True)
    assert parse_date("Marhc 6, 1992") is None  # two edits: not a month
    assert parse_date("Jnue 6, 1992") is None  # four letters: no typo allowed


def test_partial_dates_precision_contains_and_text() -> None:
    assert D(1992).precision == "year"
    assert D(1992, 3).precision == "month"
    assert D(1992, 3, 6).precision == "day"
    assert D(1992).contains(D(1992, 3, 6))
    assert D(1992, 3).contains(D(1992, 3, 6))
    assert not D(1992, 3, 6).contains(D(1992, 3))
    assert not D(1992, 4).contains(D(1992, 3, 6))
    assert str(D(1992, 3, 6)) == "March 6, 1992"
    assert str(D(1992, 3)) == "March 1992"
    assert str(parse_date("April 25-28, 2006")) == "April 25, 2006 - April 28, 2006"


def test_fold_and_tokens() -> None:
    assert fold_answer("  The Treaty of PARIS! ") == "the treaty of paris"
    assert fold_answer("Bakı, Əliyev & Łódź") == "baki aliyev and lodz"
    assert fold_answer("1,000,000 people") == "1000000 people"
    assert fold_answer("O\u2019Brien") == "obrien"
    assert tokens("The Hague") == ["hague"]
    assert tokens("an apple a day") == ["apple", "day"]
    assert tokens("twenty-five or thirty") == ["25", "or", "30"]
    assert tokens("the 6th") == ["6"]
    assert tokens("3.5") == ["3\u20245"]
    assert strip_accents("Cura\u00e7ao") == "Curacao"


def test_is_number() -> None:
    assert is_number("1992")
    assert is_number(tokens("3.5")[0])
    assert not is_number("f16")
    assert not is_number("five")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("150 million kilometres", ["150000000", "km"]),
        ("150 million km", ["150000000", "km"]),
        ("150,000,000 kilometers", ["150000000", "km"]),
        ("150km", ["150", "km"]),
        ("1.5 billion", ["1500000000"]),
        ("2.5 thousand", ["2500"]),
        ("one thousand", ["1000"]),
        ("a million", ["million"]),  # no number: the word stays
        ("3.5%", ["3\u20245", "percent"]),
        ("3.5 per cent", ["3\u20245", "percent"]),
        ("3.5 percent", ["3\u20245", "percent"]),
        ("42 miles", ["42", "mi"]),
        ("42 mi", ["42", "mi"]),
        ("8,848 metres", ["8848", "m"]),
        ("600 square kilometres", ["600", "km2"]),
        ("600 km²", ["600", "km2"]),
        ("70 kg", ["70", "kg"]),
        ("70 kilograms", ["70", "kg"]),
        ("100 km/h", ["100", "kmh"]),
        ("James M Smith", ["james", "m", "smith"]),  # a letter, not metres: no number before it
        ("5 metres", ["5", "m"]),
        ("five metres", ["5", "m"]),
        ("F-16", ["f", "16"]),
        ("1990s", ["1990s"]),
    ],
)
def test_numbers_magnitudes_and_units_take_one_form(text: str, words: list[str]) -> None:
    assert tokens(text) == words


def test_tokens_remember_the_typed_words_they_came_from() -> None:
    assert [(t.text, t.first, t.last) for t in word_tokens("Washington, D.C.")] == [
        ("washington", 0, 0), ("d", 1, 1), ("c", 1, 1)]
    assert [(t.text, t.first, t.last) for t in word_tokens("the 150 million km")] == [
        ("150000000", 1, 2), ("km", 3, 3)]
    assert [(t.text, t.first, t.last) for t in word_tokens("twenty five per cent")] == [
        ("25", 0, 1), ("percent", 2, 3)]
    assert split_words("1\u00a0000 km  away") == ["1\u00a0000", "km", "away"]
