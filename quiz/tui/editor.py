"""`e` on a card: open its deck file in the student's editor at the card's line, then reload.

The app hands the terminal to the editor (`App.suspend`), waits for it, takes the terminal back
and reloads the deck in a worker through the study service (quiz.scheduling.reload), which keeps
the progress of edited cards. What the screen does with the new deck (show the card again,
redraw the table) is its own `deck_reloaded`, called in the worker.

The editor is `$VISUAL`, else `$EDITOR`, else `vi`, given `+LINE FILE` (vi, vim, nano, emacs,
micro and helix all read `+LINE`). An editor that cannot be started, or fails, is said in a
notification; the session goes on.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SuspendNotSupported

from quiz.errors import QuizError
from quiz.textsafe import visible

if TYPE_CHECKING:
    from textual import getters
    from textual.screen import Screen

    from quiz.deck.model import Card, Deck
    from quiz.tui.workspace_app import WorkspaceApp

    _ScreenBase = Screen[None]
else:
    _ScreenBase = object

FALLBACK_EDITOR = "vi"


def editor_command(path: Path, line: int, environ: Mapping[str, str] | None = None
                   ) -> list[str]:
    """The command that opens `path` at `line`: $VISUAL, else $EDITOR (either may carry its
    own arguments, e.g. "code --wait"), else vi."""
    env = os.environ if environ is None else environ
    chosen = (env.get("VISUAL") or "").strip() or (env.get("EDITOR") or "").strip()
    try:
        words = shlex.split(chosen) if chosen else [FALLBACK_EDITOR]
    except ValueError:  # an unclosed quote: take it as one program name
        words = [chosen]
    return [*words, f"+{max(1, line)}", str(path)]


def run_editor(app: App, path: Path, line: int) -> tuple[bool, str | None]:
    """Hand the terminal to the editor on `path` at `line` and wait for it: whether it ran
    (so the file may have changed), and what went wrong if anything did."""
    command = editor_command(path, line)
    try:
        if app.is_headless:  # no terminal to hand over (tests): the editor runs alone
            code = subprocess.call(command, stdin=subprocess.DEVNULL)
        else:
            with app.suspend():
                code = subprocess.call(command)
    except SuspendNotSupported:
        return False, "This terminal cannot hand over to an editor; edit the deck file " \
                      "outside quiz, then reload."
    except FileNotFoundError:
        return False, (f"No editor {command[0]!r} found: set $EDITOR (or $VISUAL) to your "
                       "editor, e.g. export EDITOR=nano.")
    except OSError as exc:
        return False, f"Could not start the editor {command[0]!r} ({exc})."
    if code != 0:
        return True, f"The editor {command[0]!r} exited with status {code}."
    return True, None


class EditsCards(_ScreenBase):
    """Mixed into a screen that shows cards: `edit_card` opens the card's deck file in the
    editor, then a worker reloads the deck and calls the screen's `deck_reloaded` there.
    (For the type checker it is a Screen of the quiz app; at run time a plain mixin.)"""

    if TYPE_CHECKING:
        app = getters.app(WorkspaceApp)

    def edit_card(self, deck: Deck, card: Card) -> None:
        if deck.path is None:
            self.notify("This deck was not read from a file.", severity="warning")
            return
        ran, problem = run_editor(self.app, deck.path, card.line)
        if problem is not None:
            self.notify(visible(problem), severity="warning", markup=False, timeout=8)
        if ran:
            self.reload_after_edit(deck)

    # described, so Textual does not write the repr of a whole (maybe 50,000-card) deck
    @work(thread=True, exclusive=True, group="edit", description="reload the edited deck")
    def reload_after_edit(self, deck: Deck) -> None:
        """Read the deck again (the store keeps the progress of edited cards); a file the edit
        broke is shown with its problems, and the screen goes on with the deck as it was."""
        try:
            result = self.app.workspace.reload_deck(deck)
        except QuizError as exc:
            self.notify(visible(f"Could not reload the deck ({exc})."), severity="error",
                        markup=False)
            return
        if result.deck is None:
            shown = "\n".join(result.problems[:3])
            more = len(result.problems) - 3
            self.notify(
                visible("The edit left the deck unusable; still studying it as it was:\n"
                        + shown + (f"\n(+{more} more: quiz check lists them)" if more > 0
                                   else "")),
                title="Deck not reloaded", severity="error", markup=False, timeout=15)
            return
        if result.kept:
            self.notify(result.kept[:1].upper() + result.kept[1:] + ".")
        self.deck_reloaded(result.deck)

    def deck_reloaded(self, deck: Deck) -> None:
        """(In the worker) go on with the deck as its file now holds it."""
        raise NotImplementedError
