"""One card opened from Browse: its text, accepted answers, source quote and review history."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Static

from quiz.deck.model import Card, Deck
from quiz.store import Review
from quiz.tui.reported import reported
from quiz.tui.text import add, join, literal
from quiz.tui.widgets.answer import source_text

if TYPE_CHECKING:
    from textual import getters

    from quiz.tui.workspace_app import WorkspaceApp


def card_text(card: Card) -> Text:
    """Question, answer, other accepted answers and wrong choices, all literal."""
    text = join(("Question  ", "bold"), (card.question, ""), "\n", ("Answer    ", "bold"),
                (card.answer, "bold green"))
    if card.accept:
        text.append("\nAlso right ", style="bold")
        add(text, " · ".join(card.accept))
    if card.choices:
        text.append("\nWrong options ", style="bold")
        add(text, " · ".join(card.choices))
    if card.tags:
        text.append("\nTags      ", style="bold")
        add(text, ", ".join(card.tags))
    return text


def history_table(reviews: list[Review], zone: tzinfo) -> Table | Text:
    """Every answer to the card: when, rating, mode, what was given, right or not."""
    if not reviews:
        return Text("Not studied yet.", style="dim")
    table = Table(title="History", title_justify="left", box=None, padding=(0, 1))
    for name in ("When", "Rating", "Mode", "Answer given", "Right"):
        table.add_column(name)
    for r in reviews:
        right = "–" if r.correct is None else ("yes" if r.correct else "no")
        table.add_row(Text(f"{r.reviewed_at.astimezone(zone):%Y-%m-%d %H:%M}"),
                      Text(r.rating.label + (" (cram)" if r.cram else "")),
                      Text(r.mode), literal(r.response or ""), Text(right))
    return table


class CardScreen(ModalScreen[None]):
    """Escape closes it."""

    if TYPE_CHECKING:  # the app these screens run in, typed for the checker
        app = getters.app(WorkspaceApp)

    BINDINGS = [Binding("escape", "dismiss", "Close"), Binding("q", "dismiss", "Close", show=False)]

    class HistoryRead(Message):
        """A worker read the card's reviews, drawn as a table."""

        def __init__(self, table: Table | Text) -> None:
            super().__init__()
            self.table = table

    def __init__(self, deck: Deck, card: Card) -> None:
        super().__init__()
        self.deck = deck
        self.card = card

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="card-box"):
            yield Static(card_text(self.card), classes="chart")
            source = source_text(self.card)
            yield Static(source or Text("No source recorded for this card.", style="dim"),
                         id="card-source", classes="chart")
            yield Static("Loading history…", id="card-history")

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="card")
    @reported
    def load(self) -> None:
        ws = self.app.workspace
        table = history_table(ws.history(self.deck.id, self.card.id), ws.zone())
        self.post_message(self.HistoryRead(table))

    @on(HistoryRead)
    def show_history(self, message: HistoryRead) -> None:
        self.query_one("#card-history", Static).update(message.table)
