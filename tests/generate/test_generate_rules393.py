"""Rule pass 393, from rounds 1713 and 1719-1722's readers (heldout1703 and heldout1709-1712:
the US National Science Foundation, London's Metropolitan Police, the RCMP, the FBI, the US
Secret Service):

- "Police Constable Sidney Miles is shot dead" was asked "was police Constable Sidney Miles
  shot dead" (round 1719, three cards faulted): a rank and its holder's name after "Police"
  keep its capital.
- "President Kennedy was shot dead ... in Dallas" was asked of "President Robert F. Kennedy"
  (round 1720), the document naming "Senator Robert F. Kennedy" only: a family name after an
  office is not completed with a full name the document writes only after another office.
- "forbids its procession to cross the Thames bridges" became "the Thames bridged" (round
  1719): after a base verb's "to ... the" or a preposition's "the", a name's plural noun is
  an object, no verb.
- "On what date did Harry S. Truman name the Board?" was left bare (round 1713), the document
  naming the National Science Board three times and the President's Scientific Research Board
  once: of several bodies of a kind named in earlier paragraphs, the one named last is meant
  when it is named at least twice and twice as often as the others together.

Every name here is invented. The tests fail on the code before, but the guards, named as such
(the same office's guard passes the document's text, an argument with_full_names lacked).
"""

from __future__ import annotations

from quiz.generate.bodies import name_bodies
from quiz.generate.clauses import date_question
from quiz.generate.names import with_full_names
from quiz.generate.tense import entry_in_the_past


def test_a_rank_after_police_keeps_its_capital() -> None:
    entry = "2 November: Police Constable Ivo Tamm is shot dead in Kask."
    assert date_question(entry, 0, 10, "On what date in 1952") == (
        "On what date in 1952 was Police Constable Ivo Tamm shot dead in Kask?")


def test_guard_the_police_alone_are_still_lowered() -> None:
    entry = "3 May: Police open fire on the crowd in Kask."
    assert date_question(entry, 0, 5, "On what date in 1952") == (
        "On what date in 1952 did police open fire on the crowd in Kask?")


_TEXT = ("Kask Guard\n\nAfter Senator Orrin B. Tamm was shot in Dorn in 1968, candidates were "
         "protected. On 2 May 1963 President Tamm was shot dead in Vell.\n")


def test_a_name_written_only_after_another_office_is_not_given_the_office() -> None:
    question = "On what date was President Tamm shot dead in Vell?"
    assert with_full_names(question, "2 May 1963", {"Tamm": "Orrin B. Tamm"}, _TEXT) == question


def test_guard_the_same_office_s_holder_is_still_named_in_full() -> None:
    question = "On what date was Senator Tamm shot in Dorn?"
    assert with_full_names(question, "1968", {"Tamm": "Orrin B. Tamm"}, _TEXT) == (
        "On what date was Senator Orrin B. Tamm shot in Dorn?")


def test_a_name_s_plural_after_to_cross_the_is_no_verb() -> None:
    entry = "Ivo Tamm forbids the procession to cross the Kask bridges; troops stand by."
    assert "the Kask bridges;" in entry_in_the_past(entry)


def test_guard_a_name_s_present_after_where_the_is_still_a_verb() -> None:
    assert entry_in_the_past("The bill passes to the Lords, where the Kask Rangers vote.") == (
        "The bill passed to the Lords, where the Kask Rangers voted.")


_BOARDS = ("Kask Science Act\n\nIn 1947 the President's Kask Research Board reported.\n\n"
           "The act created the Kask Science Board. The Kask Science Board was to have 24 "
           "members. The Kask Science Board met monthly.\n\nIvo Tamm named the Board on 2 "
           "November 1950.\n")


def test_the_body_named_most_and_last_is_meant() -> None:
    question = "On what date did Ivo Tamm name the Board?"
    assert name_bodies(question, "2 November 1950", _BOARDS,
                       "Ivo Tamm named the Board on 2 November 1950.") == (
        "On what date did Ivo Tamm name the Kask Science Board?")


def test_guard_two_bodies_named_alike_leave_the_kind_bare() -> None:
    text = _BOARDS.replace("The Kask Science Board met monthly.",
                           "The President's Kask Research Board met monthly.")
    question = "On what date did Ivo Tamm name the Board?"
    assert name_bodies(question, "2 November 1950", text,
                       "Ivo Tamm named the Board on 2 November 1950.") == question
