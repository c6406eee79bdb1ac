"""Decks: the model, loading with exact validation, writing, and the JSON Schema."""

from quiz.deck.loader import LoadResult, deck_files, load_deck, load_decks
from quiz.deck.model import Card, Deck, Source, derive_card_id, normalise_question

__all__ = [
    "Card",
    "Deck",
    "LoadResult",
    "Source",
    "deck_files",
    "derive_card_id",
    "load_deck",
    "load_decks",
    "normalise_question",
]
