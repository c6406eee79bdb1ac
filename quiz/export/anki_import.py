"""`quiz import anki`: an Anki package (.apkg, .colpkg) or "Notes in Plain Text" export as a
deck file that `quiz check` accepts.

The file is recognised by its content (a zip is a package, anything else plain text), read into
notes (`anki_package`, `anki_text`), turned into cards (`anki_notes`) and written like `quiz
import csv` writes: never over the input, never over an existing deck without `force`, to a
temporary file beside the output that is re-read with the deck loader before it is renamed into
place. What did not come across (media, cards without text, repeated questions) is returned as
warnings for the command to print.
"""

from __future__ import annotations

import re
from pathlib import Path

from quiz.core.files import atomic_path, check_output
from quiz.core.slugs import slug
from quiz.deck.loader import load_deck
from quiz.deck.writer import dump_deck
from quiz.errors import QuizError
from quiz.export.anki_notes import ImportReport, notes_to_deck
from quiz.export.anki_package import is_package, read_package_notes
from quiz.export.anki_text import is_anki_text, read_text_notes

_PEEK = 4096  # bytes read to tell an Anki plain-text export from a spreadsheet


def looks_like_anki_text(path: Path) -> bool:
    """Whether the file starts with Anki's header lines (`#separator:tab`, `#html:true`...),
    so `quiz import csv` can hand it over; False when it cannot be read."""
    try:
        with open(path, "rb") as file:
            head = file.read(_PEEK)
    except OSError:
        return False
    return is_anki_text(head.decode("utf-8", "replace"))


def _title(source: Path, decks: list[str]) -> str:
    if len(decks) == 1 and decks[0].strip() and decks[0] != "Default":
        return decks[0].strip()
    return re.sub(r"[_-]+", " ", source.stem).strip().capitalize() or "Imported from Anki"


def read_anki(source: Path, *, deck_id: str, title: str | None = None) -> ImportReport:
    """The deck an Anki file gives, with warnings; QuizError (DeckError with FILE:LINE
    problems for a plain-text export) when it cannot be read or gives no card."""
    source = Path(source)
    tags: tuple[str, ...] = ()  # a package's notes carry their own tags
    if is_package(source):
        package = read_package_notes(source)
        notes, decks, warnings = package.notes, package.decks, []
    else:
        text = read_text_notes(source)
        found = [n.deck for n in text.notes if n.deck]
        decks = list(dict.fromkeys(found)) or ([text.deck] if text.deck else [])
        notes, tags, warnings = text.notes, text.tags, text.warnings
    report = notes_to_deck(notes, deck_id=deck_id, title=title or _title(source, decks),
                           tags=tags)
    report.warnings[:0] = warnings
    if not report.deck.cards:
        why = "".join(f"\n{source}: {warning}" for warning in report.warnings)
        raise QuizError(f"{source}: no card to import{':' if why else ''}{why}")
    return report


def _header(source: Path) -> str:
    return f"Imported from {source.name} (Anki) by `quiz import anki`; check with `quiz check`."


def import_anki(source: Path, output: Path, *, title: str | None = None,
                force: bool = False) -> ImportReport:
    """Convert the Anki file `source` to the deck file `output` (id: output's name); refuse to
    overwrite it unless `force`, and never write over `source`."""
    output = check_output(output, [Path(source)])
    if output.suffix.lower() not in (".yaml", ".yml"):
        raise QuizError(f"{output}: the deck file must end in .yaml or .yml")
    if output.exists() and not force:
        raise QuizError(f"{output} already exists; use --force to replace it")
    report = read_anki(Path(source), deck_id=slug(output.stem, "imported"), title=title)
    try:
        with atomic_path(output) as staging:
            staging.write_text(dump_deck(report.deck, _header(Path(source))),
                               encoding="utf-8")
            load_deck(staging)  # exactly what `quiz check` will read; DeckError if not
    except OSError as exc:
        raise QuizError(f"cannot write {output}: {exc.strerror or exc}") from None
    return report
