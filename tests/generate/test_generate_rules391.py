"""Rule pass 391, from rounds 1687-1694's readers (heldout1677-1684, sporting competitions):

- "28 June: The race starts on the day Archduke Franz Ferdinand is assassinated at Sarajevo"
  was asked "was the race starts on the day Archduke Franz Ferdinand assassinated" (round
  1692): a time's noun ("on the day", "in the year") opens a clause with no "when", so the
  "is" after it is that clause's and "starts" stays the entry's present. The entry is then put
  in the past whole ("did the race start on the day ... was assassinated").
- "Twenty-one cycling enthusiasts found the Sport Vélocipédique ..." was asked "did ... find"
  (round 1688): more bodies' names after "found" are known as founded ("... Federation",
  "... Trust", "... Mandal"); and "found" after "to" or "helps" is the base form, never put
  in the past ("agreed to founded").

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

import pytest

from quiz.generate.clauses import date_question
from quiz.generate.grammar import present_verb
from quiz.generate.tense import entry_in_the_past


def _timeline_question(entry: str) -> str | None:
    day = entry.split(":")[0]
    return date_question(entry, 0, len(day), "On what date")


def test_a_clause_of_time_with_no_when_leaves_the_entry_s_present() -> None:
    entry = "The race starts on the day Archduke Ivo Tamm is assassinated at Kask."
    assert present_verb(entry) == (9, 15)


def test_guard_a_plural_noun_before_its_is_is_still_no_verb() -> None:
    assert present_verb("The boundary awards for Kask are made public.") is None


def test_the_entry_s_later_present_is_put_in_the_past_with_it() -> None:
    question = _timeline_question(
        "28 June: The race starts on the day Archduke Ivo Tamm is assassinated at Kask.")
    assert question == ("On what date did the race start on the day Archduke Ivo Tamm was "
                        "assassinated at Kask?")


def test_a_relative_clause_s_present_is_put_in_the_past_too() -> None:
    question = _timeline_question("3 May: The council meets in Kask, where the treaty is signed.")
    assert question == "On what date did the council meet in Kask, where the treaty was signed?"


@pytest.mark.parametrize("body", ["Kask Cycling Federation", "Dorn Opera Trust",
                                  "Vell Praja Mandal"])
def test_a_named_body_after_found_is_founded(body: str) -> None:
    assert entry_in_the_past(f"Twenty-one enthusiasts found the {body} in Kask.") == (
        f"Twenty-one enthusiasts founded the {body} in Kask.")


@pytest.mark.parametrize("entry", ["The ministers agree to found the Kask Broadcasting Company.",
                                   "Ivo Tamm helps found the Dorn Brewing Company."])
def test_found_after_to_or_helps_stays_the_base(entry: str) -> None:
    assert " founded " not in entry_in_the_past(entry)


def test_guard_what_divers_found_stays_found() -> None:
    assert entry_in_the_past("Divers found the wreck of the Kask.") == (
        "Divers found the wreck of the Kask.")
