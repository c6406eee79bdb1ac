"""The date grammar: every written form, its granularity, and what is not a date."""

from __future__ import annotations

import pytest

from quiz.generate.dates import DateMention, alternative_forms, find_dates, render, with_year


def _one(text: str) -> DateMention:
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "written", "granularity", "parts"),
    [
        ("The pact was signed on March 6, 1992, in Rome.", "March 6, 1992", "day", (1992, 3, 6)),
        ("It took effect on 14 February 1994.", "14 February 1994", "day", (1994, 2, 14)),
        ("Filed 2025-09-25 by the clerk.", "2025-09-25", "day", (2025, 9, 25)),
        ("Talks began in Sept. 3, 2001 at noon.", "Sept. 3, 2001", "day", (2001, 9, 3)),
        ("The summit met in January 2002.", "January 2002", "month", (2002, 1, 0)),
        ("The ceasefire held from 1994 onwards.", "1994", "year", (1994, 0, 0)),
        ("The envoy visited on April 25-28, 2006.", "April 25-28, 2006", "day-range",
         (2006, 4, 25)),
        ("A tour ran July 27- August 6, 1997 across the region.", "July 27- August 6, 1997",
         "day-range", (1997, 7, 27)),
        ("The fair ran 3–5 May 2019 in Oslo.", "3–5 May 2019", "day-range", (2019, 5, 3)),
        ("The war lasted 1992–1994 in the north.", "1992–1994", "year-range", (1992, 0, 0)),
        ("Ministers met again on September 19.", "September 19", "monthday", (0, 9, 19)),
    ],
)
def test_each_written_form_is_found_with_its_granularity(
        text: str, written: str, granularity: str, parts: tuple[int, int, int]) -> None:
    mention = _one(text)
    assert mention.text == written
    assert text[mention.start:mention.end] == written
    assert mention.granularity == granularity
    assert (mention.year, mention.month, mention.day) == parts


@pytest.mark.parametrize("text", [
    "Over 2000 soldiers crossed the border.",
    "It cost $1500 to file.",
    "The score was 12/100 that year.",
    "Some 30,000 people were displaced.",
    "Turnout rose to 1999% in the fake poll.",
    "May the talks succeed.",
])
def test_counts_money_and_words_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_several_dates_in_one_sentence_are_all_found_in_order() -> None:
    text = "Speeches in 2004, 2010, and 2017, and a council seat on May 2, 2012."
    assert [d.text for d in find_dates(text)] == ["2004", "2010", "2017", "May 2, 2012"]


def test_render_keeps_the_style_and_granularity_of_the_answer() -> None:
    uk = _one("signed on 3 March 2008 there")
    us = _one("signed on March 3, 2008 there")
    month = _one("in October 2001 they")
    assert render(uk, 1994, 2, 14) == "14 February 1994"
    assert render(us, 1994, 2, 14) == "February 14, 1994"
    assert render(month, 1994, 2, 0) == "February 1994"


def test_alternative_forms_of_a_day_are_accepted_answers() -> None:
    mention = _one("On March 6, 1992, it opened.")
    assert alternative_forms(mention) == ["6 March 1992", "1992-03-06"]
    assert alternative_forms(_one("in 1992 it")) == []


def test_with_year_moves_every_year_and_keeps_the_format() -> None:
    assert with_year(_one("ran July 27- August 6, 1997 there"), 2) == "July 27- August 6, 1999"


def test_identifiers_are_not_years() -> None:
    assert find_dates("It implements RFC 2047 and ISO 8601 since version 2010.") == []
    assert [d.text for d in find_dates("The NATO summit of 1999 in Washington.")] == ["1999"]


def test_day_and_month_without_a_year_in_both_orders() -> None:
    us, uk = _one("Talks resumed on May 15 in Geneva."), _one("Talks resumed on 15 May in Geneva.")
    assert (us.text, us.granularity, us.style) == ("May 15", "monthday", "us")
    assert (uk.text, uk.granularity, uk.style) == ("15 May", "monthday", "uk")
    assert render(uk, 0, 6, 2) == "2 June" and render(us, 0, 6, 2) == "June 2"
