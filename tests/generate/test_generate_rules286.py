"""Rule pass 286, from rounds 1053-1060 (heldout1045-1052) as their first readers judged them:

- "a proposal put by Jac?" (a given name written short, "Jac. P. Thijsse", read as the end of a
  sentence);
- "Two centuries earlier the Burchardi flood of ____ had severed Langeneß from Oland" (a time
  counted from an event another sentence gives: rounds 156-1052 kept 0 of 4 such verdicts);
- "The Compulsory Sterilisation Act no. 276 of ____ on the Contracting and Dissolution of
  Marriage" (an act its number names written as the act named before);
- "Valdemar II of Denmark, acting as guardian of Henry I's grandson" (the "his" of an aside on a
  named subject written as the biography's subject's).

Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.bodies import name_bodies
from quiz.generate.facts import DATE, Fact
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate, _biography_subject_named
from quiz.generate.sentences import Sentence, split_line


def _faults(question: str, answer: str, sentence: str, form: str = "cloze") -> list[str]:
    start = sentence.index(answer)
    fact = Fact(DATE, answer, start, start + len(answer), Sentence(sentence, 1))
    return faults(Candidate(fact, form, question, answer))


@given(st.sampled_from(["Jac.", "Joh.", "Robt.", "Benj."]))
def test_a_given_name_written_short_ends_no_sentence(short: str) -> None:
    text = f"In 1905 the Vell society was founded on a proposal put by {short} P. Dorn. It grew."
    assert split_line(text)[0] == (f"In 1905 the Vell society was founded on a proposal put by "
                                   f"{short} P. Dorn.")


@given(st.sampled_from(["Two centuries earlier the Kask flood of ____ had cut Vell from Dorn.",
                        "Vell: A decade later the alliance of Ivo Dorn and Alda Kask produced "
                        "the Charter of ____."]))
def test_a_time_counted_from_an_unseen_event_is_vague(question: str) -> None:
    sentence = question.split(": ")[-1].replace("____", "1634")
    found = _faults(question, "1634", sentence)
    assert any("counted from an event" in fault for fault in found), found


@given(st.sampled_from(["no. 276", "No. 12", "number 4"]))
def test_an_act_its_number_names_is_not_renamed(number: str) -> None:
    text = ("The Vell Sterilisation Act of 1934 was the second of its kind. "
            f"The Act {number} of 30 June 1922 on Marriage had made it an impediment.")
    quote = f"The Act {number} of 30 June 1922 on Marriage had made it an impediment."
    question = f"The Act {number} of ____ on Marriage had made it an impediment."
    assert name_bodies(question, "30 June 1922", text, quote) == question


@given(st.sampled_from(["Valdemar II", "King Ivo of Kask"]))
def test_his_in_an_aside_on_a_named_subject_is_that_subjects(subject: str) -> None:
    question = (f"{subject}, acting as guardian of his grandson, took half the county in a "
                "charter of ____.")
    assert _biography_subject_named(question, "1221", "Alda Dorn", "he") == question
