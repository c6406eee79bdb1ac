"""Rule pass 250, from rounds 805-812 (heldout797-804):

- "were building works on the Kažerma and Šwere houses reported complete" (the "are" inside the
  name "Šare" put in the past: a word was read from a letter inside a longer word when the word
  opened with a letter outside A-Z);
- "the Government of National Accord, formed under the Libyan Political Agreement, controlled
  Tripoli and the west of Turkey" and "seventy-two hours to leave Turkey" ("the country" written
  as the document's main country after another people's adjective).

Every name here is invented. Each test fails on the code before, except the guard named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.countries import resolve_the_country
from quiz.generate.tense import entry_in_the_past, rest_in_the_past


@given(st.sampled_from("ŠŽČĆĐÅÖØÆÉÍ"), st.sampled_from(["are", "is", "has", "sets", "gives"]))
def test_a_word_inside_a_name_with_a_letter_outside_a_to_z_is_never_a_verb(first: str,
                                                                            tail: str) -> None:
    name = f"{first}{tail}"
    entry = f"Building works on the Kell and {name} houses are reported complete"
    assert f" {name} houses were reported" in entry_in_the_past(entry)
    question = f"On what date in 2022 were building works on the Kell and {name} houses reported?"
    assert f" {name} houses" in rest_in_the_past(question)


@given(st.sampled_from([("Libyan", "Turkey"), ("Greek", "Turkey"), ("Kellish", "Vellia")]),
       st.sampled_from(["controlled the west of the country", "had to leave the country"]))
def test_another_peoples_adjective_before_the_country_leaves_it_unresolved(
        people: tuple[str, str], rest: str) -> None:
    adjective, main = people
    question = f"On what date did the {adjective} government say that its envoy {rest}?"
    assert resolve_the_country(question, main) is None


def test_a_guard_the_main_countrys_own_adjective_resolves_it() -> None:
    question = ("On what date did the Turkish parliament ratify the memorandum, which bound the "
                "country?")
    assert resolve_the_country(question, "Turkey") == (
        "On what date did the Turkish parliament ratify the memorandum, which bound Turkey?")
