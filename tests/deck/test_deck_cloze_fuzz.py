"""Property-based tests of cloze texts (hypothesis): any text in a deck's `cloze` gives cards or
`quiz check` problems at file:line:column, never a traceback; and the JSON Schema's pattern
accepts exactly the texts quiz accepts.

QUIZ_FUZZ_EXAMPLES sets the number of examples per property (default 60), as in the other fuzz
files: `QUIZ_FUZZ_EXAMPLES=5000 pytest tests/deck/test_deck_cloze_fuzz.py`.
"""

from __future__ import annotations

import os
import re
import time
from datetime import timedelta
from pathlib import Path

import jsonschema
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quiz.cli import cli
from quiz.deck.cloze import cloze_numbers, parse_cloze
from quiz.deck.loader import parse_deck
from quiz.deck.schema import deck_schema
from quiz.errors import DeckError

EXAMPLES = int(os.environ.get("QUIZ_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=timedelta(seconds=5),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
SECONDS = 10.0  # a hang guard, far above any example

PIECES = ["{{", "}}", "{", "}", "{{{", "}}}", "c", "C", "0", "1", "2", "01", "1000", "::", ":",
          " ", "\n", "\t", "a", "x y", "é", "😀", "{{c1::", "{{c2::", "{{c0::", "{{c1::a}}",
          "{{c2::b::hint}}", "::h", "\\", '"', "'", "#", "- ", "\x1b", "\u202e", "\u200b"]
SAFE = [p for p in PIECES if p not in ("\x1b", "\u202e", "\u200b")]

clozes = st.one_of(
    st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=30).map("".join),
    st.text(max_size=60),
)
safe_clozes = st.one_of(
    st.lists(st.sampled_from(SAFE), max_size=30).map("".join),
    st.text(alphabet="{}c012: a\n", max_size=40),
)
PLACE = re.compile(r"^(?P<path>.+):(?P<line>[1-9][0-9]*):(?P<column>[1-9][0-9]*): \S")


def double_quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar, every character escaped that needs it."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char.isprintable() or char == " ":
            out.append(char)
        elif ord(char) <= 0xFF:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def block(text: str) -> str:
    """`text` as a YAML literal block (which may well not be valid YAML: a fuzzed file)."""
    return "|\n" + "".join(f"      {line}\n" for line in text.split("\n"))


def deck_with(value: str) -> str:
    return f"title: T\ncards:\n  - cloze: {value}\n    tags: [fuzz]\n"


@FUZZ
@given(clozes, st.sampled_from([double_quoted, block, str]))
def test_any_cloze_gives_cards_or_placed_problems(text: str, form) -> None:
    raw = deck_with(form(text)).encode("utf-8", "surrogatepass")
    started = time.perf_counter()
    try:
        deck = parse_deck(Path("fuzz.yaml"), raw)
    except DeckError as err:
        for problem in err.problems:
            assert problem.line >= 1 and problem.column >= 1, problem
            assert problem.message.strip()
    else:
        deletions, found = parse_cloze(deck.cards[0].cloze or "")
        assert not found
        assert [c.id.rsplit("-c", 1)[1] for c in deck.cards] == \
            [str(n) for n in cloze_numbers(deletions)]
        assert all("{{c" not in c.question for c in deck.cards)
        assert len({c.siblings for c in deck.cards}) == 1
    assert time.perf_counter() - started < SECONDS


@FUZZ
@given(clozes)
@example("{{c1::\n}}")  # (a deletion across a line break, quoted in its message: CI found it)
def test_quiz_check_places_every_cloze_problem(tmp_path_factory, text: str) -> None:
    folder = tmp_path_factory.mktemp("cloze")
    (folder / "deck.yaml").write_text(deck_with(double_quoted(text)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(folder)])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.output.splitlines()
    if result.exit_code == 1:
        for line in lines[:-1]:
            place = PLACE.match(line)
            assert place and place["path"] == str(folder / "deck.yaml"), line


@FUZZ
@given(safe_clozes)
def test_the_schema_and_quiz_accept_the_same_clozes(text: str) -> None:
    deletions, found = parse_cloze(text.strip())
    validator = jsonschema.Draft202012Validator(deck_schema())
    deck = {"title": "T", "cards": [{"cloze": text}]}
    assert validator.is_valid(deck) is (not found), (text, found)
    if not found:  # wrong options are for a cloze of one card, in both
        deck["cards"][0]["choices"] = ["Ω"]
        assert validator.is_valid(deck) is (len(cloze_numbers(deletions)) == 1), text
