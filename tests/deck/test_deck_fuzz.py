"""Property-based tests of deck loading and `quiz check` (hypothesis).

Whatever the bytes of a deck file, loading gives a deck or problems (never another exception),
in bounded time; `quiz check` exits 0 or 1 with no traceback and no control character in its
output; and a broken file never stops a good one beside it from loading.

The CI run is small (QUIZ_FUZZ_EXAMPLES examples per property, default 60: a few seconds). For
a longer fuzzing run by hand:

    QUIZ_FUZZ_EXAMPLES=5000 pytest tests/deck/test_deck_fuzz.py -p no:cacheprovider
"""

from __future__ import annotations

import os
import re
import time
from datetime import timedelta
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.cli import cli
from quiz.deck import Deck, load_decks
from quiz.deck.loader import parse_deck
from quiz.errors import DeckError
from quiz.textsafe import UNSAFE

EXAMPLES = int(os.environ.get("QUIZ_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=timedelta(seconds=5),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
SECONDS = 10.0  # a hang guard, not a speed target: far above any example (well under 0.1 s)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 but tab and newline, DEL, C1

VALID = """title: Capitals
id: capitals
description: Where governments sit
tags: [geography]
cards:
  - question: What is the capital of Azerbaijan?
    answer: Baku
    accept: [Baki, "Bakı"]
    choices: [Ganja, Sumqayit]
    explanation: Baku is on the Caspian Sea.
    tags: [caucasus]
    group: baku
    source: {file: seeds/az.txt, line: 12, quote: "Baku is the capital."}
  - cloze: The {{c1::Treaty of Kars}} was signed in {{c2::1921::year}}.
  - question: Capital of Armenia?
    answer: Yerevan
    reverse: true
  - question: "When did it join the UN?"
    answer: March 2, 1992
    source:
      file: seeds/un.txt
      line: 3
"""

# Pieces a teacher (or a fuzzer) puts in a deck: YAML syntax, deck keys, escapes, controls,
# bidi and invisible characters, odd digits, deep brackets, anchors and tags.
PIECES = [
    "title: ", "cards:", "\n", "  ", "    ", "- ", "question: ", "answer: ", "accept: ",
    "choices: ", "source: ", "file: ", "line: ", "quote: ", "id: ", "tags: ", "group: ", "[", "]", "{", "}",
    ",", ", ", ":", ": ", '"', "'", "\\", "\\e", "\\x1b", "\\u202e", "\\ud800", "\\ude00",
    "\\U00110000", "\\N", "\\L", "\x01", "\x1b]0;T\x07", "\x7f", "\x9b", "\u202e", "\u2066",
    "\u200b", "\ufeff", "\u2028", "\x85", "\r", "\r\n", "\t", "#", "&a ", "*a", "!!python/object ",
    "!!binary ", "---\n", "...\n", "%YAML 1.1\n", "? ", "|\n", ">-\n", "@", "`", "²", "٣",
    "9" * 60, "0", "150,000,000 km", "March 6, 1992", "[" * 60, "]" * 60, "{a: " * 30,
    "Baku", "é", "😀", "\x00", "\ufffe", "cloze: ", "reverse: ", "true", "{{c1::", "{{c2::",
    "::", "}}",
]

texts = st.one_of(
    st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=60).map("".join),
    st.text(max_size=300),
)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """The valid deck with a few pieces inserted, deleted or replaced at random places."""
    text = VALID
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        piece = draw(st.sampled_from(PIECES) | st.text(max_size=4))
        cut = draw(st.integers(0, 3))
        text = text[:at] + piece + text[at + cut:]
    return text


def encoded(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # a raw surrogate is bytes that are not UTF-8


def loads_or_reports(raw: bytes) -> Deck | DeckError:
    """Parse `raw`; fail the test on any exception but DeckError, or when it takes too long."""
    started = time.perf_counter()
    try:
        outcome: Deck | DeckError = parse_deck(Path("fuzz.yaml"), raw)
    except DeckError as err:
        outcome = err
        assert err.problems
        for problem in err.problems:
            assert problem.line >= 0 and problem.column >= 0
            assert problem.message.strip()
    assert time.perf_counter() - started < SECONDS
    return outcome


def assert_deck_text_is_clean(deck: Deck) -> None:
    """A deck that loads holds no character the terminal could act on, and encodes as UTF-8."""
    texts = [deck.id, deck.title, deck.description or "", *deck.tags]
    for card in deck.cards:
        texts += [card.id, card.question, card.answer, *card.accept, *card.choices,
                  card.explanation or "", *card.tags, card.group or "", card.cloze or ""]
        if card.source is not None:
            texts += [card.source.file, card.source.quote or ""]
            assert card.source.line is None or 0 < card.source.line < 10**9
    for text in texts:
        assert not UNSAFE.search(text.replace("\r\n", "\n")), text
        text.encode("utf-8")


@FUZZ
@given(texts)
def test_any_text_loads_or_is_reported(text: str) -> None:
    outcome = loads_or_reports(encoded(text))
    if isinstance(outcome, Deck):
        assert_deck_text_is_clean(outcome)


@FUZZ
@given(mutated())
def test_any_edit_of_a_valid_deck_loads_or_is_reported(text: str) -> None:
    outcome = loads_or_reports(encoded(text))
    if isinstance(outcome, Deck):
        assert_deck_text_is_clean(outcome)


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_load_or_are_reported(raw: bytes) -> None:
    loads_or_reports(raw)


@FUZZ
@given(st.one_of(mutated(), texts))
def test_quiz_check_exits_0_or_1_with_clean_output(tmp_path_factory, text: str) -> None:
    folder = tmp_path_factory.mktemp("check")
    (folder / "deck.yaml").write_bytes(encoded(text))
    started = time.perf_counter()
    result = CliRunner().invoke(cli, ["check", str(folder)])
    assert time.perf_counter() - started < SECONDS
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert not CONTROL.search(result.output)
    assert not UNSAFE.search(result.output)
    lines = result.output.splitlines()
    if result.exit_code == 0:
        assert lines[-1].endswith("no problems")
    else:
        assert lines[-1].endswith("decks OK") or lines[-1].endswith("deck OK")
        assert all(line.startswith(str(folder)) for line in lines[:-1])


@FUZZ
@given(mutated())
def test_a_broken_deck_never_stops_the_good_one_beside_it(tmp_path_factory, text: str) -> None:
    folder = tmp_path_factory.mktemp("beside")
    (folder / "a-fuzzed.yaml").write_bytes(encoded(text))
    (folder / "z-good.yaml").write_text(
        "title: Good\nid: good-deck-beside\ncards:\n  - {question: Q, answer: A}\n", "utf-8")
    result = load_decks([folder])
    assert "good-deck-beside" in [d.id for d in result.decks]
    assert len(result.decks) + len(result.errors) == 2
