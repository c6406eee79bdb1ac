"""Split a document into sentences and table rows, each with its 1-based line number.

A sentence keeps its exact text from the file, so it can be quoted as a card's source. Periods
after abbreviations (U.S., D.C., Jan., Mr., initials such as "J.") do not end a sentence.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from quiz.generate.dates import DateMention, find_dates
from quiz.generate.text import UPPER_LETTERS

ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
    "adm", "amb", "pres", "st", "jr", "sr", "no", "nos", "vs", "inc", "ltd", "co", "corp", "dept",
    "est", "approx", "fig", "vol", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mt", "ft", "hon", "rev", "gov't", "ave", "blvd",
    "maj", "brig", "cmdr", "cdr", "lieut", "cpl", "pte", "supt", "msgr", "fr", "mme", "mlle",
    "messrs", "ste",  # "led by Maj. Johnny Paul Koroma", "Sault Ste. Marie"
    # given names written short before the rest of a name ("Ch. Chhunga", "Md. Abdul Hamid",
    # "Wm. Smith"): round 309 cut "with Ch. Chhunga as its first Chief Minister" at "Ch."
    "ch", "md", "mohd", "muhd", "wm", "thos", "chas", "jas", "geo", "jno", "sk", "sh",
    "jac", "joh", "hy", "benj", "robt", "saml", "edw", "wilh", "richd", "fredk", "friedr",
    "fried", "heinr", "ferd", "gebr",  # ("Fried. Krupp AG", "Gebr. Stumm": round 1617 cut
    # "becoming Fried. Krupp AG Hoesch-Krupp" at "Fried."; "Jac.
    # P. Thijsse": round 1054 asked "on a proposal put by Jac?")
    "th", "ph",  # ("Th. Pathé frères", Théophile's firm: round 1485 asked "found a rival
    # firm, Th?")
    "v",  # a case's name: "decides R. v. Sparrow on fishing rights" (round 619 cut at "R. v.")
    "meld", "prop", "innst",  # Norwegian white papers and bills: "the white paper Meld. St. 16
    # (2014–2015)" (round 1017 cut it at "Meld.")
})
# After "U.S." or "D.C." these words continue the sentence ("the U.S. Congress adopted").
CONTINUES_AFTER_ACRONYM = frozenset({
    "Congress", "President", "Secretary", "Senate", "Senator", "House", "Department", "State",
    "Army", "Navy", "Air", "Marine", "Ambassador", "Embassy", "Government", "Treasury", "Court",
    "Supreme", "Representative", "Special", "Envoy", "Agency", "Mission", "Consulate", "Forces",
    "Defense", "Attorney", "Vice", "Deputy", "Assistant", "Under", "Chamber", "Global", "Federal",
    "Minister", "Consul", "Commissioner", "Delegate", "Delegation", "Minister's",
    "Steel", "Rubber", "Airways", "Lines", "Patent", "Coast", "Open", "Bureau", "Office",
    "Postal", "Mint", "Census", "Geological", "Virgin", "Olympic", "Marshals", "Highway",
})  # ("appointed U.S. Minister to China"; "U.S. Steel raised prices": round 1616 asked "did
# Steel raise prices by $6 a ton?")

# A run of full stops is tried once, from its first stop: "[.!?]+" tried again from every
# stop of a run would make a line of 20,000 full stops take quadratic time. Possessive
# quantifiers give up at once where backtracking could not help (a stop, quote or bracket is
# never the space or capital letter that must follow).
# (The first mark is matched before the look behind, so the engine skips to the next mark
# instead of trying every position: the same matches as "(?<![.!?])[.!?]++...".)
_BOUNDARY = re.compile(r"[.!?](?<![.!?][.!?])[.!?]*+[\"”’')\]]*+(?:\s+|(?=[A-Z][a-z]))")
_HEADING = re.compile(r"^\s*(?:#{1,6}\s+(?P<md>.+?)\s*#*\s*|(?P<eq>=+)\s*(?P<wiki>.+?)\s*=+\s*)$")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
# (an accented capital, "Émile", or a letter after an ʿayn, "ʿUrabi", opens one too: round 167)
_STARTS_SENTENCE = re.compile(rf"\s*[\"“‘(]?[ʿʾ]?[{UPPER_LETTERS}0-9]")
_NEXT_WORDS = re.compile(r"\s*[\"“‘(]?(\S+)(?:\s+(\S+))?")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")  # U.S., D.C., H.W.
_MONEY = re.compile(r"£?\d{1,4}[sd]")  # "5s.", "6d.", "£3s."
# Acronyms of places, which often end a sentence
_PLACE_ACRONYMS = frozenset({"U.S", "U.K", "U.N", "D.C", "E.U", "U.S.A", "U.A.E", "P.R", "N.Y",
                             "L.A", "S.A"})


def _no_word(word: str) -> bool:
    """Whether a capitalised word is no word of the language ("Farben"), only a name's."""
    from quiz.generate.inflect import parts_of_speech  # (the lexicon loads on first use)
    bare = re.sub(r"[’']s$", "", word.strip("\"“”‘’(),.;:"))  # ("Farben's")
    return bare.isalpha() and not parts_of_speech(bare.lower())


