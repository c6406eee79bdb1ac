"""`quiz import csv`: teachers' spreadsheets and Quizlet exports to a deck `quiz check` accepts.

Accepted input:
- tab separated (`.tsv`, or Quizlet's "term<TAB>definition" export) or comma/semicolon
  separated: the separator that gives the first rows the same number of columns is used
  (`detect_delimiter`, which reads a bounded sample, so a huge line never takes long);
- with a header row naming the columns (question, answer, accept, choices, explanation, tags,
  id, source_file, source_line, source_quote; `term`/`front` and `definition`/`back` also work)
  or without one, in which case the columns are question, answer, accept, choices,
  explanation, tags in that order;
- list cells (accept, choices, tags) separated by `|`, or by `;` when the cell has no `|`;
- cloze cards: a `cloze` column holding Anki's `{{c1::...}}` text (question and answer left
  empty), or, as in Anki's own text export, a question holding a cloze and no answer; a
  `reverse` column (true/false, yes/no, 1/0) adds the card asked backwards.

Every problem is collected and reported as FILE:LINE (the line where the row starts), all at
once, so a teacher fixes the spreadsheet in one pass. A cell that `quiz export deck --format
csv` guarded against formulas (`'=...`) is read back without the guard quote.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from pathlib import Path

from quiz.core.files import atomic_path, check_output
from quiz.core.slugs import slug
from quiz.deck.characters import why
from quiz.deck.cloze import cloze_cards, cloze_numbers, has_cloze_markup, parse_cloze
from quiz.deck.loader import load_deck
from quiz.deck.model import (
    Card,
    Deck,
    Source,
    derive_card_id,
    normalise_question,
    reverse_card,
)
from quiz.deck.writer import dump_deck
from quiz.errors import DeckError, Problem, QuizError
from quiz.export.csvout import unescape_cell
from quiz.textsafe import UNSAFE

COLUMNS = ("question", "answer", "accept", "choices", "explanation", "tags", "id",
           "source_file", "source_line", "source_quote", "cloze", "reverse")
POSITIONAL = ("question", "answer", "accept", "choices", "explanation", "tags")
ALIASES = {"term": "question", "front": "question", "definition": "answer", "back": "answer",
           "accepted": "accept", "wrong": "choices", "options": "choices", "tag": "tags"}
LIST_COLUMNS = ("accept", "choices", "tags")
FLAGS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False, "": False}


class RowProblem(Problem):
    """A problem at FILE:LINE (and the column number when it is about one header cell)."""

    def __str__(self) -> str:
        column = f":{self.column}" if self.column else ""
        return f"{self.path}:{self.line}{column}: {self.message}"


def _column_name(cell: str) -> str:
    name = re.sub(r"[\s-]+", "_", cell.strip().casefold())
    return ALIASES.get(name, name)


def _split(cell: str) -> tuple[str, ...]:
    parts = cell.split("|") if "|" in cell else cell.split(";")
    return tuple(p.strip() for p in parts if p.strip())


_NOT_UTF8 = ("this file is not UTF-8 text; in Excel save it as 'CSV UTF-8', in LibreOffice "
             "choose 'Unicode (UTF-8)'")


def read_text(path: Path, not_utf8: str = _NOT_UTF8) -> str:
    """The UTF-8 text of an imported file; QuizError when it cannot be read, DeckError naming
    the line where it stops being UTF-8 (with the advice `not_utf8`)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise QuizError(f"{path}: no such file") from None
    except OSError as exc:
        raise QuizError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DeckError([RowProblem(path, line, 0, not_utf8)]) from None


DELIMITERS = ("\t", ",", ";")
SAMPLE_CHARS = 1024 * 1024  # the delimiter is chosen from at most this much text...
SAMPLE_ROWS = 50  # ...and at most this many rows, so a huge line never takes long
MAX_LINE_NUMBER = 999_999_999  # nine digits, as a deck's source.line allows


def _widths(sample: str, delimiter: str, cut: bool) -> list[int]:
    """The number of columns of each non-blank row of `sample` split at `delimiter`; when the
    sample was `cut` from a longer text, its last row (probably cut short) is left out."""
    widths: list[int] = []
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                widths.append(len(row))
            if len(widths) >= SAMPLE_ROWS:
                break
    except csv.Error:
        return widths  # a quoted cell cut off by the sample's end: judge by the rows before
    if cut and 1 < len(widths) < SAMPLE_ROWS:
        widths.pop()
    return widths


