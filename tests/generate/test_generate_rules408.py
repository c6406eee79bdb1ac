"""Rule pass 408, from the first readers of rounds 1783-1790 (learned societies):

- "The Society later supported Shackleton's Nimrod expedition" in a history of the Royal
  Geographical Society became "The Royal Society later supported ..." because the paragraph had
  named the Royal Society (round 1783, a wrong answer): of several bodies of the kind, the one
  the document's title names is meant, in the sentence's own paragraph too;
- "the society's honorary secretary" became "the Royal Society for the Protection of Birds's"
  (round 1788): a name ending in a plural noun takes the apostrophe alone.

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

from quiz.generate.bodies import name_bodies
from quiz.generate.subject import Subject, name_the_subject


def test_the_title_s_body_is_meant_in_the_sentence_s_paragraph_too() -> None:
    title = "The Royal Kask Society"
    text = (f"{title}\n\nThe Royal Kask Society was founded in 1830.\n\nIts fellows included "
            "members of the Royal Society. The Society later supported the Vell expedition, "
            "which reached the pole on 9 January 1909.")
    quote = "The Society later supported the Vell expedition, which reached the pole on 9 " \
            "January 1909."
    question = "The Society later supported the Vell expedition, which reached the pole on ____."
    assert name_bodies(question, "9 January 1909", text, quote, "", title) == (
        "The Royal Kask Society later supported the Vell expedition, which reached the pole on "
        "____.")


def test_a_name_ending_in_a_plural_noun_takes_the_apostrophe_alone() -> None:
    subject = Subject("Royal Society for the Protection of Kask Birds", "Society", False)
    question = "Ivo Vell was the society's honorary secretary until ____."
    assert name_the_subject(question, "1904", subject)[0] == (
        "Ivo Vell was the Royal Society for the Protection of Kask Birds' honorary secretary "
        "until ____.")
