"""Rule pass 14: a question set in a period its own words date ("from March until late ____",
"during the Second World War ... in ____") keeps its date options within that period.

Sentences are invented for these tests."""

from __future__ import annotations

from test_generate_date_context import _candidates, _years

from quiz.generate.distractors import choices_for
from quiz.generate.quality import faults
from quiz.generate.questions import BLANK
from quiz.generate.subject import Subject
from quiz.generate.topic_label import with_topic_label


def test_the_end_of_a_span_from_a_month_is_in_the_same_year_after_that_month() -> None:
    text = ("Talks in Ostra stalled while the Lerno guild held the port from March until late "
            "May 1957.")
    cands, pools = _candidates([text])
    cand = next(c for c in cands if c.answer == "May 1957" and BLANK in c.question)
    options = choices_for(cand, pools)  # type: ignore[arg-type]
    assert all(_years((option,)) == [1957] for option in options), options
    assert not any(option.startswith(("January", "February", "March")) for option in options)


def test_a_question_set_in_a_world_war_keeps_its_options_in_the_war_years() -> None:
    text = ("During the Second World War Ada Rusk ran the Brisa relief office and in 1945 "
            "toured camps in the north.")
    cands, pools = _candidates([text])
    cand = next(c for c in cands if c.answer == "1945" and BLANK in c.question)
    options = choices_for(cand, pools)  # type: ignore[arg-type]
    assert all(1939 <= y <= 1945 for y in _years(options)), options


def test_independence_recognised_without_saying_whose_is_vague() -> None:
    cands, _ = _candidates(["Vesteria recognised independence on 4 June 1958."])
    cand = next(c for c in cands if c.answer == "4 June 1958")
    assert any("independence" in fault for fault in faults(cand)), cand.question
    cands, _ = _candidates(["Vesteria recognised the independence of Ostra on 4 June 1958."])
    cand = next(c for c in cands if c.answer == "4 June 1958")
    assert not any("independence" in fault for fault in faults(cand)), cand.question


def test_a_blank_does_not_cut_an_agreement_name_that_goes_on() -> None:
    text = ("The Vell Convention on Early Warning of a Flood and the Ostra Convention on Aid "
            "were both signed in 1961.")
    cands, _ = _candidates([text])
    cut = [c for c in cands if f"{BLANK} of a Flood" in c.question]
    assert cut
    for cand in cut:
        assert any(f.startswith("bad_blank") for f in faults(cand)), cand.question


def test_a_statute_that_does_not_say_whose_is_headed_with_the_subject() -> None:
    union = Subject("Kaldoran Trade Union", "Union", False)
    question = "A small group of states drafted a statute, which a conference adopted in ____."
    labelled = with_topic_label(question, "May 1958", "Kaldoran Trade Union", union)
    assert labelled.startswith("Kaldoran Trade Union: "), labelled
