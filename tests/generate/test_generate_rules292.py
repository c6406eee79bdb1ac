"""Rule pass 292, from rounds 1101-1104 (heldout1093-1096) as their first readers judged them
(no batch has judged it):

- "did El Hierro Columbus reach Gran Canaria?" (of "; off El Hierro Columbus divides it": a
  place of two words after "off" read as the person's given names);
- "the Faial earthquake of ____ devastated Silva Horta" (a town the document names "in Horta"
  written as the full name of Admiral Silva Horta, who is quoted in it).

Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import Document
from quiz.generate.names import document_full_names
from quiz.generate.pipeline import prepare


@given(st.sampled_from(["; off El Vell Dorn divides the fleet", "; off La Kask Dorn turns north",
                        ". Off Lerno Dorn meets the squadron"]))
def test_a_place_after_off_is_no_given_name(clause: str) -> None:
    text = f"- June: the fleet calls at Kask{clause}.\n- 12 August: Dorn reaches Brisa.\n"
    assert document_full_names("Dorn", text) == frozenset()


def test_a_name_after_a_place_of_one_word_keeps_only_the_name() -> None:
    text = "- June: the fleet calls at Kask; off Lerno Ivo Dorn divides the fleet.\n"
    assert document_full_names("Dorn", text) == frozenset({"Ivo Dorn"})


@given(st.sampled_from(["Kask", "Lerno"]))
def test_a_town_that_shares_an_officials_surname_stays_a_town(town: str) -> None:
    body = (f"Admiral Ivo {town}, the Chief of Naval Staff, said the navy would help.\n\n"
            f"Damage was worst in {town}, where the harbour wall fell.\n\n"
            f"In more recent memory the earthquake of 1926 devastated {town}.\n")
    doc = Document(Path("vell.md"), f"# Vell Island\n\n{body}", "Vell Island", None)
    asked = [cand.question for cand in prepare(doc).candidates if "1926" in cand.answer]
    assert asked and not any(f"Ivo {town}" in q for q in asked), asked
