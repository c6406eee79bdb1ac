"""Hostile and broken decks (issue #10, classes 1-4): every one is a problem at its place.

1. control characters, bidirectional overrides and invisible characters, raw or escaped;
2. inputs that crashed the app: a lone surrogate, a source line of '²' or 5,000 digits,
   nesting 1,000 deep; one such deck never takes the others down;
3. inputs `quiz check` crashed on or missed: a surrogate in a key, a raw control character, an
   unquoted number or phrase that a comma splits inside [ ];
4. YAML syntax errors in a teacher's words.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.deck import load_deck, load_decks
from quiz.errors import DeckError
from quiz.textsafe import UNSAFE

GOOD = "title: Good\ncards:\n  - question: What is the capital of Azerbaijan?\n    answer: Baku\n"


def problems(tmp_path: Path, text: str, *, name: str = "deck.yaml") -> list[str]:
    """The problems of a deck file holding `text`, each as 'line:column: message'."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    return [str(p).removeprefix(f"{path}:") for p in caught.value.problems]


def check(*paths: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", *map(str, paths)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


# --- 1. control characters, bidi overrides, invisible characters -----------------------------

ESC_DECK = ('title: "Evil \\e]0;PWNED\\a deck"\ncards:\n'
            '  - question: "Clear \\e[2J and copy \\e]52;c;aGVsbG8=\\x07?"\n    answer: A\n')


def test_escaped_controls_are_each_reported_at_their_backslash(tmp_path: Path) -> None:
    assert problems(tmp_path, ESC_DECK) == [
        '1:14: the escape "\\e" gives the control character \\x1b (ESC), which is not allowed in '
        "a deck: it could act on the terminal; delete it",
        '1:24: the escape "\\a" gives the control character \\x07 (BEL), which is not allowed in '
        "a deck: it could act on the terminal; delete it",
        '3:22: the escape "\\e" gives the control character \\x1b (ESC), which is not allowed in '
        "a deck: it could act on the terminal; delete it",
        '3:37: the escape "\\e" gives the control character \\x1b (ESC), which is not allowed in '
        "a deck: it could act on the terminal; delete it",
        '3:53: the escape "\\x07" gives the control character \\x07 (BEL), which is not allowed in '
        "a deck: it could act on the terminal; delete it",
    ]


@pytest.mark.parametrize(("raw", "expected"), [
    ("\x01", "1:12: the control character \\x01 (SOH) is not allowed in a deck: it could act on "
             "the terminal; delete it"),
    ("\x7f", "1:12: the control character \\x7f (DEL) is not allowed in a deck: it could act on "
             "the terminal; delete it"),
    ("\x9b", "1:12: the control character \\x9b (a C1 control) is not allowed in a deck: it could "
             "act on the terminal; delete it"),
    ("\x1b", "1:12: the control character \\x1b (ESC) is not allowed in a deck: it could act on "
             "the terminal; delete it"),
    ("\u202e", "1:12: the bidirectional control \\u202e is not allowed in a deck: it shows text in "
               "another order than it is read; delete it"),
    ("\u2066", "1:12: the bidirectional control \\u2066 is not allowed in a deck: it shows text in "
               "another order than it is read; delete it"),
    ("\u200b", "1:12: the invisible character \\u200b is not allowed in a deck: it makes text look "
               "like other text; delete it"),
])
def test_a_raw_character_is_reported_at_its_line_and_column(tmp_path: Path, raw: str,
                                                            expected: str) -> None:
    assert problems(tmp_path, f"title: Bad {raw} deck\ncards:\n  - {{question: Q, answer: A}}\n") \
        == [expected]


def test_escaped_bidi_and_invisible_characters_are_reported(tmp_path: Path) -> None:
    text = ('title: T\ncards:\n  - question: "Is \\u202eevil\\u202c?"\n'
            '    answer: "Ba\\u200bku"\n')
    assert [p.split(" gives")[0] for p in problems(tmp_path, text)] == [
        '3:19: the escape "\\u202e"', '3:29: the escape "\\u202c"', '4:16: the escape "\\u200b"']


def test_joiners_and_direction_marks_stay_allowed(tmp_path: Path) -> None:
    """Persian needs ZERO WIDTH NON-JOINER, emoji ZERO WIDTH JOINER, Hebrew and Arabic the
    direction marks: none of them can reorder or hide text, so a deck may hold them."""
    path = tmp_path / "scripts.yaml"
    path.write_text("title: می\u200cخواهم\ncards:\n  - question: 👩\u200d💻 \u200fשלום\u200e?\n"
                    "    answer: A\n", encoding="utf-8")
    assert load_deck(path).title == "می\u200cخواهم"


def test_a_line_break_in_the_file_is_no_control_character(tmp_path: Path) -> None:
    path = tmp_path / "crlf.yaml"
    path.write_bytes(GOOD.replace("\n", "\r\n").encode())
    assert load_deck(path).cards[0].answer == "Baku"


def test_many_characters_are_reported_twenty_then_counted(tmp_path: Path) -> None:
    found = problems(tmp_path, "title: " + "\x1b" * 500 + "\ncards: [{question: Q, answer: A}]\n")
    assert len(found) == 21
    assert found[-1] == "1:28: 480 more characters like these from here on; delete them all"


def test_check_output_shows_every_character_as_an_escape(tmp_path: Path) -> None:
    (tmp_path / "evil.yaml").write_text(ESC_DECK.replace("title:", "titel:"), encoding="utf-8")
    code, output = check(tmp_path)
    assert code == 1
    assert "\x1b" not in output and "\x07" not in output
    assert not UNSAFE.search(output)
    # the card's own question, quoted in a message, is shown with escapes too
    assert "unknown key 'titel'" in output


def test_quiz_errors_of_every_command_are_shown_terminal_safe(tmp_path: Path) -> None:
    evil = tmp_path / "a\x1b]0;PWNED\x07.yaml"
    evil.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", "deck", str(evil / "nothere"), "--format", "csv",
                                      "-o", str(tmp_path / "out.csv")])
    assert result.exit_code == 1
    assert result.output.startswith("quiz: ")
    assert "a\\x1b]0;PWNED\\x07.yaml" in result.output
    assert not UNSAFE.search(result.output)


