"""Rule pass 207, from rounds 537-556 (heldout529-heldout548): a second clause with a subject of
its own kept in a date question ("did Margaret die at Mechelen, and the county passes"; "..., and
on Henry's death in 1589 he became"), a tense slip ("did a counter-attack, delayed until the
early hours, failed"; "the troops neared Souda Bay"; "did Junkers 52 transport begin"; "after its
ministers break ranks"; "and torpedoes"), "his" given to a biography's subject where the man
asked about announced his own ("did Davies announce Grimond's retirement"), "the Istria County's
first prefect", and "the treaty" of a timeline's 1947 read as the document's treaty of 1975.
Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.definites import resolve_definites
from quiz.generate.inflect import present_base
from quiz.generate.questions import _biography_subject_named
from quiz.generate.references import resolve_agreements
from quiz.generate.tense import entry_in_the_past, rest_in_the_past


def _asked(sentence: str) -> str | None:
    date = re.search(r"\d{1,2} [A-Z][a-z]+ \d{4}", sentence)
    assert date is not None
    return date_question(sentence, date.start(), date.end(), "On what date")


@given(st.sampled_from([
    "On 1 December 1530 Margaret of Vell dies at Mechelen, and the county passes directly to "
    "Charles of Tarn.",
    "On 1 December 1530 Margaret of Vell dies at Mechelen, and the duchy passes to Charles."]))
def test_a_second_clause_with_its_own_subject_is_cut(sentence: str) -> None:
    assert _asked(sentence) == "On what date did Margaret of Vell die at Mechelen?"


def test_a_long_phrase_then_a_pronoun_and_its_verb_is_a_clause_of_its_own() -> None:
    sentence = ("On 20 October 1587 Navarre won at Coutras, and on Henry III's murder on 2 August "
                "1589 he became king.")
    assert _asked(sentence) == "On what date did Navarre win at Coutras?"


def test_as_before_a_title_opens_no_clause() -> None:
    sentence = ("On 4 December 1259 Henry III did homage to Louis IX in Paris as Duke of Tarn, "
                "and the Treaty of Paris took effect.")
    assert _asked(sentence) == (
        "On what date did Henry III do homage to Louis IX in Paris as Duke of Tarn?")


def test_a_count_before_an_s_word_makes_no_clause() -> None:
    """(guard: "settled three questions" is the clause's object, not a second clause)"""
    sentence = ("The declarations exchanged in Vell on 5 August 1890 between the envoys, Lord Dorn "
                "and the Ostrian ambassador, settled three questions at once.")
    question = _asked(sentence)
    assert question is None or "and the Ostrian ambassador?" not in question


def test_a_time_after_until_opens_no_clause() -> None:
    question = ("On what date in 1941 did a counter-attack on Malem, delayed until the early "
                "hours, fail to retake the airfield?")
    assert rest_in_the_past(question) == question


def test_a_preposition_that_is_also_a_verb_stays() -> None:
    assert entry_in_the_past("that the troops near Souda Bay have reached the limit.") == (
        "that the troops near Souda Bay had reached the limit.")


def test_a_plural_noun_before_a_base_verb_is_no_verb() -> None:
    assert "transported" not in entry_in_the_past(
        "Junkers 52 transports begin landing on Malem airfield.")


def test_a_plural_subject_with_names_before_its_verb_goes_into_the_past() -> None:
    assert entry_in_the_past(
        "the government resigns after its Flemish Christian Democrat ministers break ranks.") == (
        "the government resigned after its Flemish Christian Democrat ministers broke ranks.")


def test_torpedoes_is_the_present_of_torpedo() -> None:
    assert present_base("torpedoes") == "torpedo"


_TEXT = ("Jo Tamm was born in 1913. Tamm became Chief Whip under Clement Davies. Davies announced "
         "his retirement in September 1956, and Tamm was chosen as his successor.")


@given(st.sampled_from([
    ("In what month and year did Davies announce his retirement?", "September 1956"),
    ("Davies announced his own retirement in ____.", "September 1956")]))
def test_his_own_act_announced_is_the_announcers(asked: tuple[str, str]) -> None:
    question, answer = asked
    assert _biography_subject_named(question, answer, "Jo Tamm", "he", _TEXT) == question


def test_his_resignation_accepted_is_the_subjects() -> None:
    """(guard: "did Putin accept his resignation": another man's act on the subject)"""
    assert _biography_subject_named("On what date did Putin accept his resignation?", "2 May",
                                    "Jo Tamm", "he", _TEXT) == (
        "On what date did Putin accept Jo Tamm’s resignation?")


def test_a_county_named_after_its_place_takes_no_article() -> None:
    text = "Vellia County was formed in 1993. The county's first prefect was the mayor of Pula."
    question, why = resolve_definites("Who, as the mayor of Pula, became the county's first prefect?",
                                      "Ivo Tamm", text, "The county's first prefect was the mayor "
                                      "of Pula.")
    assert question == "Who, as the mayor of Pula, became Vellia County's first prefect?"


_OSIMO = ("The Treaty of Dorn was signed on 10 November 1975. The Treaty of Dorn entered into "
          "force in 1977.")


def test_the_treaty_of_a_year_before_the_main_one_is_not_the_main_one() -> None:
    question = "On what date in 1947 did the treaty enter into force?"
    assert resolve_agreements(question, "15 September", {"treaty": "Treaty of Dorn"}, "",
                              _OSIMO) == question


def test_the_treaty_of_its_own_years_is_the_main_one() -> None:
    """(guard: a card of 1977 is of the Treaty of Dorn; it fails on the code before only as
    resolve_agreements took no text then)"""
    assert resolve_agreements("On what date in 1977 did the treaty enter into force?",
                              "3 April", {"treaty": "Treaty of Dorn"}, "", _OSIMO) == (
        "On what date in 1977 did the Treaty of Dorn enter into force?")
