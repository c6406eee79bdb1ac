"""CSV that opens cleanly in a spreadsheet: header row, UTF-8, ISO dates, no formula injection.

Files are written as UTF-8 *with* a byte order mark: Excel needs it to read UTF-8 (without it
"Chloé" shows as "ChloÃ©"), LibreOffice and Google Sheets ignore it, and Python reads it with
`encoding="utf-8-sig"`. Text sent to stdout has no BOM (it goes to pipes and scripts). A text
cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, which
spreadsheets display as text instead of evaluating (OWASP's advice against CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from quiz.core.files import write_atomic
from quiz.export.documents import ProgressDoc
from quiz.export.labels import deck_titles, rating_word

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def escape_cell(value: Any) -> str:
    """A cell's text: None -> empty, bools as true/false, text guarded against formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """Undo `escape_cell` on text (a leading `'` before a formula character is dropped)."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """The CSV text (comma separated, CRLF line ends as RFC 4180) of `header` and `rows`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([escape_cell(v) for v in row])
    return out.getvalue()


def write_csv_file(path: Path, text: str) -> None:
    """Write CSV text to `path` as UTF-8 with a BOM (for Excel), replacing it atomically."""
    write_atomic(Path(path), BOM + text)


PROGRESS_COLUMNS = (
    "student", "deck", "deck_title", "card_id", "question", "answer", "state", "reviews",
    "misses", "lapses", "accuracy", "last_review", "last_rating", "stability", "difficulty",
    "retrievability", "due", "suspended",
)


def progress_csv(doc: ProgressDoc) -> str:
    """One row per (student, card) of a progress document, in PROGRESS_COLUMNS order; for a
    reader, `deck_title` beside the deck id and `last_rating` as a word (Again ... Easy)."""
    titles = deck_titles(doc["decks"])
    rows: list[Mapping[str, Any]] = [
        {**row, "deck_title": titles.get(row["deck"], row["deck"]),
         "last_rating": rating_word(row["last_rating"])}
        for row in doc["cards"]
    ]
    return csv_text(PROGRESS_COLUMNS, ([row[c] for c in PROGRESS_COLUMNS] for row in rows))
