"""Rule pass 256, from rounds 845-860 (heldout837-852):

- "Merger Agreement: Second, Parliament passed the Act ..." (a list's step opening a cloze);
- "When fire broke out ... in ____, it was the parish priest of St John of Trogir's, living in the
  monastery." (an "it was ... who" sentence cut before its "who");
- "On what date did President Stjepan Mesić promulgate?" (a verb that takes an object left
  without it: rounds 100-860 kept 0 of 6 such).

Every sentence here is invented. Each test fails on the code before, except the guard named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare


def _kept(body: str, title: str = "Vell") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


@given(st.sampled_from(["Second", "Third", "Finally", "Firstly"]))
def test_a_lists_step_word_does_not_open_a_fill_in(step: str) -> None:
    body = (f"{step}, Parliament passed the Act on Restructuring Local Government and Services "
            f"in Vell, known as the Dorn act, which came into force on 23 February 2007.")
    asked = _kept(body)
    assert asked and not [q for q in asked if f"{step}," in q], asked


@given(st.sampled_from(["raised the alarm", "called the firemen"]))
def test_a_cleft_after_a_clause_is_not_cut_before_its_who(act: str) -> None:
    body = (f"When fire broke out in the Dominican monastery of the Holy Cross at Mora in November "
            f"2024, it was the parish priest of St John's, living in the monastery, who {act}.")
    asked = _kept(body, "John of Dorn")
    assert not [q for q in asked if "it was" in q and " who " not in q], asked


@given(st.sampled_from(["promulgated", "signed", "ratified"]))
def test_a_verb_left_without_its_object_is_no_question(verb: str) -> None:
    body = (f"The act was superseded by the Areas Act, which the Vell Parliament passed on 13 July "
            f"2006 and President Ivo Holm {verb} on 19 July 2006.")
    asked = _kept(body)
    base = verb[:-1] if verb.endswith("ed") and verb != "signed" else verb[:-2]
    assert not [q for q in asked if q.endswith(f"Ivo Holm {base}?")], asked


@given(st.sampled_from(["1386", "12 May 1386"]))
def test_a_first_act_with_its_own_date_is_not_glued_to_the_asked_one(first: str) -> None:
    body = (f"Kellia took control of Dorn in {first} and bought formal sovereignty over it from "
            f"Ivo of Mora in 1401; the Vell Islands, ruled from Dorn, stayed Kellian for centuries.")
    asked = _kept(body, "Vell Islands")
    assert not [q for q in asked if f"in {first} and" in q], asked


# After pass 256's batch (rounds 861-868, not judged on this): a pronoun "this" before its verb.


@given(st.sampled_from(["this was", "this is", "these were"]))
def test_a_pronoun_this_is_never_written_as_the(pronoun: str) -> None:
    body = (f"The proclamation was issued on 1 April 1942 in the name of King Ivo V, as a decision "
            f"of the King in Council. At the time {pronoun} the wartime coalition led by the Prime "
            f"Minister Per Holm, formed on 13 December 1939.")
    asked = _kept(body, "Dorn proclamation")
    assert not [q for q in asked if "the was" in q or "the is" in q or "the were" in q
                or f"{pronoun} the wartime" in q], asked
