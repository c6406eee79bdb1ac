"""`quiz export deck`: find a deck by file path or id, and write it as an Anki package or CSV.

The CSV has the columns `quiz import csv` reads back (lists joined with ` | `), so a teacher
can round-trip a deck through a spreadsheet. One row per entry of the deck file: a cloze is one
row with its text in the `cloze` column (question and answer empty), a reversed card one row
with `reverse` true.
"""

from __future__ import annotations

from pathlib import Path

from quiz.core.files import check_output
from quiz.deck.loader import load_deck, load_decks
from quiz.deck.model import Deck
from quiz.errors import QuizError
from quiz.export.csvout import csv_text, write_csv_file

DECK_CSV_COLUMNS = ("id", "question", "answer", "accept", "choices", "explanation", "tags",
                    "source_file", "source_line", "source_quote", "cloze", "reverse")
DECK_FORMATS = ("apkg", "csv")


def resolve_deck(spec: str, decks_dir: Path) -> Deck:
    """The deck in file `spec`, else the deck whose id is `spec` in `decks_dir`."""
    path = Path(spec)
    if path.is_file() or path.suffix in (".yaml", ".yml"):
        return load_deck(path)
    if not decks_dir.is_dir():
        raise QuizError(f"no deck file {spec!r}, and no decks folder {decks_dir} to look for "
                        "that id in (use --decks DIR)")
    result = load_decks([decks_dir])
    for deck in result.decks:
        if deck.id == spec:
            return deck
    known = ", ".join(sorted(d.id for d in result.decks)) or "none"
    broken = f"; {len(result.errors)} deck file(s) there do not load (quiz check {decks_dir})" \
        if result.errors else ""
    raise QuizError(f"no deck {spec!r} in {decks_dir} (decks: {known}){broken}")


def deck_csv(deck: Deck) -> str:
    """The deck as CSV text, one entry per row, in DECK_CSV_COLUMNS order."""
    rows = []
    for c in deck.entry_cards():
        src = c.source
        cloze = c.cloze is not None
        rows.append([
            c.siblings if cloze else c.id, None if cloze else c.question,
            None if cloze else c.answer, " | ".join(c.accept), " | ".join(c.choices),
            c.explanation, " | ".join(c.tags), src.file if src else None,
            src.line if src else None, src.quote if src else None, c.cloze,
            "true" if c.reverse else None,
        ])
    return csv_text(DECK_CSV_COLUMNS, rows)


def export_deck(spec: str, fmt: str, output: Path, decks_dir: Path) -> Deck:
    """Write the deck named by `spec` to `output` as `fmt` ("apkg" or "csv"); return it."""
    deck = resolve_deck(spec, decks_dir)
    output = check_output(output, [deck.path] if deck.path is not None else [])
    if fmt == "apkg":
        from quiz.export.anki import write_apkg

        write_apkg(deck, output)
    elif fmt == "csv":
        try:
            write_csv_file(output, deck_csv(deck))
        except OSError as exc:
            raise QuizError(f"cannot write {output}: {exc.strerror or exc}") from None
    else:
        raise QuizError(f"unknown deck format {fmt!r}; use one of {', '.join(DECK_FORMATS)}")
    return deck
