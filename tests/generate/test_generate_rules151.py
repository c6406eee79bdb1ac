"""Rule pass 151, from rounds 265-268: "The government and Alcan announce agreed terms" keeps
"announce" as its verb; "Hassan II and Chadli Bendjedid met on the border, their first meeting
devoted to ..." keeps "met"; "heads of state", "both houses of the legislature" are nouns, not
verbs ("housed"). Every sentence here is invented. Each test fails on the code before, except
the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["announce", "sign", "publish"]))
def test_two_parties_and_a_base_verb_keep_it(verb: str) -> None:
    text = f"14 July 1971 — The government and Kellco {verb} agreed terms for the takeover."
    question = date_question(text, 0, 12, "on what date")
    assert question == (f"On what date did the government and Kellco {verb} agreed terms for the "
                        "takeover?")


def test_names_and_their_verb_before_an_absolute_phrase() -> None:
    text = ("On 26 February 1983 Ivo Tamm and Karl Berg met on the Vell border, their first "
            "meeting devoted to Kellia.")
    question = date_question(text, 3, 19, "on what date")
    assert question is not None and "did Ivo Tamm and Karl Berg meet on the Vell border" in question


def test_a_body_and_its_participle_still_describes_it() -> None:
    """(guard: "The Constituent Congress elected under the Plan ... opened" has "opened")"""
    text = ("The Constituent Congress elected under the Plan of Vell opened in Kell on 18 February "
            "1856.")
    at = text.index("18 February")
    question = date_question(text, at, at + 16, "on what date")
    assert question is not None and "elected under the Plan of Vell open" in question


@given(st.sampled_from(["houses", "heads", "members"]))
def test_a_plural_noun_before_of_is_no_verb(noun: str) -> None:
    assert f"Both {noun} of the Vell legislature" in entry_in_the_past(
        f"Both {noun} of the Vell legislature pass the bill.")


@given(st.sampled_from(["dies of cholera", "dies of fever"]))
def test_a_verb_before_of_still_goes_into_the_past(words: str) -> None:
    """(guard: "Ivo Tamm dies of cholera" is a death)"""
    assert "died of" in entry_in_the_past(f"Ivo Tamm {words} at Vell.")
