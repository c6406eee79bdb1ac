"""Rule pass 172, from rounds 345-348: a title's "No. 183" is no year to strip ("Executive Order
No. 183" had become the label "Executive Order No"); "when his speedboat catches fire" goes
into the past with its question (a clause's subject, then its verb and a noun that is a verb
too; a word the lexicon lacks, "speedboat", read as a noun). Every sentence here is invented.
Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.subject import title_parts
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["Executive Order No. 183", "Presidential Decree No. 1596",
                        "Resolution No. 384"]))
def test_a_numbered_name_keeps_its_number(name: str) -> None:
    assert title_parts(f"{name} (2015): Creating a Kell Region")[0] == name


def test_a_titles_closing_year_is_still_stripped() -> None:
    """(guard: "Kell Treaty, 1824")"""
    assert title_parts("Kell Treaty, 1824") == ["Kell Treaty"]


@given(st.sampled_from(["boat", "speedboat", "aircraft"]))
def test_a_clauses_present_goes_into_the_past(noun: str) -> None:
    assert entry_in_the_past(f"when his {noun} catches fire at Kell") == (
        f"when his {noun} caught fire at Kell")


def test_a_plural_noun_after_a_name_stays() -> None:
    """(guard: "the Kell catches of fish" is no verb)"""
    assert entry_in_the_past("the Kell catches of fish fell") == "the Kell catches of fish fell"
