"""Rule pass 306, from rounds 1197-1204 (heldout1189-1196) as their first readers judged them:

- "did Duke Filippo Maria Visconti create Isola Bella Count of Arona?": a place's title read as a
  person's life, whose "him" became the island ("Isola", "Île", "Pulau" open a place's name, and
  "X (...) is one of the Borromean Islands" says what X is);
- "did Franz von Sickingen, besieged in Ulrich von Hutten's castle": the "his" of an aside on the
  asked man, named by one word or with a particle, is his, not the biography's subject's;
- "de Vaudreuil was imprisoned": a full name with a particle that opens the card takes a capital;
- "was the capitulation signed ... before Montreal by?": the preposition before a list's colon
  is left out;
- "did the Armagnac mercenaries whom Frederick III call in from France shattered": the verb after
  "whom <name>" is the relative clause's, not the sentence's;
- "did Anthony Eden accompany John Simon to Berlin and gone on": the second participle of "had"
  goes to its base form too;
- "Frank took over the Bavarian Ministry of Justice, Hans Ehard asked to leave the Reich Ministry
  of Justice": "the ministry" the question has just named is that one;
- "In the meantime, on ____, the Council ...": a link to the sentence before is left out;
- "was the Treaty of Mutual Guarantee, the Rhineland Pact initialled": the other name goes in
  brackets.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st
from test_generate_date_context import _candidates
from test_generate_rules295 import _life_questions

from quiz.generate.documents import main_person
from quiz.generate.names import with_document_names
from quiz.generate.questions import _biography_subject_named
from quiz.generate.references import resolve_agreements, resolve_references

# A text that says "born" and "he" of a Vell often enough to read as his life, but for its title
_VELLS = (" Ivo Vell was born at Kask in 1420. Vell was a soldier. Duke Lia created him Count of "
          "Kask on 26 May 1445, and he built a palace there. He wrote many letters to his wife. "
          "Vell served in the army, and he commanded the garrison of Lerno from 1460.")


@given(st.sampled_from(["Isola", "Isla", "Île", "Pulau", "Insel"]))
def test_a_title_opening_with_a_foreign_word_for_island_is_no_life(word: str) -> None:
    assert main_person(f"{word} Vell", [f"{word} Vell", f"{word} Vell lies off Kask." + _VELLS]
                       ) is None


def test_a_name_that_is_one_of_a_group_of_islands_is_no_life() -> None:
    first = 'Vell Tarn (Kaskan for "grey rock") is one of the Dorn Islands of Lake Kask.'
    assert main_person("Vell Tarn", ["Vell Tarn", first + _VELLS]) is None


def test_a_guard_a_man_who_was_one_of_a_group_of_people_is_a_life() -> None:
    first = "Ivo Vell (born in Kask) was one of the founders of Kask."
    assert main_person("Ivo Vell (1420–1480)", ["Ivo Vell (1420–1480)", first + _VELLS]) == (
        "Ivo Vell", "he")


@given(st.sampled_from(["Vell", "Lia von Vell", "Lia de Vell"]))
def test_his_in_an_aside_on_the_asked_man_is_his(who: str) -> None:
    question = f"On what date did {who}, besieged in his castle of Kask, die of his wounds?"
    assert _biography_subject_named(question, "7 May 1523", "Ivo Dorn", "he") == question


def test_a_guard_his_after_a_country_is_the_subjects() -> None:
    asked = _biography_subject_named("On what date did France, after his speech at Kask, recognise "
                                     "Vell?", "7 May 1923", "Ivo Dorn", "he")
    assert "Ivo Dorn" in asked, asked


def test_a_life_keeps_the_question_on_the_man_its_aside_is_on() -> None:
    body = ("Ivo Dorn was born in Kask on 3 March 1488. Dorn wrote many books, and he travelled "
            "to Lerno in 1510.\n\nThe bishops counter-attacked, and Vell, besieged in his castle "
            "of Nanstein at Kask, died of his wounds on 7 May 1523.\n\nDorn died on 29 August "
            "1523.")
    asked = _life_questions(body, "Ivo Dorn (1488–1523)")
    assert any("besieged in his castle" in q and q.endswith("die of his wounds?")
               for q in asked), asked
    assert not any("Ivo Dorn’s castle" in q or "Ivo Dorn's castle" in q for q in asked), asked


def test_a_name_with_a_particle_that_opens_the_card_takes_a_capital() -> None:
    text = ("Ivo de Lask de Vell de Dorn, Marquis de Vell, Governor of Kask, signed the act. Vell "
            "was imprisoned at Lerno and was acquitted in December 1763.")
    asked, _ = with_document_names("Vell was imprisoned at Lerno and was acquitted in ____.",
                                   "December 1763", text)
    assert asked.startswith("De Vell was imprisoned"), asked


def test_a_guard_a_particle_inside_the_card_stays_lower_case() -> None:
    text = ("Ivo de Lask de Vell de Dorn, Marquis de Vell, Governor of Kask, signed the act. Vell "
            "was imprisoned at Lerno and was acquitted in December 1763.")
    asked, _ = with_document_names("In 1761 Vell was imprisoned at Lerno and was acquitted in "
                                   "____.", "December 1763", text)
    assert "In 1761 de Vell was" in asked, asked


@given(st.sampled_from(["by", "between"]))
def test_the_preposition_of_a_list_after_a_colon_is_left_out(word: str) -> None:
    cands, _ = _candidates([f"The capitulation was signed on 8 September 1760 in the camp before "
                            f"Kask {word}:"])
    asked = [c.question for c in cands if c.question.endswith("?")]
    assert asked and not any(q.endswith(f" {word}?") for q in asked), asked


def test_the_verb_after_whom_and_a_name_is_the_relative_clauses() -> None:
    cands, _ = _candidates(["The mercenaries whom Ivo Dorn had called in from Vell shattered a "
                            "force of the league at Kask on 26 August 1444."])
    asked = [c.question for c in cands]
    assert asked and not any("call in from Vell shattered" in q for q in asked), asked


def test_the_second_participle_of_had_goes_to_its_base_form() -> None:
    cands, _ = _candidates(["Lia Dorn, Lord Privy Seal, had accompanied Ivo Vell to Kask on 25 "
                            "March 1935 and gone on alone to Lerno."])
    asked = [c.question for c in cands if c.question.endswith("?")]
    assert any("and go on alone to Lerno" in q for q in asked), asked
    assert not any("and gone on" in q for q in asked), asked


_PHRASES = {"ministry": Counter({"Reich Ministry": 3}), "war": Counter(), "conflict": Counter(),
            "section": Counter()}


def test_the_ministry_the_question_has_just_named_is_that_one() -> None:
    question = ("When Lia Dorn took over the Kaskan Ministry of Justice in ____, Ivo Vell asked to "
                "leave the ministry.")
    assert resolve_references(question, _PHRASES, "He worked at the Reich Ministry.") == question


def test_a_guard_a_ministry_the_question_has_not_named_is_resolved() -> None:
    resolved = resolve_references("In ____ Ivo Vell asked to leave the ministry.", _PHRASES,
                                  "He worked at the Reich Ministry.")
    assert resolved == "In ____ Ivo Vell asked to leave the Reich Ministry.", resolved


def test_the_treaty_the_question_has_just_named_is_that_one() -> None:
    question = "After the Treaty of Vell was signed in ____, the treaty was sent to Kask."
    assert resolve_agreements(question, "1920", {"treaty": "Treaty of Lerno"}) == question


@given(st.sampled_from(["In the meantime", "At the same time"]))
def test_a_link_to_the_sentence_before_is_left_out(link: str) -> None:
    cands, _ = _candidates([f"{link}, on 13 February 1986, the Council of Kask created the Vell "
                            "National Park along the western shore."])
    asked = [c.question for c in cands]
    assert asked and not any(link.lower() in q.lower() for q in asked), asked


def test_another_name_of_an_agreement_goes_in_brackets() -> None:
    cands, _ = _candidates(["The Treaty of Mutual Vell, the Kask Pact initialled at Lerno on 16 "
                            "October 1925 and signed in Dorn on 1 December 1925, bound the "
                            "guarantors."])
    asked = [c.question for c in cands if c.answer == "16 October 1925"]
    assert any("the Treaty of Mutual Vell (the Kask Pact) initialled at Lerno" in q
               for q in asked), asked