# Words that open a sentence and never go on a name: after "the firm Sondejos S.A." a "He" opens
# the next sentence (round 786 read "... Sondejos S.A. He was active ..." as one)
_OPENS_NEXT_SENTENCE = frozenset({"He", "She", "It", "They", "We", "His", "Her", "Its", "Their",
                                  "This", "These", "Those", "There", "The"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a table row) as it stands in the file, with where it was found.

    Slotted: a large document has hundreds of thousands of sentences, and a per-object dict
    would take more memory than their text.
    """

    text: str  # Markdown markup blanked out (same length as `raw`), for the rules to read
    line: int
    heading: str = ""  # the nearest heading above it
    cells: tuple[str, ...] = ()  # for a table row: its cells
    header: tuple[str, ...] = ()  # for a table row: the table's header cells
    raw: str = ""  # the sentence exactly as in the file, when markup was blanked in `text`
    paragraph: int = 0  # the first line of its paragraph (sentences of one paragraph share it)
    _dates: list[DateMention] | tuple[()] | None = field(
        default=None, init=False, repr=False, compare=False)

    @property
    def quote(self) -> str:
        """The sentence as it stands in the file (a card's source quote)."""
        return self.raw or self.text

    @property
    def is_table_row(self) -> bool:
        return bool(self.cells)

    @property
    def dates(self) -> list[DateMention]:
        """The dates in the sentence, found once (several rules ask for them)."""
        found = self._dates
        if found is None:
            found = find_dates(self.text) or ()  # most sentences have none: no list kept
            object.__setattr__(self, "_dates", found)
        return found if found else []


def heading_text(line: str) -> str | None:
    """The text of a Markdown (`# Title`) or wiki (`== Title ==`) heading line, else None."""
    m = _HEADING.match(line)
    if not m:
        return None
    return (m.group("md") or m.group("wiki") or "").strip() or None


def _token_before(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the run of non-space characters ending at `end` starts (not before `start`), and
    the run: what re.compile(r"(\\S+)$").search(text, start, end) finds, without trying the
    pattern at every position from `start` on."""
    if end > start and text[end - 1] == "\n":
        end -= 1  # "$" also matches before a final newline
    if end <= start or text[end - 1].isspace():
        return None
    word = text[start:end].split()[-1]
    return end - len(word), word


# A one-letter Roman numeral ("Rama I", "Charles V"), and a word that only opens a sentence
# (after an initial, a name's next part would follow, capitalised but no such word)
_NUMERALS = frozenset("IVX")
_OPENER = re.compile(r"\s*(?:In|On|The|He|She|It|They|His|Her|Its|Their|This|That|These|Those|"
                     r"After|Before|When|During|From|There|Then|Later|Meanwhile|However|Under|"
                     r"With|Following|Upon)\s")


_SHORT_NAME = re.compile(r"[A-Z][a-z]{1,3}")
_MAC_INITIAL = re.compile(r"Ma?c[A-Z]")  # "McC.", "MacD."
_INITIAL = re.compile(r"[A-Z]\.")


def _initial_before(text: str, at: int) -> bool:
    """Whether the word before position `at` is an initial ("J.")."""
    previous = _token_before(text, max(0, at - 8), max(0, at - 1))
    return previous is not None and _INITIAL.fullmatch(previous[1].lstrip("(\"“‘'")) is not None


def _ends_sentence(text: str, dot: int, after: int) -> bool:
    """Whether the punctuation at `dot` ends a sentence, judging the words around it."""
    if text[dot] != ".":
        return True
    before = _token_before(text, max(0, dot - 60), dot + 1)
    word = before[1] if before else ""
    bare = word.rstrip(".").lstrip("(\"“‘'")
    if len(bare) == 1 and bare.isupper():
        if bare in _NUMERALS and _OPENER.match(text, after):
            return True  # a regnal numeral ending its sentence: "as King Rama I. In the same
            # year he ..." (round 354), not the initial of "John I. Tamm"
        return False  # an initial: "William J. Burns"
    if bare.lower() in ABBREVIATIONS:
        return False
    if _MAC_INITIAL.fullmatch(bare) and text[after:after + 1].isupper():
        return False  # "Charles McC. Mathias Jr.": a middle name's initial of a Mc- or Mac-
        # name (round 1706 cut the sentence there, asking of "Mathias Jr. and signed by")
    if bare == "etc" and (text[after:after + 1].islower() or text[after:after + 1] in ("(", "[")):
        return False  # "the Local Government etc. (Scotland) Act 1994": a name goes on (round
        # 941 cut it at "etc."); "..., boats etc. The next year ...": a sentence ends
    if _SHORT_NAME.fullmatch(bare) and before and _initial_before(text, before[0]) and (
            text[after:after + 1].isupper() and not _OPENER.match(text, after)):
        return False  # a name's shortened part after an initial: "J. Chr. Juliussen", "C. Th.
        # Zahle" (round 884 cut the sentence after "Chr.")
    if _MONEY.fullmatch(bare) and text[after:after + 1].isdigit():
        return False  # "at 5s. 6d. a gallon": shillings, then pence
    if _ACRONYM.fullmatch(bare + "."):
        nxt = _NEXT_WORDS.match(text, after)
        if not nxt:
            return True
        first, second = nxt.group(1), nxt.group(2) or ""
        cut = max(before[0] - 1, 0) if before else 0
        previous = _token_before(text, max(0, cut - 60), cut) if before else None
        if (len(bare) <= 4 and previous and previous[1][:1].isupper()
                and previous[1][-1].isalpha() and first[:1].isupper()
                and first.strip("\"“”‘’(),") not in _OPENS_NEXT_SENTENCE):
            return False  # initials inside a name: "George H.W. Bush", "John C.K. Daily"
        if first.strip("\"“”‘’(),") in CONTINUES_AFTER_ACRONYM or not first[:1].isupper():
            return False
        if bare not in _PLACE_ACRONYMS and _no_word(first) and not _OPENER.match(text, after) and (
                first.strip("\"“”‘’(),") not in _OPENS_NEXT_SENTENCE):
            return False  # "tried with other I.G. Farben executives": an acronym opening a
            # name, whose next word is no English word (round 1566 cut six cards at "I.G."); a
            # place's acronym may end its sentence before a name ("... to the U.S. Kissinger")
        if second in {"for", "of"} and first[:1].isupper() and first[1:].islower() and (
                before and text[max(0, before[0] - 4): before[0]].lower() == "the "):
            return False  # "and the U.S. Centers for Disease Control": after "the", the
            # acronym opens a body's name, "for" or "of" inside it (round 1686 cut it there)
        return bool(second[:1].islower())
    return True


def split_line(text: str) -> list[str]:
    """The sentences of one line of prose, each exactly as written (outer spaces removed)."""
    return [text[a:b] for a, b in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in one line of prose, outer spaces excluded."""
    spans: list[tuple[int, int]] = []
    start = 0

    def add(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))

    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if end >= len(text):
            break
        punct_end = m.start() + len(m.group().rstrip())
        if not _ends_sentence(text, m.start(), end):
            continue
        if not _STARTS_SENTENCE.match(text, end):
            continue
        add(start, punct_end)
        start = end
    add(start, len(text))
    return spans


_LINK = re.compile(r"!?\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_EMPHASIS = re.compile(r"\*\*|__|`+|(?<![\w*])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*])")
_QUOTE_MARK = re.compile(r"^(?:>\s?)+")


def mask_markdown(line: str) -> str:
    """`line` with Markdown markup (links, emphasis, code ticks) replaced by spaces.

    The result has the same length, so a span found in it is the same span in the file's text.
    """
    if not any(ch in line for ch in "[*_`"):
        return line
    line = _LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group()) - len(m.group(1)) - 1),
                     line)
    return _EMPHASIS.sub(lambda m: " " * len(m.group()), line)


