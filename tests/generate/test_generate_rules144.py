"""Rule pass 144, from rounds 245-248: a one-word name that is the document's subject and a
place of its text ("Sarawak under the Brooke Rajahs", "Rajah of Sarawak") is not completed as
a person's ("Sarawak Malays"); "Swiss fighter pilots clash with" keeps its plural; a section
heading's "Towards war" names no war. Every sentence here is invented. Each test fails on the
code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.names import with_document_names
from quiz.generate.references import named_phrases

_TEXT = ("Kellia under the Vell Rajahs\n\nIvo Vell was made Rajah of Kellia in 1841. He put down "
         "a rising of Kellia Malays and Dask in 1842. Kellia became a protected state in 1888.")


@given(st.sampled_from(["did Kellia become", "was the Baram basin ceded to Kellia"]))
def test_the_documents_subject_place_is_not_a_person(asked: str) -> None:
    question = f"On what date {asked} a British protected state?"
    assert with_document_names(question, "14 June 1888", _TEXT) == (question, "")


def test_a_person_named_in_the_title_is_still_completed() -> None:
    """(guard: "the fall of Tamm" is no place)"""
    text = ("Tamm and the Kell Accord\n\nIvo Tamm signed the accord in 1987 after the fall of "
            "Tamm's rival. Tamm died in 1999.")
    assert with_document_names("On what date did Tamm die?", "1 July 1999", text) == (
        "On what date did Ivo Tamm die?", "")


@given(st.sampled_from(["with", "against"]))
def test_a_plural_before_a_verb_and_its_preposition_stays_plural(preposition: str) -> None:
    text = f"June 1940 — Swiss fighter pilots clash {preposition} German aircraft over Kell."
    question = date_question(text, 0, 9, "in what month and year")
    assert question is not None and "fighter pilots clash" in question


@given(st.sampled_from(["Towards war", "Toward war", "Road to war"]))
def test_a_section_heading_names_no_war(heading: str) -> None:
    assert not named_phrases(f"{heading}\n\nTamm hoped to leave the war in 1944.")["war"]