def test_a_file_name_with_a_control_character_needs_an_id(tmp_path: Path) -> None:
    assert problems(tmp_path, GOOD, name="x\x1by.yaml") == [
        "1:1: the file name 'x\x1by' (the deck id when none is given) holds a control, invisible "
        "or undecodable character; rename the file or give the deck an 'id'"]
    (tmp_path / "x\x1by.yaml").write_text("id: xy\n" + GOOD, encoding="utf-8")
    assert load_deck(tmp_path / "x\x1by.yaml").id == "xy"


def test_a_csv_cell_with_a_control_character_is_refused_at_its_cell(tmp_path: Path) -> None:
    csv = tmp_path / "words.csv"
    csv.write_text("question,answer\nWhat \x1b]0;PWN\x07 is it?,Baku\nQ2,A\u202e2\n", "utf-8")
    result = CliRunner().invoke(cli, ["import", "csv", str(csv), "-o", str(tmp_path / "w.yaml")])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"quiz: {csv}:2:1: the control character \\x1b (ESC) is not allowed in a deck: it could "
        "act on the terminal; delete it",
        f"{csv}:3:2: the bidirectional control \\u202e is not allowed in a deck: it shows text in "
        "another order than it is read; delete it"]
    assert not (tmp_path / "w.yaml").exists()


def test_a_line_break_inside_a_csv_cell_imports_and_passes_check(tmp_path: Path) -> None:
    csv = tmp_path / "excel.csv"
    csv.write_bytes(b'question,answer\r\n"What is\r\nit?",Baku\r\n')
    deck_file = tmp_path / "excel.yaml"
    result = CliRunner().invoke(cli, ["import", "csv", str(csv), "-o", str(deck_file)])
    assert result.exit_code == 0, result.output
    assert load_deck(deck_file).cards[0].question == "What is\r\nit?"


