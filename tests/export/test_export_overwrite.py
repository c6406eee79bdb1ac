"""Issue #10, class 8: no command writes over its own input or the progress database, `-o ""`
is a usage error, and a failed write leaves the old file and no temporary file behind."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import genanki
import pytest
from click.testing import CliRunner
from export_helpers import PLAIN, T0, Studied, build_class, write_decks

from quiz.cli import cli
from quiz.core import files
from quiz.errors import QuizError
from quiz.export.progress import export_progress


@pytest.fixture(scope="module")
def studied(tmp_path_factory: pytest.TempPathFactory) -> Studied:
    return build_class(tmp_path_factory.mktemp("overwrite"))


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def reviews_in(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM review_log").fetchone()[0]
    finally:
        conn.close()


def test_export_progress_refuses_the_database_and_its_side_files(studied: Studied) -> None:
    before = reviews_in(studied.db)
    assert before > 0
    for target in (studied.db, studied.db.with_name(studied.db.name + "-wal")):
        code, out, err = run("--db", str(studied.db), "export", "progress", "-o", str(target))
        assert code == 1 and out == ""
        assert err == (f"quiz: -o: {target} is the progress database; writing there would "
                       "replace every review in it; choose another file\n")
    assert reviews_in(studied.db) == before


def test_the_database_is_recognised_through_another_path(studied: Studied, tmp_path: Path
                                                         ) -> None:
    link = tmp_path / "link.db"
    link.symlink_to(studied.db)
    code, _, err = run("--db", str(studied.db), "export", "progress", "-o", str(link))
    assert code == 1 and "is the progress database" in err
    relative = os.path.relpath(studied.db)
    code, _, err = run("--db", str(studied.db), "export", "progress", "-o", relative)
    assert code == 1 and "is the progress database" in err
    assert reviews_in(studied.db) == reviews_in(link)


def test_export_deck_refuses_its_own_deck_file(tmp_path: Path) -> None:
    (deck,) = write_decks(tmp_path, [PLAIN])
    text = Path(deck.path).read_text("utf-8")
    for fmt in ("csv", "apkg"):
        code, _, err = run("export", "deck", str(deck.path), "--format", fmt, "-o",
                           str(deck.path))
        assert code == 1
        assert err == (f"quiz: -o: {deck.path} is an input of this command; writing there would "
                       "replace it; choose another file\n")
    # by deck id from the decks folder, the same file under another name
    code, _, err = run("--decks", str(tmp_path / "decks"), "export", "deck", "plain",
                       "--format", "csv", "-o", str(tmp_path / "decks" / "." / "plain.yaml"))
    assert code == 1 and "is an input of this command" in err
    assert Path(deck.path).read_text("utf-8") == text


def test_report_class_refuses_an_input_and_one_file_for_both_outputs(studied: Studied,
                                                                     tmp_path: Path) -> None:
    ana = tmp_path / "ana.json"
    ana.write_text(json.dumps(export_progress(studied.db, student="ana",
                                              now=T0 + timedelta(days=2))), "utf-8")
    text = ana.read_text("utf-8")
    for option in ("-o", "--csv"):
        code, _, err = run("report", "class", str(ana), option, str(ana))
        assert code == 1
        assert err.startswith(f"quiz: {option}: {ana} is an input of this command;")
    out = tmp_path / "class.html"
    code, _, err = run("report", "class", str(ana), "-o", str(out), "--csv", str(out))
    assert code == 1 and err == f"quiz: --csv and -o both name {out}; give two files\n"
    assert not out.exists() and ana.read_text("utf-8") == text


def test_import_csv_refuses_to_replace_its_source(tmp_path: Path) -> None:
    source = tmp_path / "words.yaml"  # a CSV file with a deck's name
    source.write_text("question,answer\nQ1,A1\n", "utf-8")
    code, _, err = run("import", "csv", str(source), "-o", str(source), "--force")
    assert code == 1 and "is an input of this command" in err
    assert source.read_text("utf-8") == "question,answer\nQ1,A1\n"


@pytest.mark.parametrize("args", [
    ["export", "progress", "-o", ""],
    ["export", "deck", "x.yaml", "-o", ""],
    ["report", "class", "a.json", "-o", ""],
    ["report", "class", "a.json", "--csv", " "],
    ["import", "csv", "a.csv", "-o", ""],
    ["--db", "", "students"],
])
def test_an_empty_file_name_is_a_usage_error(args: list[str]) -> None:
    code, _, err = run(*args)
    assert code == 2
    assert "give a file name, not an empty value" in err


def test_a_folder_as_output_is_refused(studied: Studied, tmp_path: Path) -> None:
    code, _, err = run("--db", str(studied.db), "backup", str(tmp_path))
    assert code == 1 and err == f"quiz: TARGET: {tmp_path} is a folder; give a file name\n"


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(
        studied: Studied, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "progress.csv"
    out.write_text("the previous export", "utf-8")
    (deck,) = write_decks(tmp_path, [PLAIN])

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", disk_full)
    commands = [
        ["--db", str(studied.db), "export", "progress", "-o", str(out)],
        ["export", "deck", str(deck.path), "--format", "csv", "-o", str(out)],
        ["export", "deck", str(deck.path), "--format", "apkg", "-o", str(out)],
        ["--db", str(studied.db), "backup", str(out)],
    ]
    for args in commands:
        code, _, err = run(*args)
        assert code == 1, args
        assert err == f"quiz: cannot write {out}: No space left on device\n", args
        assert out.read_text("utf-8") == "the previous export"
    target = tmp_path / "decks" / "words.yaml"
    source = tmp_path / "words.csv"
    source.write_text("question,answer\nQ1,A1\n", "utf-8")
    code, _, err = run("import", "csv", str(source), "-o", str(target))
    assert code == 1 and err == f"quiz: cannot write {target}: No space left on device\n"
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [
        "plain.yaml", "progress.csv", "words.csv"]


def test_write_atomic_replaces_whole_files_with_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.txt"
    files.write_atomic(target, "first\r\n")
    files.write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert [p.name for p in target.parent.iterdir()] == ["out.txt"]


def test_an_error_inside_atomic_path_removes_the_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "out.db"
    with pytest.raises(RuntimeError):
        with files.atomic_path(target) as partial:
            partial.write_bytes(b"half")
            raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []


def test_check_output_in_the_library() -> None:
    with pytest.raises(QuizError, match="^-o: give a file name to write to$"):
        files.check_output("")


def test_a_failed_anki_collection_is_a_quiz_error(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The collection is built with SQLite in a temporary folder: a full disk there (seen with
    `ulimit -f 2`) fails inside SQLite, not as an OSError."""
    (deck,) = write_decks(tmp_path, [PLAIN])

    def disk_io_error(*args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(genanki.Package, "write_to_db", disk_io_error)
    out = tmp_path / "plain.apkg"
    code, _, err = run("export", "deck", str(deck.path), "-o", str(out))
    assert code == 1
    assert err == (f"quiz: cannot write {out}: building the Anki collection failed (disk I/O "
                   "error)\n")
    assert not out.exists()


def test_files_is_core_code() -> None:
    """quiz.core.files is used by the deck writer and every export: no Textual, no click."""
    code = ("import sys, quiz.core.files; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'click'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
