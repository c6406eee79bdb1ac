"""Rule pass 284, from rounds 1037-1044 (heldout1029-1036) as their first readers judged them,
and one fault of round 1033:

- "On what date was a century after the flood, a memorial to its victims unveiled" (an
  apposition of the date, a time after an event, read as the subject);
- "Otto Christian Hammer too became a naval officer" (the "he" of a clause after "Their son
  Rørd ... was born" written as the biography's subject);
- "On what date did Michiel Schrier take office?" (no office named: rounds 156-1044 kept 8 of
  42 such verdicts);
- "In what month and year was together with the rest of the Defence Line it inscribed"
  (a fronted phrase read as the subject: 0 of 4 kept);
- "was the Rømø causeway inaugurated and the Ballum Sluse ferry ends?", "was Wallenstein
  enfeoffed with Mecklenburg as a hereditary duchy, and imperial soldiers stripped the castle"
  (second clauses: a named noun phrase and its present, an adjective the lexicon lacks, and
  "as a" read as a subordinate clause's opening);
- "the mobilisation of ____" answered "1914–1918" (a world war's span: rounds 156-1044 kept 2
  of 14);
- "In what year were the early 1450s years of almost continuous war" (round 1033: a decade as
  the subject whose date is asked; rounds 156-1036 kept 0 of 4).

Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.coordination import second_clause
from quiz.generate.facts import DATE, Fact
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate, _another_subject_before
from quiz.generate.sentences import Sentence


def _faults(question: str, answer: str, sentence: str, form: str = "wh") -> list[str]:
    start = sentence.index(answer)
    fact = Fact(DATE, answer, start, start + len(answer), Sentence(sentence, 1))
    return faults(Candidate(fact, form, question, answer))


@given(st.sampled_from(["a century after the flood", "two years after the war",
                        "ten days before the election"]))
def test_a_time_after_an_event_apposed_to_the_date_is_left_out(aside: str) -> None:
    text = f"On 14 January 2016, {aside}, a memorial was unveiled at Vell by Ivo Dorn."
    start = text.index("14 January 2016")
    asked = date_question(text, start, start + 15, "On what date")
    assert asked == "On what date was a memorial unveiled at Vell by Ivo Dorn?", asked


@given(st.sampled_from(["Their son Alda Dorn", "His eldest daughter, Mira,", "Her brother Kell"]))
def test_a_relative_opening_a_clause_is_another_subject(relative: str) -> None:
    before = f"{relative} was born at Vell on 25 February 1855"
    assert _another_subject_before(before, "Ivo Dorn")


@given(st.sampled_from(["Alda Kask", "Ivo van Dorn"]))
def test_taking_office_with_no_office_named_is_vague(person: str) -> None:
    sentence = f"{person} took office on 10 May 2021."
    found = _faults(f"Vell: On what date did {person} take office?", "10 May 2021", sentence)
    assert any("which office" in fault for fault in found), found


@given(st.sampled_from(["together with", "along with"]))
def test_a_fronted_phrase_read_as_the_subject_is_ungrammatical(phrase: str) -> None:
    sentence = f"{phrase.capitalize()} the rest of the Vell Line it was listed in December 1996."
    question = f"In what month and year was {phrase} the rest of the Vell Line it listed?"
    found = _faults(question, "December 1996", sentence)
    assert any("fronted" in fault for fault in found), found


@given(st.sampled_from(["and the Kask Sluse ferry ends?", "and the Vell Island school closes?",
                        ", and imperial soldiers stripped the castle?",
                        "as a hereditary duchy, and royal troops left Vell?"]))
def test_a_second_clause_is_found(tail: str) -> None:
    predicate = f"inaugurated {tail}" if not tail.startswith("as") else f"enfeoffed {tail}"
    assert second_clause(predicate) is not None


@given(st.sampled_from(["In what year were the early 1450s years of war with Vell?",
                        "In what month and year did the late 1960s bring turmoil to Kask?"]))
def test_a_decade_is_no_subject_to_date(question: str) -> None:
    sentence = "The early 1450s were years of war with Vell, with a campaign into Kask in 1452."
    found = _faults(question, "1452", sentence)
    assert any("the date of a decade" in fault for fault in found), found


@given(st.sampled_from(["1914–1918", "1940–1945", "1939 to 1945"]))
def test_a_world_wars_span_is_obvious(span: str) -> None:
    sentence = f"The Vell Line was manned during the mobilisation of {span}."
    found = _faults("The Vell Line was manned during the mobilisation of ____.", span, sentence,
                    form="cloze")
    assert any("world war's span" in fault for fault in found), found
