"""Rule pass 303, from rounds 1165-1172 (heldout1157-1164) as their first readers judged them:

- "Ilha Grande: In what year did the government of Governor Leonel Brizola decide to close the
  prison?", "Ometepe Island: On what date was the certificate handed to the environment
  minister?", "Mireya Moscoso: In ____ the Supreme Court of Justice declared the pardons
  unconstitutional.": a label that is a place's (or a title's) name was read as naming whatever
  "the" noun the document introduced in another sentence. It names the place and what is the
  place's own ("the islands", "the town", "the governor") or a group of its people ("the
  rebels"), nothing else (on the 740 judged sets as generated after pass 302, readers kept 378 of
  654 verdicts on cards with such another noun in the singular, 398 of 504 on the place's own).

- "did a Mamluk fleet send from Suez by Sultan al-Ghuri": pass 302's passive told as active, from
  a place;
- "did slavery in most British colonies end under the Slavery Abolition Act, given royal assent?"
  (the date of the act's assent): a date in a phrase of a participle only ("given"), after the
  clause's comma, asked of the clause.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_generate_rules294 import _faults

from quiz.generate.clauses import date_question
from quiz.generate.definites import resolve_definites
from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare

_TEXT = ("# Vell Island\n\nThe Kask prison opened on Vell in 1903, the islands were linked by "
         "ferry, and a park was laid out by the governor.\n\n{told}\n")


@given(st.sampled_from([("In 1994 the government decided to close the prison.",
                         "In what year did the government decide to close the prison?"),
                        ("In 1998 the council enlarged the park.",
                         "In what year did the council enlarge the park?")]))
def test_a_place_label_does_not_name_another_noun_of_the_document(case: tuple[str, str]) -> None:
    told, asked = case
    _, why = resolve_definites(f"Vell Island: {asked}", "1994", _TEXT.format(told=told), told,
                               "Vell Island", labelled=True, place_label=True)
    assert why, why


def _timeline_questions(entries: str) -> list[str]:
    text = ("# Vell Island: a timeline\n\n## 1903\n\n- 4 May: Governor Ivo Dorn opens the Kask "
            "prison on Vell, and the islands are linked by ferry.\n- 9 June: the rebels rise on "
            "Vell.\n\n## 1994\n\n" + entries)
    doc = Document(Path("vell-island-timeline.md"), text, "Vell Island: a timeline")
    return [c.question for c in prepare(doc).candidates]


def test_a_timeline_headed_by_its_islands_name_leaves_the_unnamed_prison_out() -> None:
    asked = _timeline_questions("- 2 April: Governor Lia Berg closes the prison.\n"
                                "- 9 June: a bridge joins Vell to Kask.\n")
    assert asked and not any("the prison" in q for q in asked), asked


@given(st.sampled_from(["the islands", "the governor's residence"]))
def test_a_guard_a_place_label_names_the_place_and_its_own(own: str) -> None:
    asked = _timeline_questions(f"- 2 April: Governor Lia Berg links {own} to Kask by a bridge.\n")
    assert any(own in q for q in asked), asked


def test_a_guard_a_place_label_names_a_group_of_its_people() -> None:
    asked = _timeline_questions("- 2 April: the rebels of 1903 rise again and take Kask.\n")
    assert any("the rebels" in q for q in asked), asked


def test_a_guard_an_agreements_label_still_names_what_the_document_introduced() -> None:
    told = "In 1994 the government decided to close the prison."
    _, why = resolve_definites("Vell Treaty: In what year did the government decide to close the "
                               "prison?", "1994", _TEXT.format(told=told), told, "Vell Treaty",
                               labelled=True)
    assert not why, why


def test_a_passive_sent_from_a_place_by_someone_told_as_active_is_nonsensical() -> None:
    found = _faults("Vell: In what year did a Kaskan fleet send from Brisa by King Ivo II under "
                    "Admiral Lia Berg?", "1513")
    assert any(f.startswith("nonsensical") and "passive" in f for f in found), found


def test_a_date_of_a_participle_only_after_the_clauses_comma_is_not_asked_of_the_clause() -> None:
    text = ("Slavery in the Vell colonies ended under the Abolition Act, given royal assent on 28 "
            "August 1833 and in force from 1 August 1834.")
    at = text.index("28 August 1833")
    assert date_question(text, at, at + len("28 August 1833"), "On what date") is None


def test_a_guard_a_date_in_the_clause_before_any_comma_is_asked() -> None:
    text = "Slavery in the Vell colonies ended on 1 August 1834, given up at last by the planters."
    at = text.index("1 August 1834")
    asked = date_question(text, at, at + len("1 August 1834"), "On what date")
    assert asked is not None and asked.startswith("On what date did slavery"), asked