def _cells(line: str) -> tuple[str, ...]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return tuple(c.strip() for c in inner.split("|"))


def is_hard_wrapped(lines: Iterable[str]) -> bool:
    """Whether prose lines were wrapped at a fixed width (a sentence runs over several lines),
    as in plain-text mail, RFC-style and Gutenberg-style files. Then a paragraph, not a line,
    is the unit that sentences are split from. (One pass, nothing kept: `lines` may be lazy.)"""
    prose = open_ended = 0
    for line in lines:
        line = line.strip()
        if not line or line.startswith(("|", "#")):
            continue
        if len(line) > 110:
            return False
        prose += 1
        open_ended += not line.endswith((".", "!", "?", ":", '"', "”", ")"))
    return prose >= 4 and open_ended / prose >= 0.4


def text_blocks(text: str, block: int = 1 << 16) -> Iterator[str]:
    """`text` in pieces of about `block` characters that end just after a "\n" (the last one
    at the end of the text), so no line (nor a "\r\n") is cut in two."""
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start + block) if start + block < size else -1
        end = size if end < 0 else end + 1
        yield text[start:end]
        start = end


def iter_lines(text: str, block: int = 1 << 16) -> Iterator[str]:
    """The lines of `text`, exactly as str.splitlines() gives them, a block at a time: a large
    document is never held twice (once as text, once as a list of all its lines)."""
    for piece in text_blocks(text, block):
        yield from piece.splitlines()


