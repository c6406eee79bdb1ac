"""Rule pass 372, from rounds 1623-1630's readers (heldout1613-1620, telephone and telegraph
companies), continued:

* "after irregular accounting at the corporation comes to light": the present closing a long
  subject after a clause's opener goes into the past with the entry (round 1627 asked "did
  Akikusa Tokuji submit his resignation ... after irregular accounting ... comes to light?"),
  and a question that keeps it is left out.
* "The Vell groups jointly introduce the bills": a plural noun, an "-ly" adverb and its verb; the noun
  is not put in the past (round 1626 wrote "groups" as "grouped"), the verb is ("troops quickly
  retake" -> "retook").

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from quiz.generate.tense import entry_in_the_past, present_left


def test_a_long_subject_s_present_goes_into_the_past() -> None:
    assert entry_in_the_past("Tamm submits his resignation to Minister Ivo Vell after irregular "
                             "accounting at the corporation comes to light.") == (
        "Tamm submitted his resignation to Minister Ivo Vell after irregular accounting at the "
        "corporation came to light.")


def test_a_question_keeping_a_long_subject_s_present_is_caught() -> None:
    assert present_left("On what date did Tamm resign after irregular accounting at the state "
                        "corporation comes to light?")


def test_guard_a_long_subject_s_past_is_no_present() -> None:
    assert not present_left("On what date did Vell resign after the long war against the "
                            "northern rebels ended in a truce?")


def test_a_plural_before_an_adverb_and_its_verb_is_a_noun() -> None:
    assert entry_in_the_past("The Vell groups jointly introduce the bills.") == (
        "The Vell groups jointly introduced the bills.")


def test_a_plural_subject_s_verb_after_an_adverb_goes_into_the_past() -> None:
    assert entry_in_the_past("The Vell troops quickly retake the town.") == (
        "The Vell troops quickly retook the town.")
