"""What a study session hands to its summary: each committed answer, and when it started and
ended on the app's clock (the injected `now`, so a test pins the time spent too).

Its own module so that the study screen (which fills it, then opens the summary) and the
summary screen (which reads it) do not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.scheduling.session import ReviewResult


@dataclass
class SessionLog:
    """What the summary needs: each committed answer, and when the session started and ended."""

    started: datetime | None = None
    ended: datetime | None = None
    results: list[ReviewResult] = field(default_factory=list)
    cram: bool = False

    @property
    def seconds(self) -> float:
        """Time spent, from the start to the end of the session (0 when either is unknown)."""
        if self.started is None or self.ended is None:
            return 0.0
        return max(0.0, (self.ended - self.started).total_seconds())
