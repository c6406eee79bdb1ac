"""Rule pass 138, from rounds 233-236: an adjective's "-s" noun is no present verb ("permit
vacant sees to be administered" had become "vacant saw"); "those run by churches" keeps its
pronoun ("the run by churches" no more); "the British War Minister" names no war ("the war" had
become "the British War"); a fact sheet's "End:" is no subject ("was the End transformed into
the German Empire"); "were the Carlsbad Decrees a set of four resolutions" asked for a date is
refused. Every sentence here is invented. Each test fails on the code before, except the guards
named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.references import named_phrases
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["vacant sees", "remote sees"]))
def test_an_adjectives_noun_is_no_present_verb(phrase: str) -> None:
    entry = f"The law allows the government to permit {phrase} to be administered."
    assert entry_in_the_past(entry) == (
        f"The law allowed the government to permit {phrase} to be administered.")


def test_those_and_a_participle_keep_their_pronoun() -> None:
    from quiz.generate.questions import _THIS

    assert not _THIS.search("all schools, including those run by churches")
    assert _THIS.search("recalling those talks, Tamm ...")  # (guard)


@given(st.sampled_from(["Minister", "Office", "Cabinet"]))
def test_a_war_word_inside_another_name_names_no_war(word: str) -> None:
    phrases = named_phrases(f"Tamm received the Vellish War {word}, Lord Dask, in Kell.")
    assert not phrases["war"]


@given(st.sampled_from(["End", "Beginning", "Successor"]))
def test_a_fact_sheets_attribute_label_is_no_subject(label: str) -> None:
    text = f"{label}: transformed into the Vellish Empire on 1 January 1871"
    at = text.index("1 January")
    assert date_question(text, at, at + 14, "on what date") is None


def test_a_copula_after_a_names_last_word_is_refused() -> None:
    from quiz.generate.quality import _copula_asked

    assert _copula_asked("On what date were the Kell Decrees a set of four resolutions adopted "
                         "by the Vellish Diet?")
    assert not _copula_asked("On what date were the Kell Decrees adopted by the Vellish Diet?")
