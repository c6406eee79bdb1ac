"""Rule pass 273, from rounds 965-972 (heldout957-964) as their first readers judged them (no
batch has judged it):

- "On what date in 1938 did Finland's first national park?" ("national parks and strict
  nature reserves ... are created": an adjective's plural noun read as the verb);
- "giving the Soviet Union based on Estonian soil" (a gerund of giving, its second object put
  in the past);
- "did a satirical novel leave among Volter Kilpi's papers, ..., appeared posthumously?" (a
  participle describing the subject, the clause's verb after an aside);
- "In what month and year did Finland agree to let German troops?" (the two objects of "let"
  cut at their "and", the verb after them lost);
- "On what date did Paasikivi form Väinö Valve's third cabinet?" (a biography's subject put
  for the "his" of the one-word name the question asks of).

Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare
from quiz.generate.questions import _biography_subject_named


def _kept(body: str, title: str = "Vell Island") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


@given(st.sampled_from(["national parks and strict nature reserves",
                        "marine parks and bird sanctuaries"]))
def test_an_adjectives_plural_noun_joined_to_another_is_no_verb(things: str) -> None:
    body = (f"## 1938\n\n- 18 February: Vellia's first {things} on state land are created by the "
            f"Act on Certain Conservation Areas (83/1938).\n- 3 May: The Vell light is lit.\n")
    assert not any(q.endswith(("park?", "parks?")) for q in _kept(body)), _kept(body)


@given(st.sampled_from(["giving", "granting"]))
def test_a_gerund_of_givings_second_object_stays_a_noun(gerund: str) -> None:
    body = (f"## 1939\n\n- 28 September: the Pact of Mutual Assistance between Vellia and the "
            f"Soviet Union is signed in Moscow, {gerund} the Soviet Union bases on Vellish soil."
            f"\n- 3 May: The Vell light is lit.\n")
    asked = [q for q in _kept(body) if "Pact" in q]
    assert asked and all("the Soviet Union bases on" in q for q in asked), asked


@given(st.sampled_from(["left among his papers", "found among his papers"]))
def test_a_participle_of_the_subject_before_an_aside_is_not_its_verb(described: str) -> None:
    text = (f"A satirical novel {described}, Vellin matka (Voyage to Dornia), appeared "
            f"posthumously in 1944.")
    at = text.index("1944")
    asked = date_question(text, at, at + 4, "in what year")
    assert asked == (f"In what year did a satirical novel {described}, Vellin matka (Voyage to "
                     f"Dornia), appear posthumously?"), asked


@given(st.sampled_from(["Dornikivi", "Lernovaara"]))
def test_his_is_the_one_word_subject_the_question_asks_of(other: str) -> None:
    question = f"On what date did {other} form his third cabinet?"
    assert _biography_subject_named(question, "17 April 1945", "Ivo Vellan", "he") == question


@given(st.sampled_from([("troops and supplies", "pass"), ("ships and aircraft", "use")]))
def test_the_two_objects_of_let_are_not_cut_at_their_and(said: tuple[str, str]) -> None:
    objects, verb = said
    text = (f"In September 1940 Vellia agreed to let Dornish {objects} {verb} through its "
            f"territory to northern Kell; a technical arrangement was concluded later.")
    asked = date_question(text, 3, 17, "in what month and year")
    assert asked is not None and f"{objects} {verb} through" in asked, asked
