"""Text made safe for a terminal: characters that could act on it are shown as escapes.

Deck files, documents, CSV files, exports and databases are written by other people, and a
terminal obeys what it is sent: ESC starts sequences that set the window title (`ESC ] 0 ;`),
clear the screen (`ESC [ 2 J`) or write the clipboard (OSC 52); CR, BS and a C1 CSI rewrite what
was shown; bidirectional overrides display text in another order than it is read; zero-width
characters make two different texts look the same. `visible` is the one function every path to
the terminal uses (the CLI's messages, the app's display of deck text).

The chosen form is the backslash escape a teacher can write in a double-quoted YAML string,
lower-case hex: ESC shows as `\\x1b`, DEL as `\\x7f`, a C1 control as `\\x9b`, RIGHT-TO-LEFT
OVERRIDE as `\\u202e`, ZERO WIDTH SPACE as `\\u200b`, and half of a UTF-16 pair (a lone
surrogate, which cannot even be encoded) as `\\ud800`. A backslash itself is left alone, so the
form is for reading, not for round trips.

Shown as escapes (and refused in decks by `quiz check`):
- C0 controls but tab and newline (U+0000-U+0008, U+000B-U+001F), DEL, C1 (U+0080-U+009F);
  CR is allowed only as part of a CRLF line end (a spreadsheet's line break inside a cell);
- bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069);
- invisible characters with no use in prose: ZERO WIDTH SPACE (U+200B), WORD JOINER and the
  invisible operators (U+2060-U+2064), MONGOLIAN VOWEL SEPARATOR (U+180E), a byte order mark
  inside text (U+FEFF), the LINE and PARAGRAPH SEPARATORs (U+2028, U+2029);
- lone surrogates (U+D800-U+DFFF).
Kept as they are, because scripts and emoji need them: ZERO WIDTH (NON-)JOINER (U+200C, U+200D)
and the left-to-right / right-to-left / Arabic letter marks (U+200E, U+200F, U+061C).
"""

from __future__ import annotations

import re

_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_BIDI = "\u202a-\u202e\u2066-\u2069"
_INVISIBLE = "\u200b\u2060-\u2064\u180e\ufeff\u2028\u2029"
_SURROGATES = "\ud800-\udfff"

UNSAFE = re.compile(f"[{_CONTROLS}{_BIDI}{_INVISIBLE}{_SURROGATES}]")
"""One character that `visible` escapes."""
_SHOWN = re.compile(f"\r\n|{UNSAFE.pattern}")

def escape(char: str) -> str:
    """The visible form of one character: `\\x1b` below U+0100, else `\\u202e` (4 digits) or
    `\\U0001f600` (8)."""
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def visible(text: str) -> str:
    """`text` with every character that could act on a terminal shown as its escape (a CRLF
    line end is shown as the line end it is)."""
    if UNSAFE.search(text) is None:  # the common case costs one scan
        return text
    return _SHOWN.sub(lambda m: "\n" if m.group() == "\r\n" else escape(m.group()), text)


def visible_message(text: str) -> str:
    """`visible`, with a tab also shown as backslash-t: in a message a tab is never quiz's own
    layout, only a character quoted from a file (a CSV header cell), where it reads as spaces."""
    return visible(text).replace("\t", "\\t")


def one_line(text: str) -> str:
    """`text` with each line break written as its escape, a backslash and "n" or "r": a
    message quoting a file's text stays one line (`quiz.errors.Problem`)."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


def kind(char: str) -> str:
    """'control', 'bidi', 'invisible' or 'surrogate' for a character `visible` escapes."""
    code = ord(char)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return "control"
    if 0xD800 <= code <= 0xDFFF:
        return "surrogate"
    if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        return "bidi"
    return "invisible"

