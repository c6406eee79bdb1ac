"""What a student name may be: one rule for `--student`, the app's student prompt, the store and
a served page's `?student=NAME`.

A name is shown in the app, in reports and in the server's log, and (from a web address) may be
anything a browser sends, so it is refused when it is empty, longer than `MAX_STUDENT_NAME`, or
holds a character that is not printed: a control (a line break, ESC), a format character
(bidirectional overrides, zero-width spaces; the joiners that scripts and emoji need are
kept), a lone surrogate, a private-use or unassigned code point.
"""

from __future__ import annotations

import unicodedata

MAX_STUDENT_NAME = 64
_NOT_PRINTED = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
_JOINERS = {"\u200c", "\u200d"}  # zero width (non-)joiner: Persian and Indic names, emoji


def student_name_problem(name: str) -> str | None:
    """Why `name` (already stripped of surrounding spaces) cannot be a student's name, or None."""
    if not name:
        return "a student needs a name"
    if len(name) > MAX_STUDENT_NAME:
        return (f"a student name has at most {MAX_STUDENT_NAME} characters"
                f" (this one has {len(name)})")
    for char in name:
        if unicodedata.category(char) in _NOT_PRINTED and char not in _JOINERS:
            return ("a student name cannot hold the invisible or control character"
                    f" U+{ord(char):04X}")
    return None

