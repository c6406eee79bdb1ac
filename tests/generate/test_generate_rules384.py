"""Rule pass 384, from rounds 1679-1686's readers (heldout1669-1676, international bodies) and
the "obvious" verdicts of rounds 1000-1686 (115 of 1,460 named a term of office):

* "In what year did President George W. Bush award D. A. Henderson the Presidential Medal of
  Freedom?" (2002) had been offered 1998 and 2000, before Bush took office (round 1681): a
  question naming a President of the United States by title keeps its date's options to his
  years in office (`quiz/generate/terms.py`, a table of the presidents' terms). Not a vice
  president's, a former one's, or another country's President of the same family name.

The presidents are real (the table is of them); every other name here is invented. The tests
fail on the code before, but the guards, named as such."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_generate_rules301 import _year_options

from quiz.generate.terms import president_s_term


@pytest.mark.parametrize(("sentence", "term"), [
    ("In 2001 President George W. Bush awarded Ivo Tamm the Medal of Kask.", (2001, 2009)),
    ("In 1921 President Warren G. Harding named Ivo Tamm a delegate to the Kask conference.",
     (1921, 1923)),
    ("In 1923 President Harding named Ivo Tamm a delegate to the Kask conference.",
     (1921, 1923)),
])
def test_a_president_s_term_bounds_the_options(sentence: str, term: tuple[int, int]) -> None:
    own = sentence.split()[1]
    years = _year_options(sentence, own)
    assert years and all(term[0] <= year <= term[1] for year in years), years


def test_guard_a_president_of_another_country_bounds_nothing() -> None:
    years = _year_options("In 1999 President Charles Taylor named Ivo Tamm a delegate to the "
                          "Kask conference.", "1999")
    assert any(year < 1999 for year in years), years


@pytest.mark.parametrize(("question", "year", "term"), [
    ("On what date did President Joe Biden's envoy arrive in Kask?", 2021, (2021, 2025)),
    ("In what year did President Roosevelt open the Kask dam?", 1935, (1933, 1945)),
    ("In what year did President Roosevelt open the Kask dam?", 1905, (1901, 1909)),
    ("In what year did President Cleveland veto the Kask bill?", 1895, (1893, 1897)),
])
def test_the_term_holding_the_answer_s_year(question: str, year: int,
                                             term: tuple[int, int]) -> None:
    assert president_s_term(question, year) == term


@pytest.mark.parametrize(("question", "year"), [
    ("In what year did Vice President Richard Nixon visit Kask?", 1957),
    ("In what year did former President Jimmy Carter visit Kask?", 1994),
    ("In what year did President Roosevelt open the Kask dam?", 1925),
    ("In what year did President Charles Taylor visit Kask?", 1999),
    ("In what year did the president of Kask visit Vell?", 2002),
])
def test_guard_no_term_where_no_president_held_office(question: str, year: int) -> None:
    assert president_s_term(question, year) is None


@given(st.text(max_size=80), st.integers(min_value=1, max_value=3000))
def test_any_text_gives_a_term_holding_its_year_or_none(text: str, year: int) -> None:
    term = president_s_term(text, year)
    assert term is None or term[0] <= year <= term[1]
