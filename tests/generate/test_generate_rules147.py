"""Rule pass 147, from rounds 253-256: "the Regulation", "the Society", "the Company" are written
as the document named them ("the Organic Regulation"), a name that holds another being the same
body ("Organic Regulation of Wallachia and Moldavia") and a heading no word of a name; a cloze
cut at ", Cuza." is refused; "as they prepare", "as Soviet and Mongolian troops approach" go into
the past; "Bitter at the terms, Brătianu left" keeps the adjective's phrase out of the subject.
Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card, _run

from quiz.generate.bodies import name_bodies
from quiz.generate.clauses import date_question
from quiz.generate.quality import faults
from quiz.generate.tense import rest_in_the_past

_TEXT = ("# The Organic Regulation of Vell and Dask\n\nThe Organic Regulation was the first "
         "framework of government of Vell and Dask.\n\nInstitutions\n\nThe Regulation gave each "
         "a prince and an assembly.\n\n## 1831\n\n- **1 July 1831** — The Regulation comes into "
         "force in Vell.\n")


def test_a_regulation_is_written_as_the_document_named_it() -> None:
    question = "On what date did the Regulation come into force in Vell?"
    quote = "1 July 1831** — The Regulation comes into force in Vell."
    assert name_bodies(question, "1 July 1831", _TEXT, quote) == (
        "On what date did the Organic Regulation come into force in Vell?")


@given(st.sampled_from(["Society", "Company"]))
def test_a_society_or_a_company_is_written_in_full(kind: str) -> None:
    text = (f"The Kellan Colonization {kind} was founded in 1816 by Ivo Tamm.\n\nOn 5 January "
            f"1839 the {kind} approved a constitution drafted by Karl Berg.\n")
    question = f"On what date did the {kind} approve a constitution drafted by Karl Berg?"
    quote = f"On 5 January 1839 the {kind} approved a constitution drafted by Karl Berg."
    assert name_bodies(question, "5 January 1839", text, quote) == (
        f"On what date did the Kellan Colonization {kind} approve a constitution drafted by Karl "
        "Berg?")


def test_the_base_name_is_written_for_a_name_of_one_year() -> None:
    text = ("The World Kell Assembly met first in 1948.\n\nThe Thirty-third World Kell Assembly "
            "met in 1980.\n\n## 1981\n\n- **21 May 1981** — The Assembly adopts the Vell Code.\n")
    question = "On what date did the Assembly adopt the Vell Code?"
    quote = "21 May 1981** — The Assembly adopts the Vell Code."
    assert name_bodies(question, "21 May 1981", text, quote) == (
        "On what date did the World Kell Assembly adopt the Vell Code?")


def test_two_bodies_of_one_kind_are_left_unresolved() -> None:
    """(guard: a Vell Society and a Dask Society: which one, the card cannot say)"""
    text = ("The Vell Society was founded in 1816.\n\nThe Dask Society was founded in 1820.\n\n"
            "On 5 January 1839 the Society approved a constitution.\n")
    question = "On what date did the Society approve a constitution?"
    quote = "On 5 January 1839 the Society approved a constitution."
    assert name_bodies(question, "5 January 1839", text, quote) == question


@given(st.sampled_from(["Cuza", "Ivo Tamm"]))
def test_a_cloze_cut_after_a_comma_and_a_name_is_refused(name: str) -> None:
    sentence = (f"When the Vell Assembly passed a vote of censure in the spring of 1864, {name} and "
                "Karl Berg dissolved it by force.")
    question = f"When the Vell Assembly passed a vote of censure in the spring of ____, {name}."
    assert any("cut after" in fault for fault in faults(_date_card(question, sentence, "1864")))


def test_a_cloze_ending_on_an_apposition_is_not_refused_as_cut() -> None:
    """(guard: "..., the Prime Minister, Karl Berg." ends the sentence)"""
    sentence = "In the spring of 1864 Ivo Tamm met the Prime Minister, Karl Berg."
    question = "In the spring of ____ Ivo Tamm met the Prime Minister, Karl Berg."
    assert not any("cut after" in fault for fault in faults(_date_card(question, sentence, "1864")))


def test_an_apposition_that_ends_the_cut_is_kept() -> None:
    """(guard: "met the Prime Minister, Edward Heath." names him in apposition)"""
    kept, _ = _run("On 8 January 1972 Ivo Tamm was flown to London, where he met the Prime "
                   "Minister, Karl Berg, and then flew on to Vell by way of Dask.\n")
    assert any(answer == "8 January 1972" for answer in kept.values()), kept


@given(st.sampled_from([("they", "prepare", "prepared"), ("we", "prepare", "prepared")]))
def test_a_pronoun_and_its_present_after_as_go_into_the_past(words: tuple[str, str, str]) -> None:
    pronoun, verb, past = words
    question = f"On what date did police arrest the leaders at Vell as {pronoun} {verb} to fly?"
    assert f"as {pronoun} {past} to fly" in rest_in_the_past(question)


def test_two_peoples_troops_after_as_go_into_the_past() -> None:
    question = "On what date did Kellia collapse as Vellan and Daskan troops approach Ostra?"
    assert rest_in_the_past(question) == (
        "On what date did Kellia collapse as Vellan and Daskan troops approached Ostra?")


@given(st.sampled_from(["Bitter at", "Angry at", "Furious about"]))
def test_an_adjective_phrase_before_the_subject_is_no_part_of_it(opening: str) -> None:
    text = (f"{opening} the conference's terms, including a minorities treaty, Ivo Tamm left Vell "
            "in July 1919 and resigned in September.")
    at = text.index("July 1919")
    question = date_question(text, at, at + 9, "in what month and year")
    assert question is not None and "did Ivo Tamm leave Vell?" in question
    assert f"did {opening.split()[0].lower()}" not in question
