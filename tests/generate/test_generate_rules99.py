"""Rule pass 99, from rounds 104-105 (heldout100, heldout101): a timeline's present tense was
left in a clause the question kept ("was Jijiga retaken after Ethiopian forces outflank",
"after its garrison mutinies", ", and the Somali state collapses"); "Suicide car bombs at the
headquarters kill" read "bombs" as the verb ("did Suicide car bomb at ..."); "on human-rights
grounds" became "human-righted"; "did six days after the assassination ..., the army seize".
Every sentence here is invented. Each test fails on the code before, but the one that guards
past verbs in such clauses."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.grammar import present_verb
from quiz.generate.tense import entry_in_the_past, present_left


@given(st.sampled_from(["after", "as", "when", "before"]),
       st.sampled_from([("its garrison", "mutinies"), ("Kaldoran forces", "outflank"),
                        ("the Vellish army", "retreats"), ("rebel troops", "enter")]))
def test_a_present_verb_in_a_kept_clause_is_caught(link: str, clause: tuple[str, str]) -> None:
    subject, verb = clause
    question = f"On what date did Dorn fall to Kaldora {link} {subject} {verb} the town?"
    assert present_left(question)


def test_a_past_verb_in_a_kept_clause_is_not_caught() -> None:
    assert not present_left("On what date did Dorn fall after the talks ended?")
    assert not present_left("On what date did Dorn fall after its garrison mutinied?")
    assert not present_left("On what date did Kaldora join as delegates arrived in Dorn?")


def test_common_words_then_a_plural_noun_are_no_subject_and_verb() -> None:
    text = "Suicide car bombs at the Dorn headquarters kill the deputy commander."
    found = present_verb(text)
    assert found is None or text[found[0]: found[1]] != "bombs"


def test_a_hyphenated_compound_is_no_verb_to_put_in_the_past() -> None:
    assert entry_in_the_past("Tamm announces that Kaldora will reduce aid to Vell on "
                             "human-rights grounds.") == (
        "Tamm announced that Kaldora would reduce aid to Vell on human-rights grounds.")


def test_a_time_phrase_after_did_is_left_out() -> None:
    kept, left = _run("## 1969\n\n- **21 October 1969** — Six days after the assassination of "
                      "President Ivo Tamm, the army seizes power in Dorn.")
    assert not any(" did six days" in q for q in kept), kept
