"""Property tests: any bytes given to `quiz import anki` (as a plain-text export, or as a
package), and any field contents in a package, end in a deck that `quiz check` accepts or in
`quiz:` lines with exit 1: never a traceback, never a long wait.

A few hundred examples in a few seconds; for a longer run by hand:
`QUIZ_FUZZ_EXAMPLES=5000 pytest tests/export/test_import_anki_fuzz.py`.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from anki_builders import BASIC, CLOZE, OPTIONAL, REVERSED, AnkiNote, current_package, write_zip
from click.testing import CliRunner
from export_helpers import cards_text
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from quiz.cli import cli
from quiz.deck.loader import load_deck

EXAMPLES = int(os.environ.get("QUIZ_FUZZ_EXAMPLES", "150"))
SECONDS = 10.0  # a hang guard, not a speed target


def run_cli(args: list[str]) -> tuple[int, str, str]:
    """Run quiz in-process; any exception other than a clean exit fails the test."""
    started = time.perf_counter()
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    elapsed = time.perf_counter() - started
    assert elapsed < SECONDS, f"took {elapsed:.1f} s"
    return result.exit_code, result.stdout, result.stderr


def check_outcome(folder: Path, source: Path, out: Path, code: int, stdout: str,
                  stderr: str) -> None:
    assert code in (0, 1), (code, stderr)
    assert "Traceback" not in stderr
    if code == 0:
        deck = load_deck(out)  # what `quiz check` reads: the written deck is valid
        assert stdout == f"wrote {out}: {cards_text(len(deck.cards))} (deck id out)\n"
        assert all(line.startswith("quiz: warning: ") for line in stderr.splitlines()
                   if not line.startswith((" ", str(source))))
    else:
        assert stderr.startswith("quiz: ") and stderr.endswith("\n"), stderr
        assert not out.exists()
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".")]  # no temp file


_HEADERS = st.sampled_from([
    "#separator:tab", "#separator:Comma", "#separator:semicolon", "#separator:Pipe",
    "#separator:space", "#separator:~", "#separator:", "#separator:\"", "#separator:tabs",
    "#html:true", "#html:false", "#html:maybe", "#tags column:3", "#tags column:1",
    "#tags column:99", "#tags column:x", "#guid column:1", "#notetype column:2",
    "#deck column:2", "#columns:Front\tBack\tTags", "#columns:\"", "#tags:a b",
    "#notetype:Cloze", "#notetype:Basic (and reversed card)", "#deck:Geo::Europe",
    "#if matches:update current", "#unknown:1", "# a comment", "tags:x y",
])
_CELL = st.one_of(
    st.sampled_from([
        "", " ", "Capital of <b>France</b>?", "Paris<br>(city)", "<div><div>x</div></div>",
        "{{c1::Kars}} in {{c2::1921::year}}", "{{c1::open", "}}", "{{c1::a {{c2::b}}}}",
        '<img src="a.png">', "[sound:a.mp3]", "[sound:", "<!--", "<script>x", "&amp;&nbsp;",
        "&#x1b;", "\x1b[31m", "\u202e", "\u200b", "\x00", "\x1f", '"quoted, cell"', 'a"b',
        '"', "#not a comment", "tag1 tag2", "Basic", "Cloze", "Basic (optional reversed card)",
        "line\nbreak", "\r", "x" * 300, "<" * 50, "{{" * 30, "😀", "é",
    ]),
    st.text(max_size=15),
)


@st.composite
def anki_text_files(draw: st.DrawFn) -> bytes:
    """A plain-text export: header lines and rows of odd cells; or any text; or any bytes."""
    kind = draw(st.sampled_from(["export", "export", "export", "text", "bytes"]))
    if kind == "text":
        return draw(st.text(max_size=400)).encode("utf-8", "surrogatepass")
    if kind == "bytes":
        return draw(st.binary(max_size=400))
    headers = draw(st.lists(_HEADERS, max_size=6))
    separator = draw(st.sampled_from(["\t", ",", ";", "|", " ", "~"]))
    rows = draw(st.lists(st.lists(_CELL, min_size=0, max_size=6), max_size=10))
    quote = draw(st.booleans())
    lines = [*headers]
    for row in rows:
        cells = ['"' + c.replace('"', '""') + '"' if quote and draw(st.booleans()) else c
                 for c in row]
        lines.append(separator.join(cells))
    end = draw(st.sampled_from(["\n", "\r\n"]))
    return end.join(lines).encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("anki-fuzz")


@settings(max_examples=EXAMPLES, deadline=None)
@given(data=anki_text_files(), command=st.sampled_from(["anki", "anki", "csv"]))
def test_any_plain_text_gives_a_deck_or_a_quiz_error(fuzz_dir: Path, data: bytes,
                                                     command: str) -> None:
    source = fuzz_dir / "notes.txt"
    source.write_bytes(data)
    out = fuzz_dir / "out.yaml"
    out.unlink(missing_ok=True)
    code, stdout, stderr = run_cli(["import", command, str(source), "-o", str(out)])
    event(f"{command}: exit {code}")
    if command == "csv" and not data.startswith((b"#", b"\xef\xbb\xbf#")):
        return  # read as a spreadsheet: tests/export/test_export_fuzz.py covers that
    if command == "csv":
        stderr = "\n".join(line for line in stderr.splitlines()
                           if "is an Anki plain-text export" not in line)
        stderr += "\n" if stderr else ""
    check_outcome(fuzz_dir, source, out, code, stdout, stderr)


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(notes=st.lists(st.tuples(st.sampled_from([BASIC, REVERSED, OPTIONAL, CLOZE]),
                                st.lists(_CELL, min_size=0, max_size=4),
                                st.lists(st.sampled_from(["geo", "a::b", "x" * 40, "é"]),
                                         max_size=3)),
                      max_size=6))
def test_any_note_contents_in_a_package(fuzz_dir: Path, notes: list) -> None:
    made = [AnkiNote(model, (fields + ["", "", ""])[:len(model.fields)], tags=tags)
            for model, fields, tags in notes]
    source = current_package(fuzz_dir / "in.apkg", made)
    out = fuzz_dir / "out.yaml"
    out.unlink(missing_ok=True)
    code, stdout, stderr = run_cli(["import", "anki", str(source), "-o", str(out)])
    event(f"exit {code}")
    check_outcome(fuzz_dir, source, out, code, stdout, stderr)


@settings(max_examples=EXAMPLES // 3, deadline=None)
@given(data=st.binary(max_size=600), wrap=st.sampled_from(["raw", "zip", "zip-zstd"]))
def test_any_bytes_as_a_package(fuzz_dir: Path, data: bytes, wrap: str) -> None:
    source = fuzz_dir / "any.apkg"
    if wrap == "raw":
        source.write_bytes(b"PK\x03\x04" + data)
    else:
        name = "collection.anki21b" if wrap == "zip-zstd" else "collection.anki2"
        write_zip(source, {name: data})
    out = fuzz_dir / "out.yaml"
    out.unlink(missing_ok=True)
    code, stdout, stderr = run_cli(["import", "anki", str(source), "-o", str(out)])
    assert code == 1
    check_outcome(fuzz_dir, source, out, code, stdout, stderr)
