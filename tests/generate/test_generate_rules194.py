"""Rule pass 194, from rounds 465-472 (heldout457-464): a ruler the document names once with
an epithet ("Mircea the Elder") is completed from a bare "Mircea"; a name after a verb and
before "a" ("declare George a heretic") is read as a name; a clause that leaves out its verb
(", Ioan Caragea another in 1818") is cut from the question; a "having" right after "did" is
refused; the wrong options of a date in a world war that the question tells of stay inside the
war ("the German Operation Nordwind", January 1945: not January 1946). Every sentence here is
invented. Each test fails on the code before, except the guards named as such. Pass 195, from
round 474: a bare name the question gives a regnal number elsewhere ("was Frederick crowned
Emperor Frederick III") is not completed as another of that name ("Frederick Barbarossa")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_distractors import _year_choices
from test_generate_quality import _date_card_faults

from quiz.generate.clauses import invert
from quiz.generate.names import with_document_names


@given(st.sampled_from(["Elder", "Brave", "Conqueror"]))
def test_a_bare_ruler_takes_the_one_epithet_the_text_gives(epithet: str) -> None:
    text = (f"Ivo the {epithet} ruled Vell from 1386. Ivo the {epithet} fought at Zell. "
            "Ivo died on 31 January 1418.")
    assert with_document_names("On what date did Ivo die?", "31 January 1418", text)[0] == (
        f"On what date did Ivo the {epithet} die?")


@given(st.sampled_from(["Emperor", "Almoravid"]))
def test_a_place_before_a_rank_takes_no_epithet(word: str) -> None:
    """(guard: "at Zell the Emperor" gives Zell no epithet)"""
    text = f"At Zell the {word} met Ivo Tamm. The court moved from Zell to Vell."
    question = "On what date did the court move from Zell to Vell?"
    assert with_document_names(question, "1 May 1578", text)[0] == question


def test_a_name_before_a_complement_is_completed() -> None:
    text = "# Ivo of Vell\n\nIvo of Vell was king. Ivo ruled well."
    assert with_document_names("On what date did Pope Olav declare Ivo a heretic?", "1466", text,
                               "Ivo of Vell")[0] == (
        "On what date did Pope Olav declare Ivo of Vell a heretic?")


@given(st.sampled_from([", Ivo Tamm another in 1818", ", and Olav II another from Kask in 1158"]))
def test_a_gapped_second_clause_is_cut(gapped: str) -> None:
    assert invert(f"Olav Kask issued a law code{gapped}.", "in what year") == (
        "In what year did Olav Kask issue a law code?")


def test_another_of_the_clause_itself_stays() -> None:
    """(guard: "and another with Kask" has no name of its own before "another")"""
    assert invert("Tamm signed one treaty and another with Kask.", "in what year") == (
        "In what year did Tamm sign one treaty and another with Kask?")


def test_having_after_did_is_refused() -> None:
    faults = _date_card_faults("On 10 June 1886 King Ivo II, having been declared unfit to "
                               "rule, was deposed.",
                               "On what date in 1886 did King Ivo II having been declare unfit "
                               "to rule?", "10 June")
    assert any("having" in fault for fault in faults), faults


_OTHER_MONTHS = ["The Vell mint opened in January 1946.", "The Zell railway reached Kask in "
                 "April 1946.", "Olav Kask was elected in October 1946.", "The Lerno dam opened "
                 "in January 1944.", "The Tamm bridge opened in June 1942.", "The Kask library "
                 "opened in March 1943."]


@given(st.sampled_from(["The German offensive Operation Vell", "The Allied air raids on Zell",
                        "The occupation of Kask"]))
def test_a_wartime_date_keeps_its_options_inside_the_war(event: str) -> None:
    choices = _year_choices([f"{event} began in January 1945.", *_OTHER_MONTHS], "January 1945")
    assert len(choices) == 3 and not any(option.endswith(("1946", "1947"))
                                         for option in choices), choices


def test_a_date_of_no_war_takes_options_either_side() -> None:
    """(guard: the question tells of no war; later months are options as before)"""
    choices = _year_choices(["The Vell orchestra gave its first concert in January 1945.",
                             *_OTHER_MONTHS], "January 1945")
    assert any(option.endswith("1946") for option in choices), choices


def test_a_name_the_question_numbers_is_not_completed_otherwise() -> None:
    """Pass 195, from round 474: "was Frederick crowned Emperor Frederick III" of a text that
    names "Frederick Barbarossa" read "was Frederick Barbarossa crowned"."""
    text = ("Frederick Barbarossa held Vell in 1180. In 1452 Frederick was crowned Emperor "
            "Frederick III at Zell.")
    question = "On what date was Frederick crowned Emperor Frederick III at Zell?"
    assert with_document_names(question, "19 March 1452", text)[0] == question
