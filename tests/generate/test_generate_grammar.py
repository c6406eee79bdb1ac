"""Undoing the past tense and finding the main verb, for "did ... sign?" questions."""

from __future__ import annotations

import pytest

from quiz.generate.grammar import base_form, find_verb, is_pronoun_led


@pytest.mark.parametrize(("past", "base"), [
    ("signed", "sign"), ("opened", "open"), ("waived", "waive"), ("submitted", "submit"),
    ("recognized", "recognize"), ("announced", "announce"), ("negotiated", "negotiate"),
    ("required", "require"), ("ratified", "ratify"), ("agreed", "agree"), ("changed", "change"),
    ("visited", "visit"), ("planned", "plan"), ("controlled", "control"), ("called", "call"),
    ("ceased", "cease"), ("hosted", "host"), ("decided", "decide"), ("ruled", "rule"),
    ("made", "make"), ("came", "come"), ("met", "meet"), ("withdrew", "withdraw"),
    ("begun", "begin"),
])
def test_base_form(past: str, base: str) -> None:
    assert base_form(past) == base


def test_words_that_only_look_past_are_not_verbs() -> None:
    assert base_form("United") is None
    assert base_form("red") is None
    assert base_form("talks") is None


def test_find_verb_skips_capitalised_words_and_finds_auxiliaries() -> None:
    text = "the Red Army was defeated"
    start, end, kind = find_verb(text)  # type: ignore[misc]
    assert text[start:end] == "was" and kind == "aux"
    text = "Kaldora formally recognized Vesteria"
    start, end, kind = find_verb(text)  # type: ignore[misc]
    assert text[start:end] == "recognized" and kind == "past"


def test_pronoun_led() -> None:
    assert is_pronoun_led("He said the talks would resume.")
    assert is_pronoun_led("This legislation was repealed.")
    assert not is_pronoun_led("The ministry said the talks would resume.")


def test_a_plural_noun_before_a_past_verb_is_not_a_present_verb() -> None:
    from quiz.generate.grammar import present_verb
    assert present_verb("The Three coastal states agreed the Ostra Charter in Kaldora.") is None
    assert present_verb("The river otters Pip and Tam, a gift from Ostra, reached the park.") is None
    assert present_verb("Kaldoran delegates had left the hall.") is None
    text = "Kaldora ratifies the charter signed by the three coastal states."
    assert present_verb(text) == (8, 16)
