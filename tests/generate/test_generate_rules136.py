"""Rule pass 136, from rounds 230-231: a possessive's plural is its noun, not a present verb
("Inspector Sam Steele's scouts attack" had read "did Inspector Sam Steele's scout attack"); a
peerage's place is not completed to the person ("Earl of Durham" had become "Earl of Lord
Durham"); "Dowager" is a rank before a name ("Empress Dowager Cixi", not a person "Dowager
Cixi"). Every sentence here is invented. Each test fails on the code before, except the guards
named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.names import document_full_names, with_document_names


@given(st.sampled_from(["scouts", "riders", "gunboats"]))
def test_a_possessives_plural_is_its_noun(noun: str) -> None:
    text = (f"3 June 1885 — Inspector Ivo Tamm's {noun} attack the retreating Kell at Dask Lake, "
            "the last engagement of the campaign.")
    question = date_question(text, 0, 11, "on what date")
    assert question is not None and f"Tamm's {noun} attack" in question, question


@given(st.sampled_from(["Earl", "Duke", "Viscount"]))
def test_a_peerages_place_is_not_completed_to_a_person(peer: str) -> None:
    text = (f"Lord Dask reached Kell in May 1838. Ivo Tamm, {peer} of Dask, was appointed "
            "governor. Lord Dask wrote a report.")
    question = f"In what year was Ivo Tamm, {peer} of Dask, appointed governor?"
    assert with_document_names(question, "1838", text)[0] == question


def test_dowager_is_a_rank_before_a_name() -> None:
    text = ("The boy's mother, soon known as the Empress Dowager Tsela, found an ally in the "
            "prince. Tsela dismissed the council in 1884.")
    assert "Dowager Tsela" not in document_full_names("Tsela", text)
