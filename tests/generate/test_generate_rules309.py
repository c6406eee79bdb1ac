"""Rule pass 309, from rounds 1213-1220 (heldout1205-1212) as their first readers judged them:

- "Absalon (c: On what date did Absalon die at Sorø Abbey?": a title's bracketed span ("(c. 1128
  – 21 March 1201)", "(SFS 1942:158)") holds a dash or a colon that splits no title; every card
  of the life was labelled with the cut (25 titles of the judged sets had it);
- "In what year did Olaus Petri ... preach in Storkyrkan?" (1525): the date of "..., preached in
  Storkyrkan, married openly in 1525" is the listed later act's;
- "On what date was S-Bahn station Hackescher Markt; the U5 underground station Museumsinsel
  opened?": a question joining a list's items with a semicolon.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.subject import title_parts


@given(st.sampled_from(["Ivo Vell (c. 1128 – 21 March 1201)", "Ivo Vell (about 41 BC – AD 33)",
                        "Ivo Vell (1809/1810 – 1898)"]))
def test_a_bracketed_span_splits_no_title(title: str) -> None:
    assert title_parts(title) == ["Ivo Vell"]


def test_a_bracketed_note_with_a_colon_splits_no_title() -> None:
    assert title_parts("Kask Monuments Act of 1942 (SFS 1942:350)") == [
        "Kask Monuments Act of 1942"]


def test_a_guard_a_dash_outside_brackets_still_splits() -> None:
    assert title_parts("Vell Island (Kask) – A Timeline") == ["Vell Island"]


@given(st.sampled_from([("married openly in 1525", "1525"), ("moved to Vell in 1525", "1525")]))
def test_a_date_of_a_listed_later_act_is_not_the_first_verbs(case: tuple[str, str]) -> None:
    from quiz.generate.clauses import date_question
    later, year = case
    text = (f"Ivo Dorn, appointed secretary of the town in 1524, preached in Kask, {later} and "
            "helped publish the Vell Testament of 1526.")
    at = text.index(year)
    asked = date_question(text, at, at + 4, "in what year")
    assert asked is None or "preach" not in asked, asked


def test_a_guard_a_move_after_an_aside_is_asked() -> None:
    from quiz.generate.clauses import date_question
    text = "Ivo Dorn, born in Kask, moved to Vell in 1900."
    at = text.index("1900")
    assert date_question(text, at, at + 4, "in what year") == (
        "In what year did Ivo Dorn, born in Kask, move to Vell?")


def test_a_question_joining_a_lists_items_with_a_semicolon_is_nonsensical() -> None:
    from test_generate_rules294 import _faults
    found = _faults("On what date was Kask station; the Vell underground station opened?",
                    "9 July 2021")
    assert any(f.startswith("nonsensical") and "semicolon" in f for f in found), found
