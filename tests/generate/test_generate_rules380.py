"""Rule pass 380, from rounds 1671-1678's readers (heldout1661-1668, Commonwealth, Pan American
and Asian Games):

* "used again for the Games of ____": the Games' year moves by whole cycles of four (round 1673
  found "1985, 1987, 1991" for 1986 obvious); but a year beside no Games is no Games' year: "In
  what year did Robinson begin to campaign for Empire Games to be held in his city?" (1927)
  had been given 1931 and 1935, after the Games he campaigned for (round 1671).

Every name here is invented. The tests fail on the code before."""

from __future__ import annotations

from test_generate_rules301 import _year_options


def test_a_year_of_the_games_moves_by_whole_cycles_after_the_games_of() -> None:
    years = _year_options("The Vell Velodrome was used again for the Games of 1986 and closed in "
                          "2017.", "1986")
    assert years and all((year - 1986) % 4 == 0 for year in years), years


def test_a_year_beside_no_games_moves_by_years() -> None:
    years = _year_options("In 1927 Ivo Tamm began to campaign for Kaskan Games to be held in "
                          "his city of Vell.", "1927")
    assert years and any((year - 1927) % 4 for year in years), years
