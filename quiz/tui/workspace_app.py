"""The app as the screens see it: a Textual app over one Workspace.

QuizApp (quiz.tui.app) is this app with its keys and first screen. The screens type their
`self.app` as this base class, since quiz.tui.app imports the screens and no module may import
it back.
"""

from __future__ import annotations

from textual.app import App

from quiz.tui.workspace import Workspace


class WorkspaceApp(App[None]):
    """A Textual app holding the workspace (decks folder, progress database, student)."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
