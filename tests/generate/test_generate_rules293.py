"""Rule pass 293, from rounds 1109-1116 (heldout1101-1108) as their first readers judged them
(no batch has judged it):

- "did Léonor Fresnel read to the Académie des sciences a memoir" (of "in 1819 brought in
  Augustin Fresnel ... On 29 July 1822 Fresnel read": the "in" of "brought in" read as a place's,
  so Augustin was no name and a bare "Fresnel" became his brother, the official).

Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.names import document_full_names, places_of


@given(st.sampled_from(["brought in", "called in", "voted in", "ushered in"]))
def test_a_person_brought_in_is_no_place(verb: str) -> None:
    text = (f"In 1819 the board {verb} Ivo Dorn, then an engineer. On 29 July 1822 Dorn read a "
            "memoir. Later his brother Ada Dorn succeeded him as secretary.")
    assert "Ivo" not in places_of(text)
    assert document_full_names("Dorn", text) == frozenset({"Ivo Dorn", "Ada Dorn"})


def test_a_guard_a_town_after_in_is_still_a_place() -> None:
    assert "Kask" in places_of("The engineers met in Kask and travelled across Vell.")
