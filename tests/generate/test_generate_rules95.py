"""Rule pass 95, from rounds 100-101 (heldout96, heldout97): in a life of Bouteflika, "when the
terrorist Carlos and his group flew the ministers to Algiers" had "his" written as the
biography's subject ("Carlos and Abdelaziz Bouteflika's group"); "Libyan exiles under Idris
agree" read "exiles" as the verb of "Libyan" (an adjective in a bare "-an" was no nation's);
"the General Secretary of the Communist Party, Leonid Brezhnev" was answered "Secretary of the
Communist Party". Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.grammar import present_verb
from quiz.generate.questions import _biography_subject_named


def test_his_after_a_name_and_and_is_that_persons() -> None:
    question = ("In what month and year did the rebel Kask and his band fly the ministers they "
                "had seized in Vell to Dorn?")
    assert _biography_subject_named(question, "December 1975", "Ivo Tamm", "he") == question


@given(st.sampled_from(["Libyan", "Kenyan", "Cuban", "Moroccan", "Tibetan", "Ugandan",
                        "Rwandan", "Angolan"]),
       st.sampled_from(["exiles", "rebels", "envoys", "leaders"]))
def test_a_nations_adjective_in_an_opens_a_noun_not_a_verb(adjective: str, noun: str) -> None:
    text = f"{adjective} {noun} under Ivo agree to raise forces."
    assert present_verb(text) == (text.index("agree"), text.index("agree") + len("agree"))


def test_a_party_general_secretary_keeps_general() -> None:
    kept, _ = _run("The treaty was signed in Dorn on 3 July 1974, the last day of the third "
                   "summit between President Lev Kask and the General Secretary of the Communist "
                   "Party of the Kaldoran Union, Ivo Tamm.")
    offices = [a for a in kept.values() if "Secretary" in a] + [q for q in kept if "Secretary" in q]
    assert offices and all("General Secretary" in o for o in offices), kept
