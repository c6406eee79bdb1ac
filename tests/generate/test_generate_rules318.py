"""Rule pass 318, from rounds 1269-1276 (heldout1261-1268) as their first readers judged them:

- "sanctioned and promulgated the Designs and Patents Act": in the summary of an Act (pass
  317 reads a title's Act as the document's agreement) "the Act" is that Act, never the last
  act a paragraph named;
- "did Track-laying reach", "did Track reach", "did Completion of the Kansas Pacific open",
  "did Money come": a compound gerund, a work's act and more mass nouns opening an entry are
  lower-cased inside the question; and "Central Pacific crews" keeps its capital (an ocean's
  word is no people's adjective before a noun);
- "Australia Day", "Labor Day" and other named days give a date card's day away (pass 317's
  named days);
- "In Elijah Mudenda's speech at Mulungushi in ____ Kenneth Kaunda announced": a "his" in an
  opening phrase with no comma before the named subject is that subject's; "the boy ... died
  ..., two months before Leland Stanford's sixteenth birthday": a "his" after a male common
  noun as the clause's subject is that person's;
- "the connection to Comité Spécial du Katanga": a body named after a land is no person's full
  name for the land's name;
- "Bihar Act:", "Special Act:": an Act's shorter name in its text ("the Special Act") may be
  any of several Acts, so it is not the label (pass 317's comparison on the judged sets).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert


def test_an_acts_summary_keeps_its_own_act() -> None:
    from quiz.generate.bodies import name_bodies
    text = ("The Kask Designs and Patents Act was passed in 1988. King Ivo sanctioned and "
            "promulgated the Act at Vell on 27 June 2016.")
    question = "On what date did King Ivo sanction and promulgate the Act at Vell?"
    quote = text.split(". ")[1]
    assert name_bodies(question, "27 June 2016", text, quote, "Act") == question


def test_a_guard_another_documents_act_is_still_named() -> None:
    from quiz.generate.bodies import name_bodies
    text = ("The Kask Designs and Patents Act was passed in 1988. King Ivo sanctioned and "
            "promulgated the Act at Vell on 27 June 2016.")
    question = "On what date did King Ivo sanction and promulgate the Act at Vell?"
    named = name_bodies(question, "27 June 2016", text, text.split(". ")[1])
    assert "the Kask Designs and Patents Act" in named, named


@given(st.sampled_from([("Track-laying reached Vell.", "did track-laying reach Vell?"),
                        ("Track reached the site of Kask.", "did track reach the site of Kask?"),
                        ("Completion of the Kask Pacific opened a second line.",
                         "did completion of the Kask Pacific open a second line?"),
                        ("Money came chiefly from a lottery.",
                         "did money come chiefly from a lottery?")]))
def test_more_common_nouns_opening_an_entry_are_lower_cased(case: tuple[str, str]) -> None:
    sentence, ending = case
    asked = invert(sentence, "on what date")
    assert asked is not None and asked.endswith(ending), asked


def test_an_oceans_word_after_an_adjective_is_a_names() -> None:
    asked = invert("Central Pacific crews laid ten miles of track.", "on what date")
    assert asked == "On what date did Central Pacific crews lay ten miles of track?", asked


def test_a_guard_a_peoples_adjective_after_an_adjective_is_still_lower_cased() -> None:
    asked = invert("New Soviet rules came into force.", "on what date")
    assert asked == "On what date did new Soviet rules come into force?", asked


@given(st.sampled_from(["Australia Day", "Labor Day", "Canada Day", "Anzac Day"]))
def test_more_named_days_give_the_date_away(day: str) -> None:
    from quiz.generate.quality import _NAMED_DAY
    assert _NAMED_DAY.search(f"On ____, {day}, Ivo Kask opened the bridge.")


def test_his_in_an_opening_phrase_before_a_named_subject_is_the_subjects() -> None:
    from quiz.generate.questions import _biography_subject_named
    question = "In his speech at Vell in ____ Ivo Dornberg announced the Vell Reforms."
    assert _biography_subject_named(question, "April 1968", "Oskar Kask", "he") == question


def test_a_guard_his_in_an_opening_phrase_before_a_bodys_clause_is_the_lifes() -> None:
    from quiz.generate.questions import _biography_subject_named
    named = _biography_subject_named("During his visit to Vell in ____ the council elected a "
                                     "mayor.", "1968", "Oskar Kask", "he")
    assert named.startswith("During Oskar Kask"), named


@given(st.sampled_from(["boy", "prince", "young man"]))
def test_his_after_a_male_noun_subject_is_that_persons(noun: str) -> None:
    from quiz.generate.questions import _biography_subject_named
    question = (f"On a tour the {noun} contracted a fever and died at Vell on ____, two months "
                "before his sixteenth birthday.")
    assert _biography_subject_named(question, "13 March 1884", "Oskar Kask", "he") == question


@given(st.sampled_from(["Comité Spécial du", "Compagnie du", "Banco de"]))
def test_a_body_named_after_a_land_is_no_full_name(body: str) -> None:
    from quiz.generate.names import document_full_names
    text = f"The {body} Vellanga granted rights. The line reached Vellanga in 1931."
    assert document_full_names("Vellanga", text) == frozenset()


def test_an_acts_shorter_name_in_its_text_is_no_alias() -> None:
    from quiz.generate.subject import document_subject, with_short_name
    subject = document_subject("The Kask Reorganisation Act 2000")
    assert subject is not None
    assert with_short_name(subject, ["Kask Act", "Kask Act"]).alias == ""


def test_a_guard_a_treatys_shorter_name_is_still_its_alias() -> None:
    from quiz.generate.subject import document_subject, with_short_name
    subject = document_subject("Convention on the Prevention of Kask Genocide")
    assert subject is not None
    assert with_short_name(subject, ["Kask Convention", "Kask Convention"]).alias == (
        "Kask Convention")
