"""The quick reading of a clean deck (quiz.deck.blockyaml, quiz.deck.quick) against the careful
one (libyaml's node tree, every problem placed): whatever the text, the quick reading gives the
very deck the careful one gives, or leaves the file to it; and a deck with a problem is reported
exactly as before.

QUIZ_FUZZ_EXAMPLES sets the examples per property (default 60), as in test_deck_fuzz.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from quiz.deck import load_deck
from quiz.deck.blockyaml import Entry, read_block_yaml
from quiz.deck.characters import raw_characters
from quiz.deck.loader import parse_deck
from quiz.deck.model import Card, Deck, Source
from quiz.deck.quick import quick_deck
from quiz.deck.writer import dump_deck
from quiz.deck.yamlnodes import _FAST_LOADER
from quiz.errors import DeckError

EXAMPLES = int(os.environ.get("QUIZ_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=timedelta(seconds=5),
                suppress_health_check=[HealthCheck.too_slow])
PATH = Path("decks/history.yaml")

DECK = """\
# A deck as quiz writes it
id: history
title: 'Azerbaijan: a history'
tags:
- generated
cards:
- id: q1
  question: On what date did the United States open its embassy in Baku?
  answer: March 16, 1992
  accept:
  - 16 March 1992
  - '1992-03-16'
  choices:
  - May 25, 1992
  - "March 25, 1993"

  tags:
  - date
  source:
    file: seeds/az.txt
    line: 24
    quote: It's the 'embassy' in Baku, C# and F#, plain text
- question: Capital of Armenia?
  answer: Yerevan
  reverse: true
- cloze: The {{c1::Treaty of Kars}} was signed in {{c2::1921::year}}.
  group: kars
"""


def careful(text: str, path: Path = PATH) -> Deck | list[str]:
    """The deck the careful reading gives, or its problems as `quiz check` prints them."""
    try:
        return parse_deck(path, text.encode(), quick=False)
    except DeckError as err:
        return [str(p) for p in err.problems]


def quick(text: str, path: Path = PATH) -> Deck | None:
    return quick_deck(path, text.removeprefix("\ufeff"))


def quick_counted(text: str) -> Deck | None:
    """`quick`, counted in hypothesis's statistics (`--hypothesis-show-statistics`)."""
    deck = quick(text)
    event("read quickly" if deck is not None else "left to the careful reading")
    return deck


def test_a_written_deck_is_read_quickly_and_as_the_careful_reading_reads_it() -> None:
    deck = quick(DECK)
    assert deck is not None
    assert deck == careful(DECK)
    assert [c.line for c in deck.cards] == [7, 23, 23, 26, 26]  # the line of each entry
    assert deck.cards[0].choices == ("May 25, 1992", "March 25, 1993")
    assert deck.cards[0].source == Source(
        "seeds/az.txt", 24, "It's the 'embassy' in Baku, C# and F#, plain text")


def test_the_bundled_decks_written_by_quiz_are_read_quickly() -> None:
    generated = sorted(Path("decks").glob("0*.yaml"))
    assert generated
    for path in generated:
        text = path.read_text(encoding="utf-8")
        assert quick(text, path) == careful(text, path) != []


def test_block_values_keep_their_lines_and_quotes() -> None:
    root = read_block_yaml("a: x\nb:\n- 'q'\n- c: \"d\"\n  e: '1'\nf:\n  g: h\n")
    assert root == {"a": "x", "b": ["q", {"c": "d", "e": "1"}], "f": {"g": "h"}}
    assert isinstance(root, Entry) and root.line == 1
    item = root["b"][1]
    assert (item.line, item.quoted) == (4, {"c", "e"})
    assert (root["f"].line, root.quoted) == (7, set())


