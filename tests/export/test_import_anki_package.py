"""`quiz import anki PACKAGE.apkg`: legacy (collection.anki2 / .anki21) and current
(collection.anki21b, zstd) packages built here in Anki's schemas; Basic, reversed, cloze; media
reported; a round trip through `quiz export deck`; broken packages refused with `quiz:`."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
import zstandard
from anki_builders import (
    BASIC,
    CLOZE,
    OPTIONAL,
    REVERSED,
    TYPING,
    AnkiNote,
    Model,
    current_package,
    legacy_package,
    write_zip,
)
from click.testing import CliRunner
from export_helpers import PLAIN, TRICKY, cards_text, write_decks

from quiz.cli import cli
from quiz.deck.loader import load_deck
from quiz.deck.model import Card

NOTES = [
    AnkiNote(BASIC, ["Capital of <b>France</b>?", "Paris"], tags=["geo", "europe"],
             guid="a1"),
    AnkiNote(REVERSED, ["der Hund", "the dog"], tags=["german"], guid="b2"),
    AnkiNote(CLOZE, ["The {{c1::Treaty of Kars}} was signed in {{c2::1921::year}}.",
                     "Between Turkey and the Soviet republics"], guid="c3"),
    AnkiNote(OPTIONAL, ["die Katze", "the cat", ""], guid="d4"),
    AnkiNote(OPTIONAL, ["das Pferd", "the horse", "y"], guid="e5"),
    AnkiNote(TYPING, ["2 + 2?", "4"], guid="f6"),
]
TWO_QUESTIONS = Model(1009, "Capital and continent", ["City", "Country", "Continent"], [
    ("Country", "{{City}}", "{{FrontSide}}<hr id=answer>{{Country}}"),
    ("Continent", "{{City}} (continent)", "{{FrontSide}}<hr id=answer>{{Continent}}")])
EXPECTED = [
    ("Capital of France?", "Paris"),
    ("der Hund", "the dog"), ("the dog", "der Hund"),
    ("The ____ was signed in 1921.", "Treaty of Kars"),
    ("The Treaty of Kars was signed in [year].", "1921"),
    ("die Katze", "the cat"),
    ("das Pferd", "the horse"), ("the horse", "das Pferd"),
    ("2 + 2?", "4"),
]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def imported(tmp_path: Path, package: Path, *extra: str) -> tuple[list[Card], str]:
    out = tmp_path / "decks" / "imported.yaml"
    code, stdout, stderr = run("import", "anki", str(package), "-o", str(out), *extra)
    assert code == 0, stderr
    assert stdout == f"wrote {out}: {cards_text(len(load_deck(out).cards))} (deck id imported)\n"
    assert run("check", str(out))[0] == 0
    return list(load_deck(out).cards), stderr


@pytest.mark.parametrize("kind", ["anki2", "anki21", "anki21b"])
def test_basic_reversed_and_cloze_notes(tmp_path: Path, kind: str) -> None:
    package = tmp_path / "geo.apkg"
    decks = {1: "Default", 7: "Languages::German"}
    if kind == "anki21b":
        current_package(package, NOTES, decks)
    else:
        legacy_package(package, NOTES, decks, name=f"collection.{kind}")
    cards, stderr = imported(tmp_path, package)
    assert [(c.question, c.answer) for c in cards] == EXPECTED
    assert stderr == ""
    assert cards[0].tags == ("geo", "europe") and cards[0].accept == ()
    assert cards[3].explanation == "Between Turkey and the Soviet republics"
    hund, dog = cards[1], cards[2]
    assert hund.reverse and dog.reverse_of == hund.id and hund.siblings == dog.siblings
    kars = "The {{c1::Treaty of Kars}} was signed in {{c2::1921::year}}."
    assert cards[3].cloze == cards[4].cloze == kars
    assert cards[3].id == f"{cards[3].siblings}-c1" and cards[4].id == f"{cards[4].siblings}-c2"
    assert not cards[5].reverse and cards[5].siblings is None  # "Add Reverse" left empty
    assert cards[6].reverse and cards[7].reverse_of == cards[6].id
    assert all(card.group is None for card in cards)
    deck_file = (tmp_path / "decks" / "imported.yaml").read_text()
    assert deck_file.count("reverse: true") == 2 and deck_file.count("cloze: ") == 1
    again, _ = imported(tmp_path, package, "--force")
    assert [c.id for c in again] == [c.id for c in cards]  # stable: study progress is kept


def test_title_from_the_anki_deck_and_deck_tags_when_several(tmp_path: Path) -> None:
    one = current_package(tmp_path / "one.apkg", NOTES[:2], {1: "Languages::German"})
    out = tmp_path / "one.yaml"
    assert run("import", "anki", str(one), "-o", str(out))[0] == 0
    assert load_deck(out).title == "Languages::German"
    notes = [AnkiNote(BASIC, ["q1", "a1"], deck=1), AnkiNote(BASIC, ["q2", "a2"], deck=2)]
    two = current_package(tmp_path / "two.apkg", notes, {1: "Geo Basics", 2: "History"})
    out = tmp_path / "two.yaml"
    assert run("import", "anki", str(two), "-o", str(out), "--title", "Mixed")[0] == 0
    deck = load_deck(out)
    assert deck.title == "Mixed"
    assert [c.tags for c in deck.cards] == [("Geo_Basics",), ("History",)]


def test_media_is_reported_and_media_only_cards_left_out(tmp_path: Path) -> None:
    notes = [
        AnkiNote(BASIC, ['Which flag? <img src="flag.png">', "Italy [sound:italia.mp3]"]),
        AnkiNote(BASIC, ['<img src="map.jpg">', "Spain"]),
        AnkiNote(BASIC, ["Say 'dog'", "[sound:dog.mp3]"]),
        AnkiNote(BASIC, ["Capital of Spain?", "Madrid"]),
    ]
    cards, stderr = imported(tmp_path, legacy_package(tmp_path / "m.apkg", notes))
    assert [(c.question, c.answer) for c in cards] == [("Which flag?", "Italy"),
                                                       ("Capital of Spain?", "Madrid")]
    lines = stderr.splitlines()
    assert lines[0].startswith("quiz: warning: 3 cards name media that is not imported: "
                               "flag.png, italia.mp3, map.jpg, dog.mp3 (")
    assert 'm.apkg: note 1 ("Which flag?")' in lines[0]
    assert lines[1] == (f'quiz: warning: 1 card left out, the question is only media: '
                        f'{tmp_path / "m.apkg"}: note 2 ("")')
    assert lines[2] == (f"quiz: warning: 1 card left out, the answer is only media: "
                        f'{tmp_path / "m.apkg"}: note 3 ("Say \'dog\'")')


def test_markup_a_deck_refuses_gives_plain_cards_kept_apart(tmp_path: Path) -> None:
    """Anki reads nested deletions and stray braces; a deck's `cloze:` does not, so such a note
    gives plain cards sharing a group, as does a second card that is no reverse."""
    notes = [AnkiNote(CLOZE, ["{{c1::outer {{c2::inner}} text}} }}", ""], guid="n1"),
             AnkiNote(TWO_QUESTIONS, ["Paris", "France", "Europe"], guid="n2")]
    cards, _ = imported(tmp_path, legacy_package(tmp_path / "n.apkg", notes))
    assert [(c.question, c.answer) for c in cards] == [
        ("____ }}", "outer inner text"), ("outer ____ text }}", "inner"),
        ("Paris", "France"), ("Paris (continent)", "Europe")]
    assert cards[0].group == cards[1].group != cards[2].group == cards[3].group
    assert all(c.cloze is None and not c.reverse for c in cards)


def test_a_reverse_card_repeating_a_question_leaves_a_plain_card(tmp_path: Path) -> None:
    notes = [AnkiNote(BASIC, ["the dog", "der Hund"], guid="n1"),
             AnkiNote(REVERSED, ["der Hund", "the dog"], guid="n2")]
    cards, stderr = imported(tmp_path, legacy_package(tmp_path / "r.apkg", notes))
    assert [(c.question, c.answer, c.reverse) for c in cards] == [
        ("the dog", "der Hund", False), ("der Hund", "the dog", False)]
    assert "1 card left out, the same question as" in stderr


def test_repeated_questions_and_empty_answers_are_left_out_with_a_warning(tmp_path: Path) -> None:
    notes = [AnkiNote(BASIC, ["Capital of Spain?", "Madrid"]),
             AnkiNote(BASIC, ["capital of SPAIN", "Madrid!"]),
             AnkiNote(BASIC, ["Capital of Peru?", ""]),
             AnkiNote(CLOZE, ["no deletion here", ""])]
    cards, stderr = imported(tmp_path, legacy_package(tmp_path / "d.apkg", notes))
    assert [c.question for c in cards] == ["Capital of Spain?"]
    assert "1 card left out, the same question as" in stderr
    assert "1 card left out, the answer is empty" in stderr
    assert "1 card left out, a cloze note without {{c1::...}}" in stderr


def test_round_trip_through_quiz_export(tmp_path: Path) -> None:
    """`quiz export deck` writes quiz's own note type; importing it gives every card back."""
    for deck in write_decks(tmp_path, [TRICKY, PLAIN]):
        package = tmp_path / f"{deck.id}.apkg"
        assert run("export", "deck", str(deck.path), "-o", str(package))[0] == 0
        out = tmp_path / "back" / f"{deck.id}.yaml"
        code, _, stderr = run("import", "anki", str(package), "-o", str(out))
        assert code == 0 and stderr == ""
        back = load_deck(out)
        assert back.title == deck.title
        for before, after in zip(deck.cards, back.cards, strict=True):
            assert (after.id, after.question, after.answer, after.accept, after.choices,
                    after.explanation, after.source) == (
                before.id, before.question, before.answer, before.accept, before.choices,
                before.explanation, before.source)


