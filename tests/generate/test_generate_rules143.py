"""Rule pass 143, from round 241: a timeline's "SS guards shoot about 2,000 prisoners" has the
plural noun of a name before its verb ("did SS guard shoot" no more), and a count opening the
object ("about", "some") follows a plural subject's verb, which goes into the past. Every
sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["KV guards shoot", "Vellish rebels attack", "UN monitors begin to visit"]))
def test_a_names_plural_noun_before_its_verb_stays_plural(subject_and_verb: str) -> None:
    text = f"19 September 1944 — {subject_and_verb} about 2,000 prisoners at Kell."
    question = date_question(text, 0, 17, "on what date")
    noun = subject_and_verb.split()[1]
    assert question is not None and f" {noun} " in question


@given(st.sampled_from(["about", "some", "nearly"]))
def test_a_count_opening_the_object_follows_a_plural_verb(count: str) -> None:
    assert entry_in_the_past(f"KV guards shoot {count} 2,000 prisoners.") == (
        f"KV guards shot {count} 2,000 prisoners.")


def test_a_name_and_its_verb_and_object_are_still_read() -> None:
    """(guard: "grants" is the verb when a name follows it)"""
    text = "19 September 1944 — Kell grants Dask base rights."
    assert date_question(text, 0, 17, "on what date") == (
        "On what date did Kell grant Dask base rights?")
