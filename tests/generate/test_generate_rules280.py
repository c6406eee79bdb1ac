"""Rule pass 280, from rounds 1005-1008 (heldout997-1000) as their first readers judged them,
and a look through the decks of every judged set (no batch has judged it):

- "was the Ended cancelled", "was the Date agreed at Minab", "was the Statehood created" (a fact
  sheet's one-word label for an attribute, or a participle, taken for a thing it names);
- "was the Lighthouse built by Trinity House?" (a label that is a common noun kept its capital);
- "Most were classified as historic monuments ..." (a count of what another sentence names
  opening the card: rounds 156-1008 kept 0 of 8);
- "In what year did Edward Hawke take no part in the capture of Belle-Île?" (the date of
  something not done).

Every sentence here is invented. Each test fails on the code before, except the guard named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.facts import DATE, Fact
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate
from quiz.generate.sentences import Sentence


def _asked(text: str, date: str, wh: str = "In what year") -> str | None:
    start = text.index(date)
    return date_question(text, start, start + len(date), wh)


@given(st.sampled_from(["Ended", "Date", "Statehood", "Styled"]))
def test_an_attribute_label_is_no_thing(label: str) -> None:
    assert _asked(f"{label}: cancelled by the Vellish government in 1932", "1932") is None


@given(st.sampled_from(["Lighthouse", "Chapel"]))
def test_a_common_noun_label_is_written_in_lower_case(label: str) -> None:
    asked = _asked(f"{label}: built by the Vell Board in 1841 to Ivo Dorn's design", "1841")
    assert asked == f"In what year was the {label.lower()} built by the Vell Board?", asked


def test_a_guard_a_names_label_keeps_its_capitals() -> None:
    asked = _asked("Vell Lighthouse: built by the Vell Board in 1841", "1841")
    assert asked == "In what year was the Vell Lighthouse built by the Vell Board?", asked


def _faults(form: str, question: str, sentence: str, answer: str = "1931") -> list[str]:
    start = sentence.index(answer)
    fact = Fact(DATE, answer, start, start + len(answer), Sentence(sentence, 1))
    return faults(Candidate(fact, form, question, answer))


@given(st.sampled_from(["Most were", "Many were", "Both were"]))
def test_a_count_of_what_another_sentence_names_is_vague(opening: str) -> None:
    sentence = f"{opening} classified as monuments of Vell in 1931."
    found = _faults("cloze", sentence.replace("1931", "____"), sentence)
    assert any("“most”" in fault for fault in found), found


@given(st.sampled_from(["take no part", "play no part"]))
def test_the_date_of_something_not_done_is_nonsensical(act: str) -> None:
    sentence = f"Ivo Dorn did {act} in the capture of Vell in 1931."
    found = _faults("wh", f"In what year did Ivo Dorn {act} in the capture of Vell?", sentence)
    assert any("not done" in fault for fault in found), found
