"""quiz.textsafe: what could act on a terminal is shown as an escape; the rest is untouched."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.textsafe import UNSAFE, escape, kind, visible, visible_message


@pytest.mark.parametrize(("text", "shown"), [
    ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),  # sets the window title
    ("\x1b[2J", "\\x1b[2J"),  # clears the screen
    ("\x1b]52;c;aGVsbG8=\x07", "\\x1b]52;c;aGVsbG8=\\x07"),  # writes the clipboard
    ("\x9b2J", "\\x9b2J"),  # the same through a C1 CSI
    ("over\rwrite", "over\\x0dwrite"),
    ("back\x08space", "back\\x08space"),
    ("\x7f", "\\x7f"),
    ("abc\u202edcb", "abc\\u202edcb"),
    ("\u2066isolate\u2069", "\\u2066isolate\\u2069"),
    ("Ba\u200bku", "Ba\\u200bku"),
    ("\ufeff", "\\ufeff"),
    ("\ud800", "\\ud800"),
    ("line\u2028separator", "line\\u2028separator"),
])
def test_what_could_act_on_a_terminal_is_shown_as_an_escape(text: str, shown: str) -> None:
    assert visible(text) == shown
    visible(text).encode("utf-8")  # even a lone surrogate can then be printed


@pytest.mark.parametrize("text", [
    "plain", "tab\tand\nnewline", "Bakı, Gəncə", "می\u200cخواهم", "👩\u200d💻", "\u200fשלום",
    "[bold]markup[/bold]", "C:\\dir", "😀",
])
def test_everything_else_is_left_as_it_is(text: str) -> None:
    assert visible(text) == text
    assert not UNSAFE.search(text)


def test_a_crlf_line_end_shows_as_a_line_end() -> None:
    assert visible("a\r\nb\rc\x1b") == "a\nb\\x0dc\\x1b"


def test_escape_and_kind() -> None:
    assert [escape(c) for c in "\x00\u202e\U000e0001"] == ["\\x00", "\\u202e", "\\U000e0001"]
    assert [kind(c) for c in "\x1b\x85\u202e\u200b\udc00"] == [
        "control", "control", "bidi", "invisible", "surrogate"]


def test_a_message_shows_a_quoted_tab_as_backslash_t() -> None:
    assert visible_message("unknown column 'a\tb'") == "unknown column 'a\\tb'"
    assert visible("a\tb") == "a\tb"  # deck text keeps its tabs


@given(st.text())
def test_a_message_holds_no_control_character_but_newline(text: str) -> None:
    shown = visible_message(text)
    assert not {c for c in shown if unicodedata.category(c) == "Cc" and c != "\n"}
