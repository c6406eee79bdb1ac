"""Rule pass 216, from rounds 613-620 (heldout605-heldout612): a case name cut at "R. v.", an
opening adverb read as the subject ("did Overland, ..."), "Order in Council" lower-cased, an
island's encyclopedia read as a life ("Saint Helena arrived"), a town completed as the governor
it is named after ("in Henry Hamilton"), "Slavery" left with its capital, and "Articles 3 and 4"
read as a second clause ("did 4 reach Jamestown"). Every sentence here is invented. Each test
fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question, invert
from quiz.generate.documents import main_person
from quiz.generate.names import with_full_names
from quiz.generate.sentences import iter_sentences


def _sentences(text: str) -> list[str]:
    return [sentence.text for sentence in iter_sentences(text)]


@given(st.sampled_from(["R. v. Vellin", "Orlas v. Dask"]))
def test_a_case_name_is_one_sentence(case: str) -> None:
    text = f"On 31 May 1990 the Supreme Court decided {case} on fishing rights. It was unanimous."
    assert _sentences(text)[0].endswith("on fishing rights.")


@given(st.sampled_from(["Overland", "Eventually", "Inland"]))
def test_an_opening_adverb_is_no_subject(adverb: str) -> None:
    question = invert(f"{adverb}, the Company's Orlas Vell reached the sea at Dask Channel",
                      "on what date")
    assert question == "On what date did the Company's Orlas Vell reach the sea at Dask Channel?"


def test_an_opening_name_is_still_the_subject() -> None:
    """(guard: "Vell, the Company's man, reached": a name in apposition, kept)"""
    question = invert("Vell, the Company's man, reached the sea", "on what date")
    assert question == "On what date did Vell, the Company's man, reach the sea?"


def test_an_order_in_council_keeps_its_capital() -> None:
    question = invert("Order in Council P.C. 1486 authorised the removal of the people",
                      "on what date in 1942")
    assert question is None or "order in Council" not in question


def test_an_island_is_no_life() -> None:
    blocks = ["Saint Vell", "Saint Vell is a volcanic island in the South Atlantic. He arrived "
              "in 1659. He built a fort. He became the first Governor. Saint Vell grew. Saint "
              "Vell was taken in 1673, and Saint Vell prospered."]
    assert main_person("Saint Vell", blocks) is None


def test_a_saints_life_is_still_a_life() -> None:
    """(guard: a biography of a person)"""
    blocks = ["Orlas Vell", "Orlas Vell was a Dask bishop. He was born in 1846. He taught. "
              "Vell became a monk. Vell died in 1920. He was made a saint; Vell is honoured."]
    assert main_person("Orlas Vell", blocks) == ("Orlas Vell", "he")


def test_a_town_after_in_is_not_the_governor_it_is_named_after() -> None:
    question = "In what year did the Princess Hotel open in Vellton?"
    assert with_full_names(question, "1885", {"Vellton": "Henry Vellton"}) == question


def test_the_governor_is_still_named_in_full() -> None:
    """(guard: "did Vellton resign": the governor)"""
    assert with_full_names("In what year did Vellton resign?", "1885",
                           {"Vellton": "Henry Vellton"}) == "In what year did Henry Vellton resign?"


@given(st.sampled_from(["Slavery", "Serfdom", "Rationing"]))
def test_an_institution_ended_is_a_common_noun(noun: str) -> None:
    question = invert(f"{noun} ended with the Abolition Act of Vell", "on what date")
    assert question == f"On what date did {noun.lower()} end with the Abolition Act of Vell?"


def test_two_numbers_joined_are_no_second_clause() -> None:
    text = ("The commissioners provided for by Articles 3 and 4 reached Port Vell aboard HMS "
            "Dask on 17 June 1816, which also brought the admiral.")
    at = text.index("17 June 1816")
    question = date_question(text, at, at + len("17 June 1816"), "on what date")
    assert question is not None and "did 4 reach" not in question
    assert "the commissioners provided for by Articles 3 and 4 reach Port Vell" in question
