"""Rule pass 264, from rounds 901-908 (heldout893-900), after they were judged (no batch has
judged it):

- "did letters patent of denization are addressed to Sorley Boy" (a plural noun and the noun
  after it read as a subject and its present verb, though "are addressed" follows);
- "did the German arms ship Aud, intercepted off the Kerry coast?" (an aside of two participles
  cut at its "and", the subject's verb after it lost);
- "did Sir Richard die?" (a knight by his given name, in a document of two Sir Richards);
- "did the playwright John Millington Synge first come?" (a coming with no place);
- "formed a committee to organise the work" (a work or project another sentence names);
- "was the Reynolds did not live to see it completed knighted?" (a clause before a colon read
  as a fact sheet's label);
- "did Sten Sture assemble a large army in Östergötland, marched on Kalmar?" (a series of acts
  cut at its "and" when asked by a date that opens the sentence).

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare


def _kept(body: str, title: str = "Vell Island") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


@given(st.sampled_from([("Letters patent of naturalisation", "addressed to Ivo Dorn"),
                        ("Articles patent of settlement", "sent to Ivo Dorn")]))
def test_a_plural_noun_and_the_noun_after_it_are_one_subject(entry: tuple[str, str]) -> None:
    subject, rest = entry
    body = f"## 1573\n\n- 14 May: {subject} are {rest}, but are overtaken by the war.\n"
    asked = [q for q in _kept(body) if "patent" in q]
    assert asked and all(f"were {subject.lower()}" in q for q in asked), asked


@given(st.sampled_from(["intercepted off the Kell coast and escorted towards Lerno",
                        "stopped at sea and brought towards Lerno"]))
def test_an_aside_of_two_participles_keeps_the_verb_after_it(aside: str) -> None:
    body = (f"## 1916\n\n- 22 April: The Kellish arms ship Vala, {aside}, is scuttled by her "
            f"crew off Dorn Rock; her captain is held on the island.\n")
    asked = [q for q in _kept(body) if "Vala" in q]
    assert asked and all(q.endswith("scuttled by her crew off Dorn Rock?") for q in asked), asked


def test_a_guard_troops_that_leave_still_leave() -> None:
    body = "## 1916\n\n- 22 April: Kellish troops leave Lerno, which is burned.\n"
    asked = [q for q in _kept(body) if "Lerno" in q]
    assert asked and all("troops leave Lerno" in q for q in asked), asked


def test_a_knight_by_his_given_name_of_two_is_no_question() -> None:
    body = ("Sir Richard Kell was governor of the province from 1584. Sir Richard Dornan, the "
            "island's lord, had married Vella Dorn in 1578. In 1583 Sir Richard died at Lerno, "
            "and Vella kept the castle.")
    assert not [q for q in _kept(body, "Settlement of Lerno") if "Sir Richard die" in q]


def test_a_knight_by_his_given_name_of_one_is_named_in_full() -> None:
    body = ("Sir Albert Kellen was premier of the island. Sir Albert was knighted by the "
            "Queen when she opened Lerno Airport on 29 January 1974.")
    asked = [q for q in _kept(body) if "knighted" in q]
    assert asked and all("Sir Albert Kellen was knighted" in q or
                         "Sir Albert Kellen knighted" in q for q in asked), asked


@given(st.sampled_from(["arrive", "first come", "visit"]))
def test_a_coming_that_does_not_say_where_is_no_question(verb: str) -> None:
    past = {"arrive": "arrived", "first come": "first came", "visit": "visited"}[verb]
    body = f"The playwright Ivo Dorn {past} in May 1898 and wrote of his stays in a book."
    assert not [q for q in _kept(body) if q.endswith(f"{verb}?")]


def test_a_guard_a_coming_with_its_place_is_asked() -> None:
    body = "The playwright Ivo Dorn arrived at Lerno in May 1898 and wrote a book of his stays."
    assert [q for q in _kept(body) if "arrive at Lerno" in q]


@given(st.sampled_from(["the work", "the project", "the film"]))
def test_an_unnamed_work_or_project_is_no_question(thing: str) -> None:
    body = (f"The Vell Academy was founded long ago. Ivo Dorn, its president, finished {thing} "
            f"in April 1908.")
    assert not [q for q in _kept(body) if thing in q]


def test_a_guard_a_named_work_is_asked() -> None:
    body = ("The Vell Academy was founded long ago. Ivo Dorn, its president, finished the "
            "Lerno Survey in April 1908.")
    assert [q for q in _kept(body) if "finish the Lerno Survey" in q]


@given(st.sampled_from(["Dorn did not live to see it completed", "Dorn never saw the fort"]))
def test_a_clause_before_a_colon_is_no_label_of_what_follows(clause: str) -> None:
    body = (f"{clause}: knighted on 11 June 1655, he was appointed on 25 April 1657 to command "
            f"the forces sent to Lerno.")
    assert not [q for q in _kept(body) if clause in q]


def test_a_guard_a_fact_sheets_label_is_still_the_name() -> None:
    body = "- Treaty of Lerno: ratified on 3 May 1990.\n- Vell Protocol: signed on 4 June 1991.\n"
    assert [q for q in _kept(body) if "was the Treaty of Lerno ratified" in q]


@given(st.sampled_from(["marched on Lerno", "sailed to Lerno"]))
def test_a_series_of_acts_asked_by_its_date_is_cut_before_its_comma(act: str) -> None:
    body = (f"In January 1487 Ivo Dorn assembled a large army in Vellmark, {act} and crossed "
            f"the ice to Kell, and the strongholds of the Dornans were soon lost.")
    asked = [q for q in _kept(body) if "assemble a large army" in q]
    assert asked and not [q for q in asked if act in q], asked


def test_a_guard_an_and_of_a_relative_clause_closes_no_series() -> None:
    text = ("In 1848 Vell House sanctioned a lighthouse on the Kellnet, and the Ballast Board's "
            "inspector, Ivo Dorn, designed a tower of flanged cast-iron plates lined with brick, "
            "which could be prefabricated ashore and bolted together on the rock.")
    asked = date_question(text, 3, 7, "in what year")
    assert asked == "In what year did Vell House sanction a lighthouse on the Kellnet?", asked