def _like_punctuation(sample: str, delimiter: str) -> bool:
    """Every `delimiter` in `sample` reads as punctuation in a sentence: between two digits (a
    decimal comma, `2,5`) or followed by a space (`Paris, France`)."""
    total = sample.count(delimiter)
    pattern = rf"(?<=\d){re.escape(delimiter)}(?=\d)|{re.escape(delimiter)}(?= )"
    return total > 0 and len(re.findall(pattern, sample)) == total


def detect_delimiter(path: Path, text: str) -> str:
    """The column separator: tab for `.tsv`, else the one of tab, `,`, `;` that splits every one
    of the first rows into the same number (two or more) of columns.

    Ties go to a separator that does not read as punctuation (`2,5;3,5` is two columns, not
    three; `Paris, France;Paris` too), then to tab, comma, semicolon in that order. With no
    consistent separator, the one that splits the most rows is used, and the rows that differ
    are reported. The work is bounded: only the first SAMPLE_CHARS characters
    and SAMPLE_ROWS rows are looked at.
    """
    if path.suffix.lower() == ".tsv":
        return "\t"
    sample = text[:SAMPLE_CHARS]
    widths = {d: _widths(sample, d, len(text) > len(sample)) for d in DELIMITERS}

    def rank(delimiter: str) -> tuple[bool, bool]:
        found = widths[delimiter]
        consistent = bool(found) and found[0] >= 2 and len(set(found)) == 1
        return consistent, not _like_punctuation(sample, delimiter)

    best = max(DELIMITERS, key=rank)  # max keeps the first of equals: tab, comma, semicolon
    if rank(best)[0]:
        return best
    return max(DELIMITERS, key=lambda d: sum(width >= 2 for width in widths[d]))


def _line_number(text: str) -> int | None:
    """A source line number: ASCII digits only (not `²`), at most MAX_LINE_NUMBER."""
    if re.fullmatch(r"[0-9]{1,9}", text) and int(text) <= MAX_LINE_NUMBER:
        return int(text)
    return None


SEPARATOR_NAMES = {"\t": "tab", ",": "comma", ";": "semicolon"}


def _csv_problem(exc: csv.Error, delimiter: str) -> str:
    """What the csv module's error means for a teacher (its own text quotes the separator
    character itself, which for a tab is a raw tab on the terminal)."""
    message = str(exc)
    name = SEPARATOR_NAMES.get(delimiter, repr(delimiter))
    if message.endswith("expected after '\"'"):
        return (f"a quoted cell must end at the separator ({name}) or the end of the line; "
                'put the whole cell in quotes and double any quote inside it ("")')
    if message == "unexpected end of data":
        return "a quoted cell is never closed"
    if message.startswith("field larger than field limit"):
        return f"a cell longer than {csv.field_size_limit():,} characters"
    return message.replace(delimiter, name)


