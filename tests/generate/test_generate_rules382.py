"""Rule pass 382, from rounds 1679-1686's readers (heldout1669-1676: the Universal Postal
Union, the ILO, WHO, Interpol, Save the Children, Oxfam, Médecins Sans Frontières, Rotary) and
round 1664's (St. Moritz 1948):

* "did the alpine combine titles go to Oreiller": after an article and an adjective, a past form
  with its plural noun and the clause's present after them describes the noun, no verb.
* "... UNICEF and the U.S. Centers for Disease Control and Prevention": after "the", an acronym
  opens a body's name whose "for" or "of" follows its next word; the sentence goes on (round
  1686 cut it in two cards at "the U.S.").
* "did Karl Buresch reshuffle Johannes Schober's cabinet": in a life, a "his" before a cabinet
  or government is the asked man's, also where his family name ends as a nation's adjective
  does ("Buresch", which the text writes after a given name).
* "In India, ...; the country's last case was recorded in May 1975": "the country" of a
  sentence that named another country before it is not the document's main one (round 1681
  wrote "the United States' last case").
* "did Rotary reach Cuba and continental Europe, with the Madrid club, in 1921?": a date
  question that dates the second of two things joined by "and" at its end is left out (readers
  of rounds 300-1686 kept none of 24 such verdicts); not where a clause or a participle of its
  own holds that date ("..., which came under ... in 1957").

Every name here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

import pytest

from quiz.generate.countries import another_country_before
from quiz.generate.grammar import find_verb
from quiz.generate.quality import _second_of_a_pair_dated
from quiz.generate.questions import _biography_subject_named
from quiz.generate.sentences import split_line


def test_an_adjective_s_past_before_its_plural_and_verb_is_no_verb() -> None:
    text = "The alpine combined titles go to Orrin and to Mara Vell of Kaskia."
    found = find_verb(text)
    assert found is None or text[found[0]: found[1]] != "combined", found


def test_guard_a_subject_s_past_before_a_plural_is_its_verb() -> None:
    text = "The council approved plans to build a stadium at Kask."
    found = find_verb(text)
    assert found is not None and text[found[0]: found[1]] == "approved", found


def test_an_acronym_opening_a_body_s_name_goes_on() -> None:
    line = ("Kask joined the Vell Health Organization, UNICEF and the U.S. Centers for Disease "
            "Control and Prevention as a partner in 1988.")
    assert split_line(line) == [line]


def test_guard_an_acronym_may_end_its_sentence() -> None:
    assert split_line("He returned to the U.S. Tamm said so.") == [
        "He returned to the U.S.", "Tamm said so."]


LIFE = ("Ivo Tamm (1874–1932)\n\nIvo Tamm was a Kaskian police official and statesman. He was "
        "police president of Kask from 1918 until his death.\n\nOn 4 December 1930 he became "
        "Vice-Chancellor in Otto Orrin's government, and he kept the post under Karl Buresch. "
        "Buresch reshuffled his cabinet on 29 January 1932 and left Tamm out. Tamm died in Kask "
        "on 19 August 1932.\n")


def test_his_cabinet_is_the_asked_man_s() -> None:
    question = "On what date did Buresch reshuffle his cabinet?"
    assert _biography_subject_named(question, "29 January 1932", "Ivo Tamm", "he",
                                    LIFE) == question


def test_guard_his_cabinet_of_an_unnamed_asker_is_the_subject_s() -> None:
    named = _biography_subject_named("On what date did the president dissolve his cabinet?",
                                     "29 January 1932", "Ivo Tamm", "he", LIFE)
    assert "Ivo Tamm’s cabinet" in named, named


def test_the_country_of_another_country_named_before() -> None:
    assert another_country_before("In India, where an epidemic struck in 1974, workers searched "
                                  "house to house; the country's last case was recorded in May "
                                  "1975.", "United States")


def test_guard_the_country_of_the_main_country() -> None:
    assert not another_country_before("Workers searched house to house; the country's last case "
                                      "was recorded in May 1975.", "India")
    assert not another_country_before("In India workers searched house to house; the country's "
                                      "last case was recorded in May 1975.", "India")


@pytest.mark.parametrize("question", [
    "Vell Club: In what year did the club reach Kask and continental Europe, with the Orrin club, "
    "in 1921?",
    "In what year did Kaskia honour Ivo Tamm with a knighthood and appointment as a Companion of "
    "Honour in 2002?",
    "Vellia: In what year did Orrin become a province, and Dorn, detached from Kask, in 1989?",
])
def test_a_date_of_the_second_of_a_pair_is_left_out(question: str) -> None:
    assert _second_of_a_pair_dated(question)


@pytest.mark.parametrize("question", [
    "Kask Island: In what year was Vesco succeeded by the Kask Steel and Coal Corporation, which "
    "came under the control of the firm Orrin Siddeley in 1957?",
    "In what month and year did a group led by Vell agree to buy the Kask Corporation for about "
    "$2 billion, completing the purchase early in 1996?",
    "In what year did Kaskia adhere to the Convention on Whaling, signed at Vell on 2 December "
    "1946?",
    "In what year did Kaskia and Vellia sign the Treaty of Orrin?",
])
def test_guard_a_date_of_its_own_clause_stays(question: str) -> None:
    assert not _second_of_a_pair_dated(question)
