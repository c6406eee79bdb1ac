"""Rule pass 324, from rounds 1293-1300 (heldout1285-1292) as both readers judged them:

- "did Collis bring Henry E. Huntington to San Francisco", "did Henry die": a given name the
  document writes in full with a middle initial ("Collis P. Huntington") is written so in the
  question, as a surname is;
- "did Life magazine publish Harkin's photographs", "did the County Administrative Board
  publish a review": the day an unnamed text was published is trivial (rounds 156-1300 kept
  65 of 104 such verdicts, against 77 % of all), unless the text has a name of its own ("the
  Peel Report", "the Dorn report").

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["P.", "J.", "W."]))
def test_a_given_name_written_with_a_middle_initial_is_completed(initial: str) -> None:
    from quiz.generate.names import with_document_names
    text = (f"His uncle Collis {initial} Dornberg ran the railway. In 1892 Collis brought him to "
            "Vell.")
    asked = with_document_names("In what year did Collis bring Ivo to Vell?", "1892", text)[0]
    assert asked == f"In what year did Collis {initial} Dornberg bring Ivo to Vell?", asked


def test_a_guard_two_bearers_of_a_given_name_leave_it_bare() -> None:
    from quiz.generate.names import with_document_names
    text = ("Collis P. Dornberg ran the railway. Collis J. Vellman ran the bank. In 1892 Collis "
            "brought him to Vell.")
    asked = with_document_names("In what year did Collis bring Ivo to Vell?", "1892", text)
    assert asked[0] == "In what year did Collis bring Ivo to Vell?", asked


@given(st.sampled_from(["On what date in 1970 did Kask magazine publish Vell's photographs?",
                        "On what date in 2011 did the County Board publish a review of the "
                        "county's buildings?"]))
def test_the_day_an_unnamed_text_was_published_is_refused(question: str) -> None:
    from quiz.generate.quality import _DAY_ANSWER, _NAMED_TEXT, _TEXT_PUBLISHED
    assert _TEXT_PUBLISHED.search(question) and _DAY_ANSWER.match("4 May")
    assert not _NAMED_TEXT.search(question)


def test_a_guard_a_named_report_is_kept() -> None:
    from quiz.generate.quality import _NAMED_TEXT
    assert _NAMED_TEXT.search("On what date was the Kask Report published?")
