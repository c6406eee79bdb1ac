"""Any text in, a deck or a clear warning out: no crash, no runaway time (property tests).

Time is not asserted here (figures are in benchmarks/): inputs are kept small, hypothesis'
deadline is off, and the one large input (20,000 full stops) is what used to take 25 s.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.deck.loader import load_deck
from quiz.generate import generate_decks
from quiz.generate import sentences as sentences_module
from quiz.generate.documents import count_words, printable
from quiz.generate.sentences import head_lines, iter_lines, sentence_spans, split_sentences

# The boundary pattern before it was made linear: it tried "[.!?]+" again from every full stop
# of a run. The linear one must find exactly the same sentences.
_QUADRATIC_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?:\s+|(?=[A-Z][a-z]))")

# Text made of what trips sentence splitting and fact finding: stops, abbreviations, quotes,
# markup, dates, control characters and odd Unicode (combining marks, right-to-left marks,
# ligatures, other scripts, emoji sequences).
_PIECES = st.sampled_from([
    ".", ". ", "...", "!?", "?!\" ", ".\n", "\n\n", "\n", " ", "\t", "\r", "\x0b", "\x0c", "\x1c",
    "\x85", "\u2028", "\u2029", "\x00", "\x07", "\x1b[31m", "A", "B. ", "J. ", "U.S. ", "D.C.",
    "Mr. ", "Sen. ", "Jan. ", "the", " President ", "Ilham Aliyev", "signed", "treaty",
    "March 6, 1992", "6 March 1992", "1992-03-06", "1994", "2004 to 2020", " on ", ", ",
    "(", ")", "[", "](", "**", "_", "`", "```\n", "# ", "== ", "| ", " |", "|---|", "> ", "- ",
    "1. ", "---\n", "“", "”", "’", "–", "—", "é", "e\u0301", "İ", "ß", "ﬁ", "Ⅻ", "٣", "שלום",
    "مرحبا", "\u202e", "\u200b", "\ufeff", "😀", "👩\u200d👩\u200d👧", "\U0010fffd",
])
_TEXT = st.one_of(
    st.lists(_PIECES, max_size=60).map("".join),
    st.text(max_size=300),
    st.text(alphabet=". \nA", max_size=400),
)


# A NUL makes the file binary (the warning tested above); a code fence rightly hides what follows.
_SWALLOWS = {"\x00", "```\n"}


def _spans_with(pattern: re.Pattern[str], text: str, monkeypatch: pytest.MonkeyPatch
                ) -> list[tuple[int, int]]:
    with monkeypatch.context() as m:
        m.setattr(sentences_module, "_BOUNDARY", pattern)
        return sentence_spans(text)


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT)
def test_the_linear_boundary_splits_exactly_as_before(text: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert sentence_spans(text) == _spans_with(_QUADRATIC_BOUNDARY, text, monkeypatch)


def test_the_boundary_is_tried_once_per_run_of_stops() -> None:
    # A start inside a run of stops (after a stop) is refused before any repetition is tried:
    # this is what makes the splitting linear.
    pattern = sentences_module._BOUNDARY
    text = "." * 50 + " Next"
    assert [m.start() for m in pattern.finditer(text)] == [0]
    assert all(pattern.match(text, i) is None for i in range(1, 50))


def test_a_line_of_20000_full_stops_is_one_sentence_and_gives_a_warning_free_run(
        tmp_path: Path) -> None:
    doc = tmp_path / "stops.txt"
    doc.write_text("." * 20_000 + "\n" + ". " * 20_000 + "\n" + ".\n" * 2_000, encoding="utf-8")
    sentences = split_sentences(doc.read_text(encoding="utf-8"))
    assert len(sentences) == 1 + 1 + 2_000
    report = generate_decks([doc], tmp_path / "out")
    assert not report.warnings
    assert [r.status for r in report.results] == ["empty"]


def _one_run(tmp_path: Path, data: bytes) -> None:
    """Generate from one document holding `data`; the result must be a loadable deck, an
    'empty' result, or a warning naming the file, and never an exception."""
    out = tmp_path / "out"
    doc = tmp_path / "doc.txt"
    doc.write_bytes(data)
    report = generate_decks([doc], out)
    assert len(report.results) + len(report.warnings) == 1
    if report.warnings:
        assert str(doc) in report.warnings[0]
        assert report.results == []
        return
    (result,) = report.results
    if result.status == "empty":
        assert result.path is None and result.cards == 0
        return
    assert result.path is not None and result.path.parent == out
    deck = load_deck(result.path)
    assert len(deck.cards) == result.cards > 0
    for card in deck.cards:
        assert card.source is not None and card.source.quote
        # the quote is the file's text (a sentence of a hard-wrapped paragraph joins its lines),
        # as read: without the characters a deck may not hold (printable)
        text = printable(data.decode("utf-8-sig"))
        assert " ".join(card.source.quote.split()) in " ".join(text.split())


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT)
def test_any_text_gives_a_deck_or_a_clear_warning(text: str, tmp_path_factory:
                                                  pytest.TempPathFactory) -> None:
    _one_run(tmp_path_factory.mktemp("gen"), text.encode("utf-8"))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300))
def test_any_bytes_give_a_deck_or_a_clear_warning(data: bytes, tmp_path_factory:
                                                  pytest.TempPathFactory) -> None:
    _one_run(tmp_path_factory.mktemp("gen"), data)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.lists(_PIECES.filter(lambda p: p not in _SWALLOWS), max_size=20).map("".join)
       .filter(lambda p: "`" not in p))  # backticks can open a code block: no prose after
def test_real_facts_survive_any_noise_around_them(prefix: str, tmp_path_factory:
                                                  pytest.TempPathFactory) -> None:
    fact = "\n\nOn March 6, 1992, Kaldora opened its embassy in Vesteria.\n\n"
    tmp = tmp_path_factory.mktemp("gen")
    doc = tmp / "doc.txt"
    doc.write_text("Kaldora notes\n\n" + prefix + fact + prefix, encoding="utf-8")
    report = generate_decks([doc], tmp / "out")
    assert not report.warnings
    (result,) = report.results
    assert result.cards >= 1
    answers = [c.answer for c in load_deck(result.path).cards]
    assert "March 6, 1992" in answers


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, chunk=st.integers(min_value=1, max_value=40))
def test_lines_and_words_are_read_without_copying_the_whole_text(text: str, chunk: int) -> None:
    # what read_document, the title and the sentence splitter now use on large documents
    assert list(iter_lines(text)) == text.splitlines()
    assert list(iter_lines(text, block=chunk)) == text.splitlines()
    assert head_lines(text, 3) == text.splitlines()[:3]
    assert count_words(text, chunk=chunk) == len(text.split())


def test_a_sentence_keeps_no_per_object_dict_and_finds_its_dates_once() -> None:
    sentence = split_sentences("On March 6, 1992, Kaldora opened an embassy.\n")[0]
    assert not hasattr(sentence, "__dict__")  # slotted: a large document has many sentences
    first = sentence.dates
    assert [d.text for d in first] == ["March 6, 1992"]
    assert sentence.dates is first
    assert split_sentences("No dates here.\n")[0].dates == []


def test_a_document_of_only_spaces_and_line_breaks_is_empty(tmp_path: Path) -> None:
    doc = tmp_path / "blank.txt"
    doc.write_text(" \n\t\u2028\u3000\n" * 100, encoding="utf-8")
    report = generate_decks([doc], tmp_path / "out")
    assert report.warnings == [f"{doc}: is empty; nothing to generate"]
