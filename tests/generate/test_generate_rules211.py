"""Rule pass 211, from rounds 581-588 (heldout573-heldout580): a given name "of" a country
("Margaret of Austria") left out of the people a bare name may be, so "Margaret" was completed as
the one other ("Margaret of Bourbon hired the mason in 1513", of Margaret of Austria). Every
sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.names import document_full_names, with_document_names

_TEXT = ("Philip of Vell married Margaret of Bourbon in 1472. Margaret of {land} built the "
         "church at Brou. In 1513 Margaret hired the mason Loys van Boghem.")


@given(st.sampled_from(["Austria", "France", "Hungary"]))
def test_a_given_name_of_a_country_is_one_of_the_namesakes(land: str) -> None:
    text = _TEXT.format(land=land)
    assert document_full_names("Margaret", text) == frozenset(
        {"Margaret of Bourbon", f"Margaret of {land}"})
    question, why = with_document_names("In what year did Margaret hire the mason?", "1513",
                                        text)
    assert why


def test_a_given_name_of_a_country_alone_completes_nothing() -> None:
    """(guard: "King Mindon" is no "Mindon of Burma")"""
    text = "Mindon of Burma ruled from Mandalay. King Mindon died in 1878."
    assert document_full_names("Mindon", text) == frozenset()
