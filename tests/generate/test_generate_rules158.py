"""Rule pass 158, from rounds 289-292: refused are "did Makea Takau Ariki elect Chief of the
Federal Government?" (a fact sheet's "elected Chief ..." asked as active), "to Germany later?"
(left from "later in 1899") and "establish the Cook?" (of the one name "the Cook and Other
Islands Land Titles Court"); "Construction of Rarotonga International Airport begins" is lowered
mid-question. Every sentence here is invented. Each test fails on the code before, except the
guards named as such."""

from __future__ import annotations

from test_generate_quality import _date_card_faults

from quiz.generate.clauses import date_question


def test_an_office_elected_to_asked_as_active_is_refused() -> None:
    sentence = ("Kell Parliament: first met on 4 June 1891; Ivo Tamm Ariki elected Chief of the "
                "Federal Government on 5 June 1891")
    question = "On what date did Ivo Tamm Ariki elect Chief of the Federal Government?"
    assert any("passive asked as if active" in f for f in _date_card_faults(sentence, question,
                                                                      "5 June 1891"))


def test_an_election_with_its_person_is_no_fault() -> None:
    """(guard: "did the Kell Council elect Ivo Tamm Chief of ...")"""
    sentence = "The Kell Council elected Ivo Tamm Chief of the Federal Government on 5 June 1891."
    question = "On what date did the Kell Council elect Ivo Tamm Chief of the Federal Government?"
    assert not any("passive asked as if active" in f
                   for f in _date_card_faults(sentence, question, "5 June 1891"))


def test_later_left_from_later_in_is_refused() -> None:
    sentence = "Kell sold the rest of the islands to Vell later in 1899, separating Zell."
    question = "In what year did Kell sell the rest of the islands to Vell later?"
    assert any("“later” left" in f for f in _date_card_faults(sentence, question, "1899"))


def test_one_name_cut_at_its_and_is_refused() -> None:
    sentence = "1902: An Order in Council establishes the Kell and Other Islands Land Court."
    question = "In what year did an Order in Council establish the Kell?"
    assert any("cut inside" in f for f in _date_card_faults(sentence, question, "1902"))


def test_construction_opening_a_clause_is_lowered() -> None:
    text = "Construction of the Kell International Airport began on 11 June 1970."
    at = text.index("11 June")
    question = date_question(text, at, at + 12, "on what date")
    assert question is not None and "did construction of the Kell International Airport" in (
        question)
