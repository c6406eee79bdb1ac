"""The deck model: immutable dataclasses that every other part of quiz reads.

The YAML key names (title, id, description, tags, cards; question, answer, id, accept, choices,
explanation, tags, source{file, line, quote}) are the contract with teachers and outside tools.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from quiz import __version__

DECK_KEYS = ("title", "id", "description", "tags", "cards")
CARD_KEYS = ("question", "answer", "id", "accept", "choices", "explanation", "tags", "source")
SOURCE_KEYS = ("file", "line", "quote")
# Part of every deck digest: a new quiz (which may read or store decks differently) re-syncs
# each deck once. Bump the number when the store keeps more of a deck.
DIGEST_SALT = f"quiz {__version__} deck digest 2\n".encode()


@dataclass(frozen=True)
class Source:
    """Where a card's fact was read: a document path, a 1-based line and the sentence itself."""

    file: str
    line: int | None = None
    quote: str | None = None


@dataclass(frozen=True)
class Card:
    """One question and its answer; `choices` (wrong options) make it multiple choice."""

    id: str
    question: str
    answer: str
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    explanation: str | None = None
    tags: tuple[str, ...] = ()
    source: Source | None = None
    line: int = 0  # the line of the card in its deck file, for messages; 0 when not from a file

    @property
    def is_multiple_choice(self) -> bool:
        return bool(self.choices)

    def content_hash(self) -> str:
        """A short hash of what the student sees, so a store can tell a card was edited."""
        payload = json.dumps(
            [self.question, self.answer, list(self.accept), list(self.choices), self.explanation],
            ensure_ascii=False,
        )
        return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Deck:
    """A titled list of cards read from (or written to) one YAML file."""

    id: str
    title: str
    cards: tuple[Card, ...]
    description: str | None = None
    tags: tuple[str, ...] = ()
    path: Path | None = field(default=None, compare=False)

    def card(self, card_id: str) -> Card | None:
        return next((c for c in self.cards if c.id == card_id), None)

    @functools.cached_property
    def digest(self) -> str:
        """A hash of everything a progress store keeps of the deck (id, title, description,
        tags, every card with its source), computed once per Deck.

        A store compares it with the digest it saved at the last sync, so an unchanged deck
        costs one lookup, not a look at each card. A deck read from a file gets the cheaper
        digest of the file's bytes instead (`remember_file_digest`); `dataclasses.replace`
        makes a new Deck, which computes its own.
        """
        payload = json.dumps(
            [self.id, self.title, self.description, self.tags,
             [[c.id, c.question, c.answer, c.accept, c.choices, c.explanation, c.tags,
               None if c.source is None else [c.source.file, c.source.line, c.source.quote]]
              for c in self.cards]],
            ensure_ascii=False,
        )
        return "c" + hashlib.sha1(DIGEST_SALT + payload.encode("utf-8")).hexdigest()


def remember_file_digest(deck: Deck, raw: bytes) -> Deck:
    """Give `deck`, just read from the bytes `raw` of its file, the digest of those bytes.

    The bytes (with the deck id, which may come from the file name) decide everything the deck
    holds, and hashing them runs in C: an unchanged 100,000-card file is recognised in
    milliseconds, where hashing its cards one by one takes a tenth of a second. Returns `deck`.
    """
    digest = hashlib.sha1(DIGEST_SALT)
    digest.update(deck.id.encode("utf-8") + b"\n")
    digest.update(raw)
    vars(deck)["digest"] = "f" + digest.hexdigest()  # the cached_property's slot
    return deck


def normalise_question(text: str) -> str:
    """Fold case, accents, punctuation and spacing, so trivial edits keep the same question."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def derive_card_id(question: str) -> str:
    """The stable id of a card that has none: a hash of its normalised question.

    Editing the answer (or fixing case and punctuation in the question) keeps the id, and with it
    the card's study progress.
    """
    digest = hashlib.sha1(normalise_question(question).encode("utf-8")).hexdigest()
    return "q" + digest[:10]
