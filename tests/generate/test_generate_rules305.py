"""Rule pass 305, from rounds 1181-1196 (heldout1173-1188) as their first readers judged them:

- "In what year did Quarantine pass from the Department of Agriculture ...?", "did Inspection on
  the St. Lawrence move": a common noun that opened its sentence kept its capital after "did".
  It is lowered when the document writes it in lower case and never capitalises it mid-sentence
  (a name's word, "Congress", "the Harbor Accord", keeps it: pass 300 had tried lowering every
  such word and dropped it for these);
- "Who was the Queen Elizabeth I's ambassador to the Porte in 1598?": no "the" before a role that
  opens with its owner's name.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_date_context import _candidates

from quiz.generate.names import common_words_as_written


@given(st.sampled_from([("Quarantine", "pass"), ("Inspection", "move"), ("Slavery", "end")]))
def test_a_common_noun_that_opened_its_sentence_is_lowered_after_did(case: tuple[str, str]) -> None:
    word, verb = case
    text = (f"{word} {verb}ed from Vell to Kask in 1919. The {word.lower()} rules of Kask were "
            "strict.")
    asked = common_words_as_written(f"In what year did {word} {verb} from Vell to Kask?", text)
    assert asked == f"In what year did {word.lower()} {verb} from Vell to Kask?", asked


@given(st.sampled_from(["Congress", "Harbor"]))
def test_a_guard_a_word_the_document_capitalises_mid_sentence_keeps_it(word: str) -> None:
    text = (f"{word} passed the act in 1919. Under the {word} Accord the {word.lower()} rules "
            "changed.")
    asked = common_words_as_written(f"In what year did {word} pass the act?", text)
    assert asked == f"In what year did {word} pass the act?", asked


def test_a_role_that_opens_with_its_owners_name_takes_no_article() -> None:
    cands, _ = _candidates(["Sir Ivo Dorn, Queen Lia I's ambassador to the Porte, died at Kask "
                            "in 1598."])
    asked = [c.question for c in cands if c.question.startswith("Who was")]
    assert asked and all("the Queen Lia" not in q for q in asked), asked
