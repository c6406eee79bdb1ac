"""A large deck at first sight: its id, title and number of cards, from its lines alone.

Reading a 50,000-card deck takes seconds even the quick way (quiz.deck.quick): on the first
start with it, the home table would wait that long for one number. A deck the store has never
seen needs no more than its title and how many cards it has (every card is new), and for a file
written as quiz's writer writes (each card an item `- ` of the top-level `cards:` list, no
`reverse` and no `cloze`, which make more cards than items) those are found by counting lines.
`sketch_deck` gives them, or None on any doubt. It never replaces reading the deck: the app
shows the counts of a sketch only until the deck is read (its problems then shown with their
`file:line:column` as ever), and nothing can be studied from a sketch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from quiz.deck.blockyaml import _Leave, _scalar
from quiz.deck.rules import ID_PATTERN
from quiz.textsafe import UNSAFE

SKETCH_BYTES = 1 << 20  # a smaller deck is read in less time than a sketch saves
_TOP_KEY = re.compile(r"([a-z]+):(?: (.*))?")  # a top-level key and its value on its line
_CARDS = re.compile(r"^cards:[ ]*$", re.M)
_ITEMS_AT = re.compile(r"\n( *)- ")  # the first item of the cards list, and its indentation
_NEXT_TOP = re.compile(r"\n[^ \n#-]")  # a line starting at the first column, but an item's


@dataclass(frozen=True)
class DeckSketch:
    """What a deck file's lines tell of it: its id, title and number of cards."""

    path: Path
    id: str
    title: str
    size: int
    # the file as sketched, and its deck-cache key: the reading that follows needs both
    raw: bytes = field(default=b"", repr=False, compare=False)
    cache_key: str | None = field(default=None, repr=False, compare=False)


def sketch_deck(path: Path, raw: bytes) -> DeckSketch | None:
    """The id, title and card count of the plain deck file `raw` read from `path` (at least
    SKETCH_BYTES long), or None when its lines do not tell them for certain."""
    if len(raw) < SKETCH_BYTES or raw.startswith(b"\xef\xbb\xbf"):
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if "reverse:" in text or "cloze:" in text or "\t" in text or "\r" in text:
        return None  # more cards than items, or YAML the lines do not tell
    found = _CARDS.search(text)
    if found is None:
        return None
    start = found.end()
    first = _ITEMS_AT.match(text, start)
    if first is None:
        return None
    following = _NEXT_TOP.search(text, start)
    end = following.start() if following is not None else len(text)
    items = "\n" + first.group(1) + "- "
    size = text.count(items, start, end)
    # each item a mapping, its first key on its line: no line of a value in quotes (or in
    # brackets) over several lines starts like an item (the one doubt a sketch leaves: such a
    # line starting like an item with a key, `- id: x"`, which the reading then corrects)
    if len(re.compile(re.escape(items) + "[a-z]+:[ \n]").findall(text, start, end)) != size:
        return None
    fields: dict[str, str] = {}
    for line in (*text[:found.start()].split("\n"), *text[end + 1:].split("\n")):
        if not line or line[0] == "#" or line[0] == " " or line[0] == "-":
            continue  # the value of a key above (a list or a mapping), or a comment
        key = _TOP_KEY.fullmatch(line)
        if key is None:
            return None
        if key.group(2):
            try:
                fields[key.group(1)] = _scalar(key.group(2))[0].strip()
            except _Leave:
                return None
    deck_id, title = fields.get("id") or path.stem, fields.get("title")
    if not title or ("id" in fields and not ID_PATTERN.match(deck_id)) \
            or ("id" not in fields and UNSAFE.search(deck_id)):
        return None
    return DeckSketch(path, deck_id, title, size, raw)
