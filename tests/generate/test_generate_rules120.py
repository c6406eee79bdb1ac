"""Rule pass 120, from rounds 172-175: a title "Kapp Putsch" and a title "Indonesia's Reformasi"
read as a biography's person ("did Kapp Putsch announce his resignation", "inaugurated as
Indonesia's Reformasi sixth President"), and a timeline's present clause glued to a "was"
question after "and" ("was Mobutu elected President ..., and a constitutional amendment soon
afterwards makes the MPR the only lawful party?"). Every sentence here is invented. Each test
fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import main_person
from quiz.generate.quality import _clause_after_did

_LIFE = ("He was born in Vell. He studied law. He led the rising. He fled to Ostra, where he "
         "died. Kask was his ally. Kask and he were tried. He wrote a memoir. ")


@given(st.sampled_from(["Kask Putsch", "Kaldora's Reformasi: From Tamm to the First Election",
                        "Kaldora's Long Road", "Ostria's Ruling Party"]))
def test_an_event_or_a_countrys_story_is_no_persons_life(title: str) -> None:
    assert main_person(title, [title + "\n\n" + _LIFE * 3]) is None


def test_a_guard_a_persons_title_still_names_a_life() -> None:
    """Guard."""
    assert main_person("Ivo Kask (1870–1930)", ["Ivo Kask (1870–1930)\n\n" + _LIFE * 3]) == (
        "Ivo Kask", "he")


def test_a_present_clause_glued_to_a_was_question_is_refused() -> None:
    assert _clause_after_did(
        "In what month and year was Ivo Tamm, the only candidate, elected President for seven "
        "years, and a constitutional amendment soon afterwards makes the party the only lawful "
        "one?")


@given(st.sampled_from([
    "In what year were Vell, Dask and the Ostran coast joined into a single colony named Kaldora?",
    "In what year was the treaty signed by Tamm and the Ostran envoy?",
    "The war was central to the crisis of ____, and the territory south of it became a state."]))
def test_a_guard_one_clause_with_and_stays(question: str) -> None:
    """Guard."""
    assert not _clause_after_did(question)
