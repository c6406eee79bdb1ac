"""Rule pass 320, from rounds 1277-1284 (heldout1269-1276) as their first readers judged them:

- "its British-flagged shipped", "did the liner L'Atlantique catches fire": a plural noun after
  a compound participle ("British-flagged ships") is no verb, and "catches fire" is one verb and
  its noun in a timeline's past;
- "did Germany proclaim the waters around Great Britain?": a date inside a relative clause
  ("a war zone in which, from 18 February, ...") makes no conjunct dated of its own, so the
  "and Ireland" before it is not cut off;
- "for Michigan's Fifth District and centred on Grand Rapids": a participle that says where a
  place lies ("centred", "based", "located") is no second act of the subject to join by "and";
- "What position did Doveton Sturdee hold? Admiral of the Fleet Sir": an office that ends on
  the holder's title is refused.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["British-flagged", "state-owned", "Kask-built"]))
def test_a_plural_after_a_compound_participle_is_no_verb(compound: str) -> None:
    told = entry_in_the_past(f"Agreement is reached on the use of its {compound} ships in war.")
    assert f"{compound} ships in war." in told and told.startswith("Agreement was reached"), told


@given(st.sampled_from(["catches", "opens"]))
def test_a_verb_and_fire_after_a_name_are_put_in_the_past_together(verb: str) -> None:
    told = entry_in_the_past(f"The liner L'Vell {verb} fire in the Channel.")
    assert told in {"The liner L'Vell caught fire in the Channel.",
                    "The liner L'Vell opened fire in the Channel."}, told


def test_a_date_in_a_relative_clause_dates_no_conjunct() -> None:
    from quiz.generate.coordination import dated_conjunct
    predicate = ("proclaim the waters around Kask and Vell a war zone in which, from 18 "
                 "February, ships would be sunk.")
    assert dated_conjunct(predicate) is None


def test_a_guard_a_dated_conjunct_is_still_cut() -> None:
    from quiz.generate.coordination import dated_conjunct
    predicate = "cede the port under the Treaty of Vell in 1842 and the harbour in 1860"
    assert dated_conjunct(predicate) is not None


@given(st.sampled_from(["centred", "based", "located"]))
def test_a_placing_participle_is_no_act_joined_by_and(participle: str) -> None:
    from quiz.generate.questions import _participles_joined
    question = (f"In ____ Ivo Kask was elected to the House for Vell's Fifth District, {participle}"
                " on Dorn.")
    body = question.rstrip(".")
    assert _participles_joined(question, body) is None


def test_a_guard_two_acts_of_a_subject_are_still_joined() -> None:
    from quiz.generate.questions import _participles_joined
    question = "In ____ Ivo Kask was removed as Prime Minister, arrested on charges of treason."
    joined = _participles_joined(question, question.rstrip("."))
    assert joined is not None and " and arrested" in joined, joined


def test_an_office_ending_on_a_title_is_refused() -> None:
    from quiz.generate.quality import _HONORIFIC_WORDS
    assert "Admiral of the Fleet Sir".split()[-1] in _HONORIFIC_WORDS
