"""Rule pass 265, from the rejects of rounds 156-916 (rounds 909-916 judged after pass 264; no
batch has judged this pass):

- "did Charles I create him Viscount Mayo?", "did Judge William Hoeveler sentence him ...?"
  ("him", the object, is never the subject, and the question names no one else);
- "as church belled ring across Finland" (a noun's plural before its verb put in the past);
- "did Sir Donal Gilroy submit to the Queen?" (pass 264 completed a knight's given name with
  another man's, a chairman the document names without "Sir");
- "In what year did Ancient Monastic Island appear?" (a book's subtitle, the clause taken from
  after its title's colon);
- "The Gaeltacht headed from ____ by Josepha Madigan." (the last field of "Department of
  Culture, Heritage and the Gaeltacht" read as a clause's subject);
- "... reading French and Italian writers and, in 1898." (an "and" and its aside, the act they
  opened cut);
- "did the Dáil take the Bill at second stage?", "did the Order come into operation?" (a
  document named by its kind alone, under a label that names no such document).

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare


def _kept(body: str, title: str = "Settlement of 1593") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


@given(st.sampled_from([("created him Viscount Lerno", "create him"),
                        ("sentenced him to forty years in prison", "sentence him")]))
def test_him_that_the_question_does_not_name_is_no_question(act: tuple[str, str]) -> None:
    said, asked = act
    body = f"Ivo Dorn kept to the Crown side. In 1627 King Karl I {said}."
    assert not [q for q in _kept(body) if asked in q]


def test_a_guard_a_man_named_by_the_question_is_asked() -> None:
    body = "Ivo Dorn kept to the Crown side. In 1627 King Karl I created Ivo Dorn Viscount Lerno."
    assert [q for q in _kept(body) if "create Ivo Dorn Viscount Lerno" in q]


@given(st.sampled_from([("church bells ring", "church bells rang"),
                        ("factory sirens sound", "factory sirens sounded")]))
def test_a_nouns_plural_before_its_verb_is_no_verb(said: tuple[str, str]) -> None:
    present, past = said
    body = (f"## 2022\n\n- 24 February: The retired pilot Ivo Dorn rings the chapel bell for peace "
            f"as {present} across Vellmark.\n")
    asked = [q for q in _kept(body, "Vell Island") if "Ivo Dorn" in q]
    assert asked and all(past in q for q in asked), asked


def test_a_knight_is_not_completed_as_another_man_of_his_given_name() -> None:
    body = ("Sir Ivo O'Dorn Lerno was lord of Lerno. In 2023 Ivo Kellmann chaired the island's "
            "heritage forum. On 20 January 1568 Sir Ivo formally submitted to the Queen.")
    assert not [q for q in _kept(body, "Vell Island") if "Ivo Kellmann" in q and "submit" in q]


@given(st.sampled_from(["Vell Island: Ancient Monastic Island", "Pagan Vell: An Island Sketch"]))
def test_a_books_subtitle_is_not_asked_as_its_name(title: str) -> None:
    body = (f"Ivo Dorn lived on the island until 1936. His book {title} appeared in 1982 and "
            f"was reprinted in 1996.")
    subtitle = title.split(": ")[1]
    assert not [q for q in _kept(body) if subtitle.lower() in q.lower()
                and f"{title.split(': ')[0]}: {subtitle}" not in q]


def test_a_body_named_by_its_fields_is_one_name() -> None:
    body = ("The plan was approved in 2018 within the Department of Culture, Heritage and the "
            "Islands headed from November 2017 by Vella Dorn; Ivo Kell was then Minister of "
            "State.")
    assert not [q for q in _kept(body) if "The Islands headed" in q]


@given(st.sampled_from(["in 1898", "from 1898"]))
def test_an_and_and_its_aside_left_by_the_cut_are_dropped(aside: str) -> None:
    body = (f"From January 1895 Ivo Dorn was based mostly in Lerno, with spells in Kell and at "
            f"home, reading Vellish writers and, {aside}, attending the lectures on Old Vellish "
            f"given by Karl Mund.")
    asked = [q for q in _kept(body) if "Lerno" in q]
    assert asked and not [q for q in asked if q.rstrip(".?").endswith(aside)], asked


@given(st.sampled_from([("Bill", "took the Bill at second stage"),
                        ("Order", "brought the Order into force")]))
def test_a_document_named_by_its_kind_alone_is_no_question(said: tuple[str, str]) -> None:
    kind, act = said
    body = (f"The Vell Island Park {kind} 1989 was drafted by the Lands Office. On 14 March 1989 "
            f"the Assembly {act}.")
    assert not [q for q in _kept(body, "Vell Island") if f"the {kind} " in q
                and "Park" not in q]


def test_a_guard_the_act_the_label_names_is_asked() -> None:
    body = ("The Lerno Act 1870 was drafted by the Lands Office. The Assembly voted to accept "
            "the Act on 14 March 1870.")
    assert [q for q in _kept(body, "Lerno Act") if "accept the Act" in q]


def test_a_guard_a_knight_of_two_men_of_his_given_name_is_not_completed() -> None:
    body = ("Sir Richard Kell was governor of the province from 1584. Richard Dornan, the "
            "island's lord, had married Vella Dorn in 1578. In 1583 Sir Richard died at Lerno, "
            "and Vella kept the castle.")
    assert not [q for q in _kept(body) if "Sir Richard" in q and "die" in q]
