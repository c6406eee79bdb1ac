"""Deck text shown literally: every string from a deck or a student becomes a `rich.text.Text`.

Deck files are written by teachers and generators, so `[bold]` or `[link=...]` in a question
must display as written and never be read as Textual/Rich markup.
"""

from __future__ import annotations

from rich.text import Text


def literal(text: str | None, style: str = "") -> Text:
    """`text` as a renderable that is never parsed as markup (None shows as empty)."""
    return Text(text or "", style=style)


def join(*parts: tuple[str | None, str] | str) -> Text:
    """A Text built from plain strings (labels) and (deck text, style) pairs, all literal."""
    result = Text()
    for part in parts:
        if isinstance(part, tuple):
            result.append(part[0] or "", style=part[1])
        else:
            result.append(part)
    return result


def shorten(text: str, width: int) -> str:
    """`text` on one line, cut to `width` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: max(0, width - 1)] + "…"
