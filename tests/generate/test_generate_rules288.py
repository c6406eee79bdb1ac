"""Rule pass 288, from rounds 1069-1076 (heldout1061-1068) as their first readers judged them
(no batch has judged it):

- "what charter did Germany sign or Minority Languages" answered "Council of Europe's European
  Charter for Regional" (an agreement's name whose object is joined by "or", cut at "or");
- "did the Inner Mission lie missionary Jesper Nielsen arrived" ("lay missionary" read as the
  past of "lie").

Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.agreements import find_agreements
from quiz.generate.grammar import find_verb
from quiz.generate.sentences import Sentence


@given(st.sampled_from(["Charter for Regional or Minority Languages",
                        "Convention on Vell or Kask Fisheries"]))
def test_an_agreements_object_joined_by_or_stays_whole(name: str) -> None:
    text = f"In 1995 Dornland signed the European {name}, opened at Vell on 5 November 1992."
    found = [fact.answer for fact in find_agreements(Sentence(text, 1))]
    assert any(answer.endswith(name) for answer in found), found


@given(st.sampled_from(["missionary", "preacher", "members"]))
def test_lay_before_a_person_is_no_verb(person: str) -> None:
    text = f"the Vell Mission lay {person} Ivo Dorn arrived at Kask"
    verb = find_verb(text)
    assert verb is not None and text[verb[0]: verb[1]] == "arrived", verb
