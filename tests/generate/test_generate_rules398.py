"""Rule pass 398, from rounds 1735-1742's first readers (heldout1725-1732, sports' governing
bodies): "in the first major league game on the Pacific Coast", in a timeline of the National
League, was written "the first major league of the National League game" (round 1740, two
cards faulted): a body's head noun in lower case before a noun it describes ("league game",
"league night game") is a word of a compound, not the body, and is not completed with the
body's name. "did the league vote" and "the league expels ..." still are.

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

_TIMELINE = ("# The Kask League: a timeline\n\nThis chronology follows the Kask League, a "
             "baseball league founded in 1876.\n\n## 1958\n\n- 15 April: The Vell Giants beat "
             "the Dorn Reds 8–0 at Kask Stadium in the first major league game on the coast.\n"
             "- 3 May: Ivo Tamm becomes president of the league.\n- 9 June: The league expels "
             "the Dorn Reds.\n")


def test_a_head_noun_before_the_noun_it_describes_is_no_body(questions_from) -> None:
    questions = questions_from("kask-league-timeline", _TIMELINE)
    asked = [q for q in questions if "Vell Giants" in q]
    assert asked and all("first major league game on the coast" in q for q in asked), questions


def test_guard_the_league_alone_is_still_named(questions_from) -> None:
    questions = questions_from("kask-league-timeline", _TIMELINE)
    assert any("did the Kask League expel the Dorn Reds" in q for q in questions), questions
    assert any("president of the Kask League" in q for q in questions), questions
