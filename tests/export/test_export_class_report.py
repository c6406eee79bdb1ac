"""`quiz report class`: merging students' JSON exports with overlapping decks; bad files."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from export_helpers import SCRIPT_Q, T0, Studied, build_class

from quiz.cli import cli
from quiz.errors import QuizError
from quiz.export.class_report import class_csv, load_class, render_class_html
from quiz.export.progress import export_progress


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Studied, Path, Path]:
    studied = build_class(tmp_path_factory.mktemp("class"))
    folder = studied.folder
    ana = folder / "ana.json"
    ben = folder / "ben.json"
    ana.write_text(json.dumps(export_progress(studied.db, student="ana",
                                              now=T0 + timedelta(days=2))), "utf-8")
    # ben's file covers one deck only: the decks overlap on "tricky".
    ben.write_text(json.dumps(export_progress(studied.db, student="ben", deck="tricky",
                                              now=T0 + timedelta(days=3))), "utf-8")
    return studied, ana, ben


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_merge_adds_up_overlapping_decks(exports: tuple[Studied, Path, Path]) -> None:
    studied, ana, ben = exports
    data = load_class([ben, ana])
    assert data.names == ["ana", "ben"]
    assert [d["id"] for d in data.decks] == ["plain", "tricky"]
    rows = list(csv.DictReader(io.StringIO(class_csv(data))))
    assert list(rows[0]) == ["deck", "deck_title", "card_id", "question", "answer", "students_reviewed",
                             "reviews", "misses", "class_accuracy", "accuracy ana",
                             "accuracy ben"]
    assert len(rows) == 5  # five distinct cards, not eight rows
    for row in rows:
        a_reviews, a_misses = studied.count("ana", row["deck"], row["card_id"])
        b_reviews, b_misses = studied.count("ben", row["deck"], row["card_id"])
        assert int(row["reviews"]) == a_reviews + b_reviews
        assert int(row["misses"]) == a_misses + b_misses
        assert int(row["students_reviewed"]) == (a_reviews > 0) + (b_reviews > 0)
        if row["deck"] == "plain":
            assert row["accuracy ben"] == ""  # ben's export does not have that deck
    assert len(data.reviews) == 20 and sum(r["cram"] for r in data.reviews) == 3
    assert [r["reviewed_at"] for r in data.reviews] == sorted(r["reviewed_at"]
                                                              for r in data.reviews)


def test_class_html_escapes_and_lists_the_most_missed(exports: tuple[Studied, Path, Path]
                                                      ) -> None:
    _, ana, ben = exports
    html = render_class_html(load_class([ana, ben]))
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Most missed questions" in html and "ana.json" in html and "ben.json" in html


def test_cli_writes_html_and_csv(exports: tuple[Studied, Path, Path], tmp_path: Path) -> None:
    _, ana, ben = exports
    out, sheet = tmp_path / "class.html", tmp_path / "class.csv"
    code, _, err = run("report", "class", str(ana), str(ben), "-o", str(out), "--csv",
                       str(sheet))
    assert code == 0, err
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbf")
    assert SCRIPT_Q in sheet.read_text("utf-8-sig")


def test_same_student_twice_is_refused(exports: tuple[Studied, Path, Path]) -> None:
    _, ana, _ = exports
    with pytest.raises(QuizError, match="student 'ana' is in both"):
        load_class([ana, ana])


@pytest.mark.parametrize(("content", "message"), [
    ('{"schema": "quiz-progress"', "bad.json:1:27: not valid JSON"),
    ('{"schema": "other", "version": 1}', "bad.json: not a quiz progress export: at"),
    ("[]", "bad.json: not a quiz progress export: at (top level): [] is not of type 'object'"),
])
def test_a_bad_file_is_named(exports: tuple[Studied, Path, Path], tmp_path: Path,
                             content: str, message: str) -> None:
    _, ana, _ = exports
    bad = tmp_path / "bad.json"
    bad.write_text(content, "utf-8")
    code, out, err = run("report", "class", str(ana), str(bad))
    assert code == 1 and out == ""
    assert err.startswith("quiz: ") and message in err
    assert str(bad) in err


def test_missing_file_is_named(tmp_path: Path) -> None:
    code, _, err = run("report", "class", str(tmp_path / "gone.json"))
    assert code == 1 and err == f"quiz: {tmp_path / 'gone.json'}: no such file\n"
