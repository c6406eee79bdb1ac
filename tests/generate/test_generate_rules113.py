"""Rule pass 113, from rounds 144-147: "did the Arms Trade Treaty accordingly enter into force"
kept an adverb that links to the sentence before; "Disappointed, in what year did Boyd Orr leave
office?" kept a word of the sentence's opening; "Resolution 50/80, which recognised." and "a
package of concessions that President Bill Clinton?" were cut after or before a clause's verb;
"The ____ for Food and Agriculture" and "the ____ Organization" blanked part of a name that goes
on after the blank. Every sentence here is invented. Each test fails on the code before, except
the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.quality import _CUT_AFTER_VERB, _NAME_GOES_ON_AFTER_BLANK, _STRAY_OPENER
from quiz.generate.trim import without_then


@given(st.sampled_from(["accordingly", "consequently", "therefore", "likewise", "subsequently"]))
def test_a_linking_adverb_after_did_is_dropped(adverb: str) -> None:
    assert without_then(f"On what date did the Treaty of Dorn {adverb} enter into force?") == (
        "On what date did the Treaty of Dorn enter into force?")


def test_an_adverb_of_manner_is_kept() -> None:
    """Guard: "quietly" says how, not what came before."""
    question = "In what year did the Kaldoran delegates quietly leave Lerno?"
    assert without_then(question) == question


def test_a_word_before_the_question_word_is_refused() -> None:
    assert _STRAY_OPENER.match("Disappointed, in what year did Ivo Tamm leave office?")
    assert _STRAY_OPENER.match("Kaldora: Meanwhile, on what date did Tamm resign?")
    assert not _STRAY_OPENER.match("In 1950, what treaty did Tamm sign?")  # guard


@given(st.sampled_from(["On ____ the Assembly adopted Resolution 12, which recognised.",
                        "Tamm brought concessions that President Ivo Kask?"]))
def test_a_question_cut_at_a_clauses_verb_is_refused(question: str) -> None:
    assert _CUT_AFTER_VERB.search(question)


@given(st.sampled_from(["Tamm was re-elected on ____, after the elections that June.",
                        "Which treaty did Kaldora sign that year?",
                        "The treaty that Kaldora signed came into force in ____."]))
def test_a_month_or_a_whole_clause_after_that_is_kept(question: str) -> None:
    """Guard: "that June" is a time, and a clause with its verb is whole."""
    assert not _CUT_AFTER_VERB.search(question)


def test_a_blank_covering_part_of_a_name_is_refused() -> None:
    assert _NAME_GOES_ON_AFTER_BLANK.search("The ____ for Fisheries created a fund.")
    assert _NAME_GOES_ON_AFTER_BLANK.search("Kaldora rejoined the ____ Organization in 2012.")
    assert not _NAME_GOES_ON_AFTER_BLANK.search(  # guard: the next clause's subject
        "By the ____ Dornia ceded the islands.")
    assert not _NAME_GOES_ON_AFTER_BLANK.search("Under ____ of the Treaty of Dorn, Kaldora paid.")
