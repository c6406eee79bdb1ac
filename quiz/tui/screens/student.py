"""A small dialog to switch student: type a name (new names are created on first use).

The students already in the database are listed, read in a worker.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from quiz.tui.reported import reported
from quiz.tui.text import add, join


class StudentScreen(ModalScreen[str | None]):
    """Returns the typed name, or None when cancelled with Escape."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static("Study as which student?", classes="title")
            yield Static("Enter switches to the name below, Escape cancels.")
            yield Input(value=self.current, placeholder="student name", id="student-name")
            yield Static(id="known-students", classes="dim")

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="students")
    @reported
    def load(self) -> None:
        names = self.app.workspace.student_names()
        if names:
            text = join("In this database: ")
            for i, name in enumerate(names):
                text.append(", " if i else "")
                add(text, name, style="bold")
            self.app.call_from_thread(self.query_one("#known-students", Static).update, text)

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        self.dismiss(name or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
