"""Rule pass 201, from rounds 513-520 (heldout505-heldout512): a bare given name written as the
one full name the text gives it ("Peter" as "Peter Alekseyevich", the grandson), though the text
also names a ruler of that name by an epithet ("Peter the Great"). Every sentence here is
invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.names import document_full_names, with_document_names


@given(st.sampled_from(["Great", "Elder", "Bold"]))
def test_a_ruler_by_epithet_makes_a_bare_given_name_two_people(epithet: str) -> None:
    text = (f"Ivo Tamm was the favourite of Olaf the {epithet}. He worked beside Olaf in Zell. "
            "The boy Olaf Tammovich was born in 1715. When Olaf died in 1725, Tamm ruled.")
    assert document_full_names("Olaf", text) == frozenset({f"Olaf the {epithet}",
                                                             "Olaf Tammovich"})
    question, why = with_document_names("When Olaf died on ____, Tamm ruled.", "1725", text)
    assert "alone may be any of" in why, (question, why)


def test_the_ruler_named_most_is_the_bare_name() -> None:
    """"Olaf the Great" named four times, "Olaf Vell" once: the bare "Olaf" is the ruler (the
    code before wrote the clerk)"""
    text = ("Olaf the Great ruled Zell. Olaf the Great built Kell. Olaf the Great died in 1725. "
            "Olaf the Great was mourned. His clerk Olaf Vell wrote it down.")
    assert with_document_names("When Olaf died on ____, Zell mourned.", "1725", text) == (
        "When Olaf the Great died on ____, Zell mourned.", "")


def test_a_name_of_a_house_keeps_its_one_full_form() -> None:
    """(guard: "Karl of Egmond" is the text's one full form; "Karl the Bold" is not added)"""
    text = ("Karl of Egmond ruled Kell. Karl the Bold fell at Nancy. Karl of Egmond took Zell. "
            "Karl of Egmond died in 1538.")
    assert document_full_names("Karl", text) == frozenset({"Karl of Egmond"})