def test_a_document_with_control_characters_gives_a_deck_that_passes(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "Relations\n\nAzerbaijan opened its\x1b embassy in Washington on March 6, 1992.\x07"
        " The\u200b Prime Minister Nikol Pashinyan visited Baku on May 5, 2021.\x9b"
        " Azerbaijan and Washington\x1b have kept their ties; Azerbaijan's envoy in Washington"
        " reports to Baku.\n",
        encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["generate", str(docs), "--out", str(tmp_path / "decks")]
                         ).exit_code == 0
    assert list((tmp_path / "decks").glob("*.yaml"))  # a deck was written
    code, output = check(tmp_path / "decks")
    assert code == 0, output


# --- 2. what crashed the app: each a problem, and the other decks still load ---------------

SURROGATE = 'title: S\ncards:\n  - question: "Which \\ud800?"\n    answer: A\n'
SUPERSCRIPT = "title: S\ncards:\n  - question: Q\n    answer: A\n    source: {file: a.txt, line: ²}\n"
DIGITS = ("title: S\ncards:\n  - question: Q\n    answer: A\n    source: {file: a.txt, line: "
          + "9" * 5000 + "}\n")
DEEP = "title: S\ncards:\n  - question: Q\n    answer: " + "[" * 1000 + "]" * 1000 + "\n"

CRASHED = [
    pytest.param(SURROGATE, ['3:22: the escape "\\ud800" gives half of a UTF-16 pair (a lone '
                             "surrogate), not a character; write the character itself"],
                 id="lone-surrogate"),
    pytest.param(SUPERSCRIPT, ["5:33: card 1 (\"Q\"): 'line' must be a whole number from 1, "
                               "not '²'"], id="superscript-line"),
    pytest.param(DIGITS, ["5:33: card 1 (\"Q\"): 'line' 99999999999... is too large; a line "
                          "number has at most 9 digits"], id="5000-digit-line"),
    pytest.param(DEEP, ["4:60: lists and mappings are nested more than 50 deep here (a deck needs "
                        "4: the deck, 'cards', a card, its 'source'); look for '[' or '{' that "
                        "should be text in quotes"], id="nested-1000-deep"),
]


@pytest.mark.parametrize(("text", "expected"), CRASHED)
def test_what_crashed_the_app_is_a_problem(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert problems(tmp_path, text) == expected


@pytest.mark.parametrize(("text", "expected"), CRASHED)
def test_the_pure_python_composer_says_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                text: str, expected: list[str]) -> None:
    import quiz.deck.yamlnodes

    monkeypatch.setattr(quiz.deck.yamlnodes, "_FAST_LOADER", None)
    assert problems(tmp_path, text) == expected


@pytest.mark.parametrize("depth", [51, 1000, 100_000])
def test_nesting_is_bounded_in_block_and_flow_style(tmp_path: Path, depth: int) -> None:
    flow = "a: " + "[" * depth + "]" * depth
    block = "".join(" " * i + "- \n" for i in range(min(depth, 3000)))
    for text in (flow, block, "a: " + "{x: " * depth + "}" * depth):
        assert "nested more than 50 deep" in problems(tmp_path, text)[0]


@pytest.mark.parametrize("depth", [1, 48, 49, 50, 51, 60])
def test_the_walk_of_a_tree_without_anchors_misses_nothing_the_full_walk_finds(depth: int) -> None:
    import yaml

    from quiz.deck.yamlnodes import _too_deep, _too_deep_tree

    texts = ["a: " + "[" * depth + "]" * depth, "a: " + "{x: " * depth + "}" * depth,
             "".join(" " * i + "- \n" for i in range(depth)), "[x, " * depth + "]" * depth,
             "? " + "[" * depth + "]" * depth + "\n: v\n", "just text"]
    for text in texts:
        node = yaml.compose(text)
        if not _too_deep_tree(node):  # then there is no need to walk the whole tree
            assert _too_deep(node) is None, text
        if depth > 50 and text != "just text":
            assert _too_deep_tree(node) and _too_deep(node) is not None, text


