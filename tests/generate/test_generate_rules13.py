"""Rule pass 13: a participle after its noun is not the clause's verb, a people is not a
person's name, "July of this year" anchors without a second "in", and a sentence's first word
moved inside a question is written in the case the document gives it mid-sentence.

Sentences are invented for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert
from quiz.generate.dates import DateMention
from quiz.generate.names import document_full_names, names_as_written
from quiz.generate.text import anchor_relative_dates


def test_a_participle_with_its_agent_after_a_noun_is_not_the_verb_asked() -> None:
    question = invert("a Kaldoran mission led by the old chancellor Ivo Tamm and a Vellish "
                      "team led by Ona Rask initial a trade accord", "on what date")
    assert question is None or " lead by" not in question


def test_a_people_is_not_completed_to_a_longer_name() -> None:
    text = ("Harriet Vane spoke for Kaldoran Americans in 1950. She had joined Americans for "
            "Fair Trade in 1947.")
    assert document_full_names("Americans", text) == frozenset()


def test_a_month_of_this_year_gets_no_second_in() -> None:
    date = DateMention("12 October 2031", 0, 15, "day", 2031, 10, 12, "uk")
    anchored = anchor_relative_dates("In July of this year the two kings met.", date)
    assert anchored == "In July of 2031 the two kings met."


def test_a_first_word_written_in_lower_case_elsewhere_is_lowered_inside_a_question() -> None:
    text = ("- 3 May 1850 — Independence is proclaimed in Vell.\n"
            "The Kaldoran envoy accepted the independence of Vell in 1851.\n")
    assert names_as_written("On what date was Independence proclaimed in Vell?", text) == (
        "On what date was independence proclaimed in Vell?")


def test_a_word_the_document_capitalises_mid_sentence_keeps_its_capital() -> None:
    text = "Parliament met in 1850. The vote in Parliament was close; parliament is old."
    assert names_as_written("In what year did Parliament meet?", text) == (
        "In what year did Parliament meet?")


@given(st.text(max_size=80), st.text(max_size=200))
def test_case_as_written_only_ever_changes_the_case_of_letters(question: str, text: str) -> None:
    assert names_as_written(question, text).lower() == question.lower()



def test_a_name_is_never_completed_across_a_line() -> None:
    text = ("Early years in Kaldora\n\nTamm was born on 3 May 1901 in Ostria, a town of "
            "Kaldora. Tamm later served in Vell.")
    assert document_full_names("Tamm", text) == frozenset()


def test_a_place_is_not_part_of_a_full_name() -> None:
    text = "He was raised in Kaldora. The envoy of Kaldora Tamm met the king. Tamm left."
    assert "Kaldora Tamm" not in document_full_names("Tamm", text)
