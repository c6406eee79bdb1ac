"""A deck as an Anki package (.apkg) through genanki, byte-identical on every export.

A question/answer card is a note of a Basic-like note type; a card with `reverse: true` is one
note of a two-template type like Anki's "Basic (and reversed card)"; a cloze is one note of a
Cloze type (`{{c1::...}}` kept, so Anki makes its cards). Each note type's fields carry what
the card has (other right answers, wrong options, explanation, source, the quiz id).

Re-importing an updated deck into Anki updates its notes instead of duplicating them: the note
GUID is `genanki.guid_for(deck id, card id)`, and the Anki deck and note type ids are hashes of
the quiz deck id. Anki replaces a note on import only when the package's note is *newer*, so
the notes' modification time is the deck file's mtime (or `SOURCE_DATE_EPOCH` when set, as for
reproducible builds): editing the deck makes the next export update the notes in Anki, while
exporting the same file twice gives the same bytes. genanki would stamp the current time and
`zipfile` the temporary file's mtime, so this module writes the collection itself
(`Package.write_to_db`) with that timestamp and zips it with a fixed entry date.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import re
import sqlite3
import tempfile
import zipfile
from html import escape
from pathlib import Path

import genanki

from quiz.core.files import write_atomic
from quiz.deck.model import Card, Deck
from quiz.errors import QuizError

FIELDS = ("Question", "Answer", "Accept", "Choices", "Explanation", "Source", "QuizId")
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
BASE_TIMESTAMP = 1_700_000_000  # 2023-11-14: decks built in memory, with no file

CSS = """.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: center; }
.extra { font-size: 15px; color: #555; margin-top: 12px; }
.source { font-size: 13px; color: #777; font-style: italic; margin-top: 12px; }"""
FRONT = "{{Question}}"
_EXTRA = (
    "{{#Explanation}}<div class=extra>{{Explanation}}</div>{{/Explanation}}"
    "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}"
)
BACK = (
    "{{FrontSide}}<hr id=answer>{{Answer}}"
    "{{#Accept}}<div class=extra>Also right: {{Accept}}</div>{{/Accept}}" + _EXTRA
)
REVERSE_FRONT = "{{Answer}}"
REVERSE_BACK = "{{FrontSide}}<hr id=answer>{{Question}}" + _EXTRA
CLOZE_FIELDS = ("Text", "Accept", "Choices", "Explanation", "Source", "QuizId")
CLOZE_FRONT = "{{cloze:Text}}"
CLOZE_BACK = (
    "{{cloze:Text}}{{#Accept}}<div class=extra>Also right: {{Accept}}</div>{{/Accept}}" + _EXTRA
)


def stable_id(kind: str, deck_id: str) -> int:
    """A 31-bit id (genanki's recommended range 2**30..2**31) from a hash of the deck id."""
    digest = hashlib.sha256(f"quiz-{kind}:{deck_id}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def note_guid(deck_id: str, card_id: str) -> str:
    """The Anki note GUID of a quiz card: the same card always maps to the same note."""
    return genanki.guid_for(deck_id, card_id)


# C0 controls but tab and newline, and DEL: U+001F is Anki's field separator, so a raw one in a
# field would split the note into more fields than its note type has.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _html(text: str | None) -> str:
    """Deck text as an Anki field: HTML-escaped, newlines as <br>, control characters as
    character references (`&#x1f;`), so the text is kept and never splits the note."""
    escaped = escape(text or "").replace("\r\n", "\n").replace("\n", "<br>")
    return _CONTROL.sub(lambda m: f"&#x{ord(m.group()):02x};", escaped)


def _source(card: Card) -> str:
    if card.source is None:
        return ""
    where = card.source.file + (f":{card.source.line}" if card.source.line else "")
    return _html(f"{card.source.quote} ({where})" if card.source.quote else where)


def _fields(deck: Deck, card: Card) -> list[str]:
    return [
        _html(card.question), _html(card.answer), _html("; ".join(card.accept)),
        _html("; ".join(card.choices)), _html(card.explanation), _source(card),
        _html(f"{deck.id}/{card.id}"),
    ]


def _cloze_fields(deck: Deck, card: Card) -> list[str]:
    """A cloze note's fields: its text with `{{cN::...}}` kept (escaping leaves the braces)."""
    return [
        _html(card.cloze), _html("; ".join(card.accept)), _html("; ".join(card.choices)),
        _html(card.explanation), _source(card), _html(f"{deck.id}/{card.siblings}"),
    ]


def _tag(text: str) -> str:
    return "_".join(text.split())  # Anki tags cannot contain spaces


def _models(deck: Deck) -> dict[str, genanki.Model]:
    """The deck's note types: basic, basic and reversed, cloze (ids from the deck id)."""
    return {
        "basic": genanki.Model(
            stable_id("model", deck.id), f"quiz: {deck.title}",
            fields=[{"name": name} for name in FIELDS],
            templates=[{"name": "Card 1", "qfmt": FRONT, "afmt": BACK}], css=CSS),
        "reverse": genanki.Model(
            stable_id("reverse-model", deck.id), f"quiz: {deck.title} (and reversed card)",
            fields=[{"name": name} for name in FIELDS],
            templates=[{"name": "Card 1", "qfmt": FRONT, "afmt": BACK},
                       {"name": "Card 2", "qfmt": REVERSE_FRONT, "afmt": REVERSE_BACK}],
            css=CSS),
        "cloze": genanki.Model(
            stable_id("cloze-model", deck.id), f"quiz: {deck.title} (cloze)",
            fields=[{"name": name} for name in CLOZE_FIELDS],
            templates=[{"name": "Cloze", "qfmt": CLOZE_FRONT, "afmt": CLOZE_BACK}], css=CSS,
            model_type=genanki.Model.CLOZE),
    }


def build_package(deck: Deck) -> genanki.Package:
    """The genanki package of a deck, all deck text escaped: one note per deck entry (a
    question, a question with its reverse, a cloze with all its cards)."""
    models = _models(deck)
    anki_deck = genanki.Deck(stable_id("deck", deck.id), deck.title,
                             description=_html(deck.description))
    for card in deck.entry_cards():
        tags = sorted({_tag(t) for t in (*deck.tags, *card.tags) if t.strip()})
        if card.cloze is not None:
            note = genanki.Note(model=models["cloze"], fields=_cloze_fields(deck, card),
                                guid=note_guid(deck.id, card.siblings or card.id), tags=tags)
        else:
            model = models["reverse" if card.reverse else "basic"]
            note = genanki.Note(model=model, fields=_fields(deck, card),
                                guid=note_guid(deck.id, card.id), tags=tags)
        anki_deck.add_note(note)
    return genanki.Package(anki_deck)


def package_timestamp(deck: Deck) -> int:
    """The notes' modification time: SOURCE_DATE_EPOCH, else the deck file's mtime, else a
    fixed date (whole seconds, so the same input always gives the same package)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return int(epoch)
    if deck.path is not None:
        try:
            return int(Path(deck.path).stat().st_mtime)
        except OSError:
            pass
    return BASE_TIMESTAMP


def write_apkg(deck: Deck, path: Path) -> None:
    """Write `deck` as an .apkg at `path`; the same deck always gives the same bytes."""
    package = build_package(deck)
    timestamp = package_timestamp(deck)
    path = Path(path)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            collection = Path(tmp) / "collection.anki2"
            conn = sqlite3.connect(collection)
            try:
                cursor = conn.cursor()
                package.write_to_db(cursor, timestamp, itertools.count(timestamp * 1000))
                conn.commit()
            finally:
                conn.close()
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                for name, data in (("collection.anki2", collection.read_bytes()),
                                   ("media", json.dumps({}).encode())):
                    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o644 << 16
                    zf.writestr(info, data)
        write_atomic(path, buffer.getvalue())
    except OSError as exc:
        raise QuizError(f"cannot write {path}: {exc.strerror or exc}") from None
    except sqlite3.Error as exc:  # the collection is built in a temporary folder first
        raise QuizError(f"cannot write {path}: building the Anki collection failed ({exc})"
                        ) from None
