"""Small Anki packages built in the tests, in the real collection schemas.

- `legacy_package`: `collection.anki2` (or `.anki21`) in schema 11, as Anki 2.1.49 and older,
  genanki and AnkiDroid write it: note types as JSON in `col.models`, decks in `col.decks`.
- `current_package`: `collection.anki21b`, schema 18 as Anki 2.1.50+ writes it, compressed
  with Zstandard: note types in `notetypes` / `fields` / `templates` with protobuf configs,
  decks in `decks`; beside it the stub `collection.anki2` that tells old versions to update.

The table definitions are Anki's own (rslib/src/storage/schema11.sql and the schema 15-18
upgrades), `unicase` collation included.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import zstandard

SCHEMA11 = """
CREATE TABLE col (
  id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
  ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL,
  conf text NOT NULL, models text NOT NULL, decks text NOT NULL, dconf text NOT NULL,
  tags text NOT NULL
);
CREATE TABLE notes (
  id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL,
  csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL
);
CREATE TABLE cards (
  id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL,
  due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL,
  lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL,
  flags integer NOT NULL, data text NOT NULL
);
CREATE TABLE revlog (
  id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
  ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
  type integer NOT NULL
);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_notes_csum ON notes (csum);
"""

SCHEMA18 = """
CREATE TABLE deck_config (
  id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL
);
CREATE TABLE config (
  KEY text NOT NULL PRIMARY KEY, usn integer NOT NULL, mtime_secs integer NOT NULL,
  val blob NOT NULL
) without rowid;
CREATE TABLE fields (
  ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
  config blob NOT NULL, PRIMARY KEY (ntid, ord)
) without rowid;
CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
CREATE TABLE templates (
  ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL,
  PRIMARY KEY (ntid, ord)
) without rowid;
CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
CREATE TABLE notetypes (
  id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL
);
CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
CREATE TABLE decks (
  id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL
);
CREATE UNIQUE INDEX idx_decks_name ON decks (name);
CREATE TABLE tags (
  tag text NOT NULL PRIMARY KEY COLLATE unicase, usn integer NOT NULL,
  collapsed boolean NOT NULL, config blob NULL
) without rowid;
"""

BASIC_AFMT = "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"


@dataclass
class Model:
    """A note type: id, name, fields, templates (name, qfmt, afmt), cloze or not."""

    id: int
    name: str
    fields: list[str]
    templates: list[tuple[str, str, str]]
    cloze: bool = False


BASIC = Model(1001, "Basic", ["Front", "Back"], [("Card 1", "{{Front}}", BASIC_AFMT)])
REVERSED = Model(1002, "Basic (and reversed card)", ["Front", "Back"], [
    ("Card 1", "{{Front}}", BASIC_AFMT),
    ("Card 2", "{{Back}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}")])
OPTIONAL = Model(1003, "Basic (optional reversed card)", ["Front", "Back", "Add Reverse"], [
    ("Card 1", "{{Front}}", BASIC_AFMT),
    ("Card 2", "{{#Add Reverse}}{{Back}}{{/Add Reverse}}",
     "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}")])
CLOZE = Model(1004, "Cloze", ["Text", "Back Extra"],
              [("Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")], cloze=True)
TYPING = Model(1005, "Basic (type in the answer)", ["Front", "Back"], [
    ("Card 1", "{{Front}}\n\n{{type:Back}}", "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}")])


@dataclass
class AnkiNote:
    model: Model
    fields: list[str]
    tags: list[str] = field(default_factory=list)
    guid: str = ""
    deck: int = 1
    ords: list[int] | None = None  # None: one card per template (cloze: per deletion number)


def _ords(note: AnkiNote) -> list[int]:
    if note.ords is not None:
        return note.ords
    if note.model.cloze:
        import re

        return sorted({int(n) - 1 for n in re.findall(r"\{\{c(\d+)::", note.fields[0])})
    return list(range(len(note.model.templates)))


def _fill(db: sqlite3.Connection, notes: list[AnkiNote]) -> None:
    card_id = 1
    for number, note in enumerate(notes, start=1):
        flds = "\x1f".join(note.fields)
        db.execute("INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   (number, note.guid or f"guid{number}", note.model.id, 0, -1,
                    f" {' '.join(note.tags)} " if note.tags else "", flds, note.fields[0], 0, 0,
                    ""))
        for ord_ in _ords(note):
            db.execute("INSERT INTO cards VALUES (?,?,?,?,0,-1,0,0,?,0,0,0,0,0,0,0,0,'')",
                       (card_id, number, note.deck, ord_, card_id))
            card_id += 1


def _legacy_models(models: list[Model]) -> str:
    return json.dumps({str(m.id): {
        "id": m.id, "name": m.name, "type": 1 if m.cloze else 0, "mod": 0, "usn": -1,
        "sortf": 0, "did": 1, "css": ".card {}", "latexPre": "", "latexPost": "", "tags": [],
        "vers": [], "req": [[i, "any", [0]] for i in range(len(m.templates))],
        "flds": [{"name": n, "ord": i, "sticky": False, "rtl": False, "font": "Arial",
                  "size": 20, "media": []} for i, n in enumerate(m.fields)],
        "tmpls": [{"name": t[0], "ord": i, "qfmt": t[1], "afmt": t[2], "did": None,
                   "bqfmt": "", "bafmt": ""} for i, t in enumerate(m.templates)],
    } for m in models})


def _unicase(a: str, b: str) -> int:
    return (a.casefold() > b.casefold()) - (a.casefold() < b.casefold())


def legacy_collection(notes: list[AnkiNote], decks: dict[int, str] | None = None) -> bytes:
    """A schema-11 collection holding `notes` (decks: id -> name; default 1: "Default")."""
    decks = decks or {1: "Default"}
    models = list({note.model.id: note.model for note in notes}.values())
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA11)
    db.execute("INSERT INTO col VALUES (1,0,0,0,11,0,0,0,'{}',?,?,'{}','{}')",
               (_legacy_models(models),
                json.dumps({str(i): {"id": i, "name": n} for i, n in decks.items()})))
    _fill(db, notes)
    db.commit()
    return db.serialize()


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _proto_text(number: int, text: str) -> bytes:
    data = text.encode("utf-8")
    return _varint(number << 3 | 2) + _varint(len(data)) + data


def current_collection(notes: list[AnkiNote], decks: dict[int, str] | None = None) -> bytes:
    """A schema-18 collection holding `notes` (deck names may hold "::" for levels)."""
    decks = decks or {1: "Default"}
    models = list({note.model.id: note.model for note in notes}.values())
    db = sqlite3.connect(":memory:")
    db.create_collation("unicase", _unicase)
    db.executescript(SCHEMA11 + SCHEMA18)
    db.execute("INSERT INTO col VALUES (1,0,0,0,18,0,0,0,'','','','','')")
    for model in models:
        config = (b"\x08\x01" if model.cloze else b"") + _proto_text(3, ".card {}")
        db.execute("INSERT INTO notetypes VALUES (?,?,0,-1,?)", (model.id, model.name, config))
        for ord_, name in enumerate(model.fields):
            db.execute("INSERT INTO fields VALUES (?,?,?,?)",
                       (model.id, ord_, name, _proto_text(3, "Arial")))
        for ord_, (name, qfmt, afmt) in enumerate(model.templates):
            db.execute("INSERT INTO templates VALUES (?,?,?,0,-1,?)",
                       (model.id, ord_, name, _proto_text(1, qfmt) + _proto_text(2, afmt)))
    for did, name in decks.items():
        db.execute("INSERT INTO decks VALUES (?,?,0,-1,?,?)",
                   (did, name.replace("::", "\x1f"), b"", b""))
    _fill(db, notes)
    db.commit()
    return db.serialize()


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def legacy_package(path: Path, notes: list[AnkiNote], decks: dict[int, str] | None = None, *,
                   name: str = "collection.anki2") -> Path:
    return write_zip(path, {name: legacy_collection(notes, decks), "media": b"{}"})


STUB_NOTE = "Please update to the latest Anki version, then import the .colpkg/.apkg file again."


def current_package(path: Path, notes: list[AnkiNote],
                    decks: dict[int, str] | None = None) -> Path:
    stub = legacy_collection([AnkiNote(BASIC, [STUB_NOTE, ""])])
    compressed = zstandard.ZstdCompressor().compress(current_collection(notes, decks))
    return write_zip(path, {"meta": b"\x08\x03", "collection.anki21b": compressed,
                            "collection.anki2": stub,
                            "media": zstandard.ZstdCompressor().compress(b"")})
