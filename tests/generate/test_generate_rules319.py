"""Rule pass 319, from rounds 1269-1276 (heldout1261-1268) as both readers judged them:

- "leave the European Union at 11 p.m?": "a.m." and "p.m." keep their full stop before the
  question mark;
- "to mark the New Year", "to ring in the New Year": the New Year gives a date card's day away
  (31 December), like pass 317's named days;
- "was the Sponsor Body established in its statutory form, and at its first meeting agreed to
  incorporate ...": after a passive, a second act of the subject whose verb is active ("and
  agreed to") is cut off, the "was" being no aux of it (rounds 156-1276 kept none of 2);
- "was the Joan Sutherland Theatre, as the former Opera Theatre renamed?": the "was" of an
  "as" clause put before the name it describes is refused.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert


@given(st.sampled_from(["a.m.", "p.m."]))
def test_a_time_of_days_abbreviation_keeps_its_full_stop(mark: str) -> None:
    from quiz.generate.clauses import _finish
    asked = _finish(f"On what date did Kask leave the Vell Union at 11 {mark}")
    assert asked.endswith(f"at 11 {mark}?"), asked


@given(st.sampled_from(["to mark the New Year", "to ring in the New Year"]))
def test_the_new_year_gives_the_date_away(phrase: str) -> None:
    from quiz.generate.quality import _NAMED_DAY
    assert _NAMED_DAY.search(f"On what date did Radio Kask broadcast the chimes {phrase}?")


def test_a_guard_the_chinese_new_year_is_no_fixed_day() -> None:
    from quiz.generate.quality import _NAMED_DAY
    assert not _NAMED_DAY.search("On what date did Kask celebrate the Chinese New Year?")


@given(st.sampled_from(["at its first meeting agreed to", "in March decided to",
                        "resolved that"]))
def test_an_active_act_after_a_passive_is_cut_off(act: str) -> None:
    asked = invert(f"The Kask Body was established in its statutory form in 2020, and {act} "
                   "incorporate the Vell Authority.", "in what year")
    assert asked == "In what year was the Kask Body established in its statutory form in 2020?", (
        asked)


def test_a_guard_a_second_passive_after_and_stays_a_question_of_its_own() -> None:
    asked = invert("The treaty was signed in 1900 and ratified at Kask.", "in what year")
    assert asked == "In what year was the treaty signed in 1900 and ratified at Kask?", asked


def test_the_be_of_an_as_clause_fronted_is_refused() -> None:
    from quiz.generate.quality import _AS_CLAUSES_BE_FRONTED
    assert _AS_CLAUSES_BE_FRONTED.search(
        "Kask: In what year was the Ivo Vell Theatre, as the former Opera Theatre renamed?")


def test_a_guard_an_as_clause_with_its_own_had_is_kept() -> None:
    from quiz.generate.quality import _AS_CLAUSES_BE_FRONTED
    assert not _AS_CLAUSES_BE_FRONTED.search(
        "On what date was Kask made independent, as the Vell Act had provided?")


def test_a_guard_the_new_year_honours_are_no_day() -> None:
    from quiz.generate.quality import _NAMED_DAY
    assert not _NAMED_DAY.search("In the New Year Honours of ____ the British made Ivo Kask a "
                                 "knight.")
