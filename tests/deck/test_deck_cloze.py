"""Cloze and reverse cards: the cards a deck entry gives, their ids, and `quiz check`'s places."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.deck import load_deck
from quiz.deck.cloze import CLOZE_PATTERN, SINGLE_CLOZE_PATTERN, parse_cloze
from quiz.deck.schema import deck_schema
from quiz.deck.writer import dump_deck
from quiz.errors import DeckError
from quiz.scheduling.modes import card_mode

FIXTURE = Path(__file__).parents[1] / "data" / "decks" / "valid" / "cloze-reverse.yaml"


def load_text(tmp_path: Path, text: str, name: str = "deck.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_deck(path)


def problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "deck.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DeckError) as err:
        load_deck(path)
    return [str(p).removeprefix(f"{path}:") for p in err.value.problems]


def test_a_cloze_gives_one_card_per_number() -> None:
    cards = load_deck(FIXTURE).cards
    kars = [c for c in cards if c.cloze and "Treaty" in c.cloze]
    assert [(c.question, c.answer) for c in kars] == [
        ("The ____ was signed in 1921.", "Treaty of Kars"),
        ("The Treaty of Kars was signed in [year].", "1921"),  # the hint replaces the blank
    ]
    first, second = kars
    assert first.siblings == second.siblings and first.siblings is not None
    assert [c.id for c in kars] == [f"{first.siblings}-c1", f"{first.siblings}-c2"]
    assert first.explanation == second.explanation and first.tags == ("agreement",)
    assert first.cloze == "The {{c1::Treaty of Kars}} was signed in {{c2::1921::year}}."


def test_deletions_sharing_a_number_are_blanked_together() -> None:
    card = next(c for c in load_deck(FIXTURE).cards if c.cloze and "UN" in c.cloze)
    assert card.question == "Azerbaijan joined the UN on ____, ____."
    assert card.answer == "March 2; 1992"


def test_an_explicit_id_names_the_cloze_cards() -> None:
    cards = [c for c in load_deck(FIXTURE).cards if c.siblings == "kars-city"]
    assert [c.id for c in cards] == ["kars-city-c1", "kars-city-c2"]
    assert cards[0].question == "____ lies in north-eastern Turkey,\nnear the Armenian border."


def test_cloze_ids_are_stable(tmp_path: Path) -> None:
    """The ids come from the text: the same on every load, kept when a hint or the case and
    punctuation change, new when the text changes."""
    def ids(cloze: str) -> list[str]:
        deck = load_text(tmp_path, f'title: T\ncards:\n  - cloze: "{cloze}"\n')
        return [c.id for c in deck.cards]

    base = ids("The {{c1::Treaty of Kars}} was signed in {{c2::1921}}.")
    assert base == ids("The {{c1::Treaty of Kars}} was signed in {{c2::1921}}.")
    assert base == ids("the {{c1::treaty of Kars::a treaty}} was signed in {{c2::1921}}")
    assert base != ids("The {{c1::Treaty of Moscow}} was signed in {{c2::1921}}.")
    assert base != ids("The {{c2::Treaty of Kars}} was signed in {{c1::1921}}.")


def test_a_single_card_cloze_may_have_choices_and_is_studied_as_multiple_choice() -> None:
    card = next(c for c in load_deck(FIXTURE).cards if c.cloze and "Baku" in c.cloze)
    assert (card.question, card.answer) == ("The capital of Azerbaijan is ____.", "Baku")
    assert (card.accept, card.choices) == (("Baki",), ("Ganja", "Sumqayit"))
    assert card_mode(card, "choice") == "choice"
    other = next(c for c in load_deck(FIXTURE).cards if c.id == "kars-city-c1")
    assert card_mode(other, "choice") == "typed"  # no choices: typed, as for any card


def test_reverse_adds_a_card_from_answer_to_question() -> None:
    cards = load_deck(FIXTURE).cards
    forward = next(c for c in cards if c.question == "What is the capital of Armenia?")
    backward = next(c for c in cards if c.reverse_of == forward.id)
    assert forward.reverse and forward.siblings == forward.id == backward.siblings
    assert (backward.question, backward.answer) == ("Yerevan", "What is the capital of Armenia?")
    assert backward.id.startswith("r") and backward.id != forward.id
    assert cards.index(backward) == cards.index(forward) + 1
    plain = next(c for c in cards if c.question.startswith("Which city"))
    assert not plain.reverse and plain.siblings is None  # reverse: false
    assert not any(c.reverse_of == plain.id for c in cards)


def test_reverse_keeps_the_forward_cards_id(tmp_path: Path) -> None:
    """Adding `reverse: true` to a card keeps its id (and the student's progress)."""
    text = "title: T\ncards:\n  - question: Capital of Armenia?\n    answer: Yerevan\n"
    before = load_text(tmp_path, text).cards[0].id
    after = load_text(tmp_path, text + "    reverse: true\n").cards
    assert after[0].id == before and len(after) == 2


def test_every_card_id_in_the_fixture_is_unique() -> None:
    ids = [c.id for c in load_deck(FIXTURE).cards]
    assert len(ids) == len(set(ids)) == 9


CASES = [
    pytest.param("  - cloze: The {{c1::Treaty of Kars was signed.\n",
                 ["3:16: card 1 (\"The {{c1::Treaty of Kars wa...\"): '{{c1::' is never "
                  "closed: end the deletion with '}}'"], id="unclosed"),
    pytest.param("  - cloze: The Treaty}} was signed in {{c1::1921}}.\n",
                 ["3:22: card 1 (\"The Treaty}} was signed in...\"): '}}' closes no deletion; "
                  "a deletion is written {{c1::text}}"], id="stray-close"),
    pytest.param("  - cloze: '{{c0::Kars}} and {{c01::Moscow}}'\n",
                 ["3:13: card 1 (\"{{c0::Kars}} and {{c01::Mos...\"): '{{c0::': deletions are "
                  "numbered c1, c2, ... up to c999",
                  "3:30: card 1 (\"{{c0::Kars}} and {{c01::Mos...\"): '{{c01::': deletions are "
                  "numbered c1, c2, ... up to c999"], id="c0"),
    pytest.param("  - cloze: 'The {{c1:: }} was signed.'\n",
                 ["3:17: card 1 (\"The {{c1:: }} was signed.\"): the deletion '{{c1:: }}' is "
                  "empty: write the text to blank after '{{c1::'"], id="empty"),
    pytest.param("  - cloze: The {{c1::Kars::}} treaty.\n",
                 ["3:16: card 1 (\"The {{c1::Kars::}} treaty.\"): the hint of "
                  "'{{c1::Kars::}}' is empty: write it after the second '::', or leave out "
                  "that '::'"], id="empty-hint"),
    pytest.param("  - cloze: The Treaty of Kars.\n",
                 ["3:12: card 1 (\"The Treaty of Kars.\"): 'cloze' has no deletion: mark the "
                  "text to blank as {{c1::text}}"], id="no-deletion"),
    pytest.param("  - cloze: The {{c1::Treaty of {{c2::Kars}}}}.\n",
                 ["3:32: card 1 (\"The {{c1::Treaty of {{c2::K...\"): '{{' inside the deletion "
                  "'{{c1::': deletions do not nest; close the first with '}}' before opening "
                  "another"], id="nested"),
    pytest.param("  - cloze: The {{Kars}} and {{C1::Moscow}} and {{c2:Ankara}}.\n",
                 ["3:16: card 1 (\"The {{Kars}} and {{C1::Mosc...\"): '{{' starts no "
                  "deletion; write {{c1::text}}",
                  "3:29: card 1 (\"The {{Kars}} and {{C1::Mosc...\"): '{{C1::' starts no "
                  "deletion; write {{c1::text}}, with a small 'c'",
                  "3:48: card 1 (\"The {{Kars}} and {{C1::Mosc...\"): '{{c2:' starts no "
                  "deletion; write {{c2::text}}, with '::' after the number"], id="bad-openings"),
    pytest.param("  - cloze: |\n      First line,\n      then {{c1::a}} and {{c3::}}.\n",
                 ["5:26: card 1 (\"First line, then {{c1::a}}...\"): the deletion '{{c3::}}' "
                  "is empty: write the text to blank after '{{c3::'"], id="block-scalar"),
    pytest.param("  - cloze: The {{c1::Kars}} treaty.\n    question: Which treaty?\n"
                 "    answer: Kars\n",
                 ["4:5: card 1 (\"Which treaty?\"): 'question' cannot be given with 'cloze': "
                  "a cloze card asks its own question (its text with a blank)",
                  "5:5: card 1 (\"Which treaty?\"): 'answer' cannot be given with 'cloze': a "
                  "cloze card asks its own question (its text with a blank)"],
                 id="cloze-with-question"),
    pytest.param("  - cloze: The {{c1::Kars}} treaty.\n    reverse: true\n",
                 ["4:5: card 1 (\"The {{c1::Kars}} treaty.\"): 'reverse' cannot be given with "
                  "'cloze': a cloze card is not asked backwards (its text with a blank)"],
                 id="cloze-reverse"),
    pytest.param("  - cloze: The {{c1::Kars}} treaty of {{c2::1921}}.\n    choices: [Moscow]\n",
                 ["4:5: card 1 (\"The {{c1::Kars}} treaty of...\"): 'choices' is for a cloze "
                  "with one card; this one has 2 (c1 to c2): give each its own entry"],
                 id="choices-several-cards"),
    pytest.param("  - cloze: The {{c1::Kars}} treaty.\n    choices: [kars, Moscow]\n",
                 ["4:15: card 1 (\"The {{c1::Kars}} treaty.\"): choice 'kars' is the answer; "
                  "'choices' lists wrong options only"], id="choice-is-the-answer"),
    pytest.param("  - question: Capital of Armenia?\n    answer: Yerevan\n    reverse: yes\n",
                 ["5:14: card 1 (\"Capital of Armenia?\"): 'reverse' must be true or false, "
                  "not 'yes'"], id="reverse-yes"),
    pytest.param("  - question: Capital of Armenia?\n    answer: Yerevan\n    reverse: 'true'\n",
                 ["5:14: card 1 (\"Capital of Armenia?\"): 'reverse' must be true or false, "
                  "not 'true'"], id="reverse-quoted"),
    pytest.param("  - question: Capital of Armenia?\n    answer: Yerevan\n    reverse: [true]\n",
                 ["5:14: card 1 (\"Capital of Armenia?\"): 'reverse' must be true or false, "
                  "not a list"], id="reverse-list"),
    pytest.param("  - {question: Capital of Armenia?, answer: Yerevan, reverse: true}\n"
                 "  - {question: Yerevan, answer: The capital of Armenia}\n",
                 ["4:5: card 2 (\"Yerevan\"): the same question as card 1"],
                 id="reverse-asks-another-cards-question"),
    pytest.param("  - {question: Capital?, answer: Yerevan, reverse: true}\n"
                 "  - {question: Armenian capital?, answer: Yerevan, reverse: true}\n",
                 ["4:5: card 2 (\"Armenian capital?\"): its reverse card: the same question as card 1"],
                 id="two-reverses-ask-the-same"),
    pytest.param("  - {id: kars, question: Which treaty?, answer: Kars}\n"
                 "  - {id: kars, cloze: 'The {{c1::Kars}} treaty.'}\n",
                 ["4:5: card 2 (\"The {{c1::Kars}} treaty.\"): card id 'kars' is already used "
                  "by card 1"], id="cloze-id-taken"),
    pytest.param("  - {cloze: 'The {{c1::Kars}} treaty.'}\n"
                 "  - {cloze: 'The {{c1::Moscow}} treaty.'}\n",
                 ["4:5: card 2 (\"The {{c1::Moscow}} treaty.\"): its card c1: the same "
                  "question as card 1"], id="two-clozes-ask-the-same"),
]


@pytest.mark.parametrize(("cards", "expected"), CASES)
def test_check_places_each_mistake(tmp_path: Path, cards: str, expected: list[str]) -> None:
    assert problems(tmp_path, "title: T\ncards:\n" + cards) == expected


def test_check_finds_the_place_through_quotes_and_wide_characters(tmp_path: Path) -> None:
    text = 'title: T\ncards:\n  - {cloze: "Ça 😀 {{c1::x}} {{c0::y}}"}\n'
    assert problems(tmp_path, text)[0].startswith("3:29: ")


def test_a_hostile_cloze_is_told_in_a_few_lines(tmp_path: Path) -> None:
    text = "title: T\ncards:\n  - cloze: '" + "}} " * 5000 + "{{c1::x}}'\n"
    assert len(problems(tmp_path, text)) == 10


def test_the_written_deck_reads_back_the_same_cards(tmp_path: Path) -> None:
    deck = load_deck(FIXTURE)
    text = dump_deck(deck)
    assert text == dump_deck(deck, fast=False)
    assert "reverse: true" in text and text.count("cloze:") == 4
    assert "Yerevan\n  question" not in text  # the reverse card is not written as a card
    again = load_text(tmp_path, text)
    assert [replace(c, line=0) for c in again.cards] == [replace(c, line=0) for c in deck.cards]


def test_the_schema_holds_the_parsers_language() -> None:
    card = deck_schema()["$defs"]["card"]
    assert card["properties"]["cloze"]["pattern"] == CLOZE_PATTERN
    assert card["then"]["properties"]["cloze"]["pattern"] == SINGLE_CLOZE_PATTERN


def test_parse_cloze_keeps_offsets_for_messages() -> None:
    deletions, found = parse_cloze("a {{c2::b::hint}} c {{c1::d}}")
    assert not found
    assert [(d.number, d.answer, d.hint, d.start, d.end) for d in deletions] == [
        (2, "b", "hint", 2, 17), (1, "d", None, 20, 29)]


def test_cli_check_reports_cloze_mistakes_with_positions(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("title: T\ncards:\n  - cloze: x {{c1::y\n",
                                       encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 1
    assert result.output.startswith(f"{tmp_path / 'bad.yaml'}:3:14: card 1 (")
