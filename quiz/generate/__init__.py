"""Deck generation: documents -> sentences -> facts (dates, officials, agreements) -> cards.

Rule-based and offline: a date grammar, a gazetteer of titles and agreement head nouns, and
question templates. `generate_decks` is the whole run used by `quiz generate`.
"""

from quiz.generate.pipeline import DeckResult, GenerateReport, generate_decks

__all__ = ["DeckResult", "GenerateReport", "generate_decks"]
