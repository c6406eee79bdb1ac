"""Rule pass 150, from rounds 261-264: "the war in Cyrenaica" and "the treaty establishing the
Arab Maghreb Union" say which, and are not replaced by the document's named war or treaty; an
event's title ("Klondike Gold Rush") is no biography's person for "his"; "A bomb disguised as a
gift kills" keeps "kills" as its verb; "Fighting between crowds and police spreads" has no verb
"crowds"; "delegate, E. L. Bartlett, it passed" asks of "it", not of "Bartlett, it". Every
sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.documents import main_person
from quiz.generate.references import resolve_agreements, resolve_references


@given(st.sampled_from(["Cyrenaica", "the Fezzan"]))
def test_a_war_in_a_named_place_is_not_the_documents_war(place: str) -> None:
    phrases = {"war": Counter({"Arab-Israeli war": 3})}
    question = f"In what year did Ivo Tamm continue the war in {place}?"
    assert resolve_references(question, phrases) == question


def test_a_bare_war_is_still_the_documents_war() -> None:
    """(guard: "the war" alone is the one the document names)"""
    phrases = {"war": Counter({"Kellan war": 3})}
    assert resolve_references("In what year did the war end?", phrases) == (
        "In what year did the Kellan war end?")


@given(st.sampled_from(["establishing", "creating", "that founded"]))
def test_a_treaty_its_sentence_defines_is_not_the_documents_treaty(defined: str) -> None:
    question = f"On what date did Ivo Tamm sign the treaty {defined} the Vell Union?"
    assert resolve_agreements(question, "17 February 1989", {"treaty": "Treaty of Kell"}) == (
        question)


def test_a_bare_treaty_is_still_the_documents_treaty() -> None:
    """(guard: "the treaty with Britain" is the document's own)"""
    question = "In what year did Denmark sign the treaty with Britain?"
    assert resolve_agreements(question, "1814", {"treaty": "Treaty of Kell"}) == (
        "In what year did Denmark sign the Treaty of Kell with Britain?")


@given(st.sampled_from(["Rush", "Airlift", "Blockade"]))
def test_an_events_title_is_no_person(event: str) -> None:
    title = f"Kellan Gold {event}"
    text = (f"{title}\n\nThe Kellan Gold {event} began in 1896. Carmack, his brother-in-law "
            "Keish and their nephew found gold there. He became rich, and he moved south. "
            f"Kellan Gold later wrote that he had never seen such a {event.lower()}.\n")
    assert main_person(title, [text]) is None


@given(st.sampled_from([("disguised as", "a gift"), ("dressed as", "a priest")]))
def test_a_participle_after_an_articles_noun_is_no_verb(words: tuple[str, str]) -> None:
    participle, thing = words
    text = f"20 August 1967 — A bomb {participle} {thing} kills Ivo Tamm in Vell Street."
    assert date_question(text, 0, 14, "on what date") == (
        f"On what date did a bomb {participle} {thing} kill Ivo Tamm in Vell Street?")


def test_a_plural_after_a_preposition_is_no_present_verb() -> None:
    text = "11 May 1967 — Fighting between crowds and police spreads through Vell and Kell."
    question = date_question(text, 0, 11, "on what date")
    assert question is None or "crowd and police" not in question


def test_a_pronoun_after_an_apposition_is_the_subject() -> None:
    text = ("Introduced in the House as H.R. 7999 by the delegate, E. L. Tamm, it passed the House "
            "on 28 May 1958 and the Senate on 30 June 1958.")
    at = text.index("28 May")
    question = date_question(text, at, at + 11, "on what date")
    assert question is None or "Tamm, it" not in question
