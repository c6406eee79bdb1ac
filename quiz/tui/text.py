"""Deck text shown literally and terminal-safe: every string from a deck, a student or a file
becomes a `rich.text.Text` through `literal` / `join`.

Deck files are written by teachers and generators, so `[bold]` or `[link=...]` in a question
must display as written and never be read as Textual/Rich markup, and an ESC, a C1 control or a
bidirectional override must show as an escape (`\\x1b`, `\\u202e`; see quiz.textsafe) and never
reach the terminal raw, where it could retitle the window or clear the screen.
"""

from __future__ import annotations

from rich.text import Text

from quiz.textsafe import visible


def literal(text: str | None, style: str = "") -> Text:
    """`text` as a renderable that is never parsed as markup (None shows as empty)."""
    return Text(visible(text or ""), style=style)


def join(*parts: tuple[str | None, str] | str) -> Text:
    """A Text built from plain strings (labels) and (deck text, style) pairs, all literal."""
    result = Text()
    for part in parts:
        if isinstance(part, tuple):
            result.append(visible(part[0] or ""), style=part[1])
        else:
            result.append(visible(part))
    return result


def add(text: Text, value: str | None, style: str = "") -> Text:
    """Append deck text to `text`, literal and terminal-safe; returns `text`."""
    return text.append(visible(value or ""), style=style)


def shorten(text: str, width: int) -> str:
    """`text` on one line, cut to `width` characters with an ellipsis (terminal-safe)."""
    flat = " ".join(visible(text).split())
    return flat if len(flat) <= width else flat[: max(0, width - 1)].rstrip() + "…"
