"""A question that calls the document's subject by a short form ("the Council") or one of its
parts ("the chair") names it in full, or is left out when it cannot stand alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import yaml

from quiz.generate import generate_decks
from quiz.generate.references import complete_treaty_verbs
from quiz.generate.subject import Subject, document_subject, name_the_subject, with_short_name

NORDIC = Subject("Nordic Council", "Council", agreement=False)
WHALING = Subject("International Convention for the Regulation of Whaling", "Convention",
                  agreement=True)


def test_the_subject_is_read_from_the_title() -> None:
    assert document_subject("Briefing: The Nordic Council") == NORDIC
    assert document_subject("THE OTTAWA LANDMINE CONVENTION") == Subject(
        "Ottawa Landmine Convention", "Convention", agreement=True)
    assert document_subject("Treaty of Utrecht (1713)") == Subject(
        "Treaty of Utrecht", "Treaty", agreement=True)
    assert document_subject("Council of Europe – an overview") == Subject(
        "Council of Europe", "Council", agreement=False)


def test_titles_that_name_no_body_or_agreement_give_no_subject() -> None:
    assert document_subject("Dag Hammarskjöld") is None
    assert document_subject("Ministers sign the Nordic Council budget in Oslo") is None
    assert document_subject("The Suez Crisis") is None


def test_a_short_form_of_the_subject_is_written_in_full() -> None:
    assert name_the_subject("The Council held its first session in ____.", "1953", NORDIC) == (
        "The Nordic Council held its first session in ____.", "")
    assert name_the_subject("When did Greenland join the new Council?", "1984", NORDIC) == (
        "When did Greenland join the new Nordic Council?", "")


def test_a_short_form_of_something_else_is_left_as_it_is() -> None:
    question = "On what date did the Assembly adopt the Helsinki rules?"
    assert name_the_subject(question, "23 March 1962", NORDIC) == (question, "")
    named = "When was the Treaty establishing a Nordic passport union signed?"
    assert name_the_subject(named, "1957", Subject("Treaty of Oslo", "Treaty", True)) == (
        named, "")


def test_a_part_of_the_subject_says_whose_it_is() -> None:
    assert name_the_subject("On what date did Iceland take over the chair?", "1 January 2024",
                            NORDIC)[0] == ("On what date did Iceland take over the chair of the "
                                           "Nordic Council?")
    assert name_the_subject("In what year did the five founding members meet in Bergen?", "1955",
                            NORDIC)[0] == ("In what year did the five founding members of the "
                                           "Nordic Council meet in Bergen?")
    assert name_the_subject("In what year did the parties agree a moratorium?", "1982",
                            WHALING)[0] == ("In what year did the parties to the International "
                                            "Convention for the Regulation of Whaling agree a "
                                            "moratorium?")


def test_a_part_already_anchored_is_left_alone() -> None:
    question = "In what year did the members of the Saami Council meet in Kautokeino?"
    assert name_the_subject(question, "1980", NORDIC) == (question, "")
    other = "When did the Baltic Assembly invite the ministers to Riga?"
    assert name_the_subject(other, "1994", NORDIC) == (other, "")


def test_a_numbered_meeting_is_completed_with_its_series() -> None:
    question = "The Fourth Review Meeting, which closed on ____, adopted new catch limits."
    assert name_the_subject(question, "2 July 1951", WHALING)[0] == (
        "The Fourth Review Meeting of the International Convention for the Regulation of "
        "Whaling, which closed on ____, adopted new catch limits.")
    assert name_the_subject("An Extraordinary Session in ____ lifted the ban.", "1982",
                            WHALING)[0] == ("An Extraordinary Session of the International "
                                            "Convention for the Regulation of Whaling in ____ "
                                            "lifted the ban.")


def test_a_numbered_meeting_without_a_subject_is_dropped() -> None:
    question, reason = name_the_subject("The Third Session closed on ____.", "1950", None)
    assert reason and "series" in reason


def test_organs_in_a_list_are_not_taken_for_meetings() -> None:
    question = "The body, made up of a General Conference, a Board and a Secretariat, met in ____."
    assert name_the_subject(question, "1971", WHALING) == (question, "")


def test_an_ordinal_standing_for_a_name_is_dropped() -> None:
    assert name_the_subject("The Second (4–9 June 1952) set up a committee in ____.", "1952",
                            WHALING)[1]


def test_quotations_are_never_changed() -> None:
    question = 'A delegate said "the Council must act" before the vote of ____.'
    assert name_the_subject(question, "1990", NORDIC) == (question, "")


def test_nothing_is_added_when_the_subject_is_the_answer() -> None:
    question = "Which body did the Council of Ministers report to from 1971?"
    assert name_the_subject(question, "Nordic Council", NORDIC) == (question, "")


def test_a_subject_pronoun_with_nothing_before_it_is_dropped() -> None:
    question, reason = name_the_subject("When it met again in May 1999, it agreed to a "
                                        "moratorium from ____.", "2000", WHALING)
    assert "“it”" in reason
    assert not name_the_subject("The Commission said it would meet in ____.", "1999",
                                WHALING)[1]


def test_an_act_named_by_its_actor_alone_is_dropped() -> None:
    assert name_the_subject("On what date did Norway's move surprise the ministers?", "x",
                            None)[1]
    assert name_the_subject("Who condemned the Icelandic decision in ____?", "1992", None)[1]
    assert not name_the_subject("When did Norway's decision to resume whaling come?", "1993",
                                None)[1]


FACT_SHEET = """Briefing: The Nordic Council

