"""How the reports and spreadsheets name things for a reader, not for a program.

A deck is named by its title (its id, such as `001_68aa9046a719e939`, only when it has none),
a file by its name rather than the absolute path it was read from, a rating by its word. The
JSON export keeps ids, paths and numbers: programs read it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePath, PurePosixPath, PureWindowsPath

from quiz.core.enums import Rating


def deck_titles(decks: Iterable[Mapping[str, object]]) -> dict[str, str]:
    """deck id -> the title a reader sees (the id itself when the title is empty)."""
    return {str(d["id"]): str(d.get("title") or "").strip() or str(d["id"]) for d in decks}


def file_labels(paths: Sequence[str]) -> dict[str, str]:
    """path -> the file name to show; files of the same name in different folders keep as
    much of their path as tells them apart (a/ana.json, b/ana.json)."""
    parts = {p: PurePath(p).parts for p in paths}
    depth = {p: 1 for p in paths}
    while True:
        shown = {p: str(PurePath(*parts[p][-depth[p]:])) for p in paths}
        clashes = {name for name, n in Counter(shown[p] for p in set(paths)).items() if n > 1}
        grow = [p for p in paths if shown[p] in clashes and depth[p] < len(parts[p])]
        if not grow:
            return shown
        for p in grow:
            depth[p] += 1


def source_file_label(path: str) -> str:
    """A card source's file as a reader sees it: a relative path (seeds/x.txt) as written, an
    absolute one (/home/ana/seeds/x.txt, C:/Users/ana/x.txt) by its file name only."""
    if PurePosixPath(path).is_absolute() or PureWindowsPath(path).drive:
        return PureWindowsPath(path).name  # splits on / and on backslashes
    return path


def when(stamp: str | None) -> str:
    """An export's UTC time for a reader: 2026-03-13T17:05:00Z -> "2026-03-13 17:05 UTC"
    (an en dash when there is none); anything else is shown as it is."""
    if not stamp:
        return "\u2013"
    if len(stamp) == 20 and stamp[10] == "T" and stamp.endswith("Z"):
        return f"{stamp[:10]} {stamp[11:16]} UTC"
    return stamp


def rating_word(value: int | None) -> str | None:
    """1 -> "Again", 2 -> "Hard", 3 -> "Good", 4 -> "Easy"; None stays None."""
    return None if value is None else Rating(value).label
