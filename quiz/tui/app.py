"""The Textual app: builds the workspace, shows the home screen, offers keys in the palette.

Thin on purpose: screens live in quiz.tui.screens, styling in app.tcss, and every rule the app
shows (queues, answer checking, statistics) lives in the core.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial
from pathlib import Path

from textual.actions import parse
from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from quiz.tui.keys import described_bindings
from quiz.tui.screens.help import HelpScreen
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.student import StudentScreen
from quiz.tui.workspace import Workspace
from quiz.tui.workspace_app import WorkspaceApp


class QuizApp(WorkspaceApp):
    """The study app over one workspace (decks folder, progress database, student)."""

    CSS_PATH = "app.tcss"
    TITLE = "quiz"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("ctrl+q", "quit", "Quit", show=False),
    ]

    def __init__(self, workspace: Workspace, *, ask_student: bool = False,
                 student_notice: str | None = None) -> None:
        super().__init__(workspace)
        self.ask_student = ask_student
        self.student_notice = student_notice

    def on_mount(self) -> None:
        if not self.ask_student:
            self.push_screen(HomeScreen())
            return

        def chosen(name: str | None) -> None:
            if name:
                self.workspace.student_name = name
                self.push_screen(HomeScreen())

        self.push_screen(StudentScreen("", required=True, notice=self.student_notice), chosen)

    def on_unmount(self) -> None:
        self.workspace.close()

    def action_help(self) -> None:
        """Show every key of the current screen (and the app's own)."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(described_bindings(self.screen)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The palette offers the current screen's keys that do something now as commands, then
        Textual's own but those already offered (Quit)."""
        offered: set[str] = set()
        for key, binding in described_bindings(screen):
            if binding.action == "help" or not self.applies(screen, binding.action) \
                    or binding.description.casefold() in offered:  # q and ctrl+q both quit
                continue
            offered.add(binding.description.casefold())
            yield SystemCommand(
                binding.description, f"key: {key}", partial(screen.run_action, binding.action)
            )
        for command in super().get_system_commands(screen):
            if command.title.casefold() not in offered:
                yield command

    @staticmethod
    def applies(screen: Screen, action: str) -> bool:
        """Whether the screen's `check_action` lets `action` run now (app actions always do)."""
        namespace, name, parameters = parse(action)
        return namespace == "app" or screen.check_action(name, parameters) is not False


def make_app(
    decks_dir: Path,
    db_path: Path,
    student: str | None,
    now: Callable[[], datetime] | None = None,
    *,
    fuzz: bool = True,
    tz: str | None = None,
    ask_student: bool = False,
    student_notice: str | None = None,
) -> QuizApp:
    """The app exactly as `quiz` runs it; tests pass a tmp database, a fixed `now` and zone,
    and no fuzzing. `student` None: the last student opened in this database, or, with
    `ask_student`, the first screen asks who studies (`quiz serve`), with `student_notice` above
    the question (why the name in the address was refused)."""
    workspace = Workspace(decks_dir, db_path, student, now, fuzz=fuzz, tz=tz)
    return QuizApp(workspace, ask_student=ask_student, student_notice=student_notice)
