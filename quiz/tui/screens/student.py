"""A small dialog to choose the student: type a name (new names are created on first use).

Opened with `s` from home to switch (Escape cancels), or first of all when the app was started
without a student (a served session): then it cannot be cancelled, and may say why the name in
the address was refused. Names are checked by the core's rule (quiz.core.students); the students
already in the database are listed, read in a worker.
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

from quiz.core.students import student_name_problem
from quiz.tui.reported import reported
from quiz.tui.text import add, join, literal

if TYPE_CHECKING:
    from textual import getters

    from quiz.tui.workspace_app import WorkspaceApp


class StudentScreen(ModalScreen[str | None]):
    """Returns the typed name, or None when cancelled with Escape (never when `required`)."""

    if TYPE_CHECKING:  # the app these screens run in, typed for the checker
        app = getters.app(WorkspaceApp)

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    class NamesRead(Message):
        """A worker read the students already in the database."""

        def __init__(self, text: Text) -> None:
            super().__init__()
            self.text = text

    def __init__(self, current: str, *, required: bool = False,
                 notice: str | None = None) -> None:
        super().__init__()
        self.current = current
        self.required = required
        self.notice = notice

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static("Study as which student?", classes="title")
            if self.notice:
                yield Static(literal(self.notice), id="student-notice", classes="problem")
            yield Static("Type your name and press Enter." if self.required
                         else "Enter switches to the name below, Escape cancels.")
            yield Input(value=self.current, placeholder="student name", id="student-name")
            yield Static(id="student-problem", classes="problem")
            yield Static(id="known-students", classes="dim")

    def on_mount(self) -> None:
        self.query_one("#student-problem", Static).display = False
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
        if not name and not self.required:
            self.dismiss(None)
            return
        problem = student_name_problem(name)
        if problem is not None:
            shown = self.query_one("#student-problem", Static)
            shown.update(literal(f"{problem[0].upper()}{problem[1:]}."))
            shown.display = True
            return
        self.dismiss(name)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No cancelling the first choice: a served session has no student to go back to."""
        return not (action == "cancel" and self.required)

    def action_cancel(self) -> None:
        self.dismiss(None)
