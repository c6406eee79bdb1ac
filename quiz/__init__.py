"""quiz: study decks generated from documents, in the terminal, with spaced repetition."""

__version__ = "0.1.0"