def entries(deck_cards: tuple[Card, ...] | list[Card]) -> list[tuple]:
    return [(c.id, c.question, c.answer, c.accept, c.choices, c.explanation, c.source, c.cloze,
             c.reverse, c.reverse_of, c.siblings) for c in deck_cards]


ROOT = Path(__file__).parents[2]


@pytest.mark.parametrize("path", [*sorted((ROOT / "decks").glob("*.yaml")),
                                  ROOT / "tests/data/decks/valid/cloze-reverse.yaml"],
                         ids=lambda p: p.name)
def test_round_trip_of_the_bundled_decks_and_cloze_and_reverse(tmp_path: Path,
                                                               path: Path) -> None:
    """Every entry comes back as written: cloze texts, `reverse`, ids, accepted answers..."""
    deck = load_deck(path)
    package = tmp_path / f"{deck.id}.apkg"
    assert run("export", "deck", str(path), "-o", str(package))[0] == 0
    out = tmp_path / f"{deck.id}.yaml"
    code, _, stderr = run("import", "anki", str(package), "-o", str(out))
    assert code == 0 and stderr == ""
    assert entries(load_deck(out).cards) == entries(deck.cards)


@pytest.mark.parametrize(("members", "message"), [
    (None, "not an Anki package (an .apkg is a zip file)"),
    (b"#separator:tab\nq\ta\n", "not an Anki package (an .apkg is a zip file)"),
    ({"media": b"{}"}, "no Anki collection in this zip"),
    ({"collection.anki2": b"not sqlite at all" * 100}, "not a readable Anki collection"),
    ({"collection.anki21b": b"not zstd"}, "collection.anki21b cannot be unpacked"),
    ({"collection.anki21b": zstandard.ZstdCompressor().compress(b"garbage" * 100)},
     "not a readable Anki collection"),
])
def test_broken_packages_are_refused_with_a_message(tmp_path: Path, members: dict | bytes | None,
                                                    message: str) -> None:
    package = tmp_path / "broken.apkg"
    if members is None:
        package.write_bytes(b"PK\x03\x04 but no zip")
    elif isinstance(members, bytes):  # text named .apkg: read as a package all the same
        package.write_bytes(members)
    else:
        write_zip(package, members)
    out = tmp_path / "out.yaml"
    code, _, stderr = run("import", "anki", str(package), "-o", str(out))
    assert code == 1 and stderr.startswith(f"quiz: {package}: ") and message in stderr, stderr
    assert "Traceback" not in stderr and not out.exists()


