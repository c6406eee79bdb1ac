"""Rule pass 177, from rounds 361-372: ", and tripartite talks with the Union government and
the Kell ministry began in 1989" asks of the talks, not of "the Kell ministry" (an adjective
after ", and" opens the subject of the clause whose verb comes later); "the Act takes effect"
goes into the past ("takes effect and Burma is separated" had become "was the Act takes
effect"); "Article 17" is no person a "he" can be; a passive clause glued to a "did" question
(", and tens of thousands were resettled ...?") is refused. Every sentence here is invented.
Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card

from quiz.generate.clauses import date_question
from quiz.generate.quality import faults
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["tripartite", "fresh", "secret"]))
def test_an_adjective_after_and_opens_the_subject(adjective: str) -> None:
    text = (f"Strikes continued for years, and {adjective} talks with the Kell government and "
            "the Zell ministry of Ivo Tamm began in 1989.")
    at = text.index("1989")
    question = date_question(text, at, at + 4, "in what year")
    assert question is None or "did the Zell ministry" not in question


def test_a_clause_after_and_the_still_stands() -> None:
    """(guard: ", and the Zell ministry began ..." is a clause of its own)"""
    text = "Strikes continued for years, and the Zell ministry of Ivo Tamm began in 1989."
    at = text.index("1989")
    assert date_question(text, at, at + 4, "in what year") == (
        "In what year did the Zell ministry of Ivo Tamm begin?")


@given(st.sampled_from(["effect", "office", "power"]))
def test_a_names_verb_before_a_set_phrase_goes_into_the_past(noun: str) -> None:
    assert entry_in_the_past(f"The Kell Act takes {noun} and Zell is separated from Vell.") == (
        f"The Kell Act took {noun} and Zell was separated from Vell.")


def test_a_names_plural_noun_stays() -> None:
    """(guard: "the Kell takes of fish")"""
    assert entry_in_the_past("the Kell takes of fish rose") == "the Kell takes of fish rose"


@given(st.sampled_from(["Article 17", "Section 4", "Resolution 242"]))
def test_a_numbered_part_is_no_person(part: str) -> None:
    question = (f"Under {part} of his interim charter he had the Kell member Ivo Tamm shot in his "
                "home village on ____.")
    card = _date_card(question, question.replace("____", "31 May 1961"), "31 May 1961")
    assert any("comes before any person is named" in fault for fault in faults(card))


def test_a_person_before_he_is_named() -> None:
    """(guard: "Under Ivo Tamm's charter he had ...")"""
    question = "Under Ivo Tamm's charter he had the Kell member Ann Zell shot on ____."
    card = _date_card(question, question.replace("____", "31 May 1961"), "31 May 1961")
    assert not any("comes before any person is named" in fault for fault in faults(card))


@given(st.sampled_from(["were forcibly resettled west of the river",
                        "was burned to the ground", "were deported to Zell"]))
def test_a_passive_clause_glued_to_did_is_refused(rest: str) -> None:
    question = (f"In what year did the Kell counter-offensive destroy Vell, and thousands of "
                f"people {rest}?")
    card = _date_card(question, question.replace("what year", "1828"), "1828", "forward")
    assert any("glued to the question" in fault for fault in faults(card))
