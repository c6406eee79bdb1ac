"""Rule pass 166, from rounds 321-324: a headline ("Kell Surrenders: ...") whose last word the
text writes in lower case is no person's name; "after the National People's Party wins" and
"the factions that sign" go into the past with their question; "Conflict with the Ainu" opening
a sentence is a common noun inside a question; a place the text names as one twice ("the
Presidents of Kell", "in Kell") takes no person's full name ("Dowladda Kell"); "A precocious
student, in what year did ..." is refused. Every sentence here is invented. Each test fails on
the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card

from quiz.generate.clauses import _common_noun_lowered
from quiz.generate.documents import main_person
from quiz.generate.names import with_document_names
from quiz.generate.quality import faults
from quiz.generate.tense import rest_in_the_past

_FORT_TEXT = ("The star-shaped fort of Kell was handed over yesterday. Its surrender ends the war. "
              "Kell had held out for months. He said the men were tired. He wept. He left. Kell "
              "is quiet now.")


def test_a_headline_is_no_persons_name() -> None:
    assert main_person("Kell Surrenders: the Last Holdouts Lay Down Arms", [_FORT_TEXT]) is None


def test_a_name_whose_last_word_the_text_never_writes_is_still_a_person() -> None:
    """(guard: "Ivo Sung", called "Ivo", whose text never says "sing" or "sung")"""
    text = "Ivo was born in Kell. He rose. Ivo led. He ruled. Ivo died. He was mourned."
    assert main_person("Ivo Sung: a Life", [text]) == ("Ivo", "he")


@given(st.sampled_from(["Party", "Front", "Alliance", "Congress"]))
def test_a_bodys_verb_after_its_name_goes_into_the_past(head: str) -> None:
    question = (f"On what date in 2023 was Ivo Tamm sworn in after the National People's {head} "
                "wins twenty-six of the sixty seats?")
    assert f"{head} won twenty-six" in rest_in_the_past(question)


def test_a_relative_clauses_base_verb_goes_into_the_past() -> None:
    question = ("On what date in 1993 was the Kell Front among the fifteen factions that sign "
                "the Zell Agreement?")
    assert "factions that signed the Zell" in rest_in_the_past(question)


@given(st.sampled_from(["Conflict", "Trade", "War", "Peace"]))
def test_a_relation_with_a_people_is_a_common_noun(noun: str) -> None:
    assert _common_noun_lowered(f"{noun} with the Kellish") == f"{noun.lower()} with the Kellish"


def test_a_name_before_with_keeps_its_capital() -> None:
    """(guard: "Smith with his men": a name the lexicon knows as a noun)"""
    assert _common_noun_lowered("Smith with his men") == "Smith with his men"


def test_a_place_takes_no_persons_full_name() -> None:
    text = ("Kell State\n\n- **Official name:** Kell State of Zell (Zellish: Dowladda Kell ee "
            "Zell). The name recalls the Land of Kell.\n- **Presidents of Kell** sit at Garo. "
            "The capital of Kell is Garo. Kell also claims the coast, since 2023.")
    question, _ = with_document_names("Kell also claims the coast, since ____.", "2023", text)
    assert question == "Kell also claims the coast, since ____."


def test_a_person_named_once_as_a_place_still_gets_the_full_name() -> None:
    """(guard: "Vandoorn" is "Rosa Ilse Vandoorn"; one "in Vandoorn" is not enough to call it
    a place)"""
    text = ("The court sent Wu Tiancheng to Kell. Later Mr. Wu met Rosa Ilse Vandoorn there, in "
            "Vandoorn's house. Vandoorn, a former judge, was chosen in 1990.")
    question, _ = with_document_names("In what year was Vandoorn, a former judge, chosen?",
                                      "1990", text)
    assert "Rosa Ilse Vandoorn, a former judge" in question


def test_a_description_before_the_question_word_is_refused() -> None:
    sentence = "A precocious student, Ivo Tamm took his doctorate at Kell in 1883."
    question = "A precocious student, in what year did Ivo Tamm take his doctorate at Kell?"
    card = _date_card(question, sentence, "1883", "wh")
    assert any("description of the subject" in f for f in faults(card))
