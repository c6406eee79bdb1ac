"""Rule pass 366, from rounds 1591-1598's first readers (heldout1581-1588, airlines); no fresh
batch has judged it yet:

* "to fly JAL's Taiwan routes": a plural after a possessive's one-word name is its noun
  ("Taiwan routed": round 1596); still "the Senate's Committee votes";
* "JAL's scheduled flights to China began": a past after a possessive, before a plural noun and
  the clause's later past, describes the noun ("did JAL's schedule flights ... begin": round
  1595); still "Macy's opened stores in 1900";
* "Merger: integrated with Japan Air System through a holding company": the label's event is
  the subject's, not the thing integrated ("was the Merger integrated": round 1596).

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.fragments import names_an_event_of_the_subject
from quiz.generate.grammar import find_verb
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["VAL's Kask routes", "Orrin's Vell fields", "VAL's Tokyo offices"]))
def test_a_plural_after_a_possessive_s_name_is_a_noun(phrase: str) -> None:
    entry = f"Vell Asia Airways is set up to run {phrase}, and flights to Kask resume."
    assert phrase in entry_in_the_past(entry)


def test_guard_a_body_s_verb_after_a_possessive_is_a_verb() -> None:
    assert entry_in_the_past("the Kask Senate's Committee votes to end the war.") == (
        "the Kask Senate's Committee voted to end the war.")


@given(st.sampled_from(["VAL's scheduled flights to Kask began.",
                        "Orrin's chartered ships to Vell sailed."]))
def test_a_past_after_a_possessive_before_a_plural_and_a_later_verb_is_no_verb(
        sentence: str) -> None:
    found = find_verb(sentence)
    assert found is not None and sentence[found[0]:found[1]] in {"began", "sailed"} or (
        found is None)


@given(st.sampled_from(["Vell's opened stores in 1900.", "Vell's opened its store in 1858."]))
def test_guard_a_name_s_past_before_its_object_is_the_verb(sentence: str) -> None:
    found = find_verb(sentence)
    assert found is not None and sentence[found[0]:found[1]] == "opened"


@given(st.sampled_from(["integrated", "combined", "absorbed", "amalgamated"]))
def test_a_merger_label_is_an_event_of_the_subject(participle: str) -> None:
    assert names_an_event_of_the_subject("Merger", participle)
