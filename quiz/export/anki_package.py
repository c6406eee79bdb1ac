"""Anki packages (`.apkg`, `.colpkg`) read as notes.

A package is a zip holding one SQLite collection, in the newest form it has:

- `collection.anki21b` (Anki 2.1.50 and later): the collection compressed with Zstandard, in
  schema 18: note types in the tables `notetypes` (the cloze kind is field 1 of the protobuf
  `config`), `fields` and `templates` (question and answer formats are fields 1 and 2 of its
  protobuf `config`), deck names in `decks` (levels separated by U+001F);
- `collection.anki21` or `collection.anki2` (older Anki, genanki, AnkiDroid): schema 11, note
  types as JSON in `col.models` (`type` 1 is cloze; `flds`, `tmpls` with `qfmt` / `afmt`),
  decks as JSON in `col.decks`.

Either way `notes` holds each note's GUID, note type (`mid`), space-separated `tags` and the
fields joined by U+001F (`flds`), and `cards` which cards Anki made of it (`nid`, `ord`, `did`).
Scheduling, review history and media files are not read: quiz schedules the cards afresh, and
the cards that name media are reported by `anki_notes`. The collection is copied out of the zip
(decompressed as a stream, at most MAX_COLLECTION bytes) into a temporary folder and opened
read-only.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import zstandard

from quiz.errors import QuizError
from quiz.export.anki_fields import html_text, template_fields
from quiz.export.anki_notes import Note, NoteType

COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")
MAX_COLLECTION = 4 * 1024**3  # a collection larger than this (decompressed) is refused
FIELD_SEPARATOR = "\x1f"


@dataclass
class PackageNotes:
    """The notes of a package and the names of the Anki decks their cards are in."""

    notes: list[Note]
    decks: list[str]


def is_package(path: Path) -> bool:
    """Whether `path` is named or made as a package: .apkg or .colpkg, or any zip file."""
    if Path(path).suffix.lower() in (".apkg", ".colpkg"):
        return True
    try:
        with open(path, "rb") as file:
            return file.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _copy(source: IO[bytes], target: Path, name: str, path: Path) -> None:
    written = 0
    with open(target, "wb") as out:
        while chunk := source.read(1024 * 1024):
            written += len(chunk)
            if written > MAX_COLLECTION:
                raise QuizError(f"{path}: {name} is larger than {MAX_COLLECTION // 1024**3} GiB "
                                "once unpacked; quiz does not import collections that large")
            out.write(chunk)


def _extract(path: Path, folder: Path) -> Path:
    """The package's collection, copied (and decompressed) into `folder`."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise QuizError(f"{path}: no such file") from None
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise QuizError(f"{path}: not an Anki package (an .apkg is a zip file): {exc}") from None
    with archive:
        names = set(archive.namelist())
        name = next((n for n in COLLECTIONS if n in names), None)
        if name is None:
            raise QuizError(f"{path}: no Anki collection in this zip (it holds none of "
                            f"{', '.join(COLLECTIONS)})")
        target = folder / "collection.db"
        try:
            with archive.open(name) as member:
                if name.endswith("b"):
                    with zstandard.ZstdDecompressor().stream_reader(member) as reader:
                        _copy(reader, target, name, path)
                else:
                    _copy(member, target, name, path)
        except QuizError:
            raise
        except Exception as exc:  # zlib, zstandard and zipfile each raise their own errors
            raise QuizError(f"{path}: {name} cannot be unpacked: {exc}") from None
    return target


