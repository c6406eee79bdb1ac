"""`quiz import anki NOTES.txt` (and `quiz import csv` handing it over): Anki's "Notes in Plain
Text" export with its header lines, quoting, HTML, note types; problems at FILE:LINE."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from export_helpers import cards_text

from quiz.cli import cli
from quiz.deck.loader import load_deck
from quiz.deck.model import Card

# What Anki 2.1.55+ writes with every "Include ..." box ticked (guid, note type, deck, tags).
FULL_EXPORT = (
    "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n"
    "#tags column:6\n"
    "L^<-a_mKF0\tBasic\tGeo\tCapital of <b>France</b>?\tParis<br>(city)\teurope geo\n"
    "C+POML}s:4\tCloze\tGeo\tThe {{c1::Treaty of Kars}} was signed in {{c2::1921::year}}.\t"
    "extra\t\n"
    'xY1\tBasic (and reversed card)\tGeo\tder Hund\t"the dog, a ""pet"""\tgerman\n'
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def imported(tmp_path: Path, text: str, *, command: str = "anki", name: str = "notes.txt"
             ) -> tuple[list[Card], str]:
    source = write(tmp_path / name, text)
    out = tmp_path / "decks" / "notes.yaml"
    out.unlink(missing_ok=True)
    code, stdout, stderr = run("import", command, str(source), "-o", str(out))
    assert code == 0, stderr
    assert stdout.endswith(f"wrote {out}: {cards_text(len(load_deck(out).cards))} (deck id notes)\n")
    assert run("check", str(out))[0] == 0
    return list(load_deck(out).cards), stderr


def pairs(cards: list[Card]) -> list[tuple[str, str]]:
    return [(c.question, c.answer) for c in cards]


def test_a_full_anki_export(tmp_path: Path) -> None:
    cards, stderr = imported(tmp_path, FULL_EXPORT)
    assert stderr == ""
    assert pairs(cards) == [
        ("Capital of France?", "Paris\n(city)"),
        ("The ____ was signed in 1921.", "Treaty of Kars"),
        ("The Treaty of Kars was signed in [year].", "1921"),
        ("der Hund", 'the dog, a "pet"'), ('the dog, a "pet"', "der Hund"),
    ]
    assert cards[0].tags == ("europe", "geo") and cards[0].accept == ()
    assert cards[1].explanation == "extra"
    assert cards[1].cloze == "The {{c1::Treaty of Kars}} was signed in {{c2::1921::year}}."
    assert cards[1].siblings == cards[2].siblings and cards[2].cloze == cards[1].cloze
    assert cards[3].reverse and cards[4].reverse_of == cards[3].id
    assert cards[3].tags == cards[4].tags == ("german",)
    assert load_deck(tmp_path / "decks" / "notes.yaml").title == "Geo"
    again, _ = imported(tmp_path, FULL_EXPORT.replace("Paris<br>(city)", "Paris"))
    assert [c.id for c in again] == [c.id for c in cards]  # ids from the GUID column


def test_import_csv_hands_an_anki_export_over(tmp_path: Path) -> None:
    """Before: `quiz import csv` read the header lines as rows, and every line failed with
    "missing answer (only one column ...)"."""
    cards, stderr = imported(tmp_path, FULL_EXPORT, command="csv")
    assert len(cards) == 5 and cards[0].tags == ("europe", "geo")
    assert "is an Anki plain-text export" in stderr and "only one column" not in stderr


def test_without_the_header_the_third_column_is_tags_not_answers(tmp_path: Path) -> None:
    """Before: with the header lines removed, `europe geo` became an accepted answer."""
    text = "Capital of France?\tParis\teurope geo\nCapital of Peru?\tLima\t\n"
    cards, _ = imported(tmp_path, text)
    assert [(c.answer, c.accept, c.tags) for c in cards] == [
        ("Paris", (), ("europe", "geo")), ("Lima", (), ())]
    wide, _ = imported(tmp_path, "q\ta\tnote\ttag1\n")
    assert (wide[0].explanation, wide[0].tags) == ("note", ("tag1",))


@pytest.mark.parametrize(("name", "separator"), [
    ("Tab", "\t"), ("Comma", ","), ("Semicolon", ";"), ("Pipe", "|"), ("Space", " "),
    ("colon", ":"), ("~", "~"), (" ", " "),
])
def test_every_separator(tmp_path: Path, name: str, separator: str) -> None:
    cell = '"Paris, France; the city"' if separator not in ",;" else '"Paris, France; city"'
    text = (f"#separator:{name}\n#html:false\n#tags column:3\n"
            f"Capital{separator}{cell}{separator}geo\n")
    cards, _ = imported(tmp_path, text)
    assert cards[0].question == "Capital" and cards[0].answer.startswith("Paris, France;")
    assert cards[0].tags == ("geo",)


def test_html_true_and_false(tmp_path: Path) -> None:
    text = "#separator:tab\n#html:{}\nA &amp; B <i>x</i>\t1&nbsp;2<br>3\n"
    cards, _ = imported(tmp_path, text.format("true"))
    assert pairs(cards) == [("A & B x", "1 2\n3")]
    cards, _ = imported(tmp_path, text.format("false"))
    assert pairs(cards) == [("A &amp; B <i>x</i>", "1&nbsp;2<br>3")]
    cards, _ = imported(tmp_path, text.replace("#html:{}\n", ""))  # guessed: it looks like HTML
    assert pairs(cards) == [("A & B x", "1 2\n3")]


