"""Rule pass 356, from rounds 1526-1533's first readers (heldout1517-1524, commercial banks): a
bare given name was completed with the next word when a particle and the family name followed
("Lionel" as "Lionel Nathan", of "Lionel Nathan de Rothschild"): a word followed by a particle
and a capitalised name is a second given name, no family name.

Every sentence here is invented. The test fails on the code before, but the guard, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["de", "von", "van"]))
def test_a_second_given_name_before_a_particle_is_no_family_name(particle: str) -> None:
    from quiz.generate.names import _the_one_given_name
    text = (f"Ann {particle} Kasker founded the house. Lionel Vellan {particle} Kasker, her "
            "grandson, ran it from 1920.\n")
    assert "Lionel Vellan" not in _the_one_given_name("Lionel", text)


def test_guard_a_given_and_family_name_are_found() -> None:
    from quiz.generate.names import _the_one_given_name
    text = "Ann Vellan founded the house. Lionel Vellan, her grandson, ran it from 1920.\n"
    assert _the_one_given_name("Lionel", text) == frozenset({"Lionel Vellan"})
