"""Rule pass 290, from rounds 1085-1092 (heldout1077-1084) as their first readers judged them
(no batch has judged it):

- "the Treaty of Küçük Kaynarca" offered "10 July" for 21 July 1774, "1 January 1822" offered
  "13 January 1822": the answer's day in the other calendar (Old Style, New Style), which a
  document in that calendar gives as right;
- "The London Protocol was adopted ... on ____" offered 22 March 1829 and 16 November 1828: the
  days other London Protocols of the documents were adopted;
- "did Nicosia fall ..., and Famagusta, defended by Marcantonio Bragadin, capitulated ...?",
  "was Panos Kolokotronis killed, and early in 1825 Theodoros Kolokotronis was imprisoned ...?"
  (another clause glued on after an aside or a time);
- "three weeks before Spetses as a whole declared for the revolution on 3 April" (a day the
  question counts the answer from: 0 of 6 kept);
- "did the expedition discover Bear Island?" (an expedition another sentence names: 7 of 24
  kept).

Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_date_context import BACKGROUND, _candidates

from quiz.generate.definites import resolve_definites
from quiz.generate.distractors import choices_for
from quiz.generate.facts import DATE, Fact
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate
from quiz.generate.sentences import Sentence


def _faults(question: str, answer: str, sentence: str) -> list[str]:
    start = sentence.index(answer)
    fact = Fact(DATE, answer, start, start + len(answer), Sentence(sentence, 1))
    return faults(Candidate(fact, "wh", question, answer))


@given(st.sampled_from([("21 July 1774", "10 July 1774"), ("1 January 1822", "13 January 1822"),
                        ("28 August 1922", "10 September 1922")]))
def test_the_answers_day_in_the_other_calendar_is_no_option(days: tuple[str, str]) -> None:
    answer, other = days
    cands, pools = _candidates([f"The Vell Pact was signed at Kask on {answer}.",
                                f"The Lerno court met on {other}."]
                               + [line.replace("19", "17" if answer.endswith("1774") else "18")
                                  for line in BACKGROUND])
    cand = next(c for c in cands if c.answer == answer)
    options = choices_for(cand, pools)  # type: ignore[arg-type]
    assert options and other not in options, options


def test_a_guard_a_day_two_weeks_away_may_be_an_option() -> None:
    cands, pools = _candidates(["The Vell Pact was signed at Kask on 1 January 1822.",
                                "The Lerno court met on 15 January 1822."])
    cand = next(c for c in cands if c.answer == "1 January 1822")
    options = choices_for(cand, pools)  # type: ignore[arg-type]
    assert "15 January 1822" in options, options


@given(st.sampled_from(["London Protocol", "Treaty of Vell"]))
def test_the_day_another_agreement_of_that_name_was_made_is_no_option(name: str) -> None:
    cands, pools = _candidates([f"The {name} was adopted at a meeting of the Kask conference on "
                                "16 November 1958.",
                                f"Under the {name} of 22 March 1959 the Lerno frontier ran "
                                "along the river."])
    cand = next(c for c in cands if c.answer == "16 November 1958" and "____" in c.question)
    options = choices_for(cand, pools)  # type: ignore[arg-type]
    assert options and "22 March 1959" not in options, options


@given(st.sampled_from([
    "On what date did Vell fall after a siege of seven weeks, and Kask, defended by Ivo Dorn, "
    "capitulated in August?",
    "Lerno: In what month and year was Ivo Dorn killed, and early in 1825 Ada Rusk was "
    "imprisoned on Vell?"]))
def test_a_clause_glued_on_after_an_aside_or_a_time_is_ungrammatical(question: str) -> None:
    found = _faults(question, "9 September 1570", "Vell fell on 9 September 1570.")
    assert any("glued on" in fault for fault in found), found


@given(st.sampled_from(["three weeks before Kask declared on 3 April",
                        "four days after the battle at Lerno on 18 June"]))
def test_a_day_the_question_counts_from_gives_the_answer_away(counted: str) -> None:
    question = f"On what date did Ivo Dorn raise a flag at Vell, {counted}?"
    found = _faults(question, "13 March 1821", "Ivo Dorn raised a flag on 13 March 1821.")
    assert any("counts the answer from" in fault for fault in found), found


def test_an_unnamed_expedition_is_named_in_another_sentence() -> None:
    text = "# Vell Island\n\nThe Kask Expedition sailed in 1595.\n\nIn 1596 the expedition found Lerno.\n"
    quote = "In 1596 the expedition found Lerno."
    question = "Vell Island: In what year did the expedition find Lerno?"
    _, why = resolve_definites(question, "1596", text, quote, "Vell Island", labelled=True)
    assert why, why
