"""Rule pass 164, from rounds 313-316: "the territory" is not written as the "Union
Territories" (a name whose head is in the other number); "Fernando Po (Bioko)", a place with
another name of one word that the text puts after "in" or "on", is no person; "was the vessel in
which John Beecroft serving was taken" (the relative clause's "was" moved to the front) is
refused; "and John Beecroft again takes charge" is a second clause. Every sentence here is
invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card_faults

from quiz.generate.coordination import second_clause
from quiz.generate.definites import resolve_definites
from quiz.generate.documents import main_person


def test_a_singular_noun_is_not_a_plural_name() -> None:
    text = ("In 1956 the Kell Hills became one of the Union Territories of Vell. During the war "
            "of 1971 the territory sheltered a million refugees.")
    quote = "During the war of 1971 the territory sheltered a million refugees."
    question, _ = resolve_definites("During the war of ____ the territory sheltered a million "
                                    "refugees.", "1971", text, quote)
    assert "Union Territories" not in question


def test_a_name_in_the_same_number_is_still_written_in() -> None:
    """(guard: "the hills" -> "the Black Hills")"""
    text = "The Kell treaty gave the Black Hills to the Lakota. In 1877 the hills were seized."
    quote = "In 1877 the hills were seized."
    question, _ = resolve_definites("In ____ the hills were seized.", "1877", text, quote)
    assert "the Black Hills were seized" in question


@given(st.sampled_from(["in", "on"]))
def test_a_place_with_another_name_is_no_person(at: str) -> None:
    text = (f"Ivo Tamm (Kell) lies off the coast. The island was named after him. He died in "
            f"1480. Tamm landed there. He claimed it. Life {at} Kell was hard. He left. Tamm was "
            "honoured. He is remembered.")
    assert main_person("Ivo Tamm (Kell) from Discovery to Independence", [text]) is None


def test_a_person_with_years_in_brackets_is_still_one() -> None:
    """(guard: "Ivo Tamm (1790–1854)")"""
    text = ("Ivo Tamm was born in Kell. He became governor in 1843. Tamm died in 1854. He was "
            "buried at Zell, where Tamm had lived. He left no heirs.")
    assert main_person("Ivo Tamm (1790–1854)", [text]) == ("Ivo Tamm", "he")


def test_a_relative_clause_without_its_was_is_refused() -> None:
    sentence = "In 1805 the vessel in which Ivo Tamm was serving was taken by a privateer."
    question = "In what year was the vessel in which Ivo Tamm serving was taken by a privateer?"
    assert any("no “was”" in f for f in _date_card_faults(sentence, question, "1805"))


def test_a_relative_clause_with_its_was_is_no_fault() -> None:
    """(guard: the fill-in keeps "was serving")"""
    sentence = "In 1805 the vessel in which Ivo Tamm was serving was taken by a privateer."
    question = "In ____ the vessel in which Ivo Tamm was serving was taken by a privateer."
    assert not any("no “was”" in f for f in _date_card_faults(sentence, question, "1805"))


@given(st.sampled_from(["again", "soon", "then"]))
def test_a_name_an_adverb_and_a_present_verb_open_a_second_clause(adverb: str) -> None:
    predicate = f" leave for good and Ivo Tamm {adverb} takes charge of the settlement"
    span = second_clause(predicate)
    assert span is not None and predicate[: span[0]] == " leave for good"