def test_a_line_number_with_leading_zeros_is_its_value(tmp_path: Path) -> None:
    path = tmp_path / "zeros.yaml"
    path.write_text(GOOD + "    source: {file: a.txt, line: 0000000000007}\n", encoding="utf-8")
    card = load_deck(path).cards[0]
    assert card.source is not None and card.source.line == 7


def test_one_bad_deck_of_each_kind_leaves_the_good_one_loaded(tmp_path: Path) -> None:
    for number, text in enumerate([SURROGATE, SUPERSCRIPT, DIGITS, DEEP, ESC_DECK]):
        (tmp_path / f"bad{number}.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    result = load_decks([tmp_path])
    assert [d.id for d in result.decks] == ["good"]
    assert sorted(e.path.name for e in result.errors) == [f"bad{n}.yaml" for n in range(5)]


def test_a_deck_that_breaks_the_loader_is_not_loaded_but_the_others_are(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a deck makes quiz fail on, it is listed with its file, and the rest load."""
    import quiz.deck.loader

    real = quiz.deck.loader.parse_deck

    def fragile(path: Path, raw: bytes):
        if path.name == "bad.yaml":
            raise RecursionError("maximum recursion depth exceeded")
        return real(path, raw)

    monkeypatch.setattr(quiz.deck.loader, "parse_deck", fragile)
    (tmp_path / "bad.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "good.yaml").write_text(GOOD.replace("Good", "Fine"), encoding="utf-8")
    result = load_decks([tmp_path])
    assert [d.id for d in result.decks] == ["good"]
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'bad.yaml'}: cannot be loaded: quiz failed on it (RecursionError); please "
        "report this file as a bug"]


# --- 3. what `quiz check` crashed on or missed -------------------------------------------------

def test_check_reports_a_surrogate_in_a_key(tmp_path: Path) -> None:
    (tmp_path / "key.yaml").write_text(
        'title: S\ncards:\n  - "\\ud800": x\n    question: Q\n    answer: A\n', encoding="utf-8")
    code, output = check(tmp_path)
    assert code == 1
    assert output.splitlines() == [
        f"{tmp_path / 'key.yaml'}:3:5: card 1 (\"Q\"): unknown key '\\ud800'; allowed: question, "
        "answer, reverse, cloze, id, accept, choices, explanation, tags, group, source",
        f"{tmp_path / 'key.yaml'}:3:6: the escape \"\\ud800\" gives half of a UTF-16 pair (a lone "
        "surrogate), not a character; write the character itself",
        "2 problems in 1 file; 0 decks OK"]


def test_check_reports_a_raw_control_character_with_its_place(tmp_path: Path) -> None:
    (tmp_path / "ctrl.yaml").write_text("title: S\x01x\ncards:\n  - {question: Q, answer: A}\n",
                                        encoding="utf-8")
    code, output = check(tmp_path)
    assert (code, output.splitlines()) == (1, [
        f"{tmp_path / 'ctrl.yaml'}:1:9: the control character \\x01 (SOH) is not allowed in a "
        "deck: it could act on the terminal; delete it",
        "1 problem in 1 file; 0 decks OK"])
    assert "<unicode string>" not in output


def test_check_reports_a_surrogate_pair_written_as_two_escapes(tmp_path: Path) -> None:
    assert problems(tmp_path, 'title: "Smile \\ud83d\\ude00"\ncards: [{question: Q, answer: A}]\n') \
        == ['1:15: "\\ud83d\\ude00" is a UTF-16 pair, which YAML does not join; write the '
            'character itself or "\\U0001f600"']


def test_an_escape_beyond_unicode_is_a_problem(tmp_path: Path) -> None:
    found = problems(tmp_path, 'title: "\\U00110000"\ncards: [{question: Q, answer: A}]\n')
    assert len(found) == 1 and "names no character" in found[0]


SPLIT = [
    pytest.param("[150 million, 150,000,000 km]",
                 ["5:31: card 1 (\"Q\"): 'accept' splits \"150,000,000 km\" at its commas; put "
                  "quotes around text with a comma inside [ ]"], id="number-in-a-phrase"),
    pytest.param("[1,000]", ["5:16: card 1 (\"Q\"): 'accept' splits \"1,000\" at its comma; put "
                             "quotes around text with a comma inside [ ]"], id="thousands"),
    pytest.param("[one thousand, a thousand,one]",
                 ["5:39: card 1 (\"Q\"): 'accept' splits \"a thousand,one\" at its comma; put "
                  "quotes around text with a comma inside [ ]"], id="phrase-no-space"),
]


@pytest.mark.parametrize(("items", "expected"), SPLIT)
def test_a_comma_splitting_a_number_or_phrase_is_reported(tmp_path: Path, items: str,
                                                          expected: list[str]) -> None:
    text = f"title: T\ncards:\n  - question: Q\n    answer: A\n    accept: {items}\n"
    assert problems(tmp_path, text) == expected


@pytest.mark.parametrize("items", ['["150,000,000 km", 150 million]', "[red,green,blue]",
                                   "[1,2,3]", "[5, 100, 200]", "[Paris, Lyon]",
                                   "['1,000', 1000]"])
def test_a_list_written_as_a_list_is_not_reported(tmp_path: Path, items: str) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text(f"title: T\ncards:\n  - question: Q\n    answer: A\n    accept: {items}\n",
                    encoding="utf-8")
    assert load_deck(path).cards[0].accept


def test_check_no_longer_passes_the_split_number(tmp_path: Path) -> None:
    (tmp_path / "sun.yaml").write_text(
        "title: Sun\ncards:\n  - question: How far is the Sun?\n    answer: 150 million km\n"
        "    accept: [150 million, 150,000,000 km]\n", encoding="utf-8")
    code, output = check(tmp_path)
    assert code == 1 and "splits \"150,000,000 km\" at its commas" in output


# --- 4. YAML syntax errors in a teacher's words -----------------------------------------------

SYNTAX = [
    pytest.param("title: T\ncards:\n  - question: Q\n   answer: A\n",
                 "4:4: 'answer' starts in column 4, but 'question' on line 3 starts in column 5: "
                 "the keys of one card (or mapping) start in the same column; add or remove "
                 "spaces", id="key-indented-less"),
    pytest.param("title: T\ncards:\n  - question: Q\n     answer: A\n",
                 "4:6: 'answer' is indented more than the key above it, so YAML reads it as more "
                 "text of line 3; start it in the same column as that key",
                 id="key-indented-more"),
    pytest.param("title: T\ncards:\n  - question: Q\n    answer: A\n - question: R\n   answer: B\n",
                 "5:2: this '-' starts in column 2, but the '-' on line 3 starts in column 3: the "
                 "items of one list start in the same column; add or remove spaces",
                 id="item-not-lined-up"),
    pytest.param("title: T\ncards:\n  - question: Note: what is it?\n    answer: A\n",
                 "3:19: a ':' followed by a space inside unquoted text; put the text in quotes "
                 "(question: \"Note: what is it?\")", id="colon-in-text"),
    pytest.param("title: T\ncards:\n  - question: Q\n    answer: 'It's: \"so\"'\n",
                 "4:17: the ' before this ends the text quoted with '; inside single quotes "
                 "write '' for an apostrophe (or use double quotes)", id="apostrophe"),
    pytest.param("title: T\ncards:\n  - question: Q\n\tanswer: A\n",
                 "4:1: a tab: YAML indents with spaces only, and a tab cannot start a value; "
                 "replace the tab with spaces", id="tab"),
    pytest.param("title: T\ncards:\n  - question Q\n    answer: A\n",
                 "3:3: this line lacks its ':' (write 'key: value'), so YAML reads the line below "
                 "as more of its text", id="missing-colon"),
    pytest.param("title: T\ncards:\n  - question:Q\n    answer: A\n",
                 "3:3: this line lacks a space after its ':' (write 'key: value'), so YAML reads "
                 "the line below as more of its text", id="missing-space-after-colon"),
    pytest.param("title: T\ncards:\n  -question: Q\n    answer: A\n",
                 "3:3: this line needs a space after its '-' (write '- key: value'), so YAML "
                 "reads the line below as more of its text", id="dash-without-space"),
    pytest.param('title: T\ncards:\n  - question: "Q\n    answer: A\n',
                 '3:15: the " opened here is never closed; add the closing " at the end of the '
                 "text", id="unclosed-quote"),
    pytest.param('title: T\ncards:\n  - question: "Q" is it\n    answer: A\n',
                 '3:19: text follows the closing " of a quoted value; put the whole value in '
                 'quotes, and write \\" for a quote inside it', id="text-after-quote"),
    pytest.param("title: T\ncards:\n  - question: [x] is what?\n    answer: A\n",
                 "3:19: text follows a closing bracket; a value that starts with '[' but is text "
                 "must be put in quotes", id="text-after-bracket"),
    pytest.param("title: T\ncards:\n  - question: Q\n    answer: *bold*\n",
                 "4:13: text cannot start with '*' (YAML reads it as a reference to an '&' "
                 "anchor) unless it is in quotes; put the text in quotes", id="leading-star"),
    pytest.param("title: T\ncards:\n  - question: Q\n    answer: @home\n",
                 "4:13: text cannot start with '@' (YAML reserves it) unless it is in quotes; put "
                 "the text in quotes", id="leading-at"),
    pytest.param('title: T\ncards:\n  - question: "C:\\dir"\n    answer: A\n',
                 "3:18: '\\d' is not an escape YAML knows inside double quotes; write \\\\ for a "
                 "backslash, or put the text in single quotes", id="unknown-escape"),
    pytest.param("title: T\ncards:\n  - question: a long\n  question text\n    answer: A\n",
                 "4:3: this line is neither 'key: value' nor '- item'; if it continues the text "
                 "of the line above, indent it more than that line's key, or put the whole text "
                 "on one line", id="continuation-not-indented"),
    pytest.param("title: T\n---\ntitle: U\n",
                 "2:1: a second YAML document starts here; a deck file holds one deck: remove the "
                 "'---' line (or split the file in two)", id="second-document"),
]


@pytest.mark.parametrize(("text", "expected"), SYNTAX)
def test_a_syntax_error_is_told_in_a_teachers_words(tmp_path: Path, text: str,
                                                    expected: str) -> None:
    assert problems(tmp_path, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), SYNTAX)
def test_no_syntax_message_keeps_pyyamls_words(tmp_path: Path, text: str, expected: str) -> None:
    message = problems(tmp_path, text)[0]
    assert not re.search(r"<block end>|mapping values are not allowed|cannot start any token|"
                         r"while parsing|while scanning|<unicode string>", message)


def test_raw_character_class_is_unsafe_but_line_breaks_plus_what_yaml_refuses() -> None:
    """The one-class pattern raw_characters scans with matches exactly the characters of
    UNSAFE other than CR and NEL, and those PyYAML's reader refuses."""
    from quiz.deck import characters

    union = re.compile(f"(?![\r\x85]){UNSAFE.pattern}|{characters._YAML_REFUSES.pattern}")
    codes = [*range(0x10000), 0x10000, 0x1F600, 0xE0001, 0x10FFFF]
    differ = [hex(c) for c in codes
              if bool(characters._RAW.fullmatch(chr(c))) != bool(union.fullmatch(chr(c)))]
    assert differ == []