def head_lines(text: str, count: int) -> list[str]:
    """The first `count` lines of `text` (as str.splitlines() splits them), read from its head
    only."""
    return list(itertools.islice(iter_lines(text), count))


def _paragraph_sentences(parts: list[tuple[int, str]], heading: str) -> list[Sentence]:
    """The sentences of a paragraph given as (line number, text) parts joined by spaces; each
    sentence gets the line it starts on."""
    joined = " ".join(text for _, text in parts)
    starts, offset = [], 0
    for number, text in parts:
        starts.append((offset, number))
        offset += len(text) + 1
    masked = mask_markdown(joined)
    out = []
    for a, b in sentence_spans(masked):
        number = next(n for o, n in reversed(starts) if o <= a)
        piece = masked[a:b]
        out.append(Sentence(piece, number, heading, raw="" if piece == joined[a:b]
                            else joined[a:b], paragraph=parts[0][0]))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence and table row of a document, in order, with 1-based line numbers.

    YAML front matter and fenced code blocks are skipped; bullets and "> " quote marks are not
    part of a sentence. In hard-wrapped text a sentence may run over several lines.
    """
    return list(iter_sentences(text))


def iter_sentences(text: str | Callable[[], Iterator[str]]) -> Iterator[Sentence]:
    """The sentences and table rows of split_sentences, one paragraph at a time: a caller that
    keeps only some of them never holds every sentence of a large document at once.

    `text` may instead be a function that gives the document's lines afresh each time it is
    called (a large document read again from its file): they are read three times.
    """
    lines = functools.partial(iter_lines, text) if isinstance(text, str) else text
    out: list[Sentence] = []  # the sentences of the lines read so far, not yet given out
    heading = ""
    header: tuple[str, ...] = ()
    in_table = in_code = False
    skip_to = front_matter_end(list(itertools.islice(lines(), 40)))
    wrapped = is_hard_wrapped(itertools.islice(lines(), skip_to, None))
    paragraph: list[tuple[int, str]] = []

    def flush() -> None:
        if paragraph:
            out.extend(_paragraph_sentences(paragraph, heading))
            paragraph.clear()

    for number, raw in enumerate(lines(), start=1):
        if number <= skip_to:
            continue
        line = raw.strip()
        if line.startswith(("```", "~~~")):
            flush()
            in_code = not in_code
            continue
        if in_code:
            continue
        if not line:
            flush()
            in_table = False
            continue
        title = heading_text(line)
        if title:
            flush()
            heading, in_table = title, False
            continue
        if line.startswith("|") and line.count("|") >= 2:
            flush()
            if _TABLE_RULE.match(line):
                continue
            cells = _cells(line)
            if not in_table:
                header, in_table = cells, True
                continue
            out.append(Sentence(line, number, heading, cells, header, paragraph=number))
        else:
            in_table = False
            if not wrapped or _BULLET.match(line) or _QUOTE_MARK.match(line):
                flush()
            paragraph.append((number, _QUOTE_MARK.sub("", _BULLET.sub("", line, count=1))))
            if not wrapped:
                flush()
        if out:
            yield from out
            out.clear()
    flush()
    yield from out


def front_matter_end(lines: list[str]) -> int:
    """The number of lines taken by YAML front matter ("---" ... "---") at the top, else 0."""
    if not lines or lines[0].strip() != "---":
        return 0
    for index, line in enumerate(lines[1:40], start=2):
        if line.strip() in {"---", "..."}:
            return index
    return 0
