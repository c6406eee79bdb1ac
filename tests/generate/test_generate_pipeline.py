"""The whole run: determinism, stable ids, the edited-deck guard, bad inputs, the CLI."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from quiz.cli import cli
from quiz.deck.loader import load_deck
from quiz.generate import generate_decks
from quiz.generate.documents import Document
from quiz.generate.output import was_edited
from quiz.generate.text import contains

DOCS = Path(__file__).resolve().parents[1] / "data" / "docs"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    shutil.copytree(DOCS, folder)
    return folder


def _cards(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["cards"]


def test_two_runs_write_byte_identical_decks(docs: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    generate_decks([docs], first)
    generate_decks([docs], second)
    names = sorted(p.name for p in first.iterdir())
    assert names == ["harbor_accord.yaml", "kaldora_vesteria.yaml"]
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes()
    again = generate_decks([docs], first)
    assert {r.status for r in again.results} == {"unchanged"}


def test_generated_decks_load_cleanly_and_are_grounded(docs: Path, tmp_path: Path) -> None:
    report = generate_decks([docs], tmp_path / "out")
    assert not report.had_bad_input
    for result in report.results:
        deck = load_deck(result.path)
        assert deck.title and len(deck.cards) == result.cards >= 1
        source_text = " ".join(Path(result.source).read_text(encoding="utf-8").split())
        for card in deck.cards:
            assert card.tags[0] in {"date", "official", "agreement"}
            assert " ".join(card.source.quote.split()) in source_text
            assert contains(card.source.quote, card.answer)
            assert not contains(card.question, card.answer)
            assert card.answer not in card.choices and len(card.choices) <= 3


def test_card_ids_survive_an_edit_elsewhere_in_the_document(docs: Path, tmp_path: Path) -> None:
    doc = docs / "kaldora_vesteria.md"
    generate_decks([doc], tmp_path / "before")
    before = {(c["question"], c["answer"]): c["id"]
              for c in _cards(tmp_path / "before" / "kaldora_vesteria.yaml")}
    text = doc.read_text(encoding="utf-8")
    text = text.replace("In 1996, the Kaldoran and Vesterian parliaments",
                        "In 1997, the Kaldoran and Vesterian parliaments")
    text = text.replace("# Kaldora and Vesteria", "# Kaldora and Vesteria\n\nA new opening line.")
    doc.write_text(text, encoding="utf-8")
    generate_decks([doc], tmp_path / "after")
    after_cards = _cards(tmp_path / "after" / "kaldora_vesteria.yaml")
    after = {(c["question"], c["answer"]): c["id"] for c in after_cards}
    unchanged = set(before) & set(after)
    assert len(unchanged) == len(before) - 1  # only the card on the edited sentence differs
    assert all(before[key] == after[key] for key in unchanged)  # lines moved, ids did not
    changed = ("In {}, what treaty did the Kaldoran and Vesterian parliaments ratify, which "
               "opened the border to trade?")
    answer = "Treaty of Friendship and Cooperation"
    assert (changed.format(1997), answer) in after and (changed.format(1996), answer) in before
    # The id comes from the words next to the answer, which did not change: the same treaty
    # ratified keeps the student's progress on it.
    assert after[(changed.format(1997), answer)] == before[(changed.format(1996), answer)]


def test_a_deck_edited_by_a_teacher_is_kept_and_the_new_one_written_beside(
        docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate_decks([docs], out)
    deck = out / "harbor_accord.yaml"
    assert not was_edited(deck.read_text(encoding="utf-8"))
    edited = deck.read_text(encoding="utf-8").replace("question: ", "question: (edited) ", 1)
    deck.write_text(edited, encoding="utf-8")
    assert was_edited(edited)
    report = generate_decks([docs], out)
    by_name = {Path(r.source).name: r for r in report.results}
    assert by_name["harbor_accord.txt"].status == "kept"
    assert by_name["harbor_accord.txt"].path == out / "harbor_accord.yaml.new"
    assert deck.read_text(encoding="utf-8") == edited
    assert (out / "harbor_accord.yaml.new").exists()
    forced = generate_decks([docs], out, force=True)
    assert {Path(r.source).name: r.status for r in forced.results}["harbor_accord.txt"] == (
        "overwritten")
    assert not was_edited(deck.read_text(encoding="utf-8"))


def test_a_hand_written_deck_with_the_same_name_is_never_overwritten(
        docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    mine = "title: Mine\ncards:\n- question: Q?\n  answer: A\n"
    (out / "harbor_accord.yaml").write_text(mine, encoding="utf-8")
    generate_decks([docs], out)
    assert (out / "harbor_accord.yaml").read_text(encoding="utf-8") == mine


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", b"   \n\n", "is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin1.txt", "Le traité fut signé en 1992 à Paris.".encode("latin-1"), "not UTF-8"),
    ("utf16.txt", "The treaty was signed in 1992.".encode("utf-16"), "UTF-16"),
])
def test_bad_inputs_warn_by_name_and_the_rest_is_processed(
        docs: Path, tmp_path: Path, name: str, content: bytes, message: str) -> None:
    bad = docs / name
    bad.write_bytes(content)
    report = generate_decks([docs], tmp_path / "out")
    assert report.had_bad_input
    assert len(report.warnings) == 1
    assert str(bad) in report.warnings[0] and message in report.warnings[0]
    assert len([r for r in report.results if r.path]) == 2


def test_cli_missing_path_warns_and_exits_1_but_writes_the_others(
        docs: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(cli, ["generate", str(docs), str(tmp_path / "nope.txt"), "--out",
                                 str(out)], obj={}, catch_exceptions=False)
    assert result.exit_code == 1
    assert "nope.txt: no such file or folder" in result.stderr
    assert "[#" not in result.stderr  # no progress bar when stderr is not a terminal
    assert (out / "harbor_accord.yaml").exists() and (out / "kaldora_vesteria.yaml").exists()
    assert "2 decks from 2 documents" in result.stdout


def test_cli_good_inputs_exit_0(docs: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["generate", str(docs), "--out", str(tmp_path / "o")],
                                obj={}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "kaldora_vesteria.yaml" in result.stdout


def test_fast_yaml_output_is_exactly_the_deck_writers() -> None:
    from quiz.deck.model import Card, Deck, Source
    from quiz.deck.writer import dump_deck

    odd = ["yes", "no", "null", "~", "1992", "1.5", "0x1F", "2025-09-25", "12:30", "- x", "#c",
           "a: b", "'q'", '"q"', "  lead", " trail ", "multi\nline", "@at", "`tick", "!bang",
           "&amp", "*star", "%p", "|bar", ">gt", "? q", "[x]", "{y}", "true", "é ü", "1e3",
           ".inf", "-.5", "+1", "0o17", "x #y", "March 6, 1992", "Who was the U.S. President?"]
    deck = Deck(id="odd", title="Odd: values", description="d", tags=("generated",),
                cards=tuple(Card(id=f"c{i}", question=f"Q{i} {v}?", answer=v, accept=(v + "!",),
                                 choices=(v + "?",), tags=("date",), source=Source("f.txt", i, v))
                            for i, v in enumerate(odd)))
    assert dump_deck(deck) == dump_deck(deck, fast=False)


def _on_a_terminal(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """`python -m quiz ARGS` as a user runs it with stderr on a terminal (a pseudo-terminal)
    and stdout redirected to a file: exit code, stdout, what the terminal showed."""
    main, child = pty.openpty()
    with (cwd / "stdout.txt").open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "quiz", *args], cwd=cwd,
                                   stdin=subprocess.DEVNULL, stdout=out, stderr=child)
    os.close(child)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # EIO: the program ended and closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    code = process.wait()
    return code, (cwd / "stdout.txt").read_text("utf-8"), shown.decode("utf-8", "replace")


@pytest.mark.learned  # (its terminal run, a subprocess, has the learned screen on)
def test_progress_bar_only_on_a_terminal_and_for_many_documents(tmp_path: Path) -> None:
    import quiz.cli

    many = tmp_path / "many"
    many.mkdir()
    text = (DOCS / "harbor_accord.txt").read_text(encoding="utf-8")
    count = quiz.cli._PROGRESS_MIN_DOCUMENTS
    for i in range(count):
        (many / f"doc{i:02d}.txt").write_text(text, encoding="utf-8")
    code, out, terminal = _on_a_terminal(["generate", str(many), "--out", "o1"], tmp_path)
    assert code == 0, terminal
    assert quiz.cli.PROGRESS_LABEL in terminal and f"{count}/{count}" in terminal
    assert quiz.cli.PROGRESS_LABEL not in out  # never mixed into the report on stdout
    piped = CliRunner().invoke(cli, ["generate", str(many), "--out", str(tmp_path / "o2")],
                               obj={}, catch_exceptions=False)  # stderr is no terminal here
    assert piped.exit_code == 0 and quiz.cli.PROGRESS_LABEL not in piped.output
    assert piped.stdout.replace(str(tmp_path / "o2"), "o1") == out  # the same report
    code, out, terminal = _on_a_terminal(["generate", str(DOCS), "--out", "o3"], tmp_path)
    assert code == 0 and quiz.cli.PROGRESS_LABEL not in terminal  # a few documents: no bar


def test_markdown_document_with_front_matter(tmp_path: Path) -> None:
    doc = tmp_path / "notes.md"
    doc.write_text("---\ntitle: Baltic notes\ndate: 2023-05-04\n---\n\n# Heading\n\n"
                   "The [Treaty of Tartu](https://example.org/t) was signed on **2 February "
                   "1920** by Estonia and Soviet Russia.\n\nLast year, Estonia, Latvia and Lithuania "
                   "signed the Baltic Energy Memorandum in Riga.\n", encoding="utf-8")
    report = generate_decks([doc], tmp_path / "out")
    deck = load_deck(report.results[0].path)
    assert deck.title == "Baltic notes"
    by_answer = {c.answer: c for c in deck.cards}
    assert by_answer["2 February 1920"].question == (
        "On what date was the Treaty of Tartu signed by Estonia and Soviet Russia?")
    assert "**" in by_answer["2 February 1920"].source.quote  # the quote is the file's text
    assert by_answer["Baltic Energy Memorandum"].question == (
        "In 2022, what memorandum did Estonia, Latvia and Lithuania sign in Riga?")


def test_the_deck_folder_stays_loadable_after_a_kept_edit(docs: Path, tmp_path: Path) -> None:
    from quiz.deck.loader import load_decks

    out = tmp_path / "out"
    generate_decks([docs], out)
    deck = out / "kaldora_vesteria.yaml"
    deck.write_text(deck.read_text(encoding="utf-8").replace("title: '", "title: 'Mine - ", 1),
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(docs), "--out", str(out)], obj={},
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert "kaldora_vesteria.yaml was edited by hand" in result.stdout
    assert "kaldora_vesteria.yaml.new" in result.stdout
    loaded = load_decks([out])
    assert not loaded.errors and len(loaded.decks) == 2  # the .yaml.new is not a second deck
    assert load_deck(out / "kaldora_vesteria.yaml").title.startswith("Mine - ")


def test_a_wire_dateline_dates_the_document() -> None:
    from quiz.generate.documents import document_date

    text = "Grain talks resume\n\nISTANBUL, July 14, 2023 (Wire) - Turkey said on Friday ...\n"
    assert document_date(text).text == "July 14, 2023"  # type: ignore[union-attr]
    assert document_date("Title\n\nIn 1992, on March 6, 1992, Baku opened an embassy in "
                         "Washington, far away from home.\n") is None


def test_several_processes_write_exactly_what_one_writes(tmp_path: Path) -> None:
    from quiz.generate.pipeline import PARALLEL_MIN_DOCUMENTS, worker_count

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(PARALLEL_MIN_DOCUMENTS):
        source = sorted(DOCS.iterdir())[i % 2]
        text = source.read_text(encoding="utf-8").replace("1996", str(1900 + i))
        (corpus / f"{i:03d}{source.suffix}").write_text(text, encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\x00\x01binary")
    import threading

    alone = threading.active_count() == 1  # other threads (left by other tests) forbid forking
    assert worker_count(2, PARALLEL_MIN_DOCUMENTS) == (2 if alone else 1)
    assert worker_count(2, 3) == 1 and worker_count(1, 10_000) == 1
    one = generate_decks([corpus], tmp_path / "one", jobs=1)
    two = generate_decks([corpus], tmp_path / "two", jobs=2)
    assert one.warnings == two.warnings and len(one.warnings) == 1
    assert [(r.cards, r.status) for r in one.results] == [(r.cards, r.status) for r in two.results]
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "two").iterdir())
    # A fact asked in one deck is not asked again in the copies: only the first decks of each
    # source document have cards left; the others are reported empty, alike in both runs.
    assert len(names) == sum(r.status != "empty" for r in one.results) >= 2
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_an_unexpected_failure_on_one_document_is_a_warning(
        docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import quiz.generate.pipeline as pipeline

    real = pipeline.prepare

    def fragile(doc: Document, keep_rejected: bool = True) -> object:
        if doc.path.name == "harbor_accord.txt":
            raise ValueError("boom")
        return real(doc, keep_rejected)

    monkeypatch.setattr(pipeline, "prepare", fragile)
    report = generate_decks([docs], tmp_path / "out", jobs=1)
    assert len(report.warnings) == 1 and "harbor_accord.txt" in report.warnings[0]
    assert "ValueError: boom" in report.warnings[0]
    assert [Path(r.source).name for r in report.results] == ["kaldora_vesteria.md"]


def test_long_odd_documents_do_not_crash(tmp_path: Path) -> None:
    doc = tmp_path / "odd.txt"
    doc.write_text("Notes\n\n" + "Signed on 1 May 1999, the accord; and ;, which, he , , ,\n" * 50
                   + "x " * 5000 + "\n| a | b |\n| 1992 | |\n" + "“unclosed quote 1994 and\n",
                   encoding="utf-8")
    report = generate_decks([doc], tmp_path / "out")
    assert not report.warnings


def test_titles_from_a_short_first_line_a_heading_or_the_first_sentence() -> None:
    from quiz.generate.documents import document_title

    assert document_title("Armenia–Turkey relations\n\nTurkey closed the border.\n",
                          Path("a.txt")) == "Armenia–Turkey relations"
    assert document_title("Intro text.\n\n## Real heading\n\nMore.\n", Path("a.md")) == (
        "Real heading")
    assert document_title("Kaldora signed the Tallinn Accord with Vesteria in the spring of "
                          "1995 after talks that had lasted three long years in Riga.\n",
                          Path("k.txt")).endswith("…")


def test_documents_with_the_same_name_in_two_folders_get_two_decks(tmp_path: Path) -> None:
    for folder, source in (("a", "harbor_accord.txt"), ("b", "kaldora_vesteria.md")):
        (tmp_path / folder).mkdir()
        shutil.copy(DOCS / source, tmp_path / folder / "harbor_accord.txt")
    report = generate_decks([tmp_path / "a", tmp_path / "b"], tmp_path / "out")
    assert sorted(r.path.name for r in report.results) == ["a-harbor_accord.yaml",
                                                           "b-harbor_accord.yaml"]
    assert {load_deck(r.path).id for r in report.results} == {"a-harbor_accord",
                                                              "b-harbor_accord"}