def test_a_collection_without_anki_tables_or_with_odd_json(tmp_path: Path) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE other (x)")
    db.commit()
    package = write_zip(tmp_path / "other.apkg", {"collection.anki2": db.serialize()})
    code, _, stderr = run("import", "anki", str(package), "-o", str(tmp_path / "o.yaml"))
    assert code == 1 and "not an Anki collection (no table cards, col, notes)" in stderr
    legacy_package(tmp_path / "odd.apkg", NOTES[:1])
    with zipfile.ZipFile(tmp_path / "odd.apkg") as archive:
        data = archive.read("collection.anki2")
    db = sqlite3.connect(":memory:")
    db.deserialize(data)
    db.execute("UPDATE col SET models = '[1, 2]'")
    db.commit()
    package = write_zip(tmp_path / "odd2.apkg", {"collection.anki2": db.serialize()})
    code, _, stderr = run("import", "anki", str(package), "-o", str(tmp_path / "o.yaml"))
    assert code == 1 and "the collection's note types or decks cannot be read" in stderr


def test_an_empty_package_gives_no_deck(tmp_path: Path) -> None:
    package = legacy_package(tmp_path / "empty.apkg", [])
    out = tmp_path / "out.yaml"
    code, _, stderr = run("import", "anki", str(package), "-o", str(out))
    assert code == 1 and stderr == f"quiz: {package}: no card to import\n"
    assert not out.exists()


def test_the_input_and_an_existing_deck_are_never_overwritten(tmp_path: Path) -> None:
    package = legacy_package(tmp_path / "in.yaml", NOTES[:1])  # a package named like a deck
    code, _, stderr = run("import", "anki", str(package), "-o", str(package))
    assert code == 1 and "is an input of this command" in stderr
    out = tmp_path / "deck.yaml"
    out.write_text("keep me")
    code, _, stderr = run("import", "anki", str(package), "-o", str(out))
    assert code == 1 and "already exists; use --force" in stderr
    assert out.read_text() == "keep me"
