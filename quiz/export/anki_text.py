"""Anki's "Notes in Plain Text" export (File > Export) read as notes.

Anki writes header lines first, then one note a line:

    #separator:tab
    #html:true
    #guid column:1
    #notetype column:2
    #deck column:3
    #tags column:6
    L^<-a_mKF0	Basic	Geo	Capital of <b>France</b>?	Paris	europe geo

Honoured headers (as Anki reads them: at the top of the file, key case-insensitive):
`#separator:` (tab, comma, semicolon, pipe, space, colon, or the character itself), `#html:true|
false`, `#columns:` (column names, split at the separator), `#tags column:N`, `#guid column:N`,
`#notetype column:N`, `#deck column:N` (1-based), and `#tags:`, `#notetype:`, `#deck:` (one value
for every note). The columns that are none of guid, note type, deck or tags are the note's
fields, in order. A line starting with `#` between notes is a comment; cells are quoted as in
CSV ("" for a quote inside), so a cell may hold the separator or a line break.

A file without a header is read as older Anki versions wrote it (and as Anki reads it for the
Basic note type): question, answer, and a third column of tags; further columns before the
last are extra fields, shown as the explanation. Without `#separator:` the separator is guessed
as `quiz import csv` does; without `#html:` the fields are HTML when any looks like HTML.

Problems (a bad header value, a quote never closed) are collected and raised together as
DeckError, each at FILE:LINE.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quiz.errors import DeckError, Problem
from quiz.export.anki import CLOZE_FIELDS as QUIZ_CLOZE_FIELDS
from quiz.export.anki import FIELDS as QUIZ_FIELDS
from quiz.export.anki_fields import looks_like_html
from quiz.export.anki_notes import Note, NoteType
from quiz.export.csv_import import RowProblem, detect_delimiter, read_text

SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " ",
              "colon": ":"}
_COLUMN_KEYS = ("guid column", "notetype column", "deck column", "tags column")
_VALUE_KEYS = ("separator", "html", "tags", "columns", "notetype", "deck")
_IGNORED_KEYS = ("if matches", "match scope")  # how Anki merges notes: nothing to do here
KNOWN_KEYS = (*_VALUE_KEYS, *_COLUMN_KEYS, *_IGNORED_KEYS)
_CLOZE = re.compile(r"\{\{c[0-9]+::")
_HEADER = re.compile(r"#\s*(" + "|".join(KNOWN_KEYS) + r")\s*:", re.I)


def is_anki_text(text: str) -> bool:
    """Whether text starts with an Anki header line (`#separator:tab`, `#html:true`, ...)."""
    return _HEADER.match(text.removeprefix("\ufeff")) is not None


@dataclass
class Header:
    """What the header lines say; `lines` is how many there were."""

    lines: int = 0
    separator: str | None = None
    is_html: bool | None = None
    columns: str | None = None  # the raw `#columns:` value, split once the separator is known
    columns_line: int = 0
    tags: tuple[str, ...] = ()
    notetype: str | None = None
    deck: str | None = None
    column: dict[str, int] = field(default_factory=dict)  # "tags column" -> 1-based number


def read_header(path: Path, text: str, problems: list[Problem],
                warnings: list[str]) -> Header:
    """The header lines at the top of `text` (a first line `tags:...` too, as Anki allows)."""
    header = Header()
    lines = io.StringIO(text, newline="")
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if number == 1 and line.startswith("tags:"):
            header.tags = tuple(line[5:].split())
        elif not line.startswith("#"):
            break
        elif ":" in line:
            key, _, value = line[1:].partition(":")
            _header_value(path, number, key.strip().lower(), value, header, problems, warnings)
        header.lines = number
    return header


def _header_value(path: Path, number: int, key: str, value: str, header: Header,
                  problems: list[Problem], warnings: list[str]) -> None:
    def problem(message: str) -> None:
        problems.append(RowProblem(path, number, 0, message))

    if key == "separator":
        named = SEPARATORS.get(value.strip().lower())
        if named is None and len(value) == 1 and value not in "\"\r\n":
            named = value
        if named is None:
            problem(f"unknown separator '{value.strip()}'; write one of "
                    f"{', '.join(SEPARATORS)}, or the character itself")
        header.separator = named
    elif key == "html":
        flag = value.strip().lower()
        if flag not in ("true", "false"):
            problem(f"#html: must be true or false, not '{value.strip()}'")
        else:
            header.is_html = flag == "true"
    elif key == "tags":
        header.tags = tuple(value.split())
    elif key == "columns":
        header.columns, header.columns_line = value, number
    elif key in ("notetype", "deck"):
        setattr(header, key, value.strip() or None)
    elif key in _COLUMN_KEYS:
        if not re.fullmatch(r"[1-9][0-9]{0,3}", value.strip()):
            problem(f"#{key}: must be a column number from 1, not '{value.strip()}'")
        else:
            header.column[key] = int(value.strip())
    elif key not in _IGNORED_KEYS:
        close = difflib.get_close_matches(key, KNOWN_KEYS, n=1)
        hint = f"; did you mean '#{close[0]}:'?" if close else ""
        warnings.append(f"{path}:{number}: unknown header line '#{key}:' ignored{hint}")


class _Records:
    """The lines after the header for csv.reader, without the comment lines (`#...`) that
    stand where a note would start; `start` is the line the current note starts on."""

    def __init__(self, text: str, skipped: int) -> None:
        self.lines = io.StringIO(text, newline="")
        for _ in range(skipped):
            self.lines.readline()
        self.number = skipped
        self.start = skipped + 1
        self.at_start = True

    def __iter__(self) -> Iterator[str]:
        for line in self.lines:
            self.number += 1
            if self.at_start:
                if line.startswith("#"):
                    continue
                self.start = self.number
                self.at_start = False
            yield line


def _labels(header: Header, separator: str) -> list[str]:
    if header.columns is None:
        return []
    try:
        return next(csv.reader([header.columns.rstrip("\r\n")], delimiter=separator), [])
    except csv.Error:
        return header.columns.split(separator)


def _quiz_type(name: str, values: list[str], labels: tuple[str, ...] | None
               ) -> NoteType | None:
    """One of the note types `quiz export deck` writes ("quiz: TITLE", "quiz: TITLE (and
    reversed card)", "quiz: TITLE (cloze)"), known by its column names or by its name and
    number of fields (Anki pads a row with empty cells to the widest note type in the file)."""
    folded = name.casefold()
    used = len(values)
    while used and not values[used - 1].strip():
        used -= 1
    ours = folded.startswith("quiz:")
    if labels == QUIZ_CLOZE_FIELDS or (ours and folded.endswith("(cloze)")
                                       and used <= len(QUIZ_CLOZE_FIELDS)):
        return NoteType(name, QUIZ_CLOZE_FIELDS, (("Cloze", "{{cloze:Text}}", ""),), cloze=True)
    if labels == QUIZ_FIELDS or (ours and used <= len(QUIZ_FIELDS)):
        return NoteType(name, QUIZ_FIELDS, ())  # reversed when the name says so
    return None


def _positional_type(name: str, values: list[str], labels: tuple[str, ...] | None) -> NoteType:
    """A note type for a plain-text note, from its name (the file does not hold templates)."""
    found = _quiz_type(name, values, labels)
    if found is not None:
        return found
    folded, count = name.casefold(), len(values)
    first_field = values[0] if values else ""
    if "cloze" in folded or (not name and _CLOZE.search(first_field)):
        fields = ("Text", "Back Extra", *(f"Field {n}" for n in range(3, count + 1)))
        return NoteType(name or "Cloze", fields, (("Cloze", "{{cloze:Text}}", ""),), cloze=True,
                        extra=fields[1:])
    fields = ("Front", "Back", *(f"Field {n}" for n in range(3, max(count, 2) + 1)))
    templates = [("Card 1", "{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}")]
    extra = fields[2:]
    if "reverse" in folded:
        condition = "Field 3" if "optional" in folded else ""
        front = ("{{#" + condition + "}}{{Back}}{{/" + condition + "}}") if condition \
            else "{{Back}}"
        templates.append(("Card 2", front, "{{FrontSide}}<hr id=answer>{{Front}}"))
        extra = fields[3:] if condition else extra
    return NoteType(name or "Basic", fields, tuple(templates), extra=extra)


@dataclass
class TextNotes:
    """The notes of a plain-text export and what its header says about the whole deck."""

    notes: list[Note]
    tags: tuple[str, ...]
    deck: str | None
    warnings: list[str]


def read_text_notes(path: Path) -> TextNotes:
    """Read an Anki plain-text export; raise DeckError with every FILE:LINE problem."""
    path = Path(path)
    text = read_text(path, "this file is not UTF-8 text, which Anki always writes")
    problems: list[Problem] = []
    warnings: list[str] = []
    header = read_header(path, text, problems, warnings)
    body_start = sum(len(line) for _, line in zip(range(header.lines),
                                                  io.StringIO(text, newline=""), strict=False))
    body = text[body_start:]
    separator = header.separator or detect_delimiter(path, body)
    is_html = header.is_html if header.is_html is not None else looks_like_html(body)
    labels = _labels(header, separator)
    column = dict(header.column)
    if "tags column" not in column:
        named = [n for n, label in enumerate(labels, start=1) if label.strip().lower() == "tags"]
        if named:
            column["tags column"] = named[0]
    meta = {number - 1 for number in column.values()}
    field_labels = tuple(label for n, label in enumerate(labels) if n not in meta) or None
    legacy = header.lines == 0  # no header: question, answer, tags (as Anki reads Basic)
    records = _Records(text, header.lines)
    reader = csv.reader(records, delimiter=separator, strict=True)
    notes: list[Note] = []
    while True:
        records.at_start = True
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(RowProblem(path, records.start, 0, f"cannot read this note: "
                                                              f"{_csv_problem(exc, separator)}"))
            break
        if not any(cell.strip() for cell in row):
            continue

        def cell(key: str, row: list[str] = row) -> str:
            number = column.get(key)
            return row[number - 1] if number and number <= len(row) else ""

        if legacy and len(row) >= 3:
            fields, tags = row[:-1], row[-1]
        else:
            fields = [value for n, value in enumerate(row) if n not in meta]
            tags = cell("tags column")
        name = cell("notetype column").strip() or header.notetype or ""
        notes.append(Note(
            where=f"{path}:{records.start}", line=records.start,
            notetype=_positional_type(name, fields, field_labels),
            fields=tuple(fields), is_html=is_html, tags=tuple(tags.split()),
            guid=cell("guid column").strip() or None,
            deck=cell("deck column").strip() or header.deck,
        ))
    if problems:
        raise DeckError(problems)
    return TextNotes(notes, header.tags, header.deck, warnings)


def _csv_problem(exc: csv.Error, separator: str) -> str:
    message = str(exc)
    if message.endswith("expected after '\"'"):
        return ("a quoted cell must end at the separator or the end of the line; put the whole "
                'cell in quotes and double any quote inside it ("")')
    if message == "unexpected end of data":
        return "a quoted cell is never closed"
    if message.startswith("field larger than field limit"):
        return f"a cell longer than {csv.field_size_limit():,} characters"
    name = next((n for n, s in SEPARATORS.items() if s == separator), repr(separator))
    return message.replace(separator, name) if separator.strip() else message
