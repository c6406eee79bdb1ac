"""Rule pass 231, from rounds 713-716 (heldout705-708): questions cut inside their own clause.
"declares the ZEDE law and the related constitutional amendments unconstitutional" was asked
as "did the court declare the ZEDE law?" ("the related" read as a subject and its verb);
"showed that a team of islanders using wooden levers and piled stones could raise" as "did
the expedition show that a team of islanders using wooden levers?"; "announcing that the
Queen, "constrained by ...", had separated" as "... announcing that the Queen?"; and a clause
with an aside between two dashes was cut at the first dash. Every sentence here is invented.
Each test fails on the code before, except the guard named as such."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import cut_clause
from quiz.generate.trim import shorten

Questions = Callable[[str, str], list[str]]


def _asked(questions_from: Questions, sentence: str, word: str) -> list[str]:
    text = f"Vellia\n\nVellia is an island state in the Kell Sea.\n\n{sentence}\n"
    return [q for q in questions_from("vellia-encyclopedia", text) if word in q]


def test_a_past_form_after_the_is_no_verb_of_a_second_clause(
        questions_from: Questions) -> None:
    asked = _asked(questions_from, "On 12 March 2019 the High Court of Vellia, by five votes to "
                   "four, declared the Harbour Law and the related tax decrees void.", "Harbour")
    assert asked and all("tax decrees void" in q for q in asked), asked


def test_a_past_form_before_a_noun_and_its_verb_is_no_break() -> None:
    sentence = ("Orlan's survey showed in 1961 that a crew using rope hoists and hardened "
                "ramps could move a temple block in six days.")
    assert cut_clause(sentence, has_verb=False, commas=True) == sentence


def test_a_quotation_set_off_by_commas_before_the_verb_stays(
        questions_from: Questions) -> None:
    asked = _asked(questions_from, "On 4 June 1871, at a meeting in Port Dask, Governor Tamas "
                   "Orlo read a letter announcing that the Crown, \"moved by reasons of state\", "
                   "had given the islands to Vellia.", "Crown")
    assert asked and all("given the islands" in q for q in asked), asked


def test_an_aside_between_dashes_neither_cuts_the_clause_nor_stays() -> None:
    sentence = ("the council declared all land not yet farmed — about a third of the island — "
                "a reserve, and Governor Orlo left for Kell.")
    assert cut_clause(sentence, has_verb=False, commas=True).endswith("a reserve")
    assert shorten("On what date did the council declare all land not yet farmed — about a "
                   "third of the island — open to settlers?") == (
        "On what date did the council declare all land not yet farmed open to settlers?")


def test_a_single_dash_still_ends_its_clause() -> None:
    """(guard: one dash, no pair, still ends the clause as before)"""
    sentence = "the council met in Dask — the governor left for Kell in May."
    assert cut_clause(sentence, has_verb=False, commas=True) == "the council met in Dask"


_WORD = st.sampled_from(["the", "port", "council", "about", "a", "third", "of", "island",
                         "Kell", "reserve", "land"])


@given(st.lists(_WORD, min_size=1, max_size=8), st.lists(_WORD, min_size=1, max_size=6))
def test_shortening_never_leaves_a_lone_dash(aside: list[str], tail: list[str]) -> None:
    """Whatever the aside, dropping it leaves both dashes out or both in."""
    question = (f"On what date did the council declare the land — {' '.join(aside)} — "
                f"{' '.join(tail)}?")
    assert shorten(question).count("—") in (0, 2)


def test_an_aside_with_a_verb_of_its_own_still_ends_the_clause() -> None:
    """(guard: a clause between the dashes is a clause, so the first dash still cuts)"""
    sentence = ("the fleet took the Orla off Dask on 8 October 1879 — the historian Tamas Vell "
                "credited him with the boarding — and took part in the landing.")
    assert cut_clause(sentence, has_verb=False, commas=True) == (
        "the fleet took the Orla off Dask on 8 October 1879")


def test_an_apposition_after_the_closing_dash_keeps_its_aside() -> None:
    """(guard: "– an arrangement that lasted" after the pair may be an apposition)"""
    question = ("In what year did King Orlo divide Vellia into three units – the north and two "
                "counties – an arrangement that lasted until 1914?")
    assert shorten(question) == question
