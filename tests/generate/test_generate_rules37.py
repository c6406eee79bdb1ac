"""Rule pass 37, from the faults readers found in round 49 (heldout48, judged before any of these
rules was written): resolution numbers decades apart offered as options ("Resolution 39" for one of
2006); "On its closing day ... the ____, the founding document" taken as owned by what follows a
far comma; "accordingly led" pointing to another sentence; "did ... step down?" from nothing
said; titles naming their subject in ways not read ("Intergovernmental Authority on Development
(IGAD)", "... from customs union to the Benelux Union"). Every sentence here is invented. Each
test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _run

from quiz.deck.loader import load_deck
from quiz.generate.anaphora import unresolved
from quiz.generate.pipeline import generate_decks
from quiz.generate.subject import document_subject


def test_numbered_options_are_numbered_near_the_answer(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "In 1994 the Security Council set up the Vell observer mission by Resolution 968 of 16 "
        "December 1994.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "The General Assembly adopted Resolution 39 on 12 December 1946, and the Security "
        "Council adopted Resolution 1744 on 20 February 2007.", encoding="utf-8")
    report = generate_decks([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out")
    cards = [card for result in report.results if result.path is not None
             for card in load_deck(result.path).cards]
    card = next(card for card in cards if card.answer == "Resolution 968")
    assert card.choices, "the card offers options"
    for option in card.choices:
        assert abs(int(option.split()[-1]) - 968) <= 242, option


def test_a_far_comma_closes_no_opening_phrase() -> None:
    assert unresolved("On its closing day the delegates issued the ____, the founding document "
                      "of the Group.") == "“its” has no owner in the question"
    # control: "Left on their own, the Dutch troops ...": the comma closes the opening phrase
    assert unresolved("Left on their own, the Vellish troops withdrew in ____.") is None


def test_a_link_word_before_the_verb_points_to_another_sentence() -> None:
    assert unresolved("The ____ of 1 December 1988 accordingly led to the withdrawal of the "
                      "Vellish wing.") is not None
    assert unresolved("By the Treaty of Harrow of ____ Ostria likewise agreed that Vell "
                      "should acquire Kell.") is None


def test_step_down_from_nothing_said_is_refused() -> None:
    kept, left = _run("Ivo Tamm led the Vellish commission from 1950 to 1969. In 1969 Ivo Tamm "
                      "stepped down and returned to Harrow.")
    assert "In what year did Ivo Tamm step down?" not in kept
    assert "object" in left["In what year did Ivo Tamm step down?"]


def test_titles_that_name_a_body_in_other_ways() -> None:
    subject = document_subject("Vellish Authority on Development (VAD)")
    assert subject is not None and subject.name == "Vellish Authority on Development"
    subject = document_subject("Kellux, 1919–2023: from customs union to the Kellux Union")
    assert subject is not None and subject.name == "Kellux Union"
