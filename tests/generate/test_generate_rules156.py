"""Rule pass 156, from rounds 281-284: a fact-sheet line "Direct taxation of subjects abolished by
ordinance of ____." has no verb of its own; "Sanctioned by the co-princes on 28 April, it came
into force" leaves "it" unnamed; "signed by the Spanish?" is cut from "the Spanish and French
Foreign Ministers". Every sentence here is invented. Each test fails on the code before, except
the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card_faults


@given(st.sampled_from(["abolished", "signed", "given"]))
def test_a_bare_noun_and_its_participle_with_an_agent_is_refused(participle: str) -> None:
    sentence = f"Direct taxation of subjects {participle} by ordinance of 8 February 1869"
    question = f"Direct taxation of subjects {participle} by ordinance of ____."
    assert any("a noun and its participle" in f
               for f in _date_card_faults(sentence, question, "8 February 1869"))


@given(st.sampled_from(["stayed in Vell as a security force", "remained at Vell"]))
def test_a_bare_noun_and_its_past_verb_is_no_fault(predicate: str) -> None:
    """(guard: "Kellan troops stayed in Vell until ____")"""
    sentence = f"Kellan troops {predicate} until 1981."
    question = f"Kellan troops {predicate} until ____."
    assert not any("a noun and its participle" in f
                   for f in _date_card_faults(sentence, question, "1981"))


def test_a_has_been_participle_is_no_fault() -> None:
    """(guard: "Kellia has been actively involved in the talks since ____")"""
    sentence = "Kellia has been actively involved in the Vell talks since 1992."
    question = "Kellia has been actively involved in the Vell talks since ____."
    assert not any("a noun and its participle" in f for f in _date_card_faults(sentence, question, "1992"))


def test_it_after_an_opening_past_participle_is_refused() -> None:
    sentence = "Sanctioned by the co-princes on 28 April, it came into force on 4 May 1993."
    question = "Sanctioned by the co-princes on 28 April, it came into force on ____."
    assert any("pronoun after an opening phrase" in f
               for f in _date_card_faults(sentence, question, "4 May 1993"))


def test_a_nations_adjective_cut_from_its_pair_is_refused() -> None:
    sentence = ("The Treaty of Kell was signed by the Spanish and French Foreign Ministers on 1 "
                "June 1993.")
    question = "On what date was the Treaty of Kell signed by the Spanish?"
    assert any("nation's adjective" in f for f in _date_card_faults(sentence, question, "1 June 1993"))


def test_the_british_as_a_whole_is_no_fault() -> None:
    """(guard: "a referendum organised by the British")"""
    sentence = "Ivo Tamm was crowned after a referendum organised by the British on 23 August 1921."
    question = "On what date was Ivo Tamm crowned after a referendum organised by the British?"
    assert not any("nation's adjective" in f
                   for f in _date_card_faults(sentence, question, "23 August 1921"))
