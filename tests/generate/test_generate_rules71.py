"""Rule pass 71, from rounds 78-79 (heldout74-75): pass 62 took both commas of a date set off
by commas also before an apposition ("Venezuela the eldest son of"); "on 17 January of this
year" left "enter Lima of 1881"; "where his knowledge of English and French made him useful"
was cut at "and French made"; "found the Istiqlal (Independence) Party" was asked "find";
"whose leaders include" stayed in the present. Every sentence here is invented. Each test
fails on the code before."""

from __future__ import annotations

from pathlib import Path

from test_generate_rules61 import _timeline_questions

from quiz.generate.clauses import cut_clause, date_question


def _asked(text: str, date: str) -> str | None:
    start = text.index(date)
    return date_question(text, start, start + len(date), "on what date")


def test_a_date_between_commas_before_an_apposition_keeps_a_comma() -> None:
    text = ("Ivo Tamm was appointed in Dorn, then the capital of Kaldora, on 29 November 1781, "
            "the eldest member of the council, a lawyer.")
    question = _asked(text, "29 November 1781")
    assert question is not None and "Kaldora, the eldest member" in question, question


def test_of_this_year_after_a_date_goes_with_it() -> None:
    question = _asked("The Kaldoran army entered Dorn on 17 January of this year after its "
                      "victories at Kell.", "17 January")
    assert question is not None and "of this year" not in question, question


def test_two_languages_joined_by_and_are_one_subject() -> None:
    text = ("where his knowledge of English and French made him useful as a translator of "
            "foreign newspapers")
    assert cut_clause(text) == text


def test_found_a_party_and_whose_leaders_include(tmp_path: Path) -> None:
    asked = _timeline_questions(tmp_path, (
        "- **December 1943:** Nationalists led by Ivo Tamm found the Kell (Independence) "
        "Party.\n- **December 1934:** The Kell Action Committee, whose leaders include Mara "
        "Lund and Ivo Tamm, presents a Plan of Reforms to the Dorn authorities.\n"))
    founded = asked.get("December 1943", [])
    assert founded and all(" find " not in q for q in founded), founded
    planned = asked.get("December 1934", [])
    assert planned and all("leaders included" in q for q in planned), planned