def test_quoted_cells_with_separators_line_breaks_and_comment_lines(tmp_path: Path) -> None:
    text = ('#separator:Comma\n#html:false\n#tags column:3\n'
            '"one, two","first line\nsecond line",tag\n'
            "# a comment between notes\n"
            '"# not a comment",answer,\n'
            "\n"
            'plain,"multi\n# inside a cell",\n')
    cards, _ = imported(tmp_path, text)
    assert pairs(cards) == [("one, two", "first line\nsecond line"),
                            ("# not a comment", "answer"),
                            ("plain", "multi\n# inside a cell")]


def test_columns_header_names_the_tags_column(tmp_path: Path) -> None:
    text = "#separator:tab\n#html:false\n#columns:Front\tBack\tTags\nq\ta\tt1 t2\n"
    cards, _ = imported(tmp_path, text)
    assert (cards[0].answer, cards[0].tags) == ("a", ("t1", "t2"))


def test_global_tags_deck_and_notetype(tmp_path: Path) -> None:
    text = ("#separator:tab\n#html:false\n#tags:shared week1\n#deck:Vocab\n"
            "#notetype:Basic (and reversed card)\n#if matches:update current\nhund\tdog\n")
    cards, _ = imported(tmp_path, text)
    deck = load_deck(tmp_path / "decks" / "notes.yaml")
    assert (deck.title, deck.tags) == ("Vocab", ("shared", "week1"))
    assert pairs(cards) == [("hund", "dog"), ("dog", "hund")]


def test_several_decks_tag_each_card(tmp_path: Path) -> None:
    text = "#separator:tab\n#html:false\n#deck column:1\nGeo::Europe\tq1\ta1\nHistory\tq2\ta2\n"
    cards, _ = imported(tmp_path, text)
    assert [c.tags for c in cards] == [("Geo::Europe",), ("History",)]


def test_media_and_empty_answers_are_reported(tmp_path: Path) -> None:
    text = ('#separator:tab\n#html:true\nFlag? <img src="it.png">\tItaly [sound:it.mp3]\n'
            "No answer\t\n")
    cards, stderr = imported(tmp_path, text)
    assert pairs(cards) == [("Flag?", "Italy")]
    source = tmp_path / "notes.txt"
    assert stderr.splitlines() == [
        f"quiz: warning: 1 card name media that is not imported: it.png, it.mp3 ({source}:3)",
        f"quiz: warning: 1 card left out, the answer is empty: {source}:4",
    ]


def test_unknown_header_lines_are_named(tmp_path: Path) -> None:
    _, stderr = imported(tmp_path, "#separater:tab\n#html:false\nq\ta\n")
    assert (f"quiz: warning: {tmp_path / 'notes.txt'}:1: unknown header line '#separater:' "
            "ignored; did you mean '#separator:'?") in stderr


@pytest.mark.parametrize(("text", "problem"), [
    ("#separator:slash\nq/a\n", ":1: unknown separator 'slash'; write one of tab, comma, "
                                "semicolon, pipe, space, colon, or the character itself"),
    ("#separator:tab\n#html:yes\nq\ta\n", ":2: #html: must be true or false, not 'yes'"),
    ("#separator:tab\n#tags column:0\nq\ta\n", ":2: #tags column: must be a column number "
                                               "from 1, not '0'"),
    ("#separator:tab\nq\ta\n\"open\tnever closed\n", ":3: cannot read this note: a quoted cell "
                                                    "is never closed"),
    ('#separator:tab\nq\t"a"b\n', ':2: cannot read this note: a quoted cell must end at the '
                                  "separator or the end of the line"),
])
def test_problems_name_the_file_and_line(tmp_path: Path, text: str, problem: str) -> None:
    source = write(tmp_path / "bad.txt", text)
    out = tmp_path / "out.yaml"
    code, _, stderr = run("import", "anki", str(source), "-o", str(out))
    assert code == 1 and stderr.startswith(f"quiz: {source}{problem}"), stderr
    assert not out.exists()


def test_no_card_is_an_error_that_says_why(tmp_path: Path) -> None:
    source = write(tmp_path / "one.txt", "#separator:comma\n#html:false\nonly one column\n")
    code, _, stderr = run("import", "anki", str(source), "-o", str(tmp_path / "o.yaml"))
    assert code == 1
    assert stderr == (f"quiz: {source}: no card to import:\n"
                      f"{source}: 1 card left out, the answer is empty: {source}:3\n")
    empty = write(tmp_path / "empty.txt", "")
    code, _, stderr = run("import", "anki", str(empty), "-o", str(tmp_path / "o.yaml"))
    assert code == 1 and stderr == f"quiz: {empty}: no card to import\n"


def test_not_utf8_and_missing_files(tmp_path: Path) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes("#separator:tab\nq\tcaf\xe9\n".encode("latin-1"))
    code, _, stderr = run("import", "anki", str(source), "-o", str(tmp_path / "o.yaml"))
    assert code == 1 and stderr == (f"quiz: {source}:2: this file is not UTF-8 text, which Anki "
                                    "always writes\n")
    code, _, stderr = run("import", "anki", str(tmp_path / "nope.txt"), "-o",
                          str(tmp_path / "o.yaml"))
    assert code == 1 and stderr == f"quiz: {tmp_path / 'nope.txt'}: no such file\n"


def test_the_input_is_never_overwritten(tmp_path: Path) -> None:
    source = write(tmp_path / "notes.yaml", "q\ta\n")
    code, _, stderr = run("import", "anki", str(source), "-o", str(source))
    assert code == 1 and "is an input of this command" in stderr
    assert source.read_text() == "q\ta\n"
