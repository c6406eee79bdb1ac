"""Rule pass 385, from rounds 1687-1694's readers (heldout1677-1684, sporting competitions):
twelve cards of the Indianapolis 500's timeline asked "On what date in 1925 did Peter DePaolo
win?" and the like, each answered 30 or 31 May, the race's day each Memorial Day; readers
called eleven of them repeats (round 1691: 22 of 60 verdicts acceptable). A day of the year
that three or more cards of a deck ask, each with its year in the question, is a fixture's:
its first (most important) card is kept, the others left out. Not a first of the month (a law
or an office takes effect), nor a day asked twice, nor a day whose year the answer gives.

Every name here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from test_generate_rules220 import Questions, _timeline

# Two winners of the race on its day, in two years
_FIRST_WIN = (1913, "30 May: Orlas Tamm of Kaskia wins the Vell 500 in a Dorn, the first victory "
                    "by a Kaskian driver.")
_SUCCESSIVE_WIN = (1940, "30 May: Tarin Ost wins again in the Kask, the first driver to win in "
                         "successive years.")


def test_a_fixture_s_day_is_asked_once(questions_from: Questions) -> None:
    text = _timeline(
        _FIRST_WIN,
        (1914, "30 May: Petros Vell wins for Orrin."),
        (1925, "30 May: Ilan Yoma becomes the first winner to average more than 100 mph."),
        _SUCCESSIVE_WIN)
    asked = [q for q in questions_from("vell-500-timeline.md", text) if "On what date" in q]
    assert len(asked) == 1, asked


def test_guard_a_day_asked_twice_is_still_asked_twice(questions_from: Questions) -> None:
    text = _timeline(_FIRST_WIN, _SUCCESSIVE_WIN)
    asked = [q for q in questions_from("vell-500-timeline.md", text) if "On what date" in q]
    assert len(asked) == 2, asked


def test_guard_first_days_of_the_month_are_kept(questions_from: Questions) -> None:
    text = _timeline(
        (1923, "1 January: Vell is separated from Kask as a municipality."),
        (1964, "1 January: Orrin is merged into Vell."),
        (1997, "1 January: Kask County is merged into the new Dorn County."))
    asked = [q for q in questions_from("vell-timeline.md", text) if "On what date" in q]
    assert len(asked) == 3, asked
