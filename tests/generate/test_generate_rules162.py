"""Rule pass 162, from rounds 305-308: "march" (a verb the document only writes as a month) is
not capitalised; "the Governor of New South Wales" has no holder "South Wales"; "Li leaders" is
a people's noun, not "Li Aichun leaders"; a timeline's "a meeting in X county that forms" goes
into the past; "was the ceasefire ended, and the Naga National Council?" and "..., and the
Angami rise?" are refused as cut or glued clauses. Every sentence here is invented. Each test
fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card_faults

from quiz.generate.clauses import date_question
from quiz.generate.names import names_as_written, with_document_names
from quiz.generate.officials import find_officials
from quiz.generate.sentences import Sentence


@given(st.sampled_from(["march", "may"]))
def test_a_verb_written_only_as_a_month_keeps_its_case(verb: str) -> None:
    text = (f"Ivo Tamm held the hills until {verb.capitalize()} 1832, and the Kellan chiefs met "
            f"at Zell in {verb.capitalize()} 1833.")
    question = f"In what month and year did Ivo Tamm {verb} a force across the hills?"
    assert names_as_written(question, text) == question


def test_a_name_still_gets_its_capital() -> None:
    """(guard: "did smuts found" -> "did Smuts found")"""
    text = "The party was founded when Smuts returned. In 1920 it was led by Smuts."
    assert names_as_written("In what year did smuts found the party?", text) == (
        "In what year did Smuts found the party?")


@given(st.sampled_from(["North", "South", "East", "West"]))
def test_the_rest_of_a_places_name_holds_no_office(compass: str) -> None:
    text = (f"On 8 June 1856 an Order in Council made Kell a settlement governed by the Governor "
            f"of New {compass} Vell.")
    assert f"{compass} Vell" not in [fact.answer for fact in find_officials(Sentence(text, 1))]


def test_a_person_after_an_office_still_holds_it() -> None:
    """(guard: "Sir Ivo Tamm, Governor of New South Vell")"""
    text = "In 1856 Sir Ivo Tamm, Governor of New South Vell, visited Kell."
    assert "Sir Ivo Tamm" in [fact.answer for fact in find_officials(Sentence(text, 1))]


@given(st.sampled_from(["leaders", "villagers", "chiefs"]))
def test_a_peoples_name_before_its_noun_is_no_person(noun: str) -> None:
    text = ("Li Aichun was born in Kell. The Li people live in the hills. Li Aichun led the "
            "rising of 1943.")
    question = f"After the rising of ____, Li {noun} allied themselves with Ivo Tamm's forces."
    assert with_document_names(question, "1943", text)[0] == question


def test_a_relative_clause_after_an_unknown_noun_goes_into_the_past() -> None:
    text = ("August 1929: Ivo Tamm convenes a meeting at Zell in Ding'an county that forms a "
            "provisional committee.")
    question = date_question(text, 0, 11, "in what month and year")
    assert question is not None and "county that formed a provisional committee" in question


def test_a_name_left_after_a_clauses_comma_is_refused() -> None:
    sentence = ("1 September 1972: The ceasefire is ended, and the KNC, its government and army "
                "are declared unlawful.")
    question = "On what date in 1972 was the ceasefire ended, and the Kell National Council?"
    assert any("cut after “, and”" in f for f in _date_card_faults(sentence, question,
                                                                    "1 September 1972"))


def test_a_second_subject_and_verb_glued_on_is_refused() -> None:
    sentence = ("14 October 1879: Tamm is shot dead at the gate of Zell, and the Kellan rise; the "
                "stockade is besieged.")
    question = "On what date was Tamm shot dead at the gate of Zell, and the Kellan rise?"
    assert any("cut after “, and”" in f for f in _date_card_faults(sentence, question,
                                                                    "14 October 1879"))


def test_a_list_ending_in_and_a_name_is_no_fault() -> None:
    """(guard: "with Vell, and the Zell Islands?")"""
    sentence = "On 3 May 1950 Kell signed the treaty with Vell, and the Zell Islands."
    question = "On what date did Kell sign the treaty with Vell, and the Zell Islands?"
    assert not any("cut after" in f for f in _date_card_faults(sentence, question, "3 May 1950"))


@given(st.sampled_from(["between Ivo Tamm, commanding the relief, and Karl Berg",
                        "the Kell Charter, which spoke for \"the Kellan nation\", and the Language Act"]))
def test_a_conjunct_after_an_aside_is_no_fault(conjunct: str) -> None:
    """(guard: a name after an aside's comma ends a list of two, not a cut clause)"""
    sentence = f"On 16 May 1808 the capitulation was agreed {conjunct}."
    question = f"On what date was the capitulation agreed {conjunct}?"
    assert not any("cut after" in f for f in _date_card_faults(sentence, question, "16 May 1808"))
