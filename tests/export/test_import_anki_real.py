"""Files written by the real Anki (the `anki` package, a test dependency) imported by quiz:
its current and legacy packages and its plain-text exports; and the whole round trip of issue
13: `quiz export deck` -> imported into Anki -> exported by Anki -> `quiz import anki`.

Skipped, with the reason, where the `anki` wheel cannot be installed (it ships a compiled
backend for the common platforms only).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from export_helpers import PLAIN, TRICKY, write_decks

from quiz.cli import cli
from quiz.deck.loader import load_deck
from quiz.deck.model import Card

anki_collection = pytest.importorskip(
    "anki.collection", reason="the `anki` package (pip install anki) is not installed here, so "
    "no file written by the real Anki can be made")
Collection = anki_collection.Collection


CLOZE_AND_REVERSE = Path(__file__).parents[2] / "tests/data/decks/valid/cloze-reverse.yaml"


def entries(cards: tuple[Card, ...] | list[Card]) -> list[tuple]:
    return [(c.id, c.question, c.answer, c.accept, c.choices, c.explanation, c.source, c.cloze,
             c.reverse, c.reverse_of, c.siblings) for c in cards]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def import_back(path: Path, out: Path) -> tuple[list[Card], str]:
    code, _, stderr = run("import", "anki", str(path), "-o", str(out))
    assert code == 0, stderr
    assert run("check", str(out))[0] == 0
    return list(load_deck(out).cards), stderr


@pytest.fixture(scope="module")
def anki_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One collection with Basic, reversed, optional reversed and cloze notes, exported by Anki
    in each of its formats."""
    folder = tmp_path_factory.mktemp("anki")
    col = Collection(str(folder / "collection.anki2"))
    try:
        did = col.decks.id("Geography::Europe")

        def add(notetype: str, tags: list[str], **fields: str) -> None:
            note = col.new_note(col.models.by_name(notetype))
            for name, value in fields.items():
                note[name.replace("_", " ")] = value
            note.tags = tags
            col.add_note(note, did)

        add("Basic", ["geo", "capitals"], Front="Capital of <b>France</b>?",
            Back='Paris<br><img src="paris.jpg">')
        add("Basic (and reversed card)", ["german"], Front="der Hund", Back="the dog")
        add("Basic (optional reversed card)", [], Front="die Katze", Back="the cat",
            Add_Reverse="")
        add("Cloze", [], Text="The {{c1::Treaty of Kars}} was signed in {{c2::1921::year}}.",
            Back_Extra="Between Turkey and the Soviet republics")
        limit = anki_collection.DeckIdLimit(did)
        files = {}
        for name, legacy in (("current.apkg", False), ("legacy.apkg", True)):
            options = anki_collection.ExportAnkiPackageOptions(
                with_scheduling=False, with_deck_configs=False, with_media=True, legacy=legacy)
            col.export_anki_package(out_path=str(folder / name), options=options, limit=limit)
            files[name] = folder / name
        for name, html, everything in (("notes-html.txt", True, True),
                                       ("notes-plain.txt", False, False)):
            col.export_note_csv(out_path=str(folder / name), limit=limit, with_html=html,
                                with_tags=True, with_deck=everything,
                                with_notetype=everything, with_guid=everything)
            files[name] = folder / name
    finally:
        col.close()
    return files


EXPECTED = [
    ("Capital of France?", "Paris"),
    ("der Hund", "the dog"), ("the dog", "der Hund"),
    ("die Katze", "the cat"),
    ("The ____ was signed in 1921.", "Treaty of Kars"),
    ("The Treaty of Kars was signed in [year].", "1921"),
]


@pytest.mark.parametrize("name", ["current.apkg", "legacy.apkg", "notes-html.txt"])
def test_every_anki_export_gives_the_same_cards(anki_files: dict[str, Path], tmp_path: Path,
                                                name: str) -> None:
    cards, stderr = import_back(anki_files[name], tmp_path / "geo.yaml")
    assert [(c.question, c.answer) for c in cards] == EXPECTED
    assert cards[0].tags == ("capitals", "geo") and cards[0].accept == ()
    assert cards[1].reverse and cards[2].reverse_of == cards[1].id
    assert cards[4].cloze == cards[5].cloze is not None
    assert cards[4].explanation == "Between Turkey and the Soviet republics"
    assert load_deck(tmp_path / "geo.yaml").title == "Geography::Europe"
    assert "1 card name media that is not imported: paris.jpg" in stderr


def test_the_package_and_the_plain_text_give_the_same_ids(anki_files: dict[str, Path],
                                                          tmp_path: Path) -> None:
    """Both carry Anki's note GUID, so re-importing either keeps the student's progress."""
    package, _ = import_back(anki_files["current.apkg"], tmp_path / "a.yaml")
    text, _ = import_back(anki_files["notes-html.txt"], tmp_path / "b.yaml")
    assert [c.id for c in package] == [c.id for c in text]


def test_the_plain_text_without_html_or_guids(anki_files: dict[str, Path],
                                              tmp_path: Path) -> None:
    """Without the note type column, every note is read as Basic (or cloze when it has
    deletions): the reversed note gives one card."""
    cards, _ = import_back(anki_files["notes-plain.txt"], tmp_path / "plain.yaml")
    questions = [c.question for c in cards]
    assert questions[:2] == ["Capital of France?", "der Hund"]
    assert "The ____ was signed in 1921." in questions and cards[0].tags == ("capitals", "geo")


def test_quiz_export_into_anki_and_back(tmp_path: Path) -> None:
    """Issue 13's round trip: quiz's package imported by Anki, exported by Anki (package and
    plain text), imported by quiz: the same cards, ids, cloze texts and reverse cards."""
    decks = [*write_decks(tmp_path, [TRICKY, PLAIN]), load_deck(CLOZE_AND_REVERSE)]
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        for deck in decks:
            package = tmp_path / f"{deck.id}.apkg"
            assert run("export", "deck", str(deck.path), "-o", str(package))[0] == 0
            request = anki_collection.ImportAnkiPackageRequest(package_path=str(package))
            col.import_anki_package(request)
        exported = {}
        for deck in decks:
            limit = anki_collection.DeckIdLimit(col.decks.id_for_name(deck.title))
            options = anki_collection.ExportAnkiPackageOptions(
                with_scheduling=False, with_deck_configs=False, with_media=False, legacy=False)
            exported[deck.id, "apkg"] = tmp_path / f"from-anki-{deck.id}.apkg"
            col.export_anki_package(out_path=str(exported[deck.id, "apkg"]), options=options,
                                    limit=limit)
            exported[deck.id, "txt"] = tmp_path / f"from-anki-{deck.id}.txt"
            col.export_note_csv(out_path=str(exported[deck.id, "txt"]), limit=limit,
                                with_html=True, with_tags=True, with_deck=True,
                                with_notetype=True, with_guid=True)
    finally:
        col.close()
    for deck in decks:
        for kind in ("apkg", "txt"):
            cards, stderr = import_back(exported[deck.id, kind], tmp_path / f"{deck.id}-{kind}.yaml")
            assert stderr == ""
            assert entries(cards) == entries(deck.cards), (deck.id, kind)
