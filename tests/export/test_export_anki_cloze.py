"""Cloze and reverse cards in the .apkg: one Cloze note per cloze text, one two-card note per
reversed card; read back with sqlite3, then imported into the real `anki` package (when it is
installed: `pip install -e '.[test]'` brings it) and studied there as Anki would show them."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import genanki
import pytest

from quiz.deck.loader import load_deck
from quiz.export.anki import CLOZE_FIELDS, stable_id, write_apkg

DECK = Path(__file__).parents[1] / "data" / "decks" / "valid" / "cloze-reverse.yaml"


def collection(apkg: Path, tmp: Path) -> sqlite3.Connection:
    with zipfile.ZipFile(apkg) as zf:
        (tmp / "c.anki2").write_bytes(zf.read("collection.anki2"))
    return sqlite3.connect(tmp / "c.anki2")


def test_one_note_per_entry_with_anki_note_types(tmp_path: Path) -> None:
    deck = load_deck(DECK)
    write_apkg(deck, tmp_path / "d.apkg")
    conn = collection(tmp_path / "d.apkg", tmp_path)
    try:
        notes = conn.execute("SELECT id, guid, mid, flds FROM notes ORDER BY id").fetchall()
        cards = conn.execute("SELECT nid, ord FROM cards ORDER BY nid, ord").fetchall()
        models = json.loads(conn.execute("SELECT models FROM col").fetchone()[0])
    finally:
        conn.close()
    assert len(notes) == 6 and len(cards) == len(deck.cards) == 9
    cloze_model = models[str(stable_id("cloze-model", deck.id))]
    reverse_model = models[str(stable_id("reverse-model", deck.id))]
    assert cloze_model["type"] == 1 and [f["name"] for f in cloze_model["flds"]] == \
        list(CLOZE_FIELDS)
    assert [t["qfmt"] for t in reverse_model["tmpls"]] == ["{{Question}}", "{{Answer}}"]
    kars = notes[0]
    assert kars[2] == stable_id("cloze-model", deck.id)
    assert kars[3].split("\x1f")[0] == ("The {{c1::Treaty of Kars}} was signed in "
                                       "{{c2::1921::year}}.")
    assert kars[1] == genanki.guid_for(deck.id, deck.cards[0].siblings)
    assert [o for nid, o in cards if nid == kars[0]] == [0, 1]
    city = notes[1][3].split("\x1f")
    assert city[0] == ("{{c1::Kars}} lies in north-eastern Turkey,<br>near the {{c2::Armenian}}"
                       " border.")
    assert city[-1] == f"{deck.id}/kars-city"
    baku = notes[3][3].split("\x1f")
    assert baku[1:3] == ["Baki", "Ganja; Sumqayit"]  # accept and choices travel too
    armenia = notes[4]
    assert armenia[2] == stable_id("reverse-model", deck.id)
    assert armenia[3].split("\x1f")[:2] == ["What is the capital of Armenia?", "Yerevan"]
    assert [o for nid, o in cards if nid == armenia[0]] == [0, 1]
    assert notes[5][2] == stable_id("model", deck.id)


def test_the_real_anki_imports_and_shows_the_cards(tmp_path: Path) -> None:
    pytest.importorskip("anki")
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    deck = load_deck(DECK)
    apkg = tmp_path / "d.apkg"
    write_apkg(deck, apkg)
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(package_path=str(apkg),
                                           options=ImportAnkiPackageOptions())
        log = col.import_anki_package(request).log
        assert len(log.new) == 6 and not log.duplicate
        shown: dict[str, list[tuple[str, str]]] = {}
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            shown[note.fields[0]] = [(card.question(), card.answer()) for card in note.cards()]
        assert col.card_count() == len(deck.cards)
        kars = shown["The {{c1::Treaty of Kars}} was signed in {{c2::1921::year}}."]
        assert "[...]</span> was signed in" in kars[0][0] and "Treaty of Kars" in kars[0][1]
        assert "[year]</span>." in kars[1][0]
        un = shown["Azerbaijan joined the UN on {{c1::March 2}}, {{c1::1992}}."]
        assert len(un) == 1 and un[0][0].count("[...]") == 2
        armenia = shown["What is the capital of Armenia?"]
        assert len(armenia) == 2
        assert armenia[1][0].endswith("</style>Yerevan")
        assert "What is the capital of Armenia?" in armenia[1][1]
        note_types = {col.models.get(col.get_note(n).mid)["type"] for n in col.find_notes("")}
        assert note_types == {0, 1}  # standard and cloze

        write_apkg(deck, apkg)  # exported again: Anki updates, never duplicates
        log = col.import_anki_package(request).log
        assert not log.new and col.note_count() == 6
    finally:
        col.close()
