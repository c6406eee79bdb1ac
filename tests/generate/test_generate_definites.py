"""A "the" and a common noun whose referent another sentence names (quiz.generate.definites),
on documents and sentences written for these tests."""

from __future__ import annotations

import pytest

from quiz.generate.definites import resolve_definites

_VOLCANO = (
    "The eruption of 1911 buried the villages on the slopes of the Red Ash Mountains. "
    "Surveyors mapped the mountains again in 1913.\n\n"
    "The Provisional Declaration of Lake Vessa was read out in 1920. "
    "The regional court struck down the declaration in 1924.\n")
_QUARRY = (
    "The Harwick quarry opened in 1870 and was leased to a mining syndicate.\n\n"
    "Strikes over wages followed, and the owners imposed lockouts at the pits.\n\n"
    "In 1902 an arbitration board lifted the lockouts.\n\n"
    "The Harwick Guild of Masons bought the quarry in 1911.\n")


def _resolve(question: str, quote: str, text: str = _VOLCANO, answer: str = "1913",
             labelled: bool = False) -> tuple[str, str]:
    return resolve_definites(question, answer, text, quote, "", labelled)


def test_a_noun_is_written_as_the_name_the_paragraph_gave_it() -> None:
    question, reason = _resolve("In what year did surveyors map the mountains again?",
                                "Surveyors mapped the mountains again in 1913.")
    assert (question, reason) == (
        "In what year did surveyors map the Red Ash Mountains again?", "")


def test_a_name_with_an_of_phrase_is_written_in_whole() -> None:
    question, reason = _resolve("In what year did the regional court strike down the declaration?",
                                "The regional court struck down the declaration in 1924.",
                                answer="1924")
    assert question.endswith("strike down the Provisional Declaration of Lake Vessa?")
    assert reason == ""


def test_a_name_far_before_the_sentence_is_not_written_in() -> None:
    text = ("The Kestrel Peninsula was charted in 1790.\n\n" + "Whalers came. " * 60 + "\n\n"
            "Traders from Oslo sailed to the peninsula in 1801.\n")
    question, reason = _resolve("In what year did traders from Oslo sail to the peninsula?",
                                "Traders from Oslo sailed to the peninsula in 1801.", text,
                                answer="1801")
    assert "Kestrel" not in question
    assert "peninsula" in reason


@pytest.mark.parametrize("question", [
    "In what year did the Harwick mine owners seize the territory?",  # a place by its kind
    "In what year did Anna Lind leave the post?",  # an office by its kind
    "Parliament approved the bombing in ____.",  # an act with no object
    "On ____ the same four guilds struck again at Harwick.",  # "the same" of another sentence
    "In the lean years that followed Harwick lost its masons, and in ____ the pits closed.",
])
def test_a_referent_of_another_sentence_is_left_out(question: str) -> None:
    assert _resolve(question, "", _QUARRY, answer="1902")[1]


def test_a_noun_the_document_used_before_is_left_out_unless_labelled() -> None:
    question = "In what year did an arbitration board at Harwick lift the lockouts?"
    quote = "In 1902 an arbitration board lifted the lockouts."
    assert "lockouts" in _resolve(question, quote, _QUARRY, answer="1902")[1]
    assert _resolve(question, quote, _QUARRY, answer="1902", labelled=True)[1] == ""


@pytest.mark.parametrize("question", [
    "In what year did the Harwick Guild of Masons buy the quarry from the syndicate?",
    "On what date did Anna Lind become Minister of Mines, the first woman to hold the post?",
    "On ____ the guild elected Anna Lind and the same day closed the pits.",
    "After the strike of ____ and the lockout that followed, the masons left Harwick.",
    "In what year did the owners raise the wages of the young masons at Harwick?",
    "In what year did the court rule on the end of the strike at Harwick?",
])
def test_a_phrase_that_needs_no_referent_is_kept(question: str) -> None:
    assert _resolve(question, "The Harwick quarry opened in 1870.", _QUARRY,
                    answer="1902") == (question, "")


def test_the_congress_is_the_one_congress_the_document_names() -> None:
    text = ("The Congress of Ostra opened on 3 May 1820.\n\nA long paragraph on the harbours "
            "and fleets followed.\n\nOn 9 June 1820 Vell was admitted to the congress.")
    quote = "On 9 June 1820 Vell was admitted to the congress."
    question, reason = resolve_definites("On what date in 1820 was Vell admitted to the "
                                         "congress?", "9 June", text, quote)
    assert (question, reason) == ("On what date in 1820 was Vell admitted to the Congress of "
                                  "Ostra?", "")
    two = "The Congress of Lerno met in 1818.\n\n" + text
    question, _ = resolve_definites("On what date in 1820 was Vell admitted to the congress?",
                                    "9 June", two, quote)
    assert "Congress of" not in question


@pytest.mark.parametrize("question", [
    "In what month and year were supplementary regulations on grazing signed at Lerno?",
    "In what year was an Additional Protocol on river tolls signed at Ostra?",
    "In what year did Admiral Hale return with a larger fleet?",
])
def test_an_addition_to_nothing_named_or_a_return_to_nowhere_is_left_out(question: str) -> None:
    assert resolve_definites(question, "1850", "Some text.", "")[1]


@pytest.mark.parametrize("question", [
    "In what year was an additional protocol to the Ostra Treaty signed?",
    "In what year did the Vell Board approve the Model Additional Protocol?",
    "In what year did Admiral Hale return to Lerno with a larger fleet?",
    "In what year did Kaldora cede the islands in return for a loan?",
])
def test_an_addition_or_return_that_says_to_what_is_kept(question: str) -> None:
    assert not resolve_definites(question, "1850", "Some text.", "")[1]


def test_a_title_held_in_turn_is_written_with_the_one_number_the_document_gives() -> None:
    text = ("The Ninth Shah reigned in Ostra.\n\n"
            "The Shah fled to Vell in 1820.")
    question, reason = resolve_definites("In what year did the Shah flee to Vell?", "1820", text,
                                         "The Shah fled to Vell in 1820.")
    assert (question, reason) == ("In what year did the Ninth Shah flee to Vell?", "")
    two = "The Eighth Shah died in 1790. " + text
    question, _ = resolve_definites("In what year did the Shah flee to Vell?", "1820", two,
                                    "The Shah fled to Vell in 1820.")
    assert question == "In what year did the Shah flee to Vell?"