@pytest.mark.parametrize("text", [
    "a: [x, y]\n",              # a flow list
    "a: {b: c}\n",              # a flow mapping
    "a: |\n  text\n",           # block text
    "a: x\n  y\n",              # plain text over two lines
    "a: 'x\n  y'\n",            # quoted text over two lines
    'a: "x\\ty"\n',             # an escape
    "a: &x y\nb: *x\n",         # an anchor and an alias
    "a: !!str x\n",             # a tag
    "a:\nb: x\n",               # an empty value
    "a: ~\n",                   # a null
    "a: x # comment\n",         # a comment after a value
    "a: x\na: y\n",             # a key given twice
    "a:\tx\n",                  # a tab
    "a: x\r\nb: y\r\n",         # CRLF line ends
    "---\na: x\n",              # a document marker
    "  a: x\n",                 # an indented top level
    "- a\n",                    # a list at the top
    "a:\n  - x\n - y\n",        # an item out of line
    "a: b: c\n",                # a mapping where text is expected
    "Title: x\n",               # a key that is not a deck's (read by the careful reading)
    "# only a comment\n",
    "a:" + "\n b:" * 9 + " x\n",  # nested deeper than a deck is
])
def test_anything_else_is_left_to_the_careful_reading(text: str) -> None:
    assert read_block_yaml(text) is None


# Text as a teacher may type it after `key: ` or `- `: YAML's indicators, quotes, colons and
# hashes, spaces at either end, nulls and booleans, and text from anywhere in Unicode.
PIECES = [" ", ": ", ":", " #", "#", "'", "''", '"', "\\", "-", "- ", "?", "[", "]", "{", "}",
          ",", "&", "*", "!", "|", ">", "%", "@", "`", "~", "null", "true", "yes", "1992",
          "0x1F", "1e3", "<<", "=", ".", "...", "---", "é", "\xa0", "Baku"]
values = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), min_size=1, max_size=8).map(
    "".join).filter(lambda v: "\n" not in v and not raw_characters(PATH, v)[0])


@FUZZ
@given(written=values)
@example(written="'It''s'")
@example(written='"a \'b\' c"')
@example(written="a #b")
@example(written="C# and F#")
def test_a_value_is_read_as_libyaml_reads_it(written: str) -> None:
    text = f"key: {written}\nlist:\n- {written}\n"
    root = read_block_yaml(text)
    event("read" if root is not None else "left")
    if root is None:
        return
    node = yaml.compose(text, Loader=_FAST_LOADER)
    value, item = node.value[0][1], node.value[1][1].value[0]
    assert root == {"key": value.value, "list": [item.value]}
    assert (value.style not in (None, ""), value.tag) == ("key" in root.quoted, yaml.resolver.
                                                          BaseResolver.DEFAULT_SCALAR_TAG)


words = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9 ,.'()?-]{0,20}[A-Za-z0-9.)?]", fullmatch=True)


@FUZZ
@given(question=words | values, answer=words | values, choice=words | values,
       line=st.integers(0, 10**10).map(str) | st.sampled_from(["'12'", "012", "1_000"]) | values,
       reverse=st.sampled_from(["true", "False", "'true'", "yes", "on"]) | values)
def test_a_deck_of_any_values_is_read_quickly_as_it_is_carefully(
        question: str, answer: str, choice: str, line: str, reverse: str) -> None:
    text = (f"title: T\ncards:\n- question: {question}\n  answer: {answer}\n  choices:\n"
            f"  - {choice}\n  reverse: {reverse}\n  source:\n    file: f\n    line: {line}\n")
    deck = quick_counted(text)
    assert deck is None or deck == careful(text)


safe_text = (st.text(st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs", "Cc", "Cf", "Co",
                                                                         "Cn", "Zl", "Zp")), min_size=1,
                     max_size=20)
             | st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map("".join)
             ).filter(lambda t: t.strip() == t != "" and not raw_characters(PATH, t)[0])
cards = st.builds(
    Card,
    id=st.from_regex(r"[a-z][a-z0-9]{0,6}", fullmatch=True),
    question=safe_text, answer=safe_text,
    accept=st.lists(safe_text, max_size=2).map(tuple),
    choices=st.lists(safe_text, max_size=3).map(tuple),
    explanation=st.none() | safe_text,
    tags=st.lists(safe_text, max_size=2).map(tuple),
    source=st.none() | st.builds(Source, file=safe_text, line=st.none() | st.integers(1, 10**9),
                                 quote=st.none() | safe_text),
    group=st.none() | safe_text,
)