def read_csv_deck(path: Path, *, deck_id: str, title: str) -> Deck:
    """Read a CSV/TSV file as a Deck; raise DeckError with every FILE:LINE problem."""
    path = Path(path)
    text = read_text(path)
    delimiter = detect_delimiter(path, text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    problems: list[Problem] = []
    rows: list[tuple[int, list[str]]] = []
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(RowProblem(path, start, 0, "cannot read this row: "
                                                     + _csv_problem(exc, delimiter)))
            break
        if any(cell.strip() for cell in row):
            rows.append((start, row))
    if not rows and not problems:
        raise DeckError([RowProblem(path, 1, 0, "the file has no rows; a deck needs at least one "
                                             "question and answer")])
    columns: tuple[str, ...] = POSITIONAL
    if rows and _is_header(rows[0][1]):
        line, header = rows.pop(0)
        columns = _header_columns(path, line, header, problems)
    cards = [card for line, row in rows for card in _cards(path, line, row, columns, problems)]
    _check_cards(path, cards, problems)
    if not cards and not problems:
        problems.append(RowProblem(path, 1, 0, "only a header row; a deck needs at least one card"))
    if problems:
        raise DeckError(problems)
    return Deck(id=deck_id, title=title, cards=tuple(cards))


def _is_header(row: list[str]) -> bool:
    names = {_column_name(c) for c in row}
    return "question" in names and "answer" in names


def _header_columns(path: Path, line: int, header: list[str], problems: list[Problem]
                    ) -> tuple[str, ...]:
    columns = []
    for number, cell in enumerate(header, start=1):
        name = _column_name(cell)
        if not cell.strip():
            name = ""
        elif name not in COLUMNS:
            close = difflib.get_close_matches(name, COLUMNS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else \
                f" (known: {', '.join(COLUMNS)})"
            message = f"unknown column '{cell.strip()}'{hint}"
            problems.append(RowProblem(path, line, number, message))
        elif name in columns:
            problems.append(RowProblem(path, line, number, f"column '{name}' appears twice"))
        columns.append(name)
    return tuple(columns)


def _cards(path: Path, line: int, row: list[str], columns: tuple[str, ...],
           problems: list[Problem]) -> list[Card]:
    """The cards of one row: one, two with `reverse`, or one per number of a cloze."""
    if len(row) > len(columns) and any(c.strip() for c in row[len(columns):]):
        problems.append(RowProblem(path, line, 0, f"{len(row)} columns, but only {len(columns)} "
                                               f"expected ({', '.join(c or '?' for c in columns)})"
                                               "; quote cells that contain the separator"))
        return []
    cells = {name: unescape_cell(cell.strip()) for name, cell in zip(columns, row, strict=False)
             if name}
    unsafe = [(n, found.group()) for n, (name, cell) in enumerate(zip(columns, row, strict=False),
                                                                  start=1)
              if name and (found := UNSAFE.search(cell.replace("\r\n", "\n")))]
    for number, char in unsafe:  # what `quiz check` refuses in a deck, at its cell
        problems.append(RowProblem(path, line, number, why(char)))
    if unsafe:
        return []
    question, answer = cells.get("question", ""), cells.get("answer", "")
    cloze_cell = "cloze"
    if not cells.get("cloze") and not answer and has_cloze_markup(question):
        cells["cloze"], question, cloze_cell = question, "", "question"  # Anki's text export
    reverse = FLAGS.get(cells.get("reverse", "").casefold())
    if reverse is None:
        problems.append(RowProblem(path, line, columns.index("reverse") + 1, "reverse must be "
                                   f"true or false, not '{_shown(cells['reverse'])}'"))
        return []
    if cells.get("cloze"):
        if question or answer or reverse:
            message = "a cloze is not asked backwards; leave reverse empty" if reverse else \
                "a row gives a question and answer or a cloze, not both"
            problems.append(RowProblem(path, line, 0, message))
            return []
        return _cloze_cards(path, line, cells, columns.index(cloze_cell) + 1, problems)
    if not question or not answer:
        missing = " and ".join(n for n, v in (("question", question), ("answer", answer))
                               if not v)
        hint = "" if len(row) > 1 else " (only one column: separate question and answer with " \
            "a tab or a comma)"
        problems.append(RowProblem(path, line, 0, f"missing {missing}{hint}"))
        return []
    if not _source_ok(path, line, cells, problems):
        return []
    card_id = cells.get("id") or derive_card_id(question)
    card = Card(
        id=card_id, question=question, answer=answer,
        accept=_split(cells.get("accept", "")), choices=_split(cells.get("choices", "")),
        explanation=cells.get("explanation") or None, tags=_split(cells.get("tags", "")),
        source=_source(cells), line=line, siblings=card_id if reverse else None,
        reverse=reverse,
    )
    return [card, reverse_card(card)] if reverse else [card]


def _shown(text: str) -> str:
    return text if len(text) <= 20 else text[:20] + "..."


def _source_ok(path: Path, line: int, cells: dict[str, str], problems: list[Problem]) -> bool:
    number = cells.get("source_line", "")
    if cells.get("source_file") and number and _line_number(number) is None:
        problems.append(RowProblem(path, line, 0, f"source_line '{_shown(number)}' is not a line "
                                               f"number (digits 0-9, at most "
                                               f"{MAX_LINE_NUMBER:,})"))
        return False
    return True


def _source(cells: dict[str, str]) -> Source | None:
    if not cells.get("source_file"):
        return None
    number = cells.get("source_line", "")
    return Source(cells["source_file"], _line_number(number) if number else None,
                  cells.get("source_quote") or None)


def _cloze_cards(path: Path, line: int, cells: dict[str, str], column: int,
                 problems: list[Problem]) -> list[Card]:
    """The cards of a row holding a cloze (in cell number `column`), as `quiz check` reads a
    cloze entry: every mistake in the text is reported at the row and cell."""
    text = cells["cloze"]
    deletions, found = parse_cloze(text)
    for problem in found:
        problems.append(RowProblem(path, line, column, problem.message))
    accept, choices = _split(cells.get("accept", "")), _split(cells.get("choices", ""))
    if not found and (accept or choices) and len(cloze_numbers(deletions)) > 1:
        problems.append(RowProblem(path, line, 0, "accept and choices are for a cloze with one "
                                               "card; give each deletion number its own row"))
        return []
    if found or not _source_ok(path, line, cells, problems):
        return []
    return cloze_cards(text, deletions, cells.get("id") or None, accept=accept, choices=choices,
                       explanation=cells.get("explanation") or None,
                       tags=_split(cells.get("tags", "")), source=_source(cells), line=line)


def _check_cards(path: Path, cards: list[Card], problems: list[Problem]) -> None:
    """The rules `quiz check` applies across cards: unique questions and ids, wrong choices."""
    questions: dict[str, int] = {}
    ids: dict[str, int] = {}
    clozes: set[str] = set()
    for card in cards:
        entry = card.siblings if card.cloze is not None else None
        if entry is not None and entry not in clozes:  # a cloze's own id is taken too
            clozes.add(entry)
            if entry in ids:
                problems.append(RowProblem(path, card.line, 0, f"card id '{entry}' is already "
                                                            f"used on line {ids[entry]}"))
            ids.setdefault(entry, card.line)
        key = normalise_question(card.question)
        if key in questions:
            problems.append(RowProblem(path, card.line, 0, "the same question as line "
                                                        f"{questions[key]}"))
        elif card.id in ids:
            problems.append(RowProblem(path, card.line, 0, f"card id '{card.id}' is already used "
                                                        f"on line {ids[card.id]}"))
        questions.setdefault(key, card.line)
        ids.setdefault(card.id, card.line)
        right = {normalise_question(card.answer)} | {normalise_question(a) for a in card.accept}
        seen: set[str] = set()
        for choice in card.choices:
            folded = normalise_question(choice)
            if folded in right:
                problems.append(RowProblem(path, card.line, 0, f"choice '{choice}' is the answer; "
                                                            "choices lists wrong options only"))
            elif folded in seen:
                message = f"choice '{choice}' is listed twice"
                problems.append(RowProblem(path, card.line, 0, message))
            seen.add(folded)


def import_csv(source: Path, output: Path, *, title: str | None = None,
               force: bool = False) -> Deck:
    """Convert `source` to the deck file `output` (id: output's name); refuse to overwrite
    unless `force`. The file is written beside `output`, re-read with the deck loader (as
    `quiz check` would) and only then renamed into place."""
    output = check_output(output, [Path(source)])
    if output.suffix.lower() not in (".yaml", ".yml"):
        raise QuizError(f"{output}: the deck file must end in .yaml or .yml")
    if output.exists() and not force:
        raise QuizError(f"{output} already exists; use --force to replace it")
    default_title = re.sub(r"[_-]+", " ", Path(source).stem).strip().capitalize() or "Imported"
    deck = read_csv_deck(Path(source), deck_id=slug(output.stem, "imported"),
                         title=title or default_title)
    header = f"Imported from {Path(source).name} by `quiz import csv`; check with `quiz check`."
    try:
        with atomic_path(output) as staging:
            staging.write_text(dump_deck(deck, header), encoding="utf-8")
            load_deck(staging)  # exactly what `quiz check` will read; DeckError if not
    except OSError as exc:
        raise QuizError(f"cannot write {output}: {exc.strerror or exc}") from None
    return deck
