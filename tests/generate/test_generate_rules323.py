"""Rule pass 323, from rounds 1293-1300 (heldout1285-1292) as their first readers judged them:

- "did the Radcliffe Library, James Gibbs's dome building ..., opened": a past participle
  between an owner and a noun ("Gibbs's domed building") describes the noun and is no verb of
  the clause;
- "approve the Copyright Act authorising the purchase of 6,487 volumes": "the act" a
  participle phrase after it says ("authorising", "granting") is not the act named before;
- "On what date would the office he hold ...?": an opening "After the death of ...," with no
  verb before its comma is a phrase, and the main clause after it is kept.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert


@given(st.sampled_from(["domed", "vaulted", "painted"]))
def test_a_participle_between_an_owner_and_a_noun_is_no_verb(participle: str) -> None:
    asked = invert(f"The Kask Library, Ivo Vell's {participle} building, opened in Dorn Square.",
                   "on what date")
    assert asked == (f"On what date did the Kask Library, Ivo Vell's {participle} building, open "
                     "in Dorn Square?"), asked


def test_a_guard_an_owners_noun_and_its_verb_stay() -> None:
    asked = invert("Kask's army defeated Vell at Dorn.", "on what date")
    assert asked == "On what date did Kask's army defeat Vell at Dorn?", asked


@given(st.sampled_from(["authorising", "granting", "abolishing"]))
def test_the_act_a_participle_phrase_says_is_not_the_last_named(participle: str) -> None:
    from quiz.generate.references import resolve_agreements
    question = (f"On what date did President Kask approve the act {participle} the purchase of "
                "6,487 volumes?")
    assert resolve_agreements(question, "30 January 1815", {"act": "Copyright Act"},
                              "The Copyright Act was passed in 1870.") == question


def test_a_guard_a_bare_act_is_still_the_one_named_before() -> None:
    from quiz.generate.references import resolve_agreements
    asked = resolve_agreements("On what date did President Kask approve the act?",
                               "30 January 1871", {"act": "Copyright Act"},
                               "The Copyright Act was passed in 1870.")
    assert asked == "On what date did President Kask approve the Copyright Act?", asked


def test_an_opening_phrase_with_no_verb_before_its_comma_keeps_the_main_clause() -> None:
    asked = invert("After the death of Ivo Kask, Vell was appointed director of the Dorn "
                   "Library, the office he would hold for thirty years.", "on what date")
    assert asked is not None and "was Vell appointed director" in asked, asked


def test_a_guard_an_opening_clause_is_still_left_out() -> None:
    asked = invert("After the war ended, the army was disbanded.", "in what year")
    assert asked == "In what year was the army disbanded?", asked
