"""Rule pass 75, from rounds 82-83 (heldout78, heldout79): "The Peace of Lodi was a treaty
concluded at Lodi on ..." was asked "was the Peace of Lodi a treaty concluded"; "a league, which
the other states were invited to join" got the document's treaty after "join"; a question cut
after "and" kept it ("lectured on Indian independence and."); "Constitution of the Universal
Postal Union" lacked its "the"; "a speech to the Reichstag Hitler" made "Reichstag Hitler" a full
name; a timeline's "blows up", "takes up" stayed in the present and "and German sovereignty
over Danzig ends" was left in the question. Every sentence here is invented. Each test fails
on the code before."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _prepared_titled
from test_generate_rules61 import _timeline_questions

from quiz.generate.clauses import date_question
from quiz.generate.fragments import name_date_question
from quiz.generate.names import document_full_names
from quiz.generate.references import complete_treaty_verbs
from quiz.generate.trim import shorten


def test_a_kind_of_thing_before_its_participle_is_left_out_of_the_question() -> None:
    text = "The Peace of Vell was a treaty concluded at Vell, in Dorn, on 9 April 1454."
    at = text.index("9 April")
    asked = date_question(text, at, at + len("9 April 1454"), "on what date")
    assert asked is not None and asked.startswith("On what date was the Peace of Vell concluded")
    # control: a copula with no participle after its noun is no such sentence
    text = "Ivo Tamm was a Kaldoran general in 1460."
    at = text.index("1460")
    assert " general" in (date_question(text, at, at + 4, "in what year") or " general")


def test_a_relative_pronoun_is_what_a_verb_in_its_clause_acts_on() -> None:
    asked = ("On what date did Kell, Lerno and Dask conclude a defensive league, which the other "
             "states were invited to join?")
    assert complete_treaty_verbs(asked, "30 August 1454", "Peace of Vell") == asked
    # control: a state joining with nothing after it joins the document's treaty
    assert complete_treaty_verbs("In what year did Dask join?", "1460", "Peace of Vell") == (
        "In what year did Dask join the Peace of Vell?")


def test_a_conjunction_left_at_the_end_of_a_cut_is_dropped() -> None:
    long = ("Late in ____ Asha Rao travelled to Vell, where she lectured on Kaldoran independence "
            "and, challenging the official delegation appointed by the Ostrian government at the "
            "Lerno conference, spoke for the whole of her country.")
    short = shorten(long)
    assert not short.rstrip(".").endswith(" and"), short
    assert short.endswith("lectured on Kaldoran independence."), short


def test_a_name_of_a_noun_and_of_takes_the() -> None:
    text = ("Basic act today: Constitution of the KPU, adopted at Dorn on 10 July 1964, in "
            "force from 1 January 1966")
    at = text.index("10 July")
    asked = name_date_question(text, at, at + len("10 July 1964"), "on what date")
    assert asked is not None and " was the Constitution of the KPU adopted" in asked, asked


def test_a_body_before_a_surname_makes_no_full_name() -> None:
    text = ("In a speech to the Reichstag Tamm denounced the pact. Tamm then received Ivo Lund. "
            "A decree of Tamm followed.")
    assert "Reichstag Tamm" not in document_full_names("Tamm", text)
    # control: a description before a full name is dropped, the full name kept
    text = "With the Liberal Benjamín Zeledón as his ally, Mena rose. Zeledón was killed."
    assert document_full_names("Zeledón", text) == {"Benjamín Zeledón"}


def test_a_timelines_verb_before_its_particle_goes_into_the_past(tmp_path: Path) -> None:
    asked = _timeline_questions(tmp_path, (
        "- **5 April 1849:** In the Battle of Vell, the Kaldoran ship of the line *Ivo IV* "
        "blows up and the frigate *Dorn* is captured.\n"
        "- **January 1934:** The Ostrian diplomat Mara Lund takes up her post as High "
        "Commissioner.\n"))
    questions = [q for qs in asked.values() for q in qs]
    assert any("did the Kaldoran ship of the line Ivo IV blow up?" in q for q in questions), asked
    assert any("did the Ostrian diplomat Mara Lund take up her post" in q for q in questions), (
        asked)
    assert not any(" blows " in q or " takes " in q for q in questions), asked


def test_a_second_subject_with_its_present_verb_is_cut_after_and() -> None:
    prepared = _prepared_titled("Free City of Kell", (
        "The Free City of Kell stood under the League from 1920 to 1939.\n\n"
        "- **10 January 1920:** The Treaty of Vell enters into force and Kaldoran sovereignty "
        "over Kell ends.\n"))
    asked = [c.question for c in prepared.candidates if c.answer == "10 January 1920"]
    assert asked and not any("sovereignty" in q for q in asked), asked
