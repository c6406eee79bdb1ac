"""Rule pass 209, from rounds 557-572 (heldout549-heldout564): "before Londonderry" read as
opening a clause, so "did James II appear before Londonderry and was met" kept its second
predicate; "the new town of Craigavon" written "Viscount Craigavon"; "last summer" of a news
report kept; a place's timeline ("La Rioja, Argentina: A Timeline") read as a life, its "him"
written "La Rioja"; "Marie de' Medici" written "Marie of Anjou de' Medici"; "Maine" written
"Maine-et-Loire"; "Louis VIII's will assigns" asked as "will Louis VIII's assigns". Every
sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.coordination import second_clause
from quiz.generate.documents import main_person
from quiz.generate.grammar import find_verb
from quiz.generate.names import document_full_names, with_document_names
from quiz.generate.text import anchor_relative_dates


@given(st.sampled_from(["before Londonderry", "after 1689", "before Vell and Tarn"]))
def test_a_preposition_before_a_name_opens_no_clause(phrase: str) -> None:
    predicate = f" appear {phrase} and was met with cries"
    assert second_clause(predicate) is not None


def test_after_two_names_and_their_verb_is_a_clause() -> None:
    """(guard: "after Tamm and Rusk had signed": a clause, whose "and" stays)"""
    assert second_clause(" the dues by a wide margin, after Tamm and Rusk had signed a note") is None


_CRAIG = ("James Craig became Viscount Craigavon in 1927. Craigavon died in 1940. The new town of "
          "Craigavon was designated in 1965.")


def test_a_town_of_a_name_is_not_its_lord() -> None:
    question = "In what year was the new town of Craigavon designated?"
    assert with_document_names(question, "1965", _CRAIG) == (question, "")


@given(st.sampled_from(["last summer", "this winter", "next spring"]))
def test_a_season_counted_from_the_report_is_unresolvable(season: str) -> None:
    assert anchor_relative_dates(f"On what date did Tamm {season} rout the Duke?", None) is None


def test_a_place_and_its_country_in_a_title_is_no_life() -> None:
    blocks = ["La Rioja grew from a frontier city.", "Quiroga led him. He fled. He won. He died.",
              "La Rioja was a province. La Rioja voted. La Rioja grew."]
    assert main_person("La Rioja, Argentina: A Timeline, 1591-2023", blocks) is None


def test_a_province_of_the_name_is_no_life() -> None:
    blocks = ["Ostra Vell grew as the province of Ostra Vell. He ruled it. He left. He came back.",
              "Ostra Vell grew. Ostra Vell voted. He fled."]
    assert main_person("Ostra Vell: A Timeline", blocks) is None


def test_a_life_is_still_a_life() -> None:
    """(guard: "Ivo Tamm, Vellish statesman", a man the text calls Tamm and "he")"""
    blocks = ["Ivo Tamm was born in 1900. He studied law.", "Tamm led the party. He won.",
              "Tamm died in 1970. He was buried at Vell."]
    assert main_person("Ivo Tamm: A Life", blocks) == ("Ivo Tamm", "he")


def test_a_name_with_de_apostrophe_goes_on() -> None:
    text = "Marie of Anjou married Charles VII. Marie de' Medici was the mother of Louis XIII."
    question = "On what date did the army scatter the forces of his mother, Marie de' Medici?"
    assert with_document_names(question, "7 August 1620", text)[0] == question


def test_a_hyphenated_department_is_no_ones_full_name() -> None:
    text = "In 1246 Anjou and Maine went to Charles. Since 1790 Maine-et-Loire is a department."
    assert "Maine-et-Loire" not in document_full_names("Maine", text)


@given(st.sampled_from(["Louis VIII's will assigns", "his will assigns", "the will assigns"]))
def test_a_will_after_an_owner_is_a_noun(opening: str) -> None:
    text = f"{opening} Anjou to his son John."
    verb = find_verb(text)
    assert verb is None or text[verb[0]: verb[1]] != "will"


def test_will_after_a_subject_is_a_modal() -> None:
    """(guard: "the king will assign")"""
    text = "the king will assign Anjou to his son."
    verb = find_verb(text)
    assert verb is not None and text[verb[0]: verb[1]] == "will"
