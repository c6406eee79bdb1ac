"""Decks: the model, loading with exact validation, writing, and the JSON Schema."""

from quiz.deck.model import Card, Deck, Source, derive_card_id, normalise_question

__all__ = ["Card", "Deck", "Source", "derive_card_id", "normalise_question"]
