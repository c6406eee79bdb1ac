"""Rule pass 291, from rounds 1093-1100 (heldout1085-1092) as their first readers judged them
(no batch has judged it):

- "Italy handed over refurbished patrol boats ... from the spring of ____, Minniti issued a code
  of conduct" (two clauses joined by a bare comma, the "and" of the sentence's list cut off:
  rounds 156-1100 kept 2 of 31 verdicts);
- "Conspirators seize Genoese steamer: On what date ...", "Pag Bridge still standing: ..." (a
  news headline's clause read as its topic and made the cards' label);
- "did the Senate approve the grant?", "challenge the provision" (a grant, a provision or a
  challenge another sentence names).

Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.definites import resolve_definites
from quiz.generate.facts import DATE, Fact
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate
from quiz.generate.sentences import Sentence
from quiz.generate.topic import title_topic


def _faults(question: str, answer: str, sentence: str, form: str = "cloze") -> list[str]:
    start = sentence.index(answer)
    fact = Fact(DATE, answer, start, start + len(answer), Sentence(sentence, 1))
    return faults(Candidate(fact, form, question, answer))


@given(st.sampled_from([
    ("Vell handed over patrol boats to the Kask coast guard from the spring of ____, Dorn issued "
     "a code of conduct for rescue ships.", "2017"),
    ("The treaty was signed at Lerno on ____, Kask ratified it in the autumn.", "3 May 1921"),
]))
def test_two_clauses_joined_by_a_comma_are_ungrammatical(case: tuple[str, str]) -> None:
    question, answer = case
    found = _faults(question, answer, question.replace("____", answer))
    assert any("bare comma" in fault for fault in found), found


@given(st.sampled_from(["In the Treaty of Vell signed at Kask on ____, Lerno renounced its claims.",
                        "Vell: Ivo Dorn, Mayor of Kask, signed the pact on ____."]))
def test_a_guard_a_comma_after_an_opening_phrase_or_aside_is_no_splice(question: str) -> None:
    found = _faults(question, "3 May 1921", question.replace("____", "3 May 1921"))
    assert not any("bare comma" in fault for fault in found), found


@given(st.sampled_from(["Conspirators seize Kask steamer, raid Vell and carry off its prisoners",
                        "Vell Bridge still standing after day-long air raids on the coast",
                        "Kask lifeboat snatches twelve from the Vell reef",
                        "Six shot at Lerno after the trial of the ministers"]))
def test_a_headlines_clause_is_no_topic(title: str) -> None:
    assert title_topic(title) is None, title_topic(title)


@given(st.sampled_from(["Terceira and Angra do Heroísmo: captains and governors",
                        "Sir James Outram", "Marshall Plan"]))
def test_a_guard_a_name_is_still_a_topic(title: str) -> None:
    topic = title_topic(title)
    assert topic is not None and topic.name == title.split(":")[0], topic


@given(st.sampled_from(["grant", "provision", "challenge"]))
def test_an_unnamed_grant_or_provision_is_named_in_another_sentence(noun: str) -> None:
    text = (f"# Vell Island\n\nThe Kask {noun.capitalize()}s are old.\n\n- 15 April: Lerno fires "
            f"at the {noun}.\n")
    quote = f"15 April: Lerno fires at the {noun}."
    question = f"Vell Island: On what date in 1986 did Lerno fire at the {noun}?"
    _, why = resolve_definites(question, "15 April", text, quote, "Vell Island", labelled=True)
    assert why, why
