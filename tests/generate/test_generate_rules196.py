"""Rule pass 196, from rounds 473-480 (heldout465-472): "Henry III does homage" was asked as
"did Henry III homage"; "admitted Jovellanos in 1779, the Royal Academy of Fine Arts in 1780"
kept its second, verbless object and year after the blank's question; "the war" of a sentence
whose paragraph names none was written as the war the document names most, the wrong one in
15 of 32 verdicts ("Romania entered the Second Balkan War" in 1916): it is now so written only
when the title names that war. Every sentence here is invented. Each test fails on the code
before, except the guards named as such."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question, invert
from quiz.generate.references import resolve_references

_WARS = {"war": Counter({"Second Vell War": 1}), "conflict": Counter(), "ministry": Counter(),
         "section": Counter()}


@given(st.sampled_from(["homage to Olav IX in Zell", "penance at Kask"]))
def test_do_as_the_verb_itself_is_kept(rest: str) -> None:
    assert invert(f"Ivo III does {rest}.", "on what date") == (
        f"On what date did Ivo III do {rest}?")


@given(st.sampled_from(["not sign the treaty", "sign the treaty"]))
def test_do_as_a_helper_is_dropped(rest: str) -> None:
    """(guard: "did not sign", "did sign": a helper before the verb)"""
    assert invert(f"Kask did {rest}.", "in what year") == f"In what year did Kask {rest}?"


def test_a_second_object_with_its_own_year_is_cut() -> None:
    text = ("The Academy of Vell admitted Ivo Tamm in 1779, the Academy of Fine Arts of Zell "
            "in 1780.")
    at = text.index("1779")
    assert date_question(text, at, at + 4, "in what year") == (
        "In what year did the Academy of Vell admit Ivo Tamm?")


def test_the_war_no_paragraph_or_title_names_is_left_unresolved() -> None:
    assert resolve_references("On what date did Kaldora enter the war?", _WARS, "",
                              "The fall of Zell, 1916") is None


def test_the_war_the_title_names_is_written_in() -> None:
    """(guard: the document is about the war)"""
    assert resolve_references("On what date did Kaldora enter the war?", _WARS, "",
                              "The Second Vell War") == (
        "On what date did Kaldora enter the Second Vell War?")
