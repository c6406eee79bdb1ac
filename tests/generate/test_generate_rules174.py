"""Rule pass 174, from rounds 353-360: "as King Rama I. In the same year ..." is two sentences
(a one-letter numeral before a word that only opens one); "returns from the Tripura camps" keeps
its noun ("the Tripura camped"), and "most of Sindh's seats" too ("Sindh's seated"); "One Unit"
opening a clause is a name, not "one Unit"; a second clause with its own subject glued to a
question ("did a single province from 1933, it produce ...", ", and from 1822 he served as
...?") is refused; "Tetela soldiers of the Force Publique ... mutinied" is asked with "did Tetela
soldiers ... mutiny", its "soldiers" no present verb. Every sentence here is invented. Each test fails on the code before, except
the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card

from quiz.generate.clauses import invert
from quiz.generate.grammar import lower_first
from quiz.generate.quality import faults
from quiz.generate.sentences import split_line
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["In the same year", "The new king", "He"]))
def test_a_numeral_before_a_sentence_opener_ends_the_sentence(opening: str) -> None:
    text = f"Ivo Tamm founded the Kell dynasty as King Rama I. {opening} appointed Zell governor."
    assert split_line(text) == ["Ivo Tamm founded the Kell dynasty as King Rama I.",
                                f"{opening} appointed Zell governor."]


@given(st.sampled_from(["John I. Tamm", "Ivo V. Kell", "Ann X. Zell"]))
def test_an_initial_inside_a_name_ends_nothing(name: str) -> None:
    """(guard: "John I. Tamm")"""
    text = f"The treaty was signed by {name} and the Kell envoy."
    assert split_line(text) == [text]


@given(st.sampled_from(["camps", "hills", "mines"]))
def test_a_noun_after_from_the_and_a_name_stays(noun: str) -> None:
    text = f"The last group of refugees returns from the Kell {noun}, ending the exile."
    assert f"the Kell {noun}," in entry_in_the_past(text)


def test_a_names_verb_after_a_preposition_still_goes_into_the_past() -> None:
    """(guard: "Ivo Tamm of the Kell Congress forms the first ministry")"""
    assert entry_in_the_past("Ivo Tamm of the Kell Congress forms the first ministry.") == (
        "Ivo Tamm of the Kell Congress formed the first ministry.")


@given(st.sampled_from(["seats", "votes", "ports"]))
def test_a_possessives_noun_is_no_verb(noun: str) -> None:
    text = f"The Kell Party wins most of Zell's {noun} in the assembly."
    assert entry_in_the_past(text) == f"The Kell Party won most of Zell's {noun} in the assembly."


@given(st.sampled_from(["One Unit", "One Nation"]))
def test_one_before_a_capital_is_a_name(name: str) -> None:
    assert lower_first(f"{name} came to an end") == f"{name} came to an end"


def test_one_before_a_common_noun_is_lowered() -> None:
    """(guard: "One year later" opens a clause)"""
    assert lower_first("One year later the war ended") == "one year later the war ended"


@given(st.sampled_from([
    "In what year did a single Kell province from 1933 to 1962, it produce the State of Zell?",
    "In what year did Ivo Tamm take charge in Kell, he appointed Ann Zell adviser?",
    "In what year was Ivo Tamm sent to Kell, then a protectorate, and from 1822 to 1830 he "
    "served as Resident of Zell?"]))
def test_a_second_clause_glued_to_a_question_is_refused(question: str) -> None:
    card = _date_card(question, question.replace("what year", "1819"), "1819", "forward")
    assert any("glued to the question" in fault for fault in faults(card))


@given(st.sampled_from([
    "In what year did Ivo Tamm say it would leave Kell?",
    "In what year did Ivo Tamm reach Kell, where he was welcomed?",
    "In what year did Ivo Tamm leave Kell, and was he exiled?"]))
def test_a_question_with_one_clause_is_no_glue(question: str) -> None:
    """(guard: a pronoun inside the question's own clause)"""
    card = _date_card(question, question.replace("what year", "1819"), "1819", "forward")
    assert not any("glued to the question" in fault for fault in faults(card))


@given(st.sampled_from(["soldiers", "troops", "members"]))
def test_a_plural_noun_after_a_peoples_name_is_no_verb(noun: str) -> None:
    body = (f"Vello {noun} of the Zell Force garrisoned at Vell mutinied and killed their "
            "commanding officer.")
    assert invert(body, "in what month and year") == (
        f"In what month and year did Vello {noun} of the Zell Force garrisoned at Vell mutiny "
        "and kill their commanding officer?")


def test_a_verb_before_of_and_an_aside_stays_the_verb() -> None:
    """(guard: "Ivo Tamm dies of fever in Vell, aged thirty-nine")"""
    question = invert("Ivo Tamm dies of fever in Vell, aged thirty-nine.", "on what date")
    assert question is not None and question.startswith("On what date did Ivo Tamm die of fever")
