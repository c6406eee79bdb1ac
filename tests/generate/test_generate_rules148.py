"""Rule pass 148, from rounds 257-260: "when his helicopter crashes near Basra" goes into the
past ("near" is no verb after it); "a man named Ġanni Miller fired" keeps "fired" as its verb;
"Britain's answer was a referendum on ..." is asked no date of the copula; "Pressed back into
the collective farms, most households ..." opens with its participle; "led the revolution of
____, overthrew the monarchy." (the series' "and" cut) is refused. Every sentence here is
invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card

from quiz.generate.clauses import date_question
from quiz.generate.grammar import find_verb
from quiz.generate.quality import faults
from quiz.generate.tense import rest_in_the_past


@given(st.sampled_from(["near", "outside", "off"]))
def test_a_present_before_a_preposition_of_place_goes_into_the_past(place: str) -> None:
    question = (f"On what date was President Ivo Tamm killed when his helicopter crashes {place} "
                "Vell?")
    assert f"when his helicopter crashed {place} Vell" in rest_in_the_past(question)


@given(st.sampled_from(["Ġanni Miller", "Ivo Tamm", "Émile Kell"]))
def test_a_naming_participle_is_not_the_verb(name: str) -> None:
    text = (f"On 23 May 1930, as he entered the courts in Vell, a man named {name} fired three "
            "shots at him; all missed.")
    assert date_question(text, 3, 14, "on what date") == (
        f"On what date did a man named {name} fire three shots at him?")


@given(st.sampled_from(["The council named Ivo Tamm president of Vell.",
                        "They named Ivo Tamm president.",
                        "The council named Ivo Tamm president and he accepted."]))
def test_a_naming_verb_of_its_own_clause_is_still_the_verb(text: str) -> None:
    """(guard: "named" is the verb when no verb of the clause follows the name)"""
    verb = find_verb(text)
    assert verb is not None and text[verb[0]: verb[1]] == "named"


@given(st.sampled_from(["a referendum", "an appeal to the court"]))
def test_a_copula_and_an_indefinite_noun_is_asked_no_date(noun: str) -> None:
    text = f"Britain's answer was {noun} on 10 September 1967, in which most voters chose Vell."
    at = text.index("10 September")
    assert date_question(text, at, at + 17, "on what date") is None


def test_a_copula_and_a_kind_of_thing_and_its_participle_is_still_asked() -> None:
    """(guard: "was a treaty concluded at Vell [on ...]" asks when it was concluded)"""
    text = "The Peace of Vell was a treaty concluded at Vell, in Dorn, on 9 April 1454."
    at = text.index("9 April")
    assert date_question(text, at, at + 12, "on what date") is not None


@given(st.sampled_from(["Pressed back into", "Driven out of"]))
def test_a_past_participle_with_its_particle_opening_the_sentence_is_no_verb(opening: str) -> None:
    text = (f"1931 — {opening} the collective farms, the peasants of Vell are collectivised by "
            "the end of the year.")
    question = date_question(text, 0, 4, "in what year")
    assert question is None or not question.startswith("In what year were pressed"), question
    assert question is None or "did pressed" not in question.lower()


@given(st.sampled_from(["overthrew the monarchy", "entered Parliament"]))
def test_a_predicate_glued_on_where_the_and_was_cut_is_refused(predicate: str) -> None:
    sentence = (f"Ivo Tamm was the officer who led the revolution of 14 July 1958, {predicate} and "
                "governed the new republic until 1963.")
    question = f"Ivo Tamm was the officer who led the revolution of ____, {predicate}."
    assert any("glued on by a comma" in fault
               for fault in faults(_date_card(question, sentence, "14 July 1958")))


@given(st.sampled_from([
    ("When Ivo Tamm was elected in 1865, Karl Berg became vice-president and left.", "1865",
     "When Ivo Tamm was elected in ____, Karl Berg became vice-president."),
    ("The Kell Incident was a crisis in the summer of 1923, set off by a murder, and it ended.",
     "1923", "The Kell Incident was a crisis in the summer of ____, set off by a murder."),
    ("The Vell Amendment, adopted on 8 December 2012, set a second period and was ratified.",
     "8 December 2012", "The Vell Amendment, adopted on ____, set a second period."),
]))
def test_a_main_clause_or_a_participle_after_a_comma_is_not_glued(case: tuple[str, str, str],
                                                                   ) -> None:
    """(guard: an opening clause, a participle and its particle, an aside)"""
    sentence, answer, question = case
    assert not any("glued on by a comma" in fault
                   for fault in faults(_date_card(question, sentence, answer)))
