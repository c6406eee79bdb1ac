"""Rule pass 173, from rounds 349-352: a question cut inside "X, Y and Z" is found though its
verb was put in another tense ("did the treaty cede Kell, Zell?"); a relative clause that ends
a question without its verb ("where Ivo Tamm, the Kapitan of Vell?"), or that took the verb a
"did" needs ("did Vell, where the fleet anchor?"), is refused; "and, in 1795, Zell" asked for
its year loses the comma left after "and"; a biography's "Ahok submitted his resignation" keeps
"his" when Ahok is the short name its opening gives the subject; "townspeople, led by Ivo
Tamm, surprised" is no series of verbs to join with "and"; "in the middle of the year" before
anything in the question dates it is a time another sentence gives. Every sentence here is
invented.
Each test fails on the code before, except the guards named as such (two of which call what this
pass added)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card

from quiz.generate.documents import Document
from quiz.generate.quality import _relative_left_open, faults
from quiz.generate.questions import _biography_subject_named, _clean, _series_closed


@given(st.sampled_from(["Leyte", "Zell", "Great Kell"]))
def test_a_question_cut_inside_a_list_is_refused(item: str) -> None:
    sentence = f"10 December: The Treaty of Vell cedes Ostria, {item} and Samar included, to Kell."
    card = _date_card(f"On what date in 1898 did the Treaty of Vell cede Ostria, {item}?",
                      sentence, "10 December", "forward")
    assert any("cut inside" in fault for fault in faults(card))


def test_a_list_that_ends_the_sentence_is_no_cut() -> None:
    """(guard: "cede Ostria, Zell" where the sentence says no more)"""
    sentence = "10 December: The Treaty of Vell cedes Ostria, Zell."
    card = _date_card("On what date in 1898 did the Treaty of Vell cede Ostria, Zell?",
                      sentence, "10 December", "forward")
    assert not any("cut inside" in fault for fault in faults(card))


@given(st.sampled_from(["where Ivo Tamm, the Kapitan Hitu", "which the Kell council",
                        "where the old Zell fort"]))
def test_a_relative_clause_without_its_verb_is_refused(clause: str) -> None:
    assert _relative_left_open(f"In what year did Ivo Tamm lead a fleet to Vell, {clause}?")


@given(st.sampled_from(["Vell", "the Zell Islands", "Great Kell"]))
def test_a_relative_clause_holding_the_verb_of_did_is_refused(place: str) -> None:
    assert _relative_left_open(f"On what date did {place}, where the Kell fleet anchor?")


@given(st.sampled_from(["where the council was sitting", "which the Kell council ruled",
                        "who had led the rising"]))
def test_a_relative_clause_with_its_verb_stands(clause: str) -> None:
    """(guard: "..., where the council was sitting?")"""
    assert not _relative_left_open(f"In what year did Ivo Tamm reach Vell, {clause}?")


@given(st.sampled_from(["Zell", "Great Kell", "Ostria"]))
def test_the_comma_after_and_of_a_dated_aside_goes(place: str) -> None:
    doc = Document(Path("a.txt"), f"Kell and Zell\n\nKell seized the Vell Cape, Tamm Island and, "
                   f"in 1795, {place}.\n", "Kell and Zell")
    assert _clean(f"In what year did Kell seize the Vell Cape, Tamm Island and, {place}?",
                  "1795", doc) == (
        f"In what year did Kell seize the Vell Cape, Tamm Island and {place}?")


def test_an_aside_after_and_keeps_its_commas() -> None:
    """(guard: "and, it said, Zell")"""
    doc = Document(Path("a.txt"), "Kell and Zell\n\nKell seized Tamm Island and, it said, Zell "
                   "in 1795.\n", "Kell and Zell")
    question = "In what year did Kell seize Tamm Island and, it said, Zell?"
    assert _clean(question, "1795", doc) == question


_OPENING = ("Ivo Tamm Kelsen (born 1966)\n\nIvo Tamm Kelsen, known to everyone by his childhood "
            "name, {short}, is a Kellish politician.")


@given(st.sampled_from(["Ahok", "Tammo", "Kiki"]))
def test_his_after_the_subjects_short_name_stays_his(short: str) -> None:
    text = _OPENING.format(short=short)
    question = f"On what date did {short} submit his resignation?"
    assert _biography_subject_named(question, "11 December 2006", "Ivo Tamm Kelsen", "he",
                                    text) == question


def test_his_after_another_persons_name_is_the_subject() -> None:
    """(guard: "did Putin accept his resignation", Putin named "Vladimir Putin" elsewhere)"""
    text = _OPENING.format(short="Ahok") + " In 2017 President Vladimir Putin met him."
    assert _biography_subject_named("On what date did Putin accept his resignation?",
                                    "2 May 2017", "Ivo Tamm Kelsen", "he", text) == (
        "On what date did Putin accept Ivo Tamm Kelsen’s resignation?")


@given(st.sampled_from(["Ivo Tamm", "the mayor, Ivo Tamm", "Captain Ivo Tamm"]))
def test_a_participle_aside_is_no_first_of_a_series(leader: str) -> None:
    text = (f"On 28 September 1901 townspeople of Vell, in southern Zell, led by {leader}, surprised Company C "
            "of the Kell Infantry at breakfast and killed most of its men.")
    question = (f"On ____ townspeople of Vell, in southern Zell, led by {leader}, surprised Company C of the "
                "Kell Infantry at breakfast.")
    assert _series_closed(question, text) == question


def test_a_series_of_verbs_is_still_joined() -> None:
    """(guard: "he sailed for Kell in ____, went up to Vell" and "and later ...")"""
    text = "He sailed for Kell in 1934, went up to Vell, and in 1946 began to teach."
    assert _series_closed("He sailed for Kell in ____, went up to Vell.", text) == (
        "He sailed for Kell in ____ and went up to Vell.")


@given(st.sampled_from(["in the middle of the year", "By the end of the year",
                        "in the autumn", "during the year"]))
def test_a_year_or_season_another_sentence_gives_is_vague(time: str) -> None:
    sentence = f"Kellish forces took Vell {time}, and on 28 September 1950 came ashore on Zell."
    card = _date_card(f"Kellish forces took Vell {time}, and on ____ came ashore on Zell.",
                      sentence, "28 September 1950")
    assert any("a time another sentence gives" in fault for fault in faults(card))


@given(st.sampled_from(["In the autumn and winter of ____ the Kell council sat at Vell.",
                        "In the summer of ____ the Kell council sat at Vell.",
                        "In ____ the Kell council sat at Vell, and the year ended in war."]))
def test_a_year_or_season_dated_in_the_question_is_clear(question: str) -> None:
    """(guard: "the summer of ____", or "the year" after the blank that dates it)"""
    sentence = question.replace("____", "1950")
    card = _date_card(question, sentence, "1950")
    assert not any("a time another sentence gives" in fault for fault in faults(card))
