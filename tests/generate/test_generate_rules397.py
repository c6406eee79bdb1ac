"""Rule pass 397, from rounds 1727-1734's first readers (heldout1717-1724, voluntary bodies):

- A timeline of the YMCA wrote "Williams is apprenticed ..." as "Amos Williams", the founder's
  father, whom it named once ("the youngest son of the farmer Amos Williams", round 1730 found
  two such cards wrong): its founder "George Williams" had been read as a body's name, because
  the text once wrote "The George Williams memorial building". A name is taken for a body's
  ("the Praja Mandal") only when the text writes it after "the" at least as often as without.
  A bare "Williams" is then either man, and the card is left out rather than guessed.
- "secretary from 1947 to 30 June 1960" was read as the range "1947 to 30", and the card
  blanked "from ____ June 1960" (round 1729): a two-digit end of a range before a month's name
  is that day's number.

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

from quiz.generate.dates import find_dates
from quiz.generate.names import document_full_names


def test_a_man_named_once_before_a_thing_named_after_him_is_still_a_man() -> None:
    text = ("# The Kask Association\n\nIts founder, Ivo Tamm, was born in 1821, the son of the "
            "farmer Orrin Tamm. Ivo Tamm moved to Dorn in 1841. The Ivo Tamm memorial building "
            "opened in 1911.\n")
    assert document_full_names("Tamm", text) == frozenset({"Ivo Tamm", "Orrin Tamm"})


def test_guard_a_body_written_after_the_is_still_no_one_s_name() -> None:
    text = ("# Mewar\n\nThe Praja Mandal was founded in 1938. In 1941 the Praja Mandal protested, "
            "and Ivo Mandal joined it.\n")
    assert "Praja Mandal" not in document_full_names("Mandal", text)


def test_a_year_to_a_day_is_no_range_of_years() -> None:
    found = [d.text for d in find_dates("He was secretary from 1947 to 30 June 1960.")]
    assert found == ["1947", "30 June 1960"]


def test_guard_a_range_with_a_short_end_year_stays() -> None:
    assert [d.text for d in find_dates("He served from 1947 to 52 in Kask.")] == ["1947 to 52"]


def test_the_document_s_full_names_stay_kept_between_questions() -> None:
    """(pass 397 first put its helper between document_full_names and its cache, and
    generation ran at half its speed: benchmarks/bench_generate.py, 19,700 against 39,800
    words/s)"""
    assert hasattr(document_full_names, "cache_info")