The Nordic Council was founded in Copenhagen on 16 March 1952 by Denmark, Iceland, Norway and Sweden.
Finland joined the Nordic Council in 1955, once Soviet objections had eased.
The Council adopted a common labour market on 22 May 1954, ahead of any other region of Europe.
Sweden took over the chair on 1 January 2021, at a time of border closures.
"""

TREATY_SUMMARY = """TREATY SUMMARY: THE TREATY OF KALMAR

The Treaty of Kalmar, signed on 4 May 1823, superseded the Treaty of Visby of 1810, which was never ratified.
The Treaty of Kalmar fixed the border between the two kingdoms along the river.
The Riksdag ratified the treaty on 9 October 1823.
The treaty entered into force on 2 February 1824, once ratifications had been exchanged.
The Treaty of Visby had been drafted in secret in 1810 and was rejected by the Riksdag.
The Treaty of Visby was never published in full.
The Treaty of Visby was forgotten by 1830.
"""


def test_a_fact_sheet_names_its_body_in_every_card(
        questions_from: Callable[[str, str], list[str]]) -> None:
    questions = questions_from("nordic-council", FACT_SHEET)
    assert any("Nordic Council adopted a common labour market" in q or
               "did the Nordic Council adopt" in q for q in questions), questions
    assert not any(" the Council " in f" {q} " for q in questions), questions
    chair = [q for q in questions if "chair" in q]
    assert chair and all("chair of the Nordic Council" in q for q in chair), chair


def test_the_treaty_of_a_summary_is_its_subject_not_the_one_it_replaced(
        questions_from: Callable[[str, str], list[str]]) -> None:
    questions = questions_from("kalmar", TREATY_SUMMARY)
    dated = [q for q in questions if q.startswith("On what date")]
    assert dated, questions
    assert all("Visby" not in q for q in dated), dated
    assert any("Treaty of Kalmar" in q for q in dated), dated


def test_left_out_cards_say_why(tmp_path: Path) -> None:
    text = ("Whaling Commission report\n\nThe Third Session closed in London on 22 July 1951, "
            "after long debate.\nThe Commission met in Oslo on 3 May 1950.\n")
    (tmp_path / "whaling.txt").write_text(text, encoding="utf-8")
    report = generate_decks([tmp_path / "whaling.txt"], tmp_path / "out", keep_rejected=True)
    reasons = [r.reason for _, r in report.rejected]
    assert any("meeting of a series" in reason for reason in reasons), reasons
    deck = tmp_path / "out" / "whaling.yaml"
    if deck.exists():
        cards = yaml.safe_load(deck.read_text(encoding="utf-8"))["cards"]
        assert not any("Third Session" in c["question"] for c in cards)


def test_a_question_asking_for_the_treaty_gets_no_treaty_added() -> None:
    assert complete_treaty_verbs("What treaty did Norway and Denmark sign?", "Treaty of Moss",
                                 "Treaty of Kalmar") == "What treaty did Norway and Denmark sign?"
    fronted = "On the same day, in Moss, what treaty did Norway and Denmark sign?"
    assert complete_treaty_verbs(fronted, "Treaty of Moss", "Treaty of Kalmar") == fronted
    assert complete_treaty_verbs("On what date did Denmark sign?", "4 May 1823",
                                 "Treaty of Kalmar") == (
        "On what date did Denmark sign the Treaty of Kalmar?")


def test_the_subject_is_read_from_any_part_of_the_title() -> None:
    assert document_subject("Danube Navigation Convention: Treaty Summary") == Subject(
        "Danube Navigation Convention", "Convention", agreement=True)
    assert document_subject("Fact sheet: The Nordic Council (NC), 1952–2024") == NORDIC
    assert document_subject("The Helsinki Rules (1966) — overview") is None
    assert document_subject("Timeline of the Alpine Convention") == Subject(
        "Alpine Convention", "Convention", agreement=True)
    assert document_subject("Andean Pacts and Protocols") is None
    assert document_subject("Caracas Treaties") == Subject("Caracas Treaties", "Treaties", True)


def test_a_name_followed_by_its_description_is_the_name() -> None:
    assert document_subject("The Basel Protocol to the Rhine Salmon Convention: summary") == (
        Subject("Basel Protocol", "Protocol", agreement=True))
    assert document_subject("The Lima Pact and ALADI: fact sheet") == Subject(
        "Lima Pact", "Pact", agreement=True)


def test_a_headline_in_title_case_names_no_subject() -> None:
    assert document_subject("Ministers Leave Without Agreement") is None
    assert document_subject("Whaling Commission report") is None


def test_the_numbered_states_of_a_body_say_whose_they_are() -> None:
    assert name_the_subject("In ____ the five states signed a customs code.", "1971",
                            NORDIC)[0] == ("In ____ the five states of the Nordic Council "
                                           "signed a customs code.")
    question = "In what year did the states parties meet in Bergen?"
    assert name_the_subject(question, "1990", NORDIC)[0] == question


def test_a_part_of_the_subject_named_by_its_lower_case_head_is_completed() -> None:
    subject = document_subject("Fact sheet: the Tarn Valley Defence Organisation (Tarn Pact), "
                               "1961–1994")
    assert subject is not None and subject.alias == "Tarn Pact"
    question = "On ____ ministers meeting in Ostrava agreed to dissolve the joint organisation."
    completed, reason = name_the_subject(question, "4 May 1994", subject)
    assert not reason
    assert completed.endswith("the joint organisation of the Tarn Pact.")
    bare, _ = name_the_subject("In what year did Kaldora leave the organisation?", "1990",
                               subject)
    assert bare == "In what year did Kaldora leave the Tarn Valley Defence Organisation?"


def test_an_act_on_the_subject_agreement_says_which_agreement() -> None:
    whole = document_subject("Summary: Convention on the Protection of the Tarn Wetlands (1971)")
    assert whole is not None
    subject = with_short_name(whole, ["Tarn Convention", "Ramsar Accord", "Tarn Convention"])
    assert subject.alias == "Tarn Convention"
    urged, _ = name_the_subject("Senator Ivo Tamm of Ostrava made a speech urging ratification "
                                "on every day from ____ onward.", "1975", subject)
    assert "urging ratification of the Tarn Convention on every day" in urged
    draft, _ = name_the_subject("In what year was a Secretariat draft prepared with the help of "
                                "Jon Berra?", "1969", subject)
    assert "a Secretariat draft of the Tarn Convention prepared" in draft
    # A draft named as what it is, and "joined" or "left", are not completed.
    plain = "In what year did Kaldora ask for a draft resolution?"
    assert name_the_subject(plain, "1970", subject)[0] == plain
