"""Rule pass 108, from rounds 122-125 (heldout117-120): a second clause glued to a "did"
question ("did British Columbia join ... and soon pressed", "did Primakov die ... and, after a
funeral ..., was buried", "did Sweden attack and peace in the north was restored", "did
RosUkrEnergo, a company ..., was set up"); a timeline's present verb before "into" or "that"
("comes into use", "finds that"); "the Article 14", "the Security Council Resolution 1542"; a
name in a court case expanded ("Laisenia Qarase v Bainimarama"); "did Attention now turn".
Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import _common_noun_lowered
from quiz.generate.grammar import without_the_before_numbered
from quiz.generate.names import with_document_names
from quiz.generate.quality import _GLUED
from quiz.generate.tense import present_left


@given(st.sampled_from([
    "In what year did Dornia join the Kaldoran Union and soon pressed for a new border?",
    "On what date did Ivo Tamm die in Dorn and, after a funeral attended by the King, was "
    "buried at the Old Cemetery?",
    "In what year did Ostria attack and peace in the north was restored by a treaty?",
    "In what month and year did Dornoil, a company owned by the state, was set up to sell gas?"]))
def test_a_second_clause_glued_to_a_did_question_is_refused(question: str) -> None:
    assert _GLUED.search(question)


@given(st.sampled_from([
    "On what date did Dornia sign and ratify the treaty?",
    "On what date did the army and the police who were trained in Dorn march?",
    "On what date did Ivo Tamm become head of the council after a clash in which its "
    "chairman, General Lev Kask, was killed?"]))
def test_one_clause_with_an_and_or_an_aside_stands(question: str) -> None:
    """Guard: two verbs of one subject, a relative clause, an aside inside one."""
    assert not _GLUED.search(question)


@given(st.sampled_from([
    "In what month and year did the new building in Dorn comes into use?",
    "On what date did a second award, on the transit contract, finds that Dornoil owed less?"]))
def test_a_present_verb_before_into_or_that_is_caught(question: str) -> None:
    assert present_left(question)


def test_a_noun_after_a_verb_before_that_is_no_present_verb() -> None:
    """Guard: "present conditions that" is a verb and its object."""
    assert not present_left("In what month and year did Ivo Tamm present conditions that "
                            "would place the consuls under the minister?")


@given(st.sampled_from(["Article 14 of the Covenant", "Security Council Resolution 1542",
                        "Resolution 9"]))
def test_a_numbered_article_takes_no_the(name: str) -> None:
    assert without_the_before_numbered(f"On what date was the {name} signed?") == (
        f"On what date was {name} signed?")


def test_a_name_in_a_court_case_is_left_as_the_court_wrote_it() -> None:
    text = ("Ivo Tamm was Prime Minister. Lev Kask led the coup. In Tamm v Kask the court "
            "ruled on 9 April 2009.")
    question = "In Tamm v Kask, on what date did the Court of Appeal rule?"
    assert with_document_names(question, "9 April 2009", text) == (question, "")


@given(st.sampled_from(["Attention", "Peace", "Unrest"]))
def test_a_noun_alone_before_an_adverb_is_lowered(noun: str) -> None:
    assert _common_noun_lowered(f"{noun} now turns to Dorn") == f"{noun.lower()} now turns to Dorn"