def _varint(data: bytes, index: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if index >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[index]
        index += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, index


def protobuf_fields(data: bytes) -> dict[int, list[int | bytes]]:
    """The top-level fields of a protobuf message (field number -> values), as far as it can
    be read: enough for the few fields of Anki's configs used here, without a protobuf library."""
    found: dict[int, list[int | bytes]] = {}
    index = 0
    try:
        while index < len(data):
            key, index = _varint(data, index)
            number, wire = key >> 3, key & 7
            value: int | bytes
            if wire == 0:
                value, index = _varint(data, index)
            elif wire == 2:
                length, index = _varint(data, index)
                value, index = data[index:index + length], index + length
            elif wire in (1, 5):
                size = 8 if wire == 1 else 4
                value, index = data[index:index + size], index + size
            else:
                break
            if index > len(data):
                break
            found.setdefault(number, []).append(value)
    except ValueError:
        pass
    return found


def _text(values: list[int | bytes], default: str = "") -> str:
    value = values[0] if values else b""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else default


def _note_types_v18(db: sqlite3.Connection) -> dict[int, NoteType]:
    fields: dict[int, list[str]] = {}
    for ntid, name in db.execute("SELECT ntid, name FROM fields ORDER BY ntid, ord"):
        fields.setdefault(ntid, []).append(str(name))
    templates: dict[int, list[tuple[str, str, str]]] = {}
    for ntid, name, config in db.execute(
            "SELECT ntid, name, config FROM templates ORDER BY ntid, ord"):
        parsed = protobuf_fields(bytes(config or b""))
        templates.setdefault(ntid, []).append(
            (str(name), _text(parsed.get(1, [])), _text(parsed.get(2, []))))
    types = {}
    for ntid, name, config in db.execute("SELECT id, name, config FROM notetypes"):
        kind = protobuf_fields(bytes(config or b"")).get(1, [0])[0]
        types[ntid] = _note_type(str(name), fields.get(ntid, []), templates.get(ntid, []),
                                 cloze=kind == 1)
    return types


def _note_types_legacy(db: sqlite3.Connection) -> dict[int, NoteType]:
    (models,) = db.execute("SELECT models FROM col").fetchone() or ("{}",)
    types = {}
    for key, model in (json.loads(models or "{}") or {}).items():
        fields = [str(f["name"]) for f in sorted(model.get("flds", []), key=lambda f: f["ord"])]
        templates = [(str(t.get("name", "")), str(t.get("qfmt", "")), str(t.get("afmt", "")))
                     for t in sorted(model.get("tmpls", []), key=lambda t: t["ord"])]
        types[int(key)] = _note_type(str(model.get("name", "")), fields, templates,
                                     cloze=model.get("type") == 1)
    return types


def _note_type(name: str, fields: list[str], templates: list[tuple[str, str, str]], *,
               cloze: bool) -> NoteType:
    """A cloze type's explanation is what its back shows besides the deletions (Back Extra)."""
    extra: tuple[str, ...] = ()
    if cloze and templates:
        used = [field for filters, field in template_fields(templates[0][2])
                if "cloze" not in filters and field in fields]
        extra = tuple(dict.fromkeys(used))
    return NoteType(name, tuple(fields), tuple(templates), cloze=cloze, extra=extra)


def _decks(db: sqlite3.Connection, tables: set[str]) -> dict[int, str]:
    if "decks" in tables:
        rows = db.execute("SELECT id, name FROM decks").fetchall()
        if rows:
            return {did: str(name).replace(FIELD_SEPARATOR, "::") for did, name in rows}
    (decks,) = db.execute("SELECT decks FROM col").fetchone() or ("{}",)
    return {int(did): str(deck.get("name", "")) for did, deck in
            (json.loads(decks or "{}") or {}).items()}


def _read(db: sqlite3.Connection, path: Path) -> PackageNotes:
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = {"col", "notes", "cards"} - tables
    if missing:
        raise QuizError(f"{path}: not an Anki collection (no table {', '.join(sorted(missing))})")
    v18 = "notetypes" in tables and db.execute("SELECT count(*) FROM notetypes").fetchone()[0]
    types = _note_types_v18(db) if v18 else _note_types_legacy(db)
    decks = _decks(db, tables)
    made: dict[int, tuple[list[int], int]] = {}
    for nid, ord_, did in db.execute("SELECT nid, ord, did FROM cards ORDER BY nid, ord"):
        made.setdefault(nid, ([], did))[0].append(ord_)
    notes = []
    used_decks: list[str] = []
    rows = db.execute("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id")
    for number, (nid, guid, mid, tags, flds) in enumerate(rows, start=1):
        values = _str(flds).split(FIELD_SEPARATOR)
        first = html_text(values[0]).text.replace("\n", " ")
        label = first if len(first) <= 40 else first[:40] + "..."
        where = f'{path}: note {number} ("{label}")'
        notetype = types.get(mid) or NoteType(f"unknown note type {mid}", (), ())
        ords, did = made.get(nid, (None, None))
        deck = decks.get(did) if did is not None else None
        if deck and deck not in used_decks:
            used_decks.append(deck)
        notes.append(Note(where=where, notetype=notetype, fields=tuple(values),
                          tags=tuple(_str(tags).split()), guid=_str(guid) or None, deck=deck,
                          ords=tuple(ords) if ords is not None else None))
    return PackageNotes(notes, used_decks)


def _str(value: object) -> str:
    """A column's value as text (a blob is decoded, a NULL is empty)."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _unicase(a: str, b: str) -> int:
    """Anki's `unicase` collation, needed to read tables declared with it."""
    x, y = a.casefold(), b.casefold()
    return (x > y) - (x < y)


def read_package_notes(path: Path) -> PackageNotes:
    """Read the notes of an Anki package; QuizError when it is not one quiz can read."""
    path = Path(path)
    folder = Path(tempfile.mkdtemp(prefix="quiz-apkg-"))
    try:
        collection = _extract(path, folder)
        try:
            db = sqlite3.connect(f"{collection.as_uri()}?mode=ro&immutable=1", uri=True)
        except sqlite3.Error as exc:
            raise QuizError(f"{path}: the collection cannot be opened: {exc}") from None
        try:
            db.create_collation("unicase", _unicase)
            return _read(db, path)
        except sqlite3.Error as exc:
            raise QuizError(f"{path}: not a readable Anki collection: {exc}") from None
        except (ValueError, TypeError, KeyError, AttributeError) as exc:  # JSON of another shape
            raise QuizError(f"{path}: the collection's note types or decks cannot be read "
                            f"({type(exc).__name__}: {exc})") from None
        finally:
            db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
