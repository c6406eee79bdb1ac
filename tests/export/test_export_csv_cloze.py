"""Cloze and reverse cards through a spreadsheet: `quiz export deck --format csv` writes one row
per entry (a `cloze` column, `reverse` true), and `quiz import csv` reads it back to the same
cards; a one-column file of Anki cloze text is read too."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.deck.loader import load_deck
from quiz.errors import DeckError
from quiz.export.csv_import import import_csv
from quiz.export.deck_export import DECK_CSV_COLUMNS

DECK = Path(__file__).parents[1] / "data" / "decks" / "valid" / "cloze-reverse.yaml"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_export_writes_one_row_per_entry(tmp_path: Path) -> None:
    out = tmp_path / "deck.csv"
    code, _, _ = run("export", "deck", str(DECK), "--format", "csv", "-o", str(out))
    assert code == 0
    rows = [dict(zip(DECK_CSV_COLUMNS, row, strict=True))
            for row in list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))[1:]]
    assert len(rows) == 6
    kars = rows[0]
    assert (kars["question"], kars["answer"], kars["reverse"]) == ("", "", "")
    assert kars["cloze"] == "The {{c1::Treaty of Kars}} was signed in {{c2::1921::year}}."
    assert rows[1]["id"] == "kars-city"
    assert (rows[4]["question"], rows[4]["answer"], rows[4]["reverse"]) == (
        "What is the capital of Armenia?", "Yerevan", "true")
    assert rows[5]["reverse"] == ""


def test_a_deck_goes_through_a_spreadsheet_and_back(tmp_path: Path) -> None:
    sheet, back = tmp_path / "deck.csv", tmp_path / "decks" / "back.yaml"
    assert run("export", "deck", str(DECK), "--format", "csv", "-o", str(sheet))[0] == 0
    code, stdout, _ = run("import", "csv", str(sheet), "-o", str(back))
    assert code == 0 and stdout == f"wrote {back}: 9 cards (deck id back)\n"
    original, again = load_deck(DECK), load_deck(back)
    assert [replace(c, line=0) for c in again.cards] == \
        [replace(c, line=0) for c in original.cards]
    assert "reverse: true" in back.read_text("utf-8")


def test_a_column_of_anki_cloze_text_is_read(tmp_path: Path) -> None:
    """Anki's own text export of cloze notes has one column; a question holding a cloze and no
    answer is a cloze."""
    src = tmp_path / "anki.txt"
    src.write_text("The {{c1::Treaty of Kars}} was signed in {{c2::1921}}.\n"
                   "Capital of Armenia?\tYerevan\n", encoding="utf-8")
    deck = import_csv(src, tmp_path / "decks" / "anki.yaml")
    assert [(c.question, c.answer) for c in deck.cards] == [
        ("The ____ was signed in 1921.", "Treaty of Kars"),
        ("The Treaty of Kars was signed in ____.", "1921"),
        ("Capital of Armenia?", "Yerevan")]


def test_cloze_and_reverse_mistakes_are_told_at_their_row_and_cell(tmp_path: Path) -> None:
    src = tmp_path / "bad.csv"
    src.write_text("question,answer,cloze,reverse,choices\n"
                   ",,The {{c1::Kars treaty.,,\n"
                   "Q,A,The {{c1::Kars}} treaty.,,\n"
                   "Capital?,Yerevan,,maybe,\n"
                   ",,The {{c1::Kars}} treaty of {{c2::1921}}.,,Moscow\n"
                   ",,The {{c1::Kars}} treaty.,true,\n"
                   ",,The {{c1::Kars}} treaty.,maybe,\n", encoding="utf-8")
    with pytest.raises(DeckError) as err:
        import_csv(src, tmp_path / "decks" / "bad.yaml")
    assert [str(p).removeprefix(f"{src}:") for p in err.value.problems] == [
        "2:3: '{{c1::' is never closed: end the deletion with '}}'",
        "3: a row gives a question and answer or a cloze, not both",
        "4:4: reverse must be true or false, not 'maybe'",
        "5: accept and choices are for a cloze with one card; give each deletion number its "
        "own row",
        "6: a cloze is not asked backwards; leave reverse empty",
        "7:4: reverse must be true or false, not 'maybe'",
    ]
    assert not (tmp_path / "decks" / "bad.yaml").exists()


def test_spreadsheet_yes_and_no_mean_true_and_false(tmp_path: Path) -> None:
    src = tmp_path / "flags.csv"
    src.write_text("question,answer,reverse\nCapital of Armenia?,Yerevan,Yes\n"
                   "Capital of Georgia?,Tbilisi,no\n", encoding="utf-8")
    deck = import_csv(src, tmp_path / "decks" / "flags.yaml")
    assert [c.question for c in deck.cards] == ["Capital of Armenia?", "Yerevan",
                                                "Capital of Georgia?"]
