"""Rule pass 308, from the verdicts of rounds 156-1212 (measured on all of them, no one round's
cards):

- "On what date was the decree signed by ...?", "was the act signed at 8 p.m. ...?": a paper
  the question names by its kind alone, with no qualifier after it ("the decree of expulsion",
  "the decree erecting the State" say which): 4 of 44 such verdicts kept;
- "did the king land at Port Durnford?", "did the ships sail west from San Sebastián?": a ruler
  or a group the question names by its kind alone ("the king of ...", "the ships Nina and ..."
  say which): 8 of 76 kept;
- "KGB: On what date did Andrei Sakharov die?": a headline's "stands opposite the KGB" is where
  its subject stands, no topic to head the report's cards with (round 1208).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_rules294 import _faults


@given(st.sampled_from(["On what date was the decree signed by Prime Minister Ivo Dorn?",
                        "Kask: On what date in 1858 was the act published in the Gazette?",
                        "On what date was the letter read at Vell?"]))
def test_a_paper_named_by_its_kind_alone_is_vague(question: str) -> None:
    found = _faults(question, "2 May 1858")
    assert any(f.startswith("vague") and "the decree" in f for f in found), found


@given(st.sampled_from(["On what date was the decree of expulsion signed at Vell?",
                        "On what date was the decree erecting the State of Kask published?",
                        "On what date was the Kask Act signed?"]))
def test_a_guard_a_paper_the_question_says_which_of_is_no_fault(question: str) -> None:
    found = _faults(question, "2 May 1858")
    assert not any("the decree" in f for f in found), found


@given(st.sampled_from(["On what date did the king land at Port Vell?",
                        "Kask: On what date in 1492 did the ships sail west from Vell?",
                        "In what month and year did the survivors drift ashore on Kask?"]))
def test_a_ruler_or_a_group_named_by_its_kind_alone_is_vague(question: str) -> None:
    found = _faults(question, "2 May 1492")
    assert any(f.startswith("vague") and "the king" in f for f in found), found


@given(st.sampled_from(["On what date did the king of Kask land at Port Vell?",
                        "On what date did the rebels take Port Vell?",
                        "On what date did the ships Ada and Lia sail west from Vell?"]))
def test_a_guard_a_ruler_or_group_the_question_says_which_of_is_no_fault(question: str) -> None:
    found = _faults(question, "2 May 1492")
    assert not any("the king" in f for f in found), found


@given(st.sampled_from(["opposite", "outside", "beside"]))
def test_where_a_headline_puts_its_subject_is_no_topic(word: str) -> None:
    from quiz.generate.headline_topic import headline_topic
    body = ("\n\nLERNO, 3 June 1990 — A stone was set up today in Lerno. The Kaldoran Union "
            "watched from its building. The Kaldoran Union said nothing. Ivo Tamm spoke first. "
            "The Kaldoran Union closed its doors.\n")
    title = f"A boulder from Vell stands {word} the Kaldoran Union as Lerno marks the day"
    subject = headline_topic(title, [title + body])
    assert subject is None or subject.name != "Kaldoran Union", subject
