"""The sketch of a large deck never seen (quiz.deck.sketch): its id, title and number of cards
from its lines alone, which must be what reading the deck finds whenever the deck is clean; and
load_decks with a first look gives the same decks and errors as without.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_deck_quick import DECK, EDITS, FUZZ, PATH, cards, careful, edited, safe_text

from quiz.deck import load_decks, sketch
from quiz.deck.cache import reading_through
from quiz.deck.loader import first_looking
from quiz.deck.model import Card, Deck
from quiz.deck.sketch import DeckSketch, sketch_deck
from quiz.deck.writer import dump_deck

# a deck as quiz writes it, without `reverse` and `cloze` (which a sketch leaves to the reading)
DECK = DECK[:DECK.index("  reverse: true")] + "- question: Capital of Azerbaijan?\n  answer: Baku\n"


@pytest.fixture(autouse=True)
def any_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every deck here is sketched, however small."""
    monkeypatch.setattr(sketch, "SKETCH_BYTES", 0)


def agrees(text: str, path: Path = PATH) -> DeckSketch | None:
    """The sketch of `text`, checked against the careful reading when the deck is clean."""
    sketched = sketch_deck(path, text.encode())
    deck = careful(text, path)
    if sketched is not None and isinstance(deck, Deck):
        assert (sketched.id, sketched.title, sketched.size) == (deck.id, deck.title,
                                                                len(deck.cards))
    return sketched


def test_a_written_deck_is_sketched_as_it_is_read() -> None:
    assert agrees(DECK) == DeckSketch(PATH, "history", "Azerbaijan: a history", 3)


def test_a_small_deck_is_not_sketched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sketch, "SKETCH_BYTES", 1 << 20)
    assert sketch_deck(PATH, DECK.encode()) is None


@pytest.mark.parametrize("text", [
    "title: T\ncards:\n- question: Q\n  answer: A\n  reverse: true\n",  # two cards of one
    "title: T\ncards:\n- cloze: '{{c1::a}} {{c2::b}}'\n",  # one per number
    "title: T\ncards: [{question: Q, answer: A}]\n",  # a flow list
    "cards:\n- question: Q\n  answer: A\n",  # no title
    "title: T\nid: bad id\ncards:\n- question: Q\n  answer: A\n",
    "title: T\ncards:\n\tquestion: Q\n",
    "title: \"a\\tb\"\ncards:\n- question: Q\n  answer: A\n",
    "title: T\nsomething else\ncards:\n- question: Q\n  answer: A\n",
    "title: T\ncards:\n- question: \"Q1\n- what\"\n  answer: A\n",  # one item, over two lines
])
def test_a_deck_its_lines_do_not_tell_is_not_sketched(text: str) -> None:
    assert sketch_deck(PATH, text.encode()) is None


def test_keys_after_the_cards_and_indented_items_are_sketched() -> None:
    text = ("# a deck\ntags:\n- one\n- two\ncards:\n  - question: Q1\n    answer: A\n"
            "    choices:\n    - B\n    - C\n  # a comment\n  - question: Q2\n    answer: A\n"
            "title: 'Late: title'\ndescription: D\n")
    assert agrees(text, Path("decks/late.yaml")) == DeckSketch(Path("decks/late.yaml"), "late",
                                                               "Late: title", 2)


@FUZZ
@given(title=safe_text, cards=st.lists(cards, min_size=1, max_size=6))
def test_a_deck_quiz_writes_is_sketched_as_it_is_read(title: str, cards: list[Card]) -> None:
    numbered = [replace(card, id=f"{card.id}{i}", question=f"{i}. {card.question}")
                for i, card in enumerate(cards)]
    agrees(dump_deck(Deck(id="history", title=title, cards=tuple(numbered))))


@FUZZ
@given(edits=EDITS)
def test_an_edited_deck_is_sketched_as_it_is_read_or_not_at_all(
        edits: list[tuple[int, str, str]]) -> None:
    agrees(edited(edits, DECK))


def test_load_decks_with_a_first_look_gives_what_it_gives_without(tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "a.yaml").write_text(DECK.replace("id: history", "id: a"), encoding="utf-8")
    (folder / "b.yaml").write_text("title: B\ncards:\n- question: Q\n  reverse: true\n",
                                   encoding="utf-8")  # broken, and not sketched
    (folder / "c.yaml").write_text("title: C\ncards:\n- question: Q\n- question: R\n",
                                   encoding="utf-8")  # broken, but sketched
    (folder / "d.yaml").write_text(DECK, encoding="utf-8")
    looks: list[tuple[list[str], list[str], list[DeckSketch]]] = []

    def first_look(result, sketches: list[DeckSketch]) -> None:
        looks.append(([d.id for d in result.decks], [str(e) for e in result.errors], sketches))

    plain = load_decks([folder])
    with first_looking(first_look):
        looked = load_decks([folder])
    assert looked.decks == plain.decks and looked.problems == plain.problems
    assert [p.path.name for p in looked.problems] == ["b.yaml", "c.yaml", "c.yaml"]
    assert looks == [([], [str(plain.errors[0])], [
        DeckSketch(folder / "a.yaml", "a", "Azerbaijan: a history", 3),
        DeckSketch(folder / "c.yaml", "c", "C", 2),
        DeckSketch(folder / "d.yaml", "history", "Azerbaijan: a history", 3)])]


def test_a_deck_in_the_cache_is_not_sketched(tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "d.yaml").write_text(DECK, encoding="utf-8")
    looks: list[list[DeckSketch]] = []
    with reading_through(tmp_path / "cache"), first_looking(lambda _result, s: looks.append(s)):
        first = load_decks([folder])
        again = load_decks([folder])
    assert first.decks == again.decks and len(looks) == 1
