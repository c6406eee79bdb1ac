"""`quiz export deck`: the Anki package read back with sqlite3, determinism, stable GUIDs; CSV.

The package is read with zipfile + sqlite3 rather than the `anki` package: an .apkg is a zip
holding the SQLite collection `collection.anki2`, which is all genanki writes, and the `anki`
wheel (Rust backend, pinned protobuf) is a heavy test dependency for reading four tables.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path

import genanki
import pytest
from click.testing import CliRunner
from export_helpers import PLAIN, SCRIPT_Q, TRICKY, write_decks

from quiz.cli import cli
from quiz.deck.loader import load_deck
from quiz.deck.model import Card, Deck
from quiz.export.anki import FIELDS, stable_id, write_apkg
from quiz.export.deck_export import DECK_CSV_COLUMNS


def read_apkg(path: Path, tmp: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["collection.anki2", "media"]
        (tmp / "c.anki2").write_bytes(zf.read("collection.anki2"))
    conn = sqlite3.connect(tmp / "c.anki2")
    try:
        notes = conn.execute("SELECT guid, mid, tags, flds FROM notes ORDER BY id").fetchall()
        cards = conn.execute("SELECT nid, did FROM cards").fetchall()
        models, decks = conn.execute("SELECT models, decks FROM col").fetchone()
    finally:
        conn.close()
    return {"notes": notes, "cards": cards, "models": json.loads(models),
            "decks": json.loads(decks)}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_apkg_notes_fields_and_guids(tmp_path: Path) -> None:
    (deck,) = write_decks(tmp_path, [TRICKY])
    out = tmp_path / "tricky.apkg"
    code, _, err = run("export", "deck", str(deck.path), "-o", str(out))
    assert code == 0 and "3 cards of tricky" in err
    col = read_apkg(out, tmp_path)
    assert [n[0] for n in col["notes"]] == [genanki.guid_for("tricky", c.id) for c in deck.cards]
    fields = [n[3].split("\x1f") for n in col["notes"]]
    assert all(len(f) == len(FIELDS) for f in fields)
    assert fields[0][0] == "&lt;script&gt;alert(1)&lt;/script&gt;"  # escaped, shown as text
    assert fields[0][1] == "=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)"
    assert fields[0][5] == ("A quote with &lt;img src=x onerror=alert(2)&gt; (seeds/x.txt:3)")
    assert fields[1][:2] == ["In what year did the Berlin Wall fall?", "1989"]
    assert fields[1][6] == "tricky/wall"
    assert {n[1] for n in col["notes"]} == {stable_id("model", "tricky")}
    assert str(stable_id("deck", "tricky")) in col["decks"]
    assert col["decks"][str(stable_id("deck", "tricky"))]["name"] == TRICKY.title
    assert col["models"][str(stable_id("model", "tricky"))]["flds"][0]["name"] == "Question"
    assert {did for _, did in col["cards"]} == {stable_id("deck", "tricky")}
    assert len(col["cards"]) == 3


def test_apkg_is_byte_identical_and_guids_survive_edits(tmp_path: Path) -> None:
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    write_apkg(TRICKY, first)
    write_apkg(TRICKY, second)
    assert first.read_bytes() == second.read_bytes()
    edited = replace(TRICKY, cards=(replace(TRICKY.cards[1], answer="9 November 1989"),
                                    *TRICKY.cards[::2]))
    write_apkg(edited, second)
    before = {n[0] for n in read_apkg(first, tmp_path)["notes"]}
    after = read_apkg(second, tmp_path)["notes"]
    assert {n[0] for n in after} == before  # Anki updates these notes, no duplicates
    assert "9 November 1989" in after[0][3]


def test_different_decks_get_different_ids(tmp_path: Path) -> None:
    write_apkg(PLAIN, tmp_path / "p.apkg")
    col = read_apkg(tmp_path / "p.apkg", tmp_path)
    assert str(stable_id("deck", "plain")) in col["decks"]
    assert stable_id("deck", "plain") != stable_id("deck", "tricky")
    assert stable_id("model", "plain") != stable_id("model", "tricky")


def test_deck_by_id_from_the_decks_folder_as_csv(tmp_path: Path) -> None:
    write_decks(tmp_path, [TRICKY, PLAIN])
    out = tmp_path / "tricky.csv"
    code, _, _ = run("--decks", str(tmp_path / "decks"), "export", "deck", "tricky",
                     "--format", "csv", "-o", str(out))
    assert code == 0
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    assert tuple(rows[0]) == DECK_CSV_COLUMNS
    assert rows[1][:3] == ["xss", SCRIPT_Q, "'=HYPERLINK(\"http://evil.example\",\"x\")"]
    assert rows[2][7:] == ["seeds/cold.txt", "4", "The Wall fell in 1989.", "", ""]


def test_unknown_deck_id_is_a_clear_error(tmp_path: Path) -> None:
    write_decks(tmp_path, [PLAIN])
    code, out, err = run("--decks", str(tmp_path / "decks"), "export", "deck", "nope", "-o",
                         str(tmp_path / "x.apkg"))
    assert code == 1 and out == ""
    assert err == f"quiz: no deck 'nope' in {tmp_path / 'decks'} (decks: plain)\n"
    assert not (tmp_path / "x.apkg").exists()


def test_notes_are_newer_after_the_deck_file_changes(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    (deck,) = write_decks(tmp_path, [PLAIN])
    os.utime(deck.path, (1_750_000_000, 1_750_000_000))
    first, again, later = tmp_path / "1.apkg", tmp_path / "2.apkg", tmp_path / "3.apkg"
    write_apkg(load_deck(deck.path), first)
    write_apkg(load_deck(deck.path), again)
    assert first.read_bytes() == again.read_bytes()
    os.utime(deck.path, (1_750_000_600, 1_750_000_600))  # the teacher edits the deck
    write_apkg(load_deck(deck.path), later)
    old = read_apkg(first, tmp_path)["notes"]
    new = read_apkg(later, tmp_path)["notes"]
    assert [n[0] for n in old] == [n[0] for n in new]
    conn = sqlite3.connect(tmp_path / "c.anki2")
    try:
        assert {m for (m,) in conn.execute("SELECT mod FROM notes")} == {1_750_000_600}
    finally:
        conn.close()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1760000000")
    write_apkg(load_deck(deck.path), later)
    read_apkg(later, tmp_path)
    conn = sqlite3.connect(tmp_path / "c.anki2")
    try:
        assert {m for (m,) in conn.execute("SELECT mod FROM notes")} == {1_760_000_000}
    finally:
        conn.close()


def test_control_characters_never_split_a_note(tmp_path: Path) -> None:
    """Issue #10, class 9: U+001F is Anki's field separator; deck text holding it (or any other
    control character) still gives exactly one field per note type field, text kept."""
    deck = Deck(id="sep", title="Separators", cards=(
        Card(id="c", question="What\x1fsplits?", answer="the unit\x1fseparator",
             explanation="a\x1fb\x1fc\x00\x07\x7f", accept=("x\x1fy",)),
    ))
    # A deck file may not hold these characters any more (quiz check refuses them); the
    # package writer still guards against them, for decks built in code.
    from quiz.export.anki import write_apkg

    out = tmp_path / "sep.apkg"
    write_apkg(deck, out)
    (note,) = read_apkg(out, tmp_path)["notes"]
    fields = note[3].split("\x1f")
    assert len(fields) == len(FIELDS) == 7
    assert fields[:5] == ["What&#x1f;splits?", "the unit&#x1f;separator", "x&#x1f;y", "",
                          "a&#x1f;b&#x1f;c&#x00;&#x07;&#x7f;"]
