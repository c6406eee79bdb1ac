"""Rule pass 378, from rounds 1663-1670's readers (heldout1653-1660, Winter Olympic Games):

* "The Games were held from 13 to 24 February 1980": a day asked of the Games gets wrong
  options among the Games' own days ("18 and 26 February both fall after the week closed on 5
  February", "23 March" for a hockey game, "24 October 1964" for a Winter Games' opening: a
  dozen options readers struck), and a day just before or after the Games, asked with words
  that tell of them, keeps to its side ("6 and 13 February fall during the Games" for the
  flame's arrival in Tokyo); fewer than three when the Games' days leave fewer.

Every name here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

import re

from test_generate_date_context import _candidates

from quiz.generate.distractors import choices_for
from quiz.generate.event_spans import event_spans

_GAMES = ["The Kask Games were held from 13 to 24 February 1980 at Kask.",
          "Ivo Tamm won the 500 metres on 15 February 1980.",
          "Ana Vell won the slalom on 23 February 1980.",
          "Orrin Dorn won the downhill at Kask on 19 February 1980.",
          "The mayor of Kask resigned on 26 March 1980.",
          "The council of Kask met on 12 April 1980.",
          "The flame of the Kask Games was lit at Dorn on 20 January 1980.",
          "The Kask committee chose its emblem on 2 January 1980.",
          "The Kask stadium was finished on 11 December 1979.",
          "The torch relay of the Kask Games began on 29 December 1979.",
          "Tickets for the Kask Games went on sale on 8 January 1980."]


def _options(answer: str) -> tuple[str, ...]:
    cands, pools = _candidates(_GAMES)
    cand = next(c for c in cands if c.answer == answer)
    return choices_for(cand, pools)  # type: ignore[arg-type]


def _day_of_february(option: str) -> int:
    m = re.fullmatch(r"(\d{1,2}) February 1980", option)
    return int(m.group(1)) if m else 0


def test_the_days_an_event_was_held_on_are_read() -> None:
    assert event_spans("The Kask Games were held from 29 January to 9 February 1964.") == (
        ((1964, 1, 29), (1964, 2, 9)),)
    assert event_spans("The Kask Winter Games (3–14 February 1972) opened in snow.") == (
        ((1972, 2, 3), (1972, 2, 14)),)
    assert event_spans("The council sat from 3 to 14 February 1972.") == ()  # (no event)


def test_a_day_of_the_games_gets_other_days_of_the_games() -> None:
    options = _options("19 February 1980")
    assert options and all(13 <= _day_of_february(option) <= 24 for option in options), options


def test_a_day_before_the_games_keeps_before_them() -> None:
    options = _options("20 January 1980")
    assert options and not any(_day_of_february(option) for option in options), options


def test_guard_a_day_far_from_any_event_keeps_its_options() -> None:
    options = _options("26 March 1980")
    assert len(options) == 3, options

