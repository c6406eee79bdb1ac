"""Worker bodies whose failures the student can act on become notifications, not a crash."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from quiz.errors import QuizError
from quiz.textsafe import visible

F = TypeVar("F", bound=Callable[..., Any])


def reported(method: F) -> F:
    """Run a screen's worker method; a QuizError or SQLite error is shown with `notify`.

    Put it under `@work(thread=True)`: the screen stays usable and says what went wrong
    (a locked or unreadable database, a bad time zone) instead of the app exiting.
    """

    @functools.wraps(method)
    def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (QuizError, sqlite3.Error) as exc:
            self.notify(visible(str(exc)), severity="error", timeout=10,  # thread-safe
                        markup=False)
            return None

    return run  # type: ignore[return-value]
