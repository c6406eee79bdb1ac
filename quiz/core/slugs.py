"""Deck ids made from file names.

A deck id may hold only letters, digits, `-`, `_` and `.`, and must start with a letter or a
digit (quiz.deck.rules.ID_PATTERN): `slug` makes one from any name, the same way for
`quiz generate` (a document's name) and `quiz import csv` (the output file's name).
"""

from __future__ import annotations

import re

_NOT_ID = re.compile(r"[^A-Za-z0-9_.-]+")


def slug(name: str, default: str) -> str:
    """`name` as a deck id: other characters runs become `-`, `-`, `.` and `_` at either end
    go; `default` when nothing is left ("a b.c" -> "a-b.c", "_x_" -> "x", "ü" -> default)."""
    return _NOT_ID.sub("-", name).strip("-._") or default
