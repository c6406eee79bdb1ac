"""Rule pass 189, from rounds 82-424: a sentence's opening word the document always writes with
a capital ("Smuts", "Nationalist", "Soviet") keeps it when it moves inside a question ("did
Smuts leave", not "did smuts leave"); "both" standing for two another sentence names ("were both
blown from guns") is refused; "insurgents", "militants" (nouns the lexicon knows only as
adjectives) are a plural subject whose present goes into the past. Every sentence here is
invented. Each test fails on the
code before, except the guards named as such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card_faults

from quiz.generate.capitals import with_capitals_kept
from quiz.generate.definites import resolve_definites
from quiz.generate.documents import Document
from quiz.generate.extract import find_facts
from quiz.generate.inflect import is_plural_noun
from quiz.generate.questions import candidates_for
from quiz.generate.sentences import Sentence
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["Vossen", "Nationalist", "Kellish"]))
def test_a_word_always_written_with_a_capital_keeps_it(word: str) -> None:
    text = (f"Kell\n\nIn 1915 the war reached Zell, and the {word} troops held the pass. Later "
            f"the {word} troops withdrew.\n\n{word} troops left Vell in 1917.\n")
    sentence = f"{word} troops left Vell in 1917."
    lowered = word.lower()
    assert with_capitals_kept(f"In what year did {lowered} troops leave Vell?", sentence,
                              text) == f"In what year did {word} troops leave Vell?"


def test_a_word_the_document_also_writes_in_lower_case_is_lowered() -> None:
    """(guard: "Local" is also written "local": a common word at the sentence's start)"""
    text = ("Kell\n\nIn 1915 the Local council met, and the local council sat again.\n\n"
            "Local officials left Vell in 1917.\n")
    assert with_capitals_kept("In what year did local officials leave Vell?",
                              "Local officials left Vell in 1917.", text) == (
        "In what year did local officials leave Vell?")


def test_the_card_of_a_document_keeps_the_capital() -> None:
    text = ("Kell\n\nIn 1915 the Vossen general Ivo Tamm reached Zell, and the Vossen army "
            "held the pass.\n\nVossen troops left Vell in 1917 after the truce.\n")
    doc = Document(Path("kell.txt"), text, "Kell")
    sentence = Sentence("Vossen troops left Vell in 1917 after the truce.", 5)
    questions = [cand.question for fact in find_facts(sentence, doc)
                 for cand in candidates_for(fact, doc)]
    assert questions and not any("vossen" in q for q in questions)


@given(st.sampled_from([
    ("On what date were both blown from guns at Vell?", "On 18 September 1857 both were blown "
     "from guns at Vell.", "18 September 1857"),
    ("Kell: Both were recognised in Law 10 of ____.", "Both were recognised in Law 10 of 2009.",
     "2009")]))
def test_both_standing_alone_is_refused(card: tuple[str, str, str]) -> None:
    question, sentence, answer = card
    assert any("“both”" in why for why in _date_card_faults(sentence, question, answer))


def test_both_before_its_noun_is_kept() -> None:
    """(guard: "both republics" names its two)"""
    sentence = "On 30 June 1993 both republics were admitted to the Council of Kell."
    question = "On what date were both republics admitted to the Council of Kell?"
    assert not any("“both”" in why for why in _date_card_faults(sentence, question,
                                                                 "30 June 1993"))


@given(st.sampled_from(["insurgents", "militants", "separatists"]))
def test_people_named_by_an_adjective_are_a_plural_subject(people: str) -> None:
    assert entry_in_the_past(f"Nine soldiers are killed when {people} attack the new base at "
                             "Vell.") == (f"Nine soldiers were killed when {people} attacked the "
                                          "new base at Vell.")


def test_an_adjective_alone_is_no_plural() -> None:
    """(guard: "its" and a plain adjective are no plural nouns)"""
    assert not is_plural_noun("its") and not is_plural_noun("urgent")


def test_a_name_ending_its_line_leaves_its_full_stop() -> None:
    text = ("Kell timeline\n\n- 1170: Knights form a brotherhood at Vell, the origin of the Order "
            "of Zell.\n- 5 July 1175: Pope Ivo III confirms the order's rule.\n")
    quote = "5 July 1175: Pope Ivo III confirms the order's rule."
    question, _ = resolve_definites("On what date did Pope Ivo III confirm the order's rule?",
                                    "5 July 1175", text, quote)
    assert ".'s" not in question and "Order of Zell's rule" in question


def test_a_count_keeps_no_capital_from_a_name_it_is_part_of() -> None:
    """(guard: "the Nine Martyrs" is a name, but "Nine young men" opened its sentence)"""
    text = ("Kell\n\nThey are remembered as the Nine Martyrs of Vell.\n\n"
            "Nine young men were shot at Vell in 1943.\n")
    assert with_capitals_kept("In what year were nine young men shot at Vell?",
                              "Nine young men were shot at Vell in 1943.", text) == (
        "In what year were nine young men shot at Vell?")
