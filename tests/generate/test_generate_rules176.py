"""Rule pass 176, from rounds 361-368: "cadres lay down their arms" is the present of "lay",
asked "did cadres lay down their arms", not "lie"; "the American newly appointed General Adviser"
is a participle describing a noun, not the clause's verb ("did talks resumed ... newly
appoint"); "the Constitution (Ninetieth Amendment) Act" keeps its brackets when a question is
shortened, as part of the name; the "only" of "only in May 2005" and the "traditionally" of
"traditionally in 1906" go with the date the question asks. Every sentence here is invented.
Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert
from quiz.generate.documents import Document
from quiz.generate.questions import _clean
from quiz.generate.trim import shorten


@given(st.sampled_from(["down their arms", "claim to Zell", "siege to Vell"]))
def test_lay_with_an_object_is_the_present_of_lay(rest: str) -> None:
    assert invert(f"Kell rebels lay {rest} before Ivo Tamm.", "on what date") == (
        f"On what date did Kell rebels lay {rest} before Ivo Tamm?")


def test_lay_without_an_object_is_the_past_of_lie() -> None:
    """(guard: "The soldier lay in the hospital" is the past of "lie")"""
    assert invert("The Kell soldier lay in the hospital for a week.", "in what year") == (
        "In what year did the Kell soldier lie in the hospital for a week?")


@given(st.sampled_from(["newly", "recently", "specially"]))
def test_a_participle_after_newly_describes_a_noun(adverb: str) -> None:
    body = (f"Talks resumed in Vell, with Ivo Tamm, the Kellish {adverb} appointed Adviser to "
            "the Zell Government, counselling Vell, and produced a revised text.")
    question = invert(body, "in what year")
    assert question is not None and question.startswith("In what year did talks resume in Vell")
    assert f"{adverb} appointed Adviser" in question


@given(st.sampled_from(["Ninetieth Amendment", "Second Amendment", "Tenth Schedule"]))
def test_a_bracketed_part_of_a_name_is_kept_when_shortening(part: str) -> None:
    question = (f"On what date in 2003 did the Kell Constitution ({part}) Act preserve the existing "
                "tribal and non-tribal representation in the Zell assembly from the new council "
                "area of the Vell hills?")
    assert f"Constitution ({part}) Act" in shorten(question)


@given(st.sampled_from(["(1865–1870)", "(BTC)", "(see below)"]))
def test_a_bracketed_aside_still_goes_when_shortening(aside: str) -> None:
    """(guard: a date, an abbreviation or a remark in brackets is an aside)"""
    question = (f"In what year did Ivo Tamm, who fought in the Kell War {aside} Against Zell, "
                "lead the long march of the Vell regiment from the coast to the hills of Zell "
                "and back again to the old capital?")
    assert aside not in shorten(question)


_DOC = Document(Path("a.txt"), "Kell\n\nThe Kell Front entered a ceasefire only in May 2005 and "
                "split in 2008. Ivo Tamm adopted the faith, traditionally in 1906.\n", "Kell")


def test_the_only_of_the_asked_date_goes() -> None:
    assert _clean("In what month and year did the Kell Front enter a ceasefire only and split "
                  "in 2008?", "May 2005", _DOC) == (
        "In what month and year did the Kell Front enter a ceasefire and split in 2008?")


@given(st.sampled_from(["traditionally", "reportedly", "probably"]))
def test_the_adverb_of_the_asked_date_goes(adverb: str) -> None:
    assert _clean(f"In what year did Ivo Tamm adopt the faith, {adverb}?", "1906", _DOC) == (
        "In what year did Ivo Tamm adopt the faith?")


def test_only_inside_a_question_stays() -> None:
    """(guard: "the only Kell envoy and the Zell envoy")"""
    question = "In what year did the only Kell envoy and the Zell envoy meet?"
    assert _clean(question, "1906", _DOC) == question
