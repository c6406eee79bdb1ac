"""How an answer is drawn: the word diff of a typed answer, the options, the source quote.

Only presentation: the verdict, its diff and the suggested rating come from
quiz.scheduling.answers. Every piece of deck text goes through `Text` (never markup) made
terminal-safe by quiz.tui.text.add.
"""

from __future__ import annotations

from rich.text import Text

from quiz.deck.model import Card
from quiz.scheduling.answers import EQUAL, EXTRA, MISSING, WRONG, Verdict
from quiz.tui.text import add

DIFF_STYLES = {
    EQUAL: "green",
    MISSING: "bold yellow underline",
    WRONG: "bold red strike",
    EXTRA: "red strike",
}


def verdict_text(verdict: Verdict) -> Text:
    """'Right'/'Wrong', the typed answer compared word by word, and the expected answer."""
    text = Text()
    if verdict.correct:
        text.append("✓ Right", style="bold green")
    else:
        text.append("✗ Not quite", style="bold red")
    if verdict.note:
        add(text, f"  ({verdict.note})", style="dim")
    text.append("\nYou typed: ")
    add(text, verdict.response or "(nothing)", style="italic")
    if verdict.diff and not (verdict.correct and verdict.exact):
        text.append("\nCompared:  ")
        for i, (segment, kind) in enumerate(verdict.diff):
            if i:
                text.append(" ")
            add(text, segment, style=DIFF_STYLES.get(kind, ""))
    text.append("\nAnswer:    ")
    add(text, verdict.expected, style="bold")
    if verdict.matched and verdict.matched != verdict.expected:
        text.append("  (you gave the accepted form ")
        add(text, verdict.matched, style="italic")
        text.append(")")
    return text


def source_text(card: Card) -> Text:
    """The explanation, then where the fact was read: file:line and the quoted sentence."""
    text = Text()
    if card.explanation:
        add(text, card.explanation)
    source = card.source
    if source is not None:
        if text:
            text.append("\n\n")
        text.append("Source: ", style="bold")
        where = source.file + (f":{source.line}" if source.line else "")
        add(text, where, style="cyan")
        if source.quote:
            text.append("\n“")
            add(text, source.quote, style="italic")
            text.append("”")
    return text
