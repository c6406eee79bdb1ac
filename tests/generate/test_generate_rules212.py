"""Rule pass 212, from rounds 589-592 (heldout581-heldout584): a card label left with the word
before its title's year ("Canary Islands since:"), a place's name read as a person's full name
("Cruz de Tenerife" of "Santa Cruz de Tenerife"; "Byzantium Thebes" of "Under Byzantium Thebes
became"). Every sentence here is invented. Each test fails on the code before, except the guards
named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.names import document_full_names, with_full_names
from quiz.generate.topic_label import without_year


@given(st.sampled_from(["since", "from", "until", "after"]))
def test_a_titles_year_goes_with_its_preposition(word: str) -> None:
    assert without_year(f"Vell Islands {word} 1931") == "Vell Islands"


def test_a_name_of_a_year_keeps_its_name() -> None:
    """(guard: "Gaza Campaign of 1895")"""
    assert without_year("Gaza Campaign of 1895") == "Gaza Campaign"


@given(st.sampled_from(["Santa Cruz de Vell", "San Juan de Vell", "Puerto de la Vell"]))
def test_a_places_name_is_no_persons(place: str) -> None:
    text = f"The ships sailed from {place} in 1972. Vell lies in the islands. Vell grew."
    assert document_full_names("Vell", text) == frozenset()


def test_a_land_before_a_city_is_no_part_of_its_name() -> None:
    text = "Under Byzantium Thebes became a silk town. Thebes was sacked in 1147."
    assert document_full_names("Thebes", text) == frozenset()


def test_a_longer_names_end_is_not_completed() -> None:
    question = "In what year did the general withdraw the garrison from Santa Cruz de Bravo?"
    assert with_full_names(question, "1915", {"Bravo": "Ignacio A. Bravo"}) == question


def test_a_surname_alone_is_still_completed() -> None:
    """(guard: "did Bravo occupy the town": the one Bravo of the text)"""
    assert with_full_names("In what year did Bravo occupy the town?", "1901",
                           {"Bravo": "Ignacio A. Bravo"}) == (
        "In what year did Ignacio A. Bravo occupy the town?")
