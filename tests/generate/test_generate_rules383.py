"""Rule pass 383, from rounds 1679-1686's readers (heldout1669-1676, international bodies):

* "was GIMCU and SMF merge and MSF founded": a plural subject's verb in its base form with no
  object, closing its clause ("GIMCU and SMF merge and ...", "Serbia and Greece mobilise.",
  "Thai officials withdraw and ..."), is put in the past with the entry; not a verb whose
  present tells what is still so ("the community from which most islanders descend").
* "Dutch forces invade and occupy Madura": the second verb of a pair whose first was just put
  in the past goes with it ("invaded and occupied"); not a noun opening the next clause's
  subject ("the embargo begins and fuel prices rise", "and air raids follow").

Every name here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

import pytest

from quiz.generate.tense import entry_in_the_past


@pytest.mark.parametrize(("entry", "past"), [
    ("KVU and OMF merge and the Vell Fund is founded in Kask as an association.",
     "KVU and OMF merged and the Vell Fund was founded"),
    ("Kaskia, Vellia and Orrinia mobilise.", "Orrinia mobilised."),
    ("Kaskian officials withdraw and the right bank of the Orrin returns to Vellia.",
     "officials withdrew and"),
])
def test_a_plural_subject_s_verb_closing_its_clause_is_put_in_the_past(
        entry: str, past: str) -> None:
    assert past in entry_in_the_past(entry), entry_in_the_past(entry)


def test_guard_a_verb_of_what_is_still_so_stays() -> None:
    past = entry_in_the_past("Ivo Tamm settles on Vell and founds the community from which most "
                             "islanders descend.")
    assert "islanders descend." in past, past


@pytest.mark.parametrize(("entry", "past"), [
    ("Kaskian forces invade and occupy Vell; the garrison surrenders on 25 November.",
     "invaded and occupied Vell"),
    ("The two ships arrive and begin landing people and stores.", "arrived and began landing"),
])
def test_the_second_verb_of_a_pair_goes_into_the_past(entry: str, past: str) -> None:
    assert past in entry_in_the_past(entry), entry_in_the_past(entry)


@pytest.mark.parametrize(("entry", "kept"), [
    ("The Kaskian embargo begins and fuel prices rise across Vellia.", "and fuel prices"),
    ("Border clashes begin and air raids along the Orrin follow.", "and air raids"),
])
def test_guard_a_noun_after_and_opens_the_next_subject(entry: str, kept: str) -> None:
    assert kept in entry_in_the_past(entry), entry_in_the_past(entry)
