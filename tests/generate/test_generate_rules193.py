"""Rule pass 193, from rounds 457-464 (heldout449-456): "the war" and "the treaty" are the ones
the paragraph named last before the sentence, not the ones the document names most ("The war,
part of the Hundred Years' War" after "the War of the Breton Succession" became the "Mad War";
"defended the treaty" after the Treaty of Rapallo became the Treaty of London), and "the treaty
it signed with the Allied powers" says which itself; "the King" is the one king the paragraph
named; "Eugène" is the "Eugène de Beauharnais" the document names, and "Javier de Burgos"
written whole is no bare "Javier"; a name inside a quoted title ("Zu Mantua in Banden") is no
one's full name; "off the island of Vis," and "a fortnight after the outbreak of the war," open
the sentence before its subject. Every sentence here is invented. Each test fails on the code
before, except the guards named as such."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert
from quiz.generate.definites import resolve_definites
from quiz.generate.names import document_full_names, with_document_names
from quiz.generate.references import last_named, resolve_agreements, resolve_references

_PHRASES = {"war": Counter({"Mad War": 3}), "conflict": Counter(), "ministry": Counter(),
            "section": Counter()}


@given(st.sampled_from(["War of the Vell Succession", "Vell Succession War"]))
def test_the_war_is_the_one_the_paragraph_named_last(name: str) -> None:
    before = f"The death of Duke Ivo opened the {name} between Tamm and Kask. "
    assert resolve_references("The war, part of the Long War, saw the Combat of Zell on ____.",
                              _PHRASES, before) == (
        f"The {name}, part of the Long War, saw the Combat of Zell on ____.")


def test_the_war_of_no_paragraph_is_the_documents() -> None:
    """(guard: nothing named before it, the document's war)"""
    assert resolve_references("The war saw the Combat of Zell on ____.", _PHRASES) == (
        "The Mad War saw the Combat of Zell on ____.")


def test_the_treaty_is_the_one_the_paragraph_named_last() -> None:
    before = ("At Vell, Tamm signed the Treaty of Vell with Kask on 12 November 1920. The treaty "
              "left the islands to Lerno. ")
    assert resolve_agreements("Ivo Tamm defended the treaty but resigned in ____.", "1920",
                              {"treaty": "Treaty of Zell"}, before) == (
        "Ivo Tamm defended the Treaty of Vell but resigned in ____.")


@given(st.sampled_from(["it signed with the Allied powers", "reached in Berlin",
                        "Lerno concluded with Vell"]))
def test_a_treaty_the_sentence_describes_is_left_alone(described: str) -> None:
    question = f"Kaldora accepted obligations in the treaty {described} in ____."
    assert resolve_agreements(question, "1919", {"treaty": "Treaty of Zell"}) == question


def test_a_name_with_a_lower_case_head_names_nothing() -> None:
    """(guard: "Meanwhile war broke out" names no war; it fails on the code before only as
    last_named was not there)"""
    assert last_named("war", "Meanwhile war broke out in the north. ") is None


def test_the_king_is_the_one_king_the_paragraph_named() -> None:
    text = ("King Ivo II of Vell had fled to Zell. Garibaldi advanced. On 6 September the King "
            "left Lerno for Kask aboard the Tern.")
    quote = "On 6 September the King left Lerno for Kask aboard the Tern."
    assert resolve_definites("On what date in 1860 did the King leave Lerno for Kask aboard "
                             "the Tern?", "6 September", text, quote, "Vell", True) == (
        "On what date in 1860 did King Ivo II leave Lerno for Kask aboard the Tern?", "")


def test_the_king_of_a_paragraph_of_two_kings_is_left() -> None:
    """(guard: two kings named, which one the King is the paragraph does not say)"""
    text = ("King Ivo II met King Olav. On 6 September the King left Lerno.")
    question = "On what date did the King leave Lerno?"
    assert resolve_definites(question, "6 September", text,
                             "On 6 September the King left Lerno.", "Vell", True)[0] == question


def test_a_given_name_completes_with_its_particle() -> None:
    text = ("Ivo Tamm ruled Vell. Government passed to his stepson Eugène de Kask in 1805. "
            "In 1814 Eugène concluded an armistice.")
    assert document_full_names("Eugène", text) == frozenset({"Eugène de Kask"})


def test_a_name_written_whole_with_its_particle_is_not_bare() -> None:
    """(guard: the code before read no "Javier de Kask", so it saw no second "Javier")"""
    text = ("Javier Tamm led the army. A decree of the minister Javier de Kask divided Vell into "
            "provinces.")
    question = "On what date did a decree of the minister Javier de Kask divide Vell into provinces?"
    assert with_document_names(question, "30 November 1833", text) == (question, "")


@given(st.sampled_from(['"', "“"]))
def test_a_name_inside_a_quoted_title_is_no_ones(quote: str) -> None:
    close = '"' if quote == '"' else "”"
    text = (f"The song {quote}Zu Vell in Banden{close} was adopted in 1948. Ivo Tamm was shot in "
            "the citadel of Vell in 1810.")
    assert "Zu Vell" not in document_full_names("Vell", text)


@given(st.sampled_from(["Off the island of Zell,", "A fortnight after the outbreak of the war,",
                        "Three days after the fall of Kask,"]))
def test_an_opening_phrase_stands_before_the_question(opening: str) -> None:
    question = invert(f"{opening} the Vell fleet defeated the Lerno fleet.", "on what date")
    assert question == f"{opening} on what date did the Vell fleet defeat the Lerno fleet?"
