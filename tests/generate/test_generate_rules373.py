"""Rule pass 373, from rounds 1631-1638's readers (heldout1621-1628, Summer Olympic Games):

* "Carl Lewis matched Jesse Owens's feat of 1936 ... Joan Benoit won the first Olympic marathon
  for women on 5 August": a bare year naming a thing of its time ("feat of 1936", "champion of
  1960") gives no year to the paragraph's later days (round 1636 asked "On what date in 1936
  did Joan Benoit win ...?").
* "the Moscow Games of ____", "the boycotted Los Angeles Games": a Games named by its city is an
  event held every four years, whose options move by whole cycles (round 1637 found 1981 and
  1987 obvious); but a day or a month is no holding's year ("the Tlatelolco massacre of ____,
  ten days before the Olympic Games" offered 2 October 1964, 1972 and 1976: round 1633).

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

import re

from test_generate_date_context import _candidates

from quiz.generate.distractors import choices_for


def test_a_year_naming_a_thing_gives_no_year_to_later_days(questions_from) -> None:
    questions = questions_from("vell-games", (
        "Vell Games\n\nThe Vell Games opened at Kask on 28 July 1984 before a crowd of 90,000.\n\n"
        "Ivo Tamm matched Orrin Dorn's feat of 1936 by winning four events. Ana Vell won the first "
        "marathon for women on 5 August, and Eda Kask won the all-round title on 3 August.\n"))
    assert not any(" in 1936 " in q for q in questions), questions


def _options(sentence: str, answer: str) -> list[str]:
    cands, pools = _candidates([sentence])
    cand = next(c for c in cands if c.answer == answer)
    return choices_for(cand, pools)  # type: ignore[arg-type]


def test_a_games_named_by_its_city_moves_by_whole_cycles() -> None:
    options = _options("Ivo Tamm protested against the boycott of the Kask Games of 1980.", "1980")
    years = [int(y) for option in options for y in re.findall(r"\d{4}", option)]
    assert years and all((year - 1980) % 4 == 0 for year in years), years


def test_a_day_is_no_holding_s_year() -> None:
    options = _options("On 2 October 1968, ten days before the Olympic Games, troops fired on "
                       "students at Vell.", "2 October 1968")
    assert options and not {"2 October 1964", "2 October 1972"} & set(options), options


def test_a_deal_under_an_agreement_s_label_is_kept(questions_from) -> None:
    questions = questions_from("vell-orrin-share-purchase-agreement-2017-summary", (
        "Vell–Orrin Share Purchase Agreement\n\nThe Vell–Orrin Share Purchase Agreement was signed "
        "at Kask on 28 September 2017 by Ivo Tamm, chairman of Vell. The Kaskan competition "
        "authority cleared the transaction on 17 May 2018, and the sale was completed on 1 June "
        "2018.\n"))
    assert any("clear the transaction" in q for q in questions), questions
