"""Rule pass 406, from the first readers of rounds 1775-1782 (postal services):

- "The first westbound mail leaves St. Louis ... for Tipton, Missouri, where Butterfield puts it
  aboard the coach" was asked "did the first westbound mail leaves St. Louis ..., where
  Butterfield put it aboard the coach?" (round 1778): a verb after "where" and a name is the
  relative clause's; the clause's own was missed, and no question is asked;
- "air mail between Washington, Philadelphia and New York" became "between George Washington,
  Philadelphia and New York" (round 1776): a name after "between" in a list of towns is a town;
- "The Thurn und Taxis Post: ..." gave its timeline and fact sheet no label, "Taxis" read as a
  headline's verb, and bare "Lamoral", "Karl Anselm" were of no family (round 1777, twelve
  cards vague): after "und", "de", "von" a capitalised word is a name's.

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

from quiz.generate.clauses import date_question
from quiz.generate.names import with_full_names
from quiz.generate.topic import title_topic


def test_a_verb_after_where_and_a_name_is_the_relative_clause_s() -> None:
    text = ("16 September: The first westbound mail leaves Vell by the Kask Railroad for Dorn, "
            "where Ivo puts it aboard the coach.")
    assert date_question(text, 0, text.index(":"), "on what date in 1858") is None


def test_a_name_in_a_list_of_towns_after_between_is_a_town() -> None:
    names = {"Vellington": "Ivo Vellington"}
    question = ("On what date did the Kask Post open air mail between Vellington, Dorn and New "
                "Kask?")
    assert with_full_names(question, "15 May 1918", names) == question
    assert with_full_names("On what date did Vellington take command?", "1775", names) == (
        "On what date did Ivo Vellington take command?")  # (guard)


def test_a_word_after_und_is_a_name_s_not_a_headline_s_verb() -> None:
    subject = title_topic("The Kask und Taxis Post: Postmasters, Princes and Agreements, 1490–1867")
    assert subject is not None and subject.name == "Kask und Taxis Post"
    assert title_topic("Peace Signed at Vell") is None  # (guard)
