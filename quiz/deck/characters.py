"""Characters a deck must not hold, each reported at its own line and column.

A deck's text reaches the terminal, so a control character (ESC opens sequences that set the
window title, clear the screen or write the clipboard), a bidirectional override or an invisible
character (see quiz.textsafe) is a problem `quiz check` reports and the app refuses. They reach a
deck in two ways, both found here:

- written raw in the file: found by one scan of the text (comments included). The YAML reader
  refuses most raw control characters with a message naming no line; this scan names it first;
- written as an escape in a double-quoted value (`"\\e"`, `"\\x1b"`, `"\\u202e"`, `"\\ud800"`):
  found by reading each such value's escapes, and reported at the backslash. `"\r\n"` is a
  line end (what a spreadsheet's line break inside a cell becomes), not a control character.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

import yaml

from quiz.deck.yamlnodes import iter_nodes
from quiz.errors import Problem
from quiz.textsafe import UNSAFE, escape, kind, visible

# What PyYAML's reader refuses outright (it accepts the rest, even the characters in UNSAFE)
_YAML_REFUSES = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Found raw in a file: UNSAFE but CR and NEL (line breaks to YAML: they never reach a value),
# and what YAML refuses, as one character class (one pass over the text; written as an
# alternation with a look-ahead it took seven times as long). A test checks it is that union.
_RAW = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f"
                  "\u202a-\u202e\u2066-\u2069\u200b\u2060-\u2064\u180e\ufeff\u2028\u2029"
                  "\ud800-\udfff\ufffe\uffff]")
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # as YAML counts lines

_SIMPLE_ESCAPES = {
    "0": "\0", "a": "\x07", "b": "\x08", "t": "\t", "\t": "\t", "n": "\n", "v": "\x0b",
    "f": "\x0c", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "\\": "\\", "/": "/", "N": "\x85",
    "_": "\xa0", "L": "\u2028", "P": "\u2029",
}
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}
_BREAKS = "\r\n\x85\u2028\u2029"


def why(char: str, written: str = "") -> str:
    """A problem's message for one character that must not be in a deck, written raw or as
    the escape `written`."""
    shown, what = escape(char), kind(char)
    if what == "surrogate":
        gives = f'the escape "{written}" gives' if written else f"{shown} is"
        return f"{gives} half of a UTF-16 pair (a lone surrogate), not a character; write the " \
               "character itself"
    if what == "control":
        name = f"the control character {shown} ({_control_name(char)})"
        reason = "it could act on the terminal"
    elif what == "bidi":
        name = f"the bidirectional control {shown}"
        reason = "it shows text in another order than it is read"
    elif UNSAFE.fullmatch(char):
        name = f"the invisible character {shown}"
        reason = "it makes text look like other text"
    else:
        return f"the character {shown} is not allowed in YAML; delete it"
    if written:
        return f'the escape "{written}" gives {name}, which is not allowed in a deck: {reason}; ' \
               "delete it"
    return f"{name} is not allowed in a deck: {reason}; delete it"


_C0 = ("NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB "
       "CAN EM SUB ESC FS GS RS US").split()


def _control_name(char: str) -> str:
    code = ord(char)
    return _C0[code] if code < 0x20 else "DEL" if code == 0x7F else "a C1 control"


class _Lines:
    """1-based line and column of an index in the text, counted as YAML counts them."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def at(self, index: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, index)
        return line, index - self.starts[line - 1] + 1


def raw_characters(path: Path, text: str) -> tuple[list[Problem], bool]:
    """A problem per raw character that must not be in a deck, and whether YAML refuses one
    of them (then the file cannot be composed at all)."""
    matches = list(_RAW.finditer(text))
    if not matches:
        return [], False
    lines = _Lines(text)
    problems = [Problem(path, *lines.at(m.start()), why(m.group())) for m in matches]
    return problems, any(_YAML_REFUSES.match(m.group()) for m in matches)


def escaped_characters(path: Path, text: str, root: yaml.Node) -> list[Problem]:
    """A problem per escape in a double-quoted value (or key) that gives such a character."""
    problems: list[Problem] = []
    if "\\" not in text:  # no escape anywhere: the common case costs one scan
        return problems
    lines: _Lines | None = None
    for node in _double_quoted(root):
        if not UNSAFE.search(node.value):
            continue
        lines = lines or _Lines(text)
        start, end = node.start_mark.index, node.end_mark.index
        for index, written, chars in _escapes(text, start + 1, end - 1):
            if len(chars) == 2:  # a surrogate pair written as two escapes
                pair = chr(0x10000 + (ord(chars[0]) - 0xD800) * 0x400 + ord(chars[1]) - 0xDC00)
                message = f'"{written}" is a UTF-16 pair, which YAML does not join; write the ' \
                          f'character itself or "{escape(pair)}"'
            else:
                message = why(chars, visible(written))
            problems.append(Problem(path, *lines.at(index), message))
    return problems


MAX_REPORTED = 20


def at_most(problems: list[Problem], limit: int = MAX_REPORTED) -> list[Problem]:
    """The first `limit` character problems in file order, and one saying how many more."""
    if len(problems) <= limit:
        return problems
    ordered = sorted(problems, key=lambda p: (p.line, p.column))
    rest = ordered[limit]
    more = len(ordered) - limit
    return [*ordered[:limit],
            Problem(rest.path, rest.line, rest.column,
                    f"{more} more characters like these from here on; delete them all")]


def _double_quoted(root: yaml.Node) -> list[yaml.ScalarNode]:
    """Every double-quoted scalar (keys too) in the tree, each once."""
    return [node for node in iter_nodes(root)
            if isinstance(node, yaml.ScalarNode) and node.style == '"']


def _escapes(text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    """(index of the backslash, the escape as written, what it gives) for each escape in
    text[start:end] giving a character that must not be in a deck; a high and a low surrogate
    written one after the other are one entry giving both."""
    found: list[tuple[int, str, str]] = []
    i = text.find("\\", start, end)
    while i != -1:
        code = text[i + 1] if i + 1 < end else ""
        length, char = 2, ""
        if code in _SIMPLE_ESCAPES:
            char = _SIMPLE_ESCAPES[code]
        elif code in _HEX_ESCAPES:
            length += _HEX_ESCAPES[code]
            value = int(text[i + 2:i + length], 16)
            char = chr(value) if value < 0x110000 else ""
        elif code and code in _BREAKS:  # an escaped line break: no character
            length = 2 + (text[i + 1:i + 3] == "\r\n")
        if char == "\r" and text.startswith("\\n", i + length):  # a CRLF line end
            char = ""
        if char and UNSAFE.match(char):
            previous = found[-1] if found else None
            if (previous and previous[0] + len(previous[1]) == i and len(previous[2]) == 1
                    and "\ud800" <= previous[2] <= "\udbff" and "\udc00" <= char <= "\udfff"):
                found[-1] = (previous[0], previous[1] + text[i:i + length], previous[2] + char)
            else:
                found.append((i, text[i:i + length], char))
        i = text.find("\\", i + length, end)
    return found
