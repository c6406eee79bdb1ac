"""The help screen (?): every key of the screen it was opened from, read from its bindings."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

GENERAL = (
    ("ctrl+p", "Command palette: every action above, by name"),
    ("tab / shift+tab", "Move between controls; the mouse works too"),
    ("typing", "While you type an answer, keys go to the answer box: Enter first"),
)


class HelpScreen(ModalScreen[None]):
    """A table of keys; Escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close help"),
        Binding("q", "dismiss", "Close help", show=False),
        Binding("question_mark", "dismiss", "Close help", show=False),
    ]

    def __init__(self, keys: list[tuple[str, Binding]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        for key, binding in self.keys:
            # the footer's short label, then the longer tooltip where a binding has one
            described = binding.description
            if binding.tooltip:
                described += f": {binding.tooltip[:1].lower()}{binding.tooltip[1:]}"
            table.add_row(Text(key), Text(described))
        for key, description in GENERAL:
            table.add_row(Text(key), Text(description))
        with VerticalScroll(id="help-box"):
            yield Static("Keys", classes="title")
            yield Static(table)
            yield Static("Escape closes this help.", classes="dim")
