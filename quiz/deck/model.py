"""The deck model: immutable dataclasses that every other part of quiz reads.

The YAML key names (title, id, description, tags, cards; question, answer, reverse, cloze, id,
accept, choices, explanation, tags, group, source{file, line, quote}) are the contract with
teachers and outside tools.

One entry of a deck file may give several cards: `reverse: true` adds a card from answer to
question, and a `cloze` text gives one card per deletion number. The Deck holds the cards as
studied; each remembers the entry it came from (`siblings`, `cloze`, `reverse`, `reverse_of`),
so the entry can be written back and exported as one note.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from json.encoder import encode_basestring
from pathlib import Path

from quiz import __version__

DECK_KEYS = ("title", "id", "description", "tags", "cards")
CARD_KEYS = ("question", "answer", "reverse", "cloze", "id", "accept", "choices", "explanation",
             "tags", "group", "source")
SOURCE_KEYS = ("file", "line", "quote")
# Part of every deck digest: a new quiz (which may read or store decks differently) re-syncs
# each deck once. Bump the number when the store keeps more of a deck.
DIGEST_SALT = f"quiz {__version__} deck digest 2\n".encode()


def json_text_list(values: Sequence[str]) -> str:
    """`json.dumps(list(values), ensure_ascii=False)` of a list of text, to the byte.

    Written out with JSON's own string encoder: a `json.dumps` call with an option builds a new
    encoder each time, which was most of the time of recording a new 50,000-card deck."""
    return "[" + ", ".join(map(encode_basestring, values)) + "]"


@dataclass(frozen=True)
class Source:
    """Where a card's fact was read: a document path, a 1-based line and the sentence itself."""

    file: str
    line: int | None = None
    quote: str | None = None


@dataclass(frozen=True)
class Card:
    """One question and its answer; `choices` (wrong options) make it multiple choice.

    `group` names the card's siblings: cards of one deck with the same group are about one
    fact, so studying one gives the others away (a study session keeps them apart).

    `siblings` is set on the cards made from one deck entry (the cards of a cloze, a question
    and its reverse): the entry's id, shared by them all, so they can be kept apart (or buried
    together) like a group. `cloze` is the entry's cloze text (`{{c1::...}}` kept) on each of
    its cards; `reverse` marks a card whose entry asks it the other way round too, and
    `reverse_of` (the id of that card) the card asked the other way round.
    """

    id: str
    question: str
    answer: str
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    explanation: str | None = None
    tags: tuple[str, ...] = ()
    source: Source | None = None
    line: int = 0  # the line of the card in its deck file, for messages; 0 when not from a file
    group: str | None = None
    siblings: str | None = None
    cloze: str | None = None
    reverse: bool = False
    reverse_of: str | None = None

    @property
    def is_multiple_choice(self) -> bool:
        return bool(self.choices)

    def content_hash(self) -> str:
        """A short hash of what the student sees, so a store can tell a card was edited."""
        return content_hash(self, json_text_list(self.accept), json_text_list(self.choices))


def content_hash(card: Card, accept: str, choices: str) -> str:
    """`card.content_hash()`, given its accepted answers and options as `json_text_list`
    already wrote them (a store keeps them so too: they are written once)."""
    explanation = "null" if card.explanation is None else encode_basestring(card.explanation)
    payload = (f"[{encode_basestring(card.question)}, {encode_basestring(card.answer)}, "
               f"{accept}, {choices}, {explanation}]")
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

    def entry_cards(self) -> list[Card]:
        """One card per entry of the deck file, in order, standing for the entry when it is
        written or exported as a note: a cloze's first card (its `cloze` is the entry's
        text), a reversed card (its `reverse` is set; the card asked backwards is left out),
        or a plain card."""
        entries: list[Card] = []
        clozes: set[str | None] = set()
        for card in self.cards:
            if card.reverse_of is not None:
                continue
            if card.cloze is not None:
                if card.siblings in clozes:
                    continue
                clozes.add(card.siblings)
            entries.append(card)
        return entries

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
               None if c.source is None else [c.source.file, c.source.line, c.source.quote],
               c.group, c.siblings, c.cloze, c.reverse, c.reverse_of]
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


_PUNCTUATION = re.compile(r"[^\w\s]")
# The same with case folded, for ASCII text, as a table of bytes: twice as fast as the pattern
# (every question of a large deck is folded when it is first read, to find one asked twice)
_ASCII_FOLD = bytes(32 if _PUNCTUATION.match(chr(i)) else ord(chr(i).casefold()) if i < 128
                    else i for i in range(256))


def normalise_question(text: str) -> str:
    """Fold case, accents, punctuation and spacing, so trivial edits keep the same question."""
    if text.isascii():  # ASCII has no accents to take off (NFKD leaves it as it is)
        return " ".join(text.encode("ascii").translate(_ASCII_FOLD).decode("ascii").split())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())


def derive_card_id(question: str, prefix: str = "q") -> str:
    """The stable id of a card that has none: a hash of its normalised question.

    Editing the answer (or fixing case and punctuation in the question) keeps the id, and with it
    the card's study progress. The reverse of a card takes the prefix "r" (its question is the
    other card's answer).
    """
    digest = hashlib.sha1(normalise_question(question).encode("utf-8")).hexdigest()
    return prefix + digest[:10]


def reverse_card(card: Card) -> Card:
    """The card asking `card` the other way round: its answer as the question, its question as
    the answer. Other right answers and wrong options belong to the first card, so they are
    left out; the explanation, tags, group and source are shared."""
    return replace(
        card, id=derive_card_id(card.answer, "r"), question=card.answer, answer=card.question,
        accept=(), choices=(), siblings=card.siblings or card.id, cloze=None, reverse=False,
        reverse_of=card.id,
    )
