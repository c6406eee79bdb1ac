"""Rule pass 215, from rounds 605-612 (heldout597-heldout604): a ruler's number that ends a
sentence read as an initial ("King George I. Ithaca becomes" gave "George I. Ithaca"), a people's
name completed as a person's ("offers Archibald Métis help"), a place after "; at" glued to a
name ("at Canala Éloi Machoro"), "two-thirds" put in the past, a hyphened name lower-cased
("port-de-France"), the document's note on its dates in another wording, a participle read as
the clause's verb ("an earthquake centred in the gulf damages"), "his" of a person in apposition
given to the biography's subject, and a subordinate clause with only a participle after it.
Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert
from quiz.generate.names import document_full_names
from quiz.generate.questions import _biography_subject_named

Questions = Callable[[str, str], list[str]]


@given(st.sampled_from(["King", "Queen", "Emperor"]))
def test_a_rulers_number_ending_a_sentence_is_no_initial(rank: str) -> None:
    text = (f"- 21 May: the islands pass to the commissioner of {rank} Otto I. Vell becomes part "
            "of the prefecture.\n- 9 August: an earthquake damages Vell.")
    assert document_full_names("Vell", text) == frozenset()


def test_an_initial_is_still_an_initial() -> None:
    """(guard: "Franklin D. Roosevelt" for "Roosevelt")"""
    text = "Franklin D. Roosevelt won in 1932. Roosevelt took office in 1933."
    assert document_full_names("Roosevelt", text) == frozenset({"Franklin D. Roosevelt"})


def test_a_peoples_name_is_no_surname() -> None:
    text = ("- October: a raid on the post fails; Riel offers Orlas Vellois help.\n"
            "- 1870: the Vellois who had settled the river rose.")
    assert document_full_names("Vellois", text) == frozenset()


@given(st.sampled_from(["at", "in", "near"]))
def test_a_place_after_a_semicolon_is_no_part_of_a_name(word: str) -> None:
    text = (f"- 18 November: the front boycotts the elections; {word} Dask Orlo Vellin smashes a "
            "ballot box.\n- 12 January: Vellin is shot dead.")
    assert document_full_names("Vellin", text) == frozenset({"Orlo Vellin"})


@given(st.sampled_from(["two-thirds", "three-quarters", "one-half"]))
def test_a_fraction_is_no_verb(fraction: str) -> None:
    question = invert(f"the Act receives assent, giving Vell a council of which {fraction} are "
                      "to be elected", "on what date in 1850")
    assert question is not None and f"{fraction} were to be elected" in question


def test_a_hyphened_name_keeps_its_capital() -> None:
    question = invert("Port-de-Vell, founded by Captain Orlas on 25 June 1854, was renamed Dask in "
                      "1866", "in what year")
    assert question is not None and "was Port-de-Vell," in question


def test_a_hyphened_word_is_still_lowered() -> None:
    """(guard: "Day-to-day operations" opening the sentence)"""
    question = invert("Day-to-day operations passed to the board in 1921", "in what year")
    assert question == "In what year did day-to-day operations pass to the board in 1921?"


@pytest.mark.parametrize("opening", ["a strong earthquake centred in the gulf",
                                     "the first election fought on party lines"])
def test_a_participle_before_the_present_verb_is_no_verb(opening: str) -> None:
    question = invert(f"{opening} returns a majority for the party", "on what date in 1978")
    assert question == f"On what date in 1978 did {opening} return a majority for the party?"


def test_a_participle_after_the_present_verbs_noun_is_no_verb() -> None:
    question = invert("Orlas Vell, another of the burial party, dies of wounds received at Dask",
                      "on what date in 1915")
    assert question == ("On what date in 1915 did Orlas Vell, another of the burial party, die of "
                        "wounds received at Dask?")


def test_a_past_verb_and_its_place_is_still_the_verb() -> None:
    """(guard: "sailed from Dask with some 250 men": the clause's verb)"""
    question = invert("the army sailed from Dask with some 250 men and three ships",
                      "on what date")
    assert question == "On what date did the army sail from Dask with some 250 men and three ships?"


@pytest.mark.parametrize("note", [
    "The Vellian dates of the revolutionary period and of 1833 were originally recorded in the "
    "Julian calendar.",
])
def test_a_note_on_the_dates_recorded_is_no_card(note: str, questions_from: Questions) -> None:
    text = f"Vellia\n\n{note} The Vellian assembly first met at Dask on 3 May 1844."
    questions = questions_from("vellia", text)
    assert not any("calendar" in q for q in questions), questions
    assert any("assembly" in q for q in questions), questions


def test_his_of_a_person_in_apposition_is_not_the_biographys() -> None:
    question = ("In ____ the Minister of National Defence, Petros Amar, resigned after newspapers "
                "reported his visit to a club near the base.")
    assert _biography_subject_named(question, "1985", "Orlas Vell", "he") == question


def test_his_of_no_one_named_is_still_the_biographys() -> None:
    """(guard: no other person in the question)"""
    question = "In ____ the newspapers reported his visit to a club near the base."
    assert _biography_subject_named(question, "1985", "Orlas Vell", "he") == (
        "In ____ the newspapers reported Orlas Vell’s visit to a club near the base.")


def test_a_because_clause_with_only_a_participle_is_no_card(questions_from: Questions) -> None:
    text = ("Vellia\n\nBecause Vellia is a party to the Convention for the Protection of the "
            "Heritage, adopted by the General Conference in Dask on 16 November 1972. The "
            "Vellian assembly first met at Dask on 3 May 1844.")
    questions = questions_from("vellia", text)
    assert not any(q.startswith("Because") for q in questions), questions
