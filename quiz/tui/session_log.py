"""What a study session hands to its summary: each committed answer, and when it started.

Its own module so that the study screen (which fills it, then opens the summary) and the
summary screen (which reads it) do not import each other.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.scheduling.session import ReviewResult


@dataclass
class SessionLog:
    """What the summary needs: each committed answer, and when the session started."""

    started: float = field(default_factory=time.monotonic)
    results: list[ReviewResult] = field(default_factory=list)
    cram: bool = False
