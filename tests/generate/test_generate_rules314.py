"""Rule pass 314, from rounds 1229-1236 (heldout1221-1228) as their readers judged them:

- "About 6.30 p.m. local time, on what date in 1958 did PLA artillery ... open the bombardment?",
  "Before dawn, on what date in 1808 did the magistrate ... take his own life?": a time of day
  asked before the date is left out (rounds 156-1236 kept none of 6 such verdicts);
- "was war zone administration ends and civilian government restored": a timeline's present
  before "and" is the clause's verb, the "is restored" after it another clause's;
- "did a Vulcan whose refuelling probe break diverted to Rio de Janeiro?": the verb after "whose"
  and its noun is the relative clause's;
- "Santa Cruz de Mompox ... cleared the river up to Ocaña": a town named for its saint is no
  life whose "he" it could be (round 1243), and the speaker's "I" after a place ("to Mompox I
  owe my glory") is no regnal number.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert


@given(st.sampled_from(["Before dawn", "About 6.30 p.m. local time", "At midnight"]))
def test_a_time_of_day_before_the_date_is_left_out(time: str) -> None:
    asked = invert(f"{time}, the Kask magistrate Ivo Dorn took his own life.", "on what date")
    assert asked == "On what date did the Kask magistrate Ivo Dorn take his own life?", asked


def test_a_guard_a_place_before_the_date_is_kept() -> None:
    asked = invert("In Kask, the council elected Ivo Dorn.", "on what date")
    assert asked == "In Kask, on what date did the council elect Ivo Dorn?", asked


def test_a_present_before_and_is_the_clauses_verb() -> None:
    asked = invert("War zone administration ends and civilian government is restored on Kask.",
                   "on what date")
    assert asked is None or "ends and" not in asked, asked


def test_the_verb_after_whose_and_its_noun_is_the_relative_clauses() -> None:
    asked = invert("a bomber whose refuelling probe broke diverted to Vell.", "on what date")
    assert asked is None or "break diverted" not in asked, asked


@given(st.sampled_from(["Santa", "Santo", "São"]))
def test_a_town_named_for_its_saint_is_no_life(word: str) -> None:
    from quiz.generate.documents import main_person
    body = (f"{word} Cruz de Vell lies on the river. Ivo Vell was born at Kask in 1783. Vell was a "
            "soldier, and he cleared the river up to Lerno in 1812. He wrote many letters to his "
            "wife. Vell served in the army, and he commanded the garrison.")
    assert main_person(f"{word} Cruz de Vell", [f"{word} Cruz de Vell", body]) is None


def test_the_speakers_i_after_a_place_is_no_regnal_number() -> None:
    # (with the town no life, pass 315 first wrote "used Mompox I as a setting")
    from quiz.generate.names import document_full_names
    text = ('Bolívar said "If to Kask I owe my life, to Vell I owe my glory". Vell lies on the '
            "river, and Vell grew rich.")
    assert document_full_names("Vell", text) == frozenset()


def test_a_guard_a_kings_first_number_is_his() -> None:
    from quiz.generate.names import document_full_names
    text = "Ludo I was executed at Kask in 1649. Later Ludo was buried at Vell."
    assert document_full_names("Ludo", text) == frozenset({"Ludo I"})
