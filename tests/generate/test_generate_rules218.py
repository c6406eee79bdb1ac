"""Rule pass 218, from rounds 629-636 (heldout621-heldout628): after "a" the word in "-s" read as
a plural subject ("did a shell sets fire"), "Adolfo de la Huerta" completed as Victoriano Huerta,
a second name and its own year left in the question ("and the Ancient Maya City of Calakmul in
2002?"), a second clause after a comma ("did the Agreement take effect, the Government was
established?"), and "Prince Edward Island" split into an office and a person. Every sentence
here is invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert
from quiz.generate.names import with_full_names
from quiz.generate.quality import _NAME_PASSIVE_AFTER_DID
from quiz.generate.trim import without_dated_conjunct


@given(st.sampled_from([("a shell sets fire to", "set fire to"),
                        ("an envoy signs", "sign")]))
def test_after_a_the_word_in_s_is_the_verb(forms: tuple[str, str]) -> None:
    clause, asked = forms
    question = invert(f"{clause} the Vell treaty", "on what date")
    subject = clause.split()[0] + " " + clause.split()[1]
    assert question == f"On what date did {subject} {asked} the Vell treaty?"


@given(st.sampled_from(["a few ships leave", "a number of ships leave"]))
def test_a_counted_plural_is_still_the_subject(clause: str) -> None:
    """(guard: "a few ships", "a number of ships": a plural after a count)"""
    question = invert(f"{clause} the port of Vell", "on what date")
    assert question == f"On what date did {clause} the port of Vell?"


def test_a_name_with_de_la_is_not_completed() -> None:
    question = "On what date did Orlas de la Vell become interim president?"
    assert with_full_names(question, "1 June 1920", {"Vell": "Petros Vell"}) == question


def test_a_surname_alone_is_still_completed() -> None:
    """(guard: "did Vell resign")"""
    assert with_full_names("On what date did Vell resign?", "1914",
                           {"Vell": "Petros Vell"}) == "On what date did Petros Vell resign?"


def test_a_second_name_and_its_year_is_cut() -> None:
    question = ("In what year did UNESCO inscribe the Old Town of Vell on the World Heritage List "
                "and the Ancient City of Dask in 2002?")
    assert without_dated_conjunct(question) == (
        "In what year did UNESCO inscribe the Old Town of Vell on the World Heritage List?")


def test_a_named_clause_after_a_comma_is_glued() -> None:
    question = ("On what date in 2005 did the Vell Agreement take effect, the Vell Government was "
                "established?")
    assert _NAME_PASSIVE_AFTER_DID.search(question)
    assert not _NAME_PASSIVE_AFTER_DID.search(
        "On what date did the Vell Agreement, the first signed there, take effect?")


def test_an_island_ends_no_persons_name(
        questions_from: Callable[[str, str], list[str]]) -> None:
    text = ("Orlas Vell\n\nOrlas Vell (1721-1824) was a Swiss-born surveyor. In May 1804, when he "
            "was already elderly, Vell was appointed Lieutenant Governor of Prince Edward Island, "
            "succeeding Petros Dask. He died in Halifax in 1824. Vell had served in the army from "
            "1756.")
    questions = questions_from("orlas-vell-biography", text)
    assert not any("Edward Island hold" in q for q in questions), questions
