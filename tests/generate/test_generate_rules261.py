"""Rule pass 261, from rounds 877-892 (heldout869-884): three cards of one deck whose answer is
"1 January" were given the same three wrong options ("1 December | 1 April | 1 July"); readers
said the deck taught the answer by its options. A card whose options would repeat another
card's of the same answer takes others when the documents offer them.

Every sentence here is invented. The test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.deck.loader import load_deck
from quiz.generate import generate_decks

_UNITS = ["Vell rural municipality", "Lerno parish", "the Kell pastorate"]
_ACTS = ["was merged into Kellborg Municipality", "was abolished", "came into being"]


@settings(max_examples=5, deadline=None)
@given(st.permutations(_ACTS))
def test_no_two_cards_of_one_answer_share_their_options(tmp_path_factory: object,
                                                        acts: list[str]) -> None:
    tmp = Path(tmp_path_factory.mktemp("deck"))  # type: ignore[attr-defined]
    years = [1952, 1967, 1971]
    entries = "\n".join(f"## {year}\n\n- 1 January: {unit} {act}.\n"
                        for unit, act, year in zip(_UNITS, acts, years, strict=True))
    text = f"# Vell Islands timeline\n\n{entries}"
    source = tmp / "vell-islands-timeline.md"
    source.write_text(text, encoding="utf-8")
    [result] = generate_decks([source], tmp / "out").results
    assert result.path is not None
    sets = [frozenset(card.choices) for card in load_deck(result.path).cards
            if card.answer == "1 January" and card.choices]
    assert len(sets) >= 2, sets
    assert len(sets) == len(set(sets)), sets
