"""Rule pass 282, from rounds 1021-1024 (heldout1013-1016) as their first readers judged them
(no batch has judged it):

- "On what date did the Socialist Left and the Centre Party form?" (a coalition of them "formed
  on ...", the participle read as their act: rounds 156-1024 kept 0 of 10 such verdicts).

Every sentence here is invented. The test fails on the code before.

Tried and dropped: reading two named subjects and a timeline's plural present ("King Haakon VII
and Crown Prince Olav leave bombed Molde", asked as "did ... leave bomb Molde") through the
pattern for two parties; on the judged sets it put in 53 cards and lost 11 that readers had
kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.facts import DATE, Fact
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate
from quiz.generate.sentences import Sentence


@given(st.sampled_from(["the Left Party and the Vell Party", "the Council of Commissars"]))
def test_form_with_no_object_is_no_question(subject: str) -> None:
    sentence = f"A coalition of Labour, {subject} formed on 17 October 2005."
    start = sentence.index("17 October 2005")
    fact = Fact(DATE, "17 October 2005", start, start + 15, Sentence(sentence, 1))
    question = f"On what date did {subject} form?"
    found = faults(Candidate(fact, "wh", question, "17 October 2005"))
    assert any("needs an object" in fault for fault in found), found
