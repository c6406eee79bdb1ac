"""Split a document into sentences and table rows, each with its 1-based line number.

A sentence keeps its exact text from the file, so it can be quoted as a card's source. Periods
after abbreviations (U.S., D.C., Jan., Mr., initials such as "J.") do not end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from quiz.generate.dates import DateMention, find_dates

ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
    "adm", "amb", "pres", "st", "jr", "sr", "no", "nos", "vs", "inc", "ltd", "co", "corp", "dept",
    "est", "approx", "fig", "vol", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mt", "ft", "hon", "rev", "gov't", "ave", "blvd",
})
# After "U.S." or "D.C." these words continue the sentence ("the U.S. Congress adopted").
CONTINUES_AFTER_ACRONYM = frozenset({
    "Congress", "President", "Secretary", "Senate", "Senator", "House", "Department", "State",
    "Army", "Navy", "Air", "Marine", "Ambassador", "Embassy", "Government", "Treasury", "Court",
    "Supreme", "Representative", "Special", "Envoy", "Agency", "Mission", "Consulate", "Forces",
    "Defense", "Attorney", "Vice", "Deputy", "Assistant", "Under", "Chamber", "Global", "Federal",
})

_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?:\s+|(?=[A-Z][a-z]))")
_HEADING = re.compile(r"^\s*(?:#{1,6}\s+(?P<md>.+?)\s*#*\s*|(?P<eq>=+)\s*(?P<wiki>.+?)\s*=+\s*)$")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_STARTS_SENTENCE = re.compile(r"\s*[\"“‘(]?[A-Z0-9]")
_TOKEN_BEFORE = re.compile(r"(\S+)$")
_NEXT_WORDS = re.compile(r"\s*[\"“‘(]?(\S+)(?:\s+(\S+))?")


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a table row) as it stands in the file, with where it was found."""

    text: str
    line: int
    heading: str = ""  # the nearest heading above it
    cells: tuple[str, ...] = ()  # for a table row: its cells
    header: tuple[str, ...] = ()  # for a table row: the table's header cells

    @property
    def is_table_row(self) -> bool:
        return bool(self.cells)

    @cached_property
    def dates(self) -> list[DateMention]:
        """The dates in the sentence, found once (several rules ask for them)."""
        return find_dates(self.text)


def heading_text(line: str) -> str | None:
    """The text of a Markdown (`# Title`) or wiki (`== Title ==`) heading line, else None."""
    m = _HEADING.match(line)
    if not m:
        return None
    return (m.group("md") or m.group("wiki") or "").strip() or None


def _ends_sentence(text: str, dot: int, after: int) -> bool:
    """Whether the punctuation at `dot` ends a sentence, judging the words around it."""
    if text[dot] != ".":
        return True
    before = _TOKEN_BEFORE.search(text, max(0, dot - 60), dot + 1)
    word = before.group(1) if before else ""
    bare = word.rstrip(".").lstrip("(\"“‘'")
    if len(bare) == 1 and bare.isupper():
        return False  # an initial: "William J. Burns"
    if bare.lower() in ABBREVIATIONS:
        return False
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", bare + "."):  # U.S., D.C., H.W.
        nxt = _NEXT_WORDS.match(text, after)
        if not nxt:
            return True
        first, second = nxt.group(1), nxt.group(2) or ""
        cut = max(before.start(1) - 1, 0) if before else 0
        previous = _TOKEN_BEFORE.search(text, max(0, cut - 60), cut) if before else None
        if (len(bare) <= 4 and previous and previous.group(1)[:1].isupper()
                and previous.group(1)[-1].isalpha() and first[:1].isupper()):
            return False  # initials inside a name: "George H.W. Bush", "John C.K. Daily"
        if first.strip("\"“”‘’(),") in CONTINUES_AFTER_ACRONYM or not first[:1].isupper():
            return False
        return bool(second[:1].islower())
    return True


def split_line(text: str) -> list[str]:
    """The sentences of one line of prose, each exactly as written (outer spaces removed)."""
    pieces: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if end >= len(text):
            break
        punct_end = m.start() + len(m.group().rstrip())
        if not _ends_sentence(text, m.start(), end):
            continue
        if not _STARTS_SENTENCE.match(text, end):
            continue
        piece = text[start:punct_end].strip()
        if piece:
            pieces.append(piece)
        start = end
    rest = text[start:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def _cells(line: str) -> tuple[str, ...]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return tuple(c.strip() for c in inner.split("|"))


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence and table row of a document, in order, with 1-based line numbers."""
    out: list[Sentence] = []
    heading = ""
    header: tuple[str, ...] = ()
    in_table = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            in_table = False
            continue
        title = heading_text(line)
        if title:
            heading, in_table = title, False
            continue
        if line.startswith("|") and line.count("|") >= 2:
            if _TABLE_RULE.match(line):
                continue
            cells = _cells(line)
            if not in_table:
                header, in_table = cells, True
                continue
            out.append(Sentence(line, number, heading, cells, header))
            continue
        in_table = False
        body = _BULLET.sub("", line, count=1)
        for piece in split_line(body):
            out.append(Sentence(piece, number, heading))
    return out
