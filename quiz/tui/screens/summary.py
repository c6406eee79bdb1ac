"""Session summary: cards reviewed, accuracy, time spent, the hardest cards, the next due time."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, tzinfo
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

from quiz.core.enums import Rating
from quiz.deck.model import Deck
from quiz.scheduling.scheduler import format_interval
from quiz.tui.reported import reported
from quiz.tui.session_log import SessionLog
from quiz.tui.text import join, literal, shorten

if TYPE_CHECKING:
    from textual import getters

    from quiz.tui.workspace_app import WorkspaceApp


def spent(seconds: float) -> str:
    """A calm duration: 'under a minute', '4 min', '1 h 05 min'."""
    minutes = int(seconds // 60)
    if minutes < 1:
        return "under a minute"
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def hardest(session_log: SessionLog, limit: int = 5) -> list[tuple[str, int, int]]:
    """(question, times Again, times Hard) of the cards that went worst, worst first."""
    again: Counter[int] = Counter()
    hard: Counter[int] = Counter()
    questions: dict[int, str] = {}
    for result in session_log.results:
        pk = result.item.card_pk
        questions[pk] = result.item.card.question
        again[pk] += result.rating == Rating.AGAIN
        hard[pk] += result.rating == Rating.HARD
    worst = sorted((pk for pk in questions if again[pk] or hard[pk]),
                   key=lambda pk: (-again[pk], -hard[pk]))
    return [(questions[pk], again[pk], hard[pk]) for pk in worst[:limit]]


class SummaryScreen(Screen[None]):
    """Shown when a session ends; Escape or Enter goes back home."""

    if TYPE_CHECKING:  # the app these screens run in, typed for the checker
        app = getters.app(WorkspaceApp)

    class NextDueRead(Message):
        """The worker read when the next card falls due (None: none is scheduled)."""

        def __init__(self, due: datetime | None, now: datetime, zone: tzinfo) -> None:
            super().__init__()
            self.due = due
            self.now = now
            self.zone = zone

    BINDINGS = [
        Binding("enter", "app.pop_screen", "Back to decks"),
        Binding("escape", "app.pop_screen", "Back to decks", show=False),
        Binding("q", "app.pop_screen", "Back to decks", show=False),
    ]

    def __init__(self, session_log: SessionLog, decks: list[Deck]) -> None:
        super().__init__()
        self.session_log = session_log
        self.decks = decks
        self.elapsed = session_log.seconds

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="summary"):
            yield Static("Session summary", classes="title")
            yield Static(self.figures(), id="figures")
            yield Static(self.hardest_table(), id="hardest")
            yield Static("", id="next-due")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.load_next_due()

    def figures(self) -> Text:
        results = self.session_log.results
        reviewed = len(results)
        if not reviewed:
            return Text("Nothing answered in this session: no card was due, or you stopped at "
                        "the first one.")
        right = sum(r.rating != Rating.AGAIN for r in results)
        accuracy = f"{right / reviewed:.0%}" if reviewed else "–"
        text = join("Cards reviewed  ", (str(reviewed), "bold"),
                    "\nRight           ", (f"{right} of {reviewed} ({accuracy})", "bold"),
                    "\nTime spent      ", (spent(self.elapsed), "bold"))
        if self.session_log.cram:
            text.append("\nCram session: practice only, no schedule was changed.", style="yellow")
        return text

    def hardest_table(self) -> Table | Text:
        worst = hardest(self.session_log)
        if not worst:
            return Text("No card gave you trouble." if self.session_log.results else "")
        table = Table(title="Hardest cards", title_justify="left", box=None, padding=(0, 1))
        table.add_column("Question")
        table.add_column("Again", justify="right")
        table.add_column("Hard", justify="right")
        for question, again, hard in worst:
            table.add_row(literal(shorten(question, 70)), Text(str(again)), Text(str(hard)))
        return table

    @work(thread=True, exclusive=True, group="summary")
    @reported
    def load_next_due(self) -> None:
        ws = self.app.workspace
        self.post_message(self.NextDueRead(ws.next_due(self.decks), ws.now(), ws.zone()))

    @on(NextDueRead)
    def show_next_due(self, message: NextDueRead) -> None:
        due, now, zone = message.due, message.now, message.zone
        widget = self.query_one("#next-due", Static)
        if due is None:
            widget.update("No reviews scheduled yet in these decks.")
        elif due <= now:
            widget.update(join("Next cards: ", ("due now", "bold"), " (press Enter, then study)"))
        else:
            widget.update(join("Next cards due in ", (format_interval(due - now), "bold"),
                               f" ({due.astimezone(zone):%a %d %b %H:%M})"))
