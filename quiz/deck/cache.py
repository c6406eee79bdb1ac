"""Decks already read, kept by their file's bytes: an unchanged deck is not parsed at each start.

Composing and validating a deck of 50,000 cards takes seconds; reading back the deck it gave
takes a fraction of that. An entry is found by the file's path and used only when it was written
for the same bytes at the same path by the same loader (a hash of the loader's own code, so a
newer quiz reads every deck again). Only decks without problems are kept, as JSON (reading one
runs no code), written atomically; a cache that cannot be read or written costs only speed.

    with reading_through(cache_dir):     # the app's loading; `quiz check` always parses
        result = load_decks([folder])
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import sys
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
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
    """One JSON file per deck path in `folder`, holding the deck its file last gave."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

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
        """Keep `deck` as what `path` gives under `key` (silently not, if it cannot be written)."""
        text = json.dumps({"key": key, "deck": _encode(deck)}, ensure_ascii=False,
                          separators=(",", ":"))
        with contextlib.suppress(OSError):
            write_atomic(self._entry(path), text.encode("utf-8", "surrogatepass"))


ACTIVE: ContextVar[DeckCache | None] = ContextVar("deck_cache", default=None)


@contextlib.contextmanager
def reading_through(folder: Path | None) -> Iterator[None]:
    """Within the block, load_deck keeps and reuses decks in `folder` (None: no cache)."""
    token = ACTIVE.set(DeckCache(folder) if folder is not None else None)
    try:
        yield
    finally:
        ACTIVE.reset(token)


def _encode(deck: Deck) -> dict[str, Any]:
    return {
        "id": deck.id, "title": deck.title, "description": deck.description,
        "tags": list(deck.tags),
        "cards": [[c.id, c.question, c.answer, list(c.accept), list(c.choices), c.explanation,
                   list(c.tags), None if c.source is None else
                   [c.source.file, c.source.line, c.source.quote], c.line] for c in deck.cards],
    }


def _decode(data: dict[str, Any], path: Path) -> Deck:
    cards = tuple(
        Card(id=card_id, question=question, answer=answer, accept=tuple(accept),
             choices=tuple(choices), explanation=explanation, tags=tuple(tags),
             source=None if source is None else Source(*source), line=line)
        for card_id, question, answer, accept, choices, explanation, tags, source, line
        in data["cards"]
    )
    return Deck(id=data["id"], title=data["title"], cards=cards,
                description=data["description"], tags=tuple(data["tags"]), path=path)
