"""Rule pass 307, from rounds 1205-1212 (heldout1197-1204) as their first readers judged them,
and from rounds 1197-1204:

- "Sarbananda Sonowal was its president from ____, years in which the All Assam Students'
  Union.": a shortened card keeps no relative clause whose verb came after the cut;
- "Hurden crossed by boat": "parishioners from A, B, C and Hurden crossed" is a list after its
  preposition, no clause of its own at "and";
- "was the World Heritage inscribed by UNESCO?": a fact sheet's "World Heritage:" line is the
  site's, and a bare "Protected status:" names nothing that was designated;
- "did an explosion in the Kings Bay mine at Ny-Ålesund kills": "mine" after "an explosion in
  the Kings Bay" is no plural's verb;
- "was the station closes after the last detainee ... released?": a timeline's present before
  "after" is the clause's verb, the "is released" after it another clause's;
- "did the last prisoners leave and the penitentiary closes": "and the penitentiary closes" is
  a clause of its own, cut;
- "Governor When Hiram Johnson": a sentence's opening "When" is no part of an official's name;
- "Jens Stoltenberg, Prime Minister; opened the seed vault": a fact sheet's person and office
  take a comma before the act;
- "1897 – 1902" among options for "1902–1905": options write their dash as the answer does;
- pass 306's place test read a life's namesake "(1745–1800), was an admiral of the archipelago
  fleet" as a place: the years in brackets are a person's.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import _name_question, invert
from quiz.generate.distractors import _dashed_as
from quiz.generate.documents import Document
from quiz.generate.extract import find_facts
from quiz.generate.questions import _without_subjectless_tail
from quiz.generate.sentences import Sentence
from quiz.generate.trim import shorten


@given(st.sampled_from(["years in which", "a time when"]))
def test_a_relative_clause_whose_verb_was_cut_is_dropped(opening: str) -> None:
    asked = shorten(f"Ivo Dorn was its chairman from ____, {opening} the Kask Students' Union, "
                    "having seen its former leaders form the Vell People's Party and take office "
                    "in the capital, set itself up as a watchdog over the accord's implementation.")
    assert asked == "Ivo Dorn was its chairman from ____.", asked


def test_a_list_after_its_preposition_is_no_clause_at_and() -> None:
    from test_generate_date_context import _candidates
    cands, _ = _candidates(["For centuries it was the mother church of a parish that reached "
                            "across the upper shores of the lake, and parishioners from Vell, "
                            "Kask, Lerno and Dorn crossed by boat, or, until about 1430, by a "
                            "small wooden bridge from Dorn known as the old church path."])
    assert not any(c.question.startswith("Dorn crossed") for c in cands), [
        c.question for c in cands]


@given(st.sampled_from(["World Heritage", "World Heritage status", "UNESCO World Heritage"]))
def test_a_world_heritage_line_asks_of_the_site(label: str) -> None:
    asked = _name_question("in what month and year", label, "inscribed by UNESCO")
    assert asked == "In what month and year was the World Heritage site inscribed by UNESCO?", (
        asked)


def test_a_bare_status_line_asks_nothing() -> None:
    assert _name_question("in what year", "Protected status", "designated by the state") is None


def test_a_guard_a_named_line_is_asked_of_its_name() -> None:
    asked = _name_question("in what year", "Kask Lighthouse", "built by the Vell Board")
    assert asked == "In what year was the Kask Lighthouse built by the Vell Board?", asked


def test_a_plural_inside_a_singulars_phrase_has_no_verb_after_it() -> None:
    asked = invert("an explosion in the Kings Bay mine at Vell kills 21 men.", "on what date")
    assert asked is None or "kills" not in asked, asked


def test_a_guard_a_counted_plural_keeps_its_verb() -> None:
    assert invert("a number of ships arrive at Kask.", "on what date") == (
        "On what date did a number of ships arrive at Kask?")


def test_a_timelines_present_before_after_is_the_clauses_verb() -> None:
    asked = invert("the station closes after the last detainee, the seaman Ivo Dorn, is released.",
                   "on what date")
    assert asked is None or "station closes" not in asked, asked


def test_a_guard_a_plural_noun_before_after_is_no_verb() -> None:
    assert invert("the peace talks after the war were held in Kask.", "on what date") == (
        "On what date were the peace talks after the war held in Kask?")


def test_a_clause_of_its_own_after_and_the_is_cut() -> None:
    asked = invert("the last twenty-seven prisoners leave and the penitentiary closes on the "
                   "orders of Attorney General Ivo Dorn.", "on what date")
    assert asked == "On what date did the last twenty-seven prisoners leave?", asked


def test_a_guard_an_adjective_after_and_opens_no_clause() -> None:
    asked = invert("Kask calls for federalism and structural reforms.", "on what date")
    assert asked == "On what date did Kask call for federalism and structural reforms?", asked


@given(st.sampled_from(["When", "Although", "Once"]))
def test_an_opening_conjunction_is_no_part_of_an_officials_name(word: str) -> None:
    doc = Document(Path("d.txt"), "x", "D")
    text = (f"{word} Lia Dorn became Governor of Kask in January 1911, Ivo Vell was appointed to "
            "the State Board of Control.")
    officials = [f.answer for f in find_facts(Sentence(text, 1), doc) if f.kind == "official"]
    assert officials == ["Lia Dorn"], officials


def test_a_fact_sheets_person_and_office_take_a_comma_before_the_act() -> None:
    asked = _without_subjectless_tail("Ivo Dorn, Prime Minister; opened the seed vault on ____.")
    assert asked == "Ivo Dorn, Prime Minister, opened the seed vault on ____.", asked


def test_a_guard_an_office_alone_keeps_its_semicolon() -> None:
    question = "Dauphin of Vell from 1423; ruled the province from ____."
    assert _without_subjectless_tail(question) == question


def test_options_write_their_dash_as_the_answer_does() -> None:
    assert _dashed_as(["1897 – 1902", "1905 - 1909", "1903–1906"], "1902–1905") == [
        "1897–1902", "1905–1909", "1903–1906"]


def test_a_guard_a_namesakes_years_and_post_leave_a_life_a_life() -> None:
    # (pass 306 read "Ivo Vell (1745–1800), was an admiral of the archipelago fleet" as a place)
    from quiz.generate.documents import main_person
    body = ("Ivo Vell was born at Kask on 16 September 1858. His great-grandfather and namesake, "
            "Ivo Vell (1745–1800), was an admiral of the archipelago fleet. Vell served in the "
            "navy, and he commanded the station at Lerno from 1906. He wrote many letters, and "
            "Vell died in 1944.")
    assert main_person("Ivo Vell (1858–1944)", ["Ivo Vell (1858–1944)", body]) == ("Ivo Vell", "he")
