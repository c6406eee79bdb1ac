"""Rule pass 312, from rounds 1221-1228 (heldout1213-1220) as their first readers judged them:

- "Who ... founded the convict establishment on Cockatoo Island?" answered "Royal Engineer": a
  corps or a trade in a life's subtitle ("Royal Engineer, commissioner in Lower Canada and
  Governor of New South Wales, who founded ...") is no person's name;
- "did the National Assembly at Vichy votes full powers": after a body and where it sat, the
  word in "-s" is the body's verb, no plural noun;
- "did Letters patent (the Charter of Justice) are issued": another name in brackets before the
  "are" hides no verb;
- "did Orlando Letelier die in Washington, D.C?": an abbreviation keeps its full stop.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import _finish, date_question, invert
from quiz.generate.documents import Document
from quiz.generate.extract import find_facts
from quiz.generate.sentences import Sentence


def test_a_corps_in_a_subtitle_is_no_persons_name() -> None:
    doc = Document(Path("d.txt"), "x", "D")
    text = ("Royal Engineer, commissioner in Vell and Governor of Kask, who founded the convict "
            "establishment on Lerno Island")
    officials = [f.answer for f in find_facts(Sentence(text, 1), doc) if f.kind == "official"]
    assert "Royal Engineer" not in officials, officials


@given(st.sampled_from([("votes full powers to Ivo Dorn", "vote full powers to Ivo Dorn"),
                        ("elects Ivo Dorn president", "elect Ivo Dorn president")]))
def test_a_bodys_verb_after_where_it_sat_is_its_present(case: tuple[str, str]) -> None:
    told, asked = case
    question = invert(f"the National Assembly at Vell {told}.", "on what date")
    assert question == f"On what date did the National Assembly at Vell {asked}?", question


def test_a_guard_a_plural_at_a_place_keeps_its_verb() -> None:
    assert invert("The farmers at Vell grow rice.", "on what date") == (
        "On what date did the farmers at Vell grow rice?")


def test_a_bracketed_name_before_are_hides_no_verb() -> None:
    text = "13 October: Letters patent (the Charter of Kask) are issued for the new courts."
    asked = date_question(text, 0, 10, "on what date in 1823")
    assert asked == ("On what date in 1823 were letters patent (the Charter of Kask) issued for "
                     "the new courts?"), asked


@given(st.sampled_from(["Washington, D.C.", "the U.S.", "Vell Trust Co."]))
def test_an_abbreviation_keeps_its_full_stop(place: str) -> None:
    assert _finish(f"On what date did Ivo Dorn die in {place}") == (
        f"On what date did Ivo Dorn die in {place}?")


def test_a_guard_a_sentences_full_stop_is_dropped() -> None:
    assert _finish("On what date did Ivo Dorn die in Kask.") == (
        "On what date did Ivo Dorn die in Kask?")
