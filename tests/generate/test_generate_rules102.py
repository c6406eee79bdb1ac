"""Rule pass 102, from rounds 109-110 (heldout104, heldout105): "Who was the Chairman of
Solidarity?" was answered "Mr Wałęsa"; "Japanese Minister" was asked as if it were a whole office
(an envoy: to where?); "After a secret trial, Imre Nagy, on what date were ... hanged" left the
first of a list before the question word; "did a general amnesty follow only, after which" kept
the "only" of "only in 1963"; "at which General Jaruzelski, General Kiszczak?" and "that
Soviet?" were cut inside a pair. Every sentence here is invented (the people, with real nations).
Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.facts import DATE, Fact
from quiz.generate.officials import find_officials
from quiz.generate.quality import _cut_inside_a_pair, incomplete_role
from quiz.generate.questions import Candidate
from quiz.generate.sentences import Sentence


def test_a_courtesy_title_and_a_surname_is_no_answer() -> None:
    text = "The Chairman of Solidarność, Mr Tamm, opened the talks in April 1989."
    assert not [f for f in find_officials(Sentence(text, 3)) if f.answer.startswith("Mr")]


@given(st.sampled_from(["Japanese", "American", "French", "British", "Chinese"]))
def test_a_nationality_and_minister_alone_is_an_incomplete_office(nation: str) -> None:
    assert incomplete_role(f"{nation} Minister")
    assert not incomplete_role(f"{nation} Foreign Minister")


def test_a_lists_first_name_before_the_question_word_is_refused() -> None:
    kept, left = _run("After a secret trial, Ivo Tamm, Lev Kask and the journalist Ole Varn were "
                      "hanged in Dorn on 16 June 1958.")
    assert not any(", Ivo Tamm, on what" in q for q in kept), kept


def test_a_dangling_only_is_dropped() -> None:
    kept, left = _run("A general amnesty followed only in 1963, after which Ivo Tamm pursued a "
                      "policy of cautious reconciliation in Kaldora.")
    assert not any(" only," in q or " only?" in q for q in kept), kept


def _cut_card(text: str, question: str) -> Candidate:
    sentence = Sentence(text, 3)
    fact = Fact(DATE, "26 September 1947", 3, 20, sentence)
    return Candidate(fact, "wh", question, "26 September 1947")


def test_a_question_cut_inside_a_pair_of_names_is_refused() -> None:
    text = ("On 26 September 1947 Ivo Tamm proposed at the Joint Commission that Soviet and "
            "American troops withdraw from Kaldora by early 1948, at which General Lev Kask, "
            "General Ole Varn and the Prime Minister, Ada Rist, threatened to resign.")
    cut = _cut_card(text, "On what date did Ivo Tamm propose at the Joint Commission that Soviet?")
    assert _cut_inside_a_pair(cut)
    listed = _cut_card(text, "On what date did Lev Kask, General Ole Varn?")
    assert _cut_inside_a_pair(listed)
    whole = _cut_card(text, "On what date did Ivo Tamm propose at the Joint Commission that "
                            "Soviet and American troops withdraw from Kaldora?")
    assert not _cut_inside_a_pair(whole)


def test_an_office_with_a_lower_case_phrase_before_its_holder_is_not_the_one_before_s() -> None:
    """From round 111: "the French Foreign Minister, Bernard Kouchner, the European Union's High
    Representative for foreign policy, Javier Solana," gave Kouchner Solana's office."""
    text = ("They were watched by the Kaldoran Foreign Minister, Ivo Tamm, the European Union's "
            "High Representative for foreign policy, Lev Kask, and the Vellish Foreign Minister, "
            "Ole Varn.")
    roles = {f.answer: f.role for f in find_officials(Sentence(text, 3))}
    assert roles["Ivo Tamm"] == "Kaldoran Foreign Minister", roles
