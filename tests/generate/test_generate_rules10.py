"""Inflection and clause shapes: a noun after a name put in the past ("heads of state"), a
subordinate verb left in the present, a second clause after ", and" with a long subject, a date's
"late" left dangling, and a list subject split by an
opening phrase.

Sentences are invented for these tests."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.clauses import date_question, invert, object_question
from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare
from quiz.generate.tense import entry_in_the_past


def _asked(text: str, date: str, wh: str = "in what year") -> str | None:
    start = text.index(date)
    return date_question(text, start, start + len(date), wh)


def _object(text: str, span: str, wh: str = "what agreement") -> str | None:
    start = text.index(span)
    return object_question(text, start, start + len(span), wh)


def _questions(body: str) -> list[str]:
    doc = Document(Path("doc.md"), f"# A test document\n\n{body}\n", "A test document", None)
    return [c.question for c in prepare(doc).candidates]


def test_a_plural_noun_after_a_name_and_before_of_stays_a_noun() -> None:
    past = entry_in_the_past("Kaldora is admitted to the league at the Vell heads of state "
                             "summit, its first new member.")
    assert "Vell heads of state summit" in past
    assert past.startswith("Kaldora was admitted")


def test_a_subordinate_verb_after_a_common_noun_subject_moves_to_the_past() -> None:
    past = entry_in_the_past("Ivo Tamm dies when his private yacht sinks off Kell.")
    assert past == "Ivo Tamm died when his private yacht sank off Kell."
    question = invert("Ivo Tamm dies when his private yacht sinks off Kell.", "on what date")
    assert question == "On what date did Ivo Tamm die when his private yacht sank off Kell?"


def test_a_second_clause_with_a_list_subject_and_an_adverb_is_cut_off() -> None:
    text = ("A new Kell league came into force on 2 May 1702, and Vell, Ostria and the small "
            "towns of the coast soon joined.")
    assert _asked(text, "2 May 1702", "on what date") == (
        "On what date did a new Kell league come into force?")


def test_a_second_clause_whose_noun_subject_signed_is_cut_off() -> None:
    text = "Ivo Tamm signed the Pact of Vell on 2 May 1702, and the old duke signed for his son."
    assert _asked(text, "2 May 1702", "on what date") == (
        "On what date did Ivo Tamm sign the Pact of Vell?")


def test_late_or_early_before_the_asked_year_goes_with_it() -> None:
    assert _asked("Envoys met at Vell late in 1644 but parted over the ransom.", "1644") == (
        "In what year did envoys meet at Vell?")
    assert _asked("The Kell militia drove the raiders out of Vell early in 1702.", "1702") == (
        "In what year did the Kell militia drive the raiders out of Vell?")


def test_a_list_subject_after_a_noun_of_a_name_keeps_its_first_name() -> None:
    text = ("On 3 March 1702 the envoys of Vell, Ostria and Kaldora signed the Kell Accord "
            "creating a customs union.")
    assert _object(text, "Kell Accord") == (
        "On 3 March 1702, what agreement did the envoys of Vell, Ostria and Kaldora sign "
        "creating a customs union?")
    # a list that opens after the comma is unchanged
    assert _object("Last year, Vell, Ostria and Kaldora signed the Kell Accord.",
                   "Kell Accord") == "Last year, what agreement did Vell, Ostria and Kaldora sign?"



def test_a_country_title_with_a_span_after_it_labels_its_cards() -> None:
    from quiz.generate.topic import place_or_event

    subject = place_or_event("Kenya from Independence to the Lancaster Talks, 1960–1963", [""])
    assert subject is not None and subject.name == "Kenya"
    assert place_or_event("Ivo Tamm from Kell to Vell, 1690–1702", [""]) is None  # not a place


def test_it_as_the_object_after_a_named_subject_points_to_another_sentence() -> None:
    from quiz.generate.anaphora import unresolved

    assert unresolved("In what year did President Ivo Tamm pronounce it null?") is not None
    assert unresolved("On what date did the Kell Council sign it?") is not None
    assert unresolved("In what year did Ivo Tamm sign the pact and ratify it?") is None


def test_that_noun_before_and_points_to_another_sentence() -> None:
    from quiz.generate.anaphora import unresolved

    assert unresolved("Which accord, signed in Vell in 1702, ended that feud and set up a "
                      "court?") is not None
    assert unresolved("On what date did Kaldora announce that talks and elections would "
                      "resume?") is None


def test_a_link_to_the_sentence_before_is_left_out_inside_a_card() -> None:
    questions = _questions(
        "The Kell envoys had left Vell in 1699 without a treaty. "
        "The Ostrian guilds, meanwhile, took over the salt trade in March 1701. "
        "Kaldoran dukes nonetheless went on calling themselves lords of Vell until 1790.")
    assert any("salt trade" in q for q in questions)
    assert not any("meanwhile" in q or "nonetheless" in q for q in questions)


def test_a_possessive_part_of_a_body_is_not_completed_before_its_apostrophe() -> None:
    from quiz.generate.subject import Subject, name_the_subject

    council = Subject("Vell Trade Council", "Council", agreement=False)
    question, why = name_the_subject(
        "On what date did the members' assembly in Kell adopt a new charter?", "2 May 1702",
        council)
    assert why == "" and "the members' assembly" in question
    question, _ = name_the_subject("On what date did the members meet in Kell?", "2 May 1702",
                                   council)
    assert question == "On what date did the members of the Vell Trade Council meet in Kell?"
    question, _ = name_the_subject("The Kell meeting of ____ adopted the Council's first plan.",
                                   "2 May 1702", council)
    assert question == "The Kell meeting of ____ adopted the Vell Trade Council's first plan."
