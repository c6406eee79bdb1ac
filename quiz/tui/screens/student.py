"""A small dialog to switch student: type a name (new names are created on first use).

The students already in the database are listed, read in a worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from quiz.tui.reported import reported
from quiz.tui.text import add, join

if TYPE_CHECKING:
    from textual import getters

    from quiz.tui.workspace_app import WorkspaceApp


class StudentScreen(ModalScreen[str | None]):
    """Returns the typed name, or None when cancelled with Escape."""

    if TYPE_CHECKING:  # the app these screens run in, typed for the checker
        app = getters.app(WorkspaceApp)

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    class NamesRead(Message):
        """A worker read the students already in the database."""

        def __init__(self, text: Text) -> None:
            super().__init__()
            self.text = text

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
            self.post_message(self.NamesRead(text))

    @on(NamesRead)
    def show_names(self, message: NamesRead) -> None:
        self.query_one("#known-students", Static).update(message.text)

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        self.dismiss(name or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
