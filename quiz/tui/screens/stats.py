"""Stats: the review heatmap, the 30-day forecast, true retention, card states and leeches.

Every figure comes from quiz.store.stats (read in a worker); this screen only draws them with
the block-character charts of quiz.tui.widgets.charts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from quiz.deck.model import Deck
from quiz.scheduling.records import StatsData
from quiz.store.stats import Retention
from quiz.tui.reported import reported
from quiz.tui.text import join, literal, shorten
from quiz.tui.widgets.charts import bars, columns, heatmap

if TYPE_CHECKING:
    from textual import getters

    from quiz.tui.workspace_app import WorkspaceApp


def plural(count: int, word: str) -> str:
    """'1 review', '3 reviews'."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def retention_line(label: str, value: Retention) -> Text:
    """'label  85%  (17 of 20)' with a 20-cell bar, or 'no reviews yet'."""
    text = Text(f"{label:<28}")
    if value.rate is None:
        text.append("no reviews yet", style="dim")
        return text
    filled = round(20 * value.rate)
    text.append("█" * filled, style="green")
    text.append("░" * (20 - filled), style="grey35")
    text.append(f" {value.rate:.0%}", style="bold")
    text.append(f"  ({value.passed} of {value.total})", style="dim")
    return text


class StatsScreen(Screen[None]):
    """The current student's statistics for one deck, or all decks (a toggles)."""

    if TYPE_CHECKING:  # the app these screens run in, typed for the checker
        app = getters.app(WorkspaceApp)

    class StatsRead(Message):
        """A worker read the statistics."""

        def __init__(self, data: StatsData) -> None:
            super().__init__()
            self.data = data

    BINDINGS = [
        Binding("a", "toggle_all", "This deck / all decks"),
        Binding("r", "reload", "Refresh"),
        Binding("escape", "app.pop_screen", "Back"),
        Binding("q", "app.pop_screen", "Back", show=False),
    ]

    def __init__(self, deck: Deck | None) -> None:
        super().__init__()
        self.deck = deck
        self.all_decks = deck is None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="stats"):
            yield Static("Loading statistics…", id="stats-title", classes="title")
            for name in ("heatmap", "forecast", "retention", "states", "leeches"):
                yield Static(id=f"stats-{name}", classes="chart")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.load()

    def decks(self) -> list[Deck]:
        if self.all_decks or self.deck is None:
            return list(self.app.workspace.library.decks)
        return [self.deck]

    @work(thread=True, exclusive=True, group="stats")
    @reported
    def load(self) -> None:
        self.post_message(self.StatsRead(self.app.workspace.stats(self.decks())))

    @on(StatsRead)
    def show(self, message: StatsRead) -> None:
        data = message.data
        ws = self.app.workspace
        scope = "all decks" if self.all_decks or self.deck is None else self.deck.title
        self.query_one("#stats-title", Static).update(
            join("Stats for ", (ws.student_name, "bold"), " · ", (scope, "bold")))
        total = sum(data.per_day.values())
        heat = join(("Reviews per day", "bold"), f" (last 26 weeks; {total} in all)\n")
        heat.append_text(heatmap(data.per_day, data.today))
        self.query_one("#stats-heatmap", Static).update(heat)
        values = [n for _day, n in data.forecast]
        labels = ["" for _ in values]
        for i in range(0, len(values), 7):
            labels[i] = "today" if i == 0 else f"+{i}d"
        forecast = join(("Due in the next 30 days", "bold"),
                        f" ({plural(sum(values), 'review')}; {values[0] if values else 0} today)\n")
        forecast.append_text(columns(values, labels))
        self.query_one("#stats-forecast", Static).update(forecast)
        retention = join(("Retention", "bold"), " (a review rated Again is a fail)\n")
        retention.append_text(retention_line("True retention, 30 days", data.retention_recent))
        retention.append("\n")
        retention.append_text(retention_line("True retention, all time", data.retention_all))
        retention.append("\n")
        retention.append_text(retention_line("All answers right, 30 days", data.accuracy_recent))
        self.query_one("#stats-retention", Static).update(retention)
        states = join(("Cards by state", "bold"), "\n")
        states.append_text(bars(data.states, width=40))
        self.query_one("#stats-states", Static).update(states)
        self.query_one("#stats-leeches", Static).update(self.leech_table(data))

    def leech_table(self, data: StatsData) -> Table | Text:
        if not data.leeches:
            return join(("Leeches", "bold"), "\nNone: no card has lapsed 8 times.")
        table = Table(title="Leeches (cards forgotten 8 times or more)", title_justify="left",
                      box=None, padding=(0, 1))
        for name in ("Question", "Answer", "Lapses", "Suspended"):
            table.add_column(name)
        for leech in data.leeches:
            table.add_row(literal(shorten(leech.question, 50)), literal(shorten(leech.answer, 30)),
                          Text(str(leech.lapses)), Text("yes" if leech.suspended else "no"))
        return table

    def action_toggle_all(self) -> None:
        if self.deck is not None:
            self.all_decks = not self.all_decks
            self.load()

    def action_reload(self) -> None:
        self.load()
