"""The few exception types quiz raises; the CLI turns each into a clear message and exit 1."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quiz.textsafe import one_line


class QuizError(Exception):
    """Any problem the user can fix: the message says what and where, never a traceback."""


@dataclass(frozen=True)
class Problem:
    """One mistake in a deck file, at a 1-based line and column (0 when unknown)."""

    path: Path
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        """One line, `file:line:column: message`: a line break quoted from the file (an empty
        cloze deletion written across two lines) is shown as its escape, never as a line."""
        where = one_line(str(self.path))
        if self.line:
            return f"{where}:{self.line}:{self.column}: {one_line(self.message)}"
        return f"{where}: {one_line(self.message)}"


class DeckError(QuizError):
    """A deck file that cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @property
    def path(self) -> Path:
        return self.problems[0].path

    @property
    def line(self) -> int:
        return self.problems[0].line

    @property
    def column(self) -> int:
        return self.problems[0].column


class StoreError(QuizError):
    """The progress database cannot be opened or used (for example, written by a newer quiz)."""


class GenerateError(QuizError):
    """A document cannot be turned into a deck."""
