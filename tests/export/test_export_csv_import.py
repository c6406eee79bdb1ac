"""`quiz import csv`: spreadsheets with and without header, Quizlet TSV, errors at FILE:LINE."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from export_helpers import TRICKY

from quiz.cli import cli
from quiz.deck.loader import load_deck
from quiz.deck.model import derive_card_id
from quiz.export.csv_import import import_csv
from quiz.export.csvout import write_csv_file
from quiz.export.deck_export import deck_csv


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_quizlet_tsv_without_header_passes_quiz_check(tmp_path: Path) -> None:
    src = write(tmp_path / "quizlet.txt",
                "Capital of Azerbaijan\tBaku\nYear the USSR ended\t1991\n\n"
                "Treaty, 1648\tPeace of Westphalia\n")
    out = tmp_path / "decks" / "geo-words.yaml"
    code, stdout, _ = run("import", "csv", str(src), "-o", str(out))
    assert code == 0 and stdout == f"wrote {out}: 3 cards (deck id geo-words)\n"
    deck = load_deck(out)
    assert deck.id == "geo-words" and deck.title == "Quizlet"
    assert [(c.question, c.answer) for c in deck.cards] == [
        ("Capital of Azerbaijan", "Baku"), ("Year the USSR ended", "1991"),
        ("Treaty, 1648", "Peace of Westphalia")]
    assert deck.cards[0].id == derive_card_id("Capital of Azerbaijan")
    code, stdout, _ = run("check", str(out))
    assert code == 0 and "1 deck, 3 cards: no problems" in stdout


def test_the_deck_id_from_an_odd_file_name_is_a_valid_id(tmp_path: Path) -> None:
    """Underscores at either end go too (an id must start with a letter or digit), as the
    generator's ids do; before, `_geo_.yaml` made the id `_geo_` and the import failed."""
    src = write(tmp_path / "in.csv", "question,answer\nCapital of Azerbaijan?,Baku\nCapital of Georgia?,Tbilisi\n")
    out = tmp_path / "decks" / "_geo words_.yaml"
    code, stdout, _ = run("import", "csv", str(src), "-o", str(out))
    assert code == 0 and stdout == f"wrote {out}: 2 cards (deck id geo-words)\n"
    assert load_deck(out).id == "geo-words"


def test_header_with_optional_columns_and_lists(tmp_path: Path) -> None:
    src = write(tmp_path / "sheet.csv",
                "\ufeffQuestion,Answer,Accept,Choices,Explanation,Tags\n"
                '"Who waived Section 907?",George W. Bush,Bush|President Bush,'
                '"Bill Clinton; Barack Obama",In January 2002.,us; law\n'
                "Capital of France?,Paris,,,,\n")
    deck = import_csv(src, tmp_path / "s.yaml", title="US law")
    first, second = deck.cards
    assert deck.title == "US law"
    assert first.accept == ("Bush", "President Bush")
    assert first.choices == ("Bill Clinton", "Barack Obama")
    assert first.explanation == "In January 2002." and first.tags == ("us", "law")
    assert second.accept == second.choices == () and second.explanation is None
    fields = [(c.id, c.question, c.answer, c.accept, c.choices, c.explanation, c.tags)
              for c in load_deck(tmp_path / "s.yaml").cards]
    assert fields == [(c.id, c.question, c.answer, c.accept, c.choices, c.explanation, c.tags)
                      for c in deck.cards]


def test_semicolon_separated_positional_columns(tmp_path: Path) -> None:
    src = write(tmp_path / "excel.csv", "Hauptstadt von Österreich?;Wien;Vienna\n"
                                        "Fluss durch Wien?;Donau;\n")
    deck = import_csv(src, tmp_path / "de.yaml")
    assert [(c.question, c.answer, c.accept) for c in deck.cards] == [
        ("Hauptstadt von Österreich?", "Wien", ("Vienna",)), ("Fluss durch Wien?", "Donau", ())]


def test_deck_csv_export_round_trips(tmp_path: Path) -> None:
    sheet = tmp_path / "tricky.csv"
    write_csv_file(sheet, deck_csv(TRICKY))
    deck = import_csv(sheet, tmp_path / "tricky.yaml", title=TRICKY.title)
    strip = [(c.id, c.question, c.answer, c.accept, c.choices, c.source) for c in deck.cards]
    assert strip == [(c.id, c.question, c.answer, c.accept, c.choices, c.source)
                     for c in TRICKY.cards]  # '=HYPERLINK(...) comes back without the guard


def test_malformed_rows_are_all_reported_with_line_numbers(tmp_path: Path) -> None:
    src = write(tmp_path / "bad.csv",
                "question,answer,choices\n"
                "Good row,fine,\n"
                ",no question,\n"
                '"A question on\ntwo lines",\n'
                "Good row!,again,\n"
                "Pick one,A,A|B\n"
                "too,many,cells,here\n")
    out = tmp_path / "bad.yaml"
    code, stdout, stderr = run("import", "csv", str(src), "-o", str(out))
    assert code == 1 and stdout == ""
    assert stderr.startswith(f"quiz: {src}:3: missing question\n")
    lines = stderr.splitlines()
    assert lines[0] == f"quiz: {src}:3: missing question"
    assert f"{src}:4: missing answer" in lines  # the row starting on line 4 spans two lines
    assert f"{src}:6: the same question as line 2" in lines
    assert f"{src}:7: choice 'A' is the answer; choices lists wrong options only" in lines
    assert any(line.startswith(f"{src}:8: 4 columns, but only 3 expected") for line in lines)
    assert len(lines) == 5
    assert not out.exists()


def test_unknown_header_column_is_named_with_a_suggestion(tmp_path: Path) -> None:
    src = write(tmp_path / "h.csv", "question,anwser,answer\nQ,A,A\n")
    code, _, stderr = run("import", "csv", str(src), "-o", str(tmp_path / "h.yaml"))
    assert code == 1
    assert stderr == f"quiz: {src}:1:2: unknown column 'anwser'; did you mean 'answer'?\n"


@pytest.mark.parametrize(("content", "message"), [
    (b"", "1: the file has no rows"),
    (b"question,answer\n", "1: only a header row"),
    (b"Caf\xe9,coffee\n", "1: this file is not UTF-8 text"),
    (b"ok,fine\nline two,fine\nCaf\xe9,coffee\n", "3: this file is not UTF-8 text"),
])
def test_empty_header_only_and_non_utf8_files(tmp_path: Path, content: bytes, message: str
                                              ) -> None:
    src = tmp_path / "f.csv"
    src.write_bytes(content)
    code, _, stderr = run("import", "csv", str(src), "-o", str(tmp_path / "f.yaml"))
    assert code == 1 and stderr.startswith(f"quiz: {src}:{message}")


def test_existing_output_needs_force(tmp_path: Path) -> None:
    src = write(tmp_path / "a.csv", "Q,A\n")
    out = write(tmp_path / "a.yaml", "title: keep me\n")
    code, _, stderr = run("import", "csv", str(src), "-o", str(out))
    assert code == 1 and stderr == f"quiz: {out} already exists; use --force to replace it\n"
    assert out.read_text() == "title: keep me\n"
    code, _, _ = run("import", "csv", str(src), "-o", str(out), "--force")
    assert code == 0 and load_deck(out).cards[0].question == "Q"
