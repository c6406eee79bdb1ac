"""Decks already read, kept by their file's bytes: an unchanged deck is not parsed at each start.

Composing and validating a deck of 50,000 cards takes seconds; reading back the deck it gave
takes a fraction of that. An entry is found by the file's path and used only when it was written
for the same bytes at the same path by the same loader (a hash of the loader's own code, so a
newer quiz reads every deck again). Only decks without problems are kept, as JSON (reading one
runs no code), written atomically; a cache that cannot be read or written costs only speed.

    with reading_through(cache_dir):     # the app's loading; `quiz check` always parses
        result = load_decks([folder])

The app writes the decks a start read only once its home table is shown (a `DeckCache` made
with `later=True`, then `keep_waiting` in a worker): writing a large deck's entry costs most of
a second, and a deck not kept is only read again at the next start.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import operator
import sys
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import fields
from pathlib import Path
from typing import Any

import yaml

import quiz
from quiz.core.files import write_atomic
from quiz.deck.model import Card, Deck, Source

FORMAT = 1


@functools.cache
def _loader_fingerprint() -> bytes:
    """A hash of everything a deck's reading depends on: quiz's deck code and text checks,
    the versions of Python, its Unicode tables and PyYAML."""
    digest = hashlib.sha256(f"{FORMAT} {quiz.__version__} {sys.version} "
                            f"{unicodedata.unidata_version} {yaml.__version__}".encode())
    package = Path(quiz.__file__).parent
    for source in (*sorted((package / "deck").glob("*.py")), package / "textsafe.py",
                   package / "errors.py"):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.digest()


class DeckCache:
    """One JSON file per deck path in `folder`, holding the deck its file last gave.

    With `later`, decks put are only noted, and written by `keep_waiting`."""

    def __init__(self, folder: Path, *, later: bool = False) -> None:
        self.folder = Path(folder)
        self.later = later
        self.waiting: list[tuple[Path, str, Deck]] = []

    def key(self, path: Path, raw: bytes) -> str:
        """What an entry for `path` holding `raw` must have been written with."""
        digest = hashlib.sha256(_loader_fingerprint())
        digest.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(raw)
        return digest.hexdigest()

    def _entry(self, path: Path) -> Path:
        name = hashlib.sha1(str(path).encode("utf-8", "surrogateescape")).hexdigest()
        return self.folder / f"{name}.json"

    def get(self, path: Path, key: str) -> Deck | None:
        """The deck kept for `path` under `key`, or None (none kept, another key, unreadable)."""
        try:
            data = json.loads(self._entry(path).read_bytes())
            if data["key"] != key:
                return None
            return _decode(data["deck"], path)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None

    def put(self, path: Path, key: str, deck: Deck) -> None:
        """Keep `deck` as what `path` gives under `key` (silently not, if it cannot be written;
        with `later`, when `keep_waiting` is called)."""
        if self.later:
            self.waiting.append((path, key, deck))
        else:
            self._write(path, key, deck)

    def keep_waiting(self) -> None:
        """Write the decks put since the last call (with `later`)."""
        while self.waiting:
            self._write(*self.waiting.pop(0))

    def _write(self, path: Path, key: str, deck: Deck) -> None:
        with contextlib.suppress(OSError):
            write_atomic(self._entry(path), _entry_text(key, deck).encode("utf-8",
                                                                          "surrogatepass"))


ACTIVE: ContextVar[DeckCache | None] = ContextVar("deck_cache", default=None)


@contextlib.contextmanager
def reading_through(cache: Path | DeckCache | None) -> Iterator[None]:
    """Within the block, load_deck keeps and reuses decks in `cache` (a folder, or a DeckCache;
    None: no cache)."""
    if cache is not None and not isinstance(cache, DeckCache):
        cache = DeckCache(cache)
    token = ACTIVE.set(cache)
    try:
        yield
    finally:
        ACTIVE.reset(token)


# A deck is kept as JSON field by field, whatever fields the model has: tuples as lists (as JSON
# writes them), a source as a mapping; an entry written for other fields is not used.
_CARD_FIELDS = [f.name for f in fields(Card) if f.init]
_DECK_FIELDS = [f.name for f in fields(Deck) if f.init and f.name not in ("cards", "path")]
_TUPLES = [i for i, f in enumerate(f for f in fields(Card) if f.init) if f.default == ()]
_SOURCE = _CARD_FIELDS.index("source")
_SOURCE_FIELDS = [f.name for f in fields(Source)]
_card_values = operator.attrgetter(*_CARD_FIELDS)
_source_values = operator.attrgetter(*_SOURCE_FIELDS)


def _card_row(card: Card) -> list[Any]:
    """A card's values in _CARD_FIELDS order (JSON writes a tuple of text as a list)."""
    values = list(_card_values(card))
    source = values[_SOURCE]
    if source is not None:
        values[_SOURCE] = dict(zip(_SOURCE_FIELDS, _source_values(source), strict=True))
    return values


CHUNK = 500  # cards encoded by one call of the C encoder, which holds the GIL meanwhile


def _entry_text(key: str, deck: Deck) -> str:
    """The JSON of an entry, `{"key": ..., "deck": {..., "cards": [...]}}`.

    The cards are encoded CHUNK at a time, so that another thread (the app's event loop while a
    worker keeps a large deck) never waits long for the GIL."""
    head = _dumps({"key": key, "deck": {"fields": [_DECK_FIELDS, _CARD_FIELDS],
                                        **{name: getattr(deck, name) for name in _DECK_FIELDS}}})
    cards = deck.cards
    rows = ",".join(_dumps([_card_row(card) for card in cards[at:at + CHUNK]])[1:-1]
                    for at in range(0, len(cards), CHUNK))
    return f'{head[:-2]},"cards":[{rows}]}}}}'


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _decode(data: dict[str, Any], path: Path) -> Deck:
    if data["fields"] != [_DECK_FIELDS, _CARD_FIELDS]:
        raise ValueError("written for other fields")
    cards = []
    for values in data["cards"]:
        if len(values) != len(_CARD_FIELDS):
            raise ValueError("a card of another length")
        for i in _TUPLES:
            values[i] = tuple(values[i])
        if values[_SOURCE] is not None:
            values[_SOURCE] = Source(**values[_SOURCE])
        cards.append(Card(*values))
    deck: dict[str, Any] = {name: tuple(v) if isinstance(v := data[name], list) else v
                            for name in _DECK_FIELDS}
    return Deck(cards=tuple(cards), path=path, **deck)
