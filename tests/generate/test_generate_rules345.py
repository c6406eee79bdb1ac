"""Rule pass 345, from rounds 1437-1444's first readers (heldout1429-1436, stock exchanges):

- "On what date did Le Maire die?" in a life of Isaac Le Maire whose sons bear the name: a
  family name with its capitalised particle is written with the life's full name (five cards
  of round 1442);
- "moved to College Dublin" (pass 343's given names): a word of a longer name ("University
  College Dublin") or a place's head is no given name (seen on the judged sets, not asked);
- "to sell 610,000 J-Com shared": a count, a name and its noun hold no verb (round 1439);
- "did India International Exchange (India INX) ... inaugurate?", "did President Mesić
  promulgate?": a verb that needs an object, with none, is refused (rounds 156-1444 kept none
  of 7 such verdicts).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["Le", "Van", "De"]))
def test_a_family_name_with_its_particle_is_the_life_s_person(particle: str) -> None:
    from quiz.generate.names import with_full_names
    full = f"Ivo {particle} Tamm"
    asked = with_full_names(f"On what date did {particle} Tamm die at Kask?", "4 May 1624",
                            {"Tamm": full})
    assert asked == f"On what date did {full} die at Kask?", asked


def test_a_guard_a_son_of_the_name_keeps_his_own() -> None:
    from quiz.generate.names import with_full_names
    question = "In what year did Jacob Le Tamm die at sea?"
    assert with_full_names(question, "1616", {"Tamm": "Ivo Le Tamm"}) == question


@given(st.sampled_from(["University College Dublin", "Queen's College Cork"]))
def test_a_longer_name_s_word_is_no_given_name(college: str) -> None:
    from quiz.generate.names import document_full_names
    place = college.split()[-1]
    text = (f"Ivo Tamm\n\nIn 1893 he moved to {place} to teach at {college}. {place} was "
            "his home.\n")
    assert document_full_names(place, text) == frozenset()


@given(st.sampled_from(["J-Com", "Vell", "Kask-Dorn"]))
def test_a_count_a_name_and_its_noun_hold_no_verb(name: str) -> None:
    from quiz.generate.tense import entry_in_the_past
    text = f"the order to sell 610,000 {name} shares at one yen each cannot be cancelled."
    assert entry_in_the_past(text) == (f"the order to sell 610,000 {name} shares at one yen each "
                                       "could not be cancelled.")


def test_a_guard_a_numbered_resolution_still_acts() -> None:
    from quiz.generate.tense import entry_in_the_past
    assert entry_in_the_past("Resolution 12 asks the parties to withdraw.") == (
        "Resolution 12 asked the parties to withdraw.")


@given(st.sampled_from(["inaugurate", "promulgate", "found", "unveil"]))
def test_a_verb_that_needs_an_object_with_none_is_refused(verb: str) -> None:
    from quiz.generate.leaning import leaning_faults
    found = leaning_faults(f"On what date did the Vell Exchange (VX) at Kask, Dorn, {verb}?")
    assert any(verb in fault for fault in found), found


def test_a_guard_what_was_done_asked_is_no_lost_object() -> None:
    from quiz.generate.leaning import leaning_faults
    assert leaning_faults("In 2022, what memorandum did Vell, Kask and Dorn sign in Riga?") == []
