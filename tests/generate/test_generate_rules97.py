"""Rule pass 97, from rounds 102-103 (heldout98, heldout99): a timeline's "Run-off ballots
confirm" and "Sharp increases in tariffs deepen" took the plural noun for the verb ("did Run-off
ballot confirm", "did Sharp increase in electricity?"); "the Alliance wins 51 of the 52 elected
seats" became "did the Alliance wins ... elect seats", "Templer expands ..., presses for" kept
"presses"; "Resettlement begins" kept its capital; in a life of Tokayev, "Nazarbayev ...
announced his resignation" gave the resignation to Tokayev; a bare "Santos" was written as
another man whose middle name it is; questions ended "and then?" or opened "Both acts" and "Any
agreement". Every sentence here is invented. Each test fails on the code before, but the one
that guards a body's name and its verb ("Parliament votes"), which the first rule must keep."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.clauses import _common_noun_lowered
from quiz.generate.grammar import present_verb
from quiz.generate.names import named_before, shared_surnames
from quiz.generate.questions import _biography_subject_named
from quiz.generate.tense import present_left


@given(st.sampled_from(["Sharp", "Large-scale", "Run-off", "Heavy", "Fresh", "Renewed"]),
       st.sampled_from(["increases", "ballots", "clashes", "surrenders", "protests"]),
       st.sampled_from(["confirm the result", "in the north deepen the crisis",
                        "take place in Dorn"]))
def test_a_common_word_then_a_plural_noun_is_no_subject_and_verb(
        word: str, noun: str, rest: str) -> None:
    found = present_verb(f"{word} {noun} {rest}.")
    text = f"{word} {noun} {rest}."
    assert found is None or text[found[0]: found[1]] != noun


def test_a_bodys_name_and_its_verb_stay_a_subject_and_verb() -> None:
    text = "Parliament votes by 78 to 1 to end the Dorn agreement."
    found = present_verb(text)
    assert found is not None and text[found[0]: found[1]] == "votes"


def test_a_present_verb_left_after_did_and_its_subject_is_caught() -> None:
    assert present_left("On what date did the Kaldoran Alliance wins 51 of the 52 seats?")
    assert present_left("In what year did Ivo Tamm expand the Guard, presses for reform and "
                        "calls elections?")
    assert not present_left("On what date did Kaldoran troops under General Ivo Tamm storm "
                            "the fort?")
    assert not present_left("On what date did Kaldoran Navy ships sail the strait?")


def test_a_settlement_word_opening_a_timeline_entry_is_lowered() -> None:
    assert _common_noun_lowered("Resettlement") == "resettlement"
    assert _common_noun_lowered("Clement") == "Clement"


def test_his_after_a_named_asked_subject_is_that_persons() -> None:
    question = ("On what date did Lev Kask, who had ruled Kaldora since independence, announce "
                "his resignation in a televised address?")
    assert _biography_subject_named(question, "19 March 2019", "Ivo Tamm", "he") == question


def test_two_people_of_one_surname_named_in_one_paragraph_leave_it_unresolved() -> None:
    text = ("Earlier, President Ivo Tamm Dorn annexed the coast.\n\n"
            "In Kell, President Lev Dorn rejected the ruling, and in 2013 Dorn declared it void.")
    shared = shared_surnames({"Dorn": "Lev Dorn"}, text)
    assert named_before(shared, 3) == {}  # Tamm Dorn before, Lev Dorn on the line itself


def test_a_question_cut_after_and_then_is_left_out() -> None:
    kept, left = _run("The fall of the regime in May 1998 changed the question. President Ivo "
                      "Tamm offered wide autonomy and then, in January 1999, the possibility of "
                      "independence if the islanders rejected it.")
    assert not any(q.rstrip("?").endswith("and then") for q in kept), kept


def test_a_counted_or_quantified_subject_is_vague() -> None:
    kept, left = _run("Kaldora and Vell each claimed the sea in 1947. Both acts were prompted "
                      "by concern for the fishing grounds after Ostria claimed its shelf in the "
                      "Dorn Proclamation of 28 September 1945.")
    assert not any(q.startswith("Both acts") for q in kept), kept
    kept, left = _run("Any agreement had to let the two Kaldoran states sign as equals, a step "
                      "made easier by the Basic Treaty of 21 December 1972.")
    assert not any(q.startswith("Any agreement") for q in kept), kept