@FUZZ
@given(title=safe_text, cards=st.lists(cards, min_size=1, max_size=6))
def test_a_deck_quiz_writes_is_read_quickly_as_it_is_carefully(title: str,
                                                               cards: list[Card]) -> None:
    numbered = [replace(card, id=f"{card.id}{i}", question=f"{i}. {card.question}",
                        choices=tuple(f"{card.answer} option {k}" for k, _ in
                                      enumerate(card.choices, start=1)) if i % 2 else card.choices)
                for i, card in enumerate(cards)]  # a question or an id twice is a problem
    text = dump_deck(Deck(id="history", title=title, cards=tuple(numbered)))
    deck = quick_counted(text)
    assert deck is None or deck == careful(text)


# What happens to a deck file by hand: a line lost, doubled, moved in or out, or one written in.
LINES = ["  answer: Baku", "  question: Capital?", "- question: Capital?", "  answer:",
         "  id: q1", "id: bad id", "  choices:", "  - Yerevan", "  - Baku", "  reverse: 'true'",
         "  reverse: yes", "    line: '12'", "    line: 0", "    line: 1234567890", "  group: a",
         "  source: here", "  cloze: {{c1::x}} and {{c2::y}}", "  tags:", "  - ''", "cards: []",
         "title: ' '", "  tags: none", "  explanation: Why", "  source:", "    file: f.txt",
         "description: D", "  accept:", "  - March 16, 1992", "# a comment", ""]


# A few line edits a teacher might make by hand: (line number, edit, a line to write)
EDITS = st.lists(st.tuples(st.integers(0, 40), st.sampled_from(["drop", "double", "in", "out",
                                                                "write"]),
                           st.sampled_from(LINES)), max_size=4)


def edited(edits: list[tuple[int, str, str]], deck: str = DECK) -> str:
    """`deck` with `edits` made: a line dropped, doubled, indented, dedented or written."""
    lines = deck.splitlines()
    for at, edit, line in edits:
        at %= len(lines)
        if edit == "drop":
            del lines[at]
        elif edit == "double":
            lines.insert(at, lines[at])
        elif edit == "in":
            lines[at] = "  " + lines[at]
        elif edit == "out":
            lines[at] = lines[at].removeprefix("  ")
        else:
            lines.insert(at, line)
        if not lines:
            lines = ["title: T"]
    return "\n".join(lines) + "\n"


@FUZZ
@given(edits=EDITS)
def test_an_edited_deck_is_reported_exactly_as_before(
        edits: list[tuple[int, str, str]]) -> None:
    text = edited(edits)
    expected = careful(text)
    deck = quick_counted(text)
    assert deck is None or deck == expected
    try:
        got: Deck | list[str] = parse_deck(PATH, text.encode())
    except DeckError as err:
        got = [str(p) for p in err.problems]
    assert got == expected


def test_load_deck_reads_a_clean_deck_quickly_and_a_broken_one_carefully(tmp_path: Path) -> None:
    path = tmp_path / "history.yaml"
    path.write_text(DECK, encoding="utf-8")
    assert load_deck(path) == careful(DECK, path)
    broken = DECK.replace("answer: Yerevan", "answer: ''")
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(DeckError) as err:
        load_deck(path)
    assert [str(p) for p in err.value.problems] == careful(broken, path) == [
        f"{path}:24:11: card 2 (\"Capital of Armenia?\"): 'answer' is empty"]


@FUZZ
@given(text=st.text(st.characters(max_codepoint=127), max_size=40) | st.lists(
    st.sampled_from(PIECES[:30] + ["\x1c", "\x1f", "\x0b", "_", "A", "Z"]), max_size=12).map("".join))
def test_ascii_questions_are_folded_as_the_pattern_folds_any_text(text: str) -> None:
    """normalise_question's table for ASCII text (folding every question of a large deck is
    a good part of reading it) gives what its pattern gives."""
    from quiz.deck.model import _PUNCTUATION, normalise_question

    assert normalise_question(text) == " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())
