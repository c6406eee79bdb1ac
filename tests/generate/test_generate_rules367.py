"""Rule pass 367, from rounds 1599-1606's readers (heldout1589-1596, insurers) and the airlines'
round 1592; no fresh batch has judged it yet:

* "When war broke out in ____ Kurt Schmitt went to the front", "On the outbreak of war in ____
  Sir Hudson Fysh enlisted", "When war came in ____": the blank is the year a war began, which a
  student knows without the card (rounds 300-1606 kept 8 of 30 such verdicts). Such a cloze is
  left out as obvious.

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

import pytest

_LIFE = ("Tom Vell\n\nTom Vell (2 March 1885 – 9 May 1961) was a Kaskan insurer. Vell joined the "
         "Orrin Assurance Company in 1905 as a clerk. {war} Vell went to the front as a reserve "
         "officer with the Kask Regiment. He returned to the company in 1919, became its general "
         "manager in 1925 and its chairman in 1938, and he retired on 30 June 1955.\n")


@pytest.mark.parametrize("war", ["When war broke out in 1914", "On the outbreak of war in 1914",
                                 "When war came in 1914"])
def test_the_year_war_broke_out_is_no_cloze(questions_from, war: str) -> None:
    questions = questions_from("life", _LIFE.format(war=war))
    assert questions, questions
    assert not any("war" in q.lower() and "____" in q for q in questions), questions


def test_guard_the_year_of_another_event_is_still_asked() -> None:
    from quiz.generate.quality import _WAR_BROKE_OUT_IN_BLANK
    assert not _WAR_BROKE_OUT_IN_BLANK.search("When the war ended in ____ Vell went home.")
    assert not _WAR_BROKE_OUT_IN_BLANK.search("In ____ the war council met at Kask.")
