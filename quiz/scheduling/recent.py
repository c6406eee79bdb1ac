"""Each deck's true retention over the last 30 days, kept up to date as the review log grows.

The home screen shows it on every return, and the window holds every answer of a month (tens of
thousands for a heavy student). The first reading adds up the window's whole days from the
totals the database keeps per day and deck (`review_days`) and counts only the rest of its
first day in the log; later readings only add the answers logged since and take off those
that have left the window. That holds while the log has only grown through this store: an
undo, another copy of quiz writing, a clock set back or another set of decks starts the count
again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from quiz.core.clock import to_iso
from quiz.store import stats
from quiz.store.progress import ProgressStore
from quiz.store.stats import Retention


class RecentRetention:
    """Running per-deck totals of review-state answers (not rated Again / all) in a window."""

    def __init__(self, store: ProgressStore, student_id: int, window: timedelta) -> None:
        self.store = store
        self.student_id = student_id
        self.window = window
        self._key: tuple[tuple[str, ...], tuple[int, int]] | None = None
        self._since = ""  # the window's start at the last reading, as stored (ISO text)
        self._last_id = 0  # the highest log id counted
        self._totals: dict[str, list[int]] = {}

    def read(self, deck_ids: Sequence[str], now: datetime) -> dict[str, Retention]:
        """deck id -> Retention of the answers in the window ending at `now`."""
        since = to_iso(now - self.window)
        key = (tuple(deck_ids), self.store.log_only_grew())
        if key != self._key or since < self._since:
            # The whole window: whole days from the per-day totals kept in the database.
            last_id, found = stats.retention_since(self.store, self.student_id, deck_ids,
                                                   since=since)
            self._totals = {deck_id: [0, 0] for deck_id in deck_ids}
            for deck_id, part in found.items():
                self._totals[deck_id] = [part.passed, part.total]
        else:
            last_id = stats.last_review_id(self.store)
            if since > self._since:  # answers that left the window
                self._add(-1, since=self._since, before=since, upto_id=self._last_id)
            if last_id > self._last_id:  # answers logged since the last reading
                self._add(since=since, after_id=self._last_id, upto_id=last_id)
        self._key, self._since, self._last_id = key, since, last_id
        return {deck_id: Retention(*self._totals[deck_id]) for deck_id in deck_ids}

    def _add(self, sign: int = 1, *, since: str, before: str | None = None,
             after_id: int | None = None, upto_id: int) -> None:
        found = stats.retention_slice(self.store, self.student_id, list(self._totals),
                                      since=since, before=before, after_id=after_id,
                                      upto_id=upto_id)
        for deck_id, part in found.items():
            totals = self._totals[deck_id]
            totals[0] += sign * part.passed
            totals[1] += sign * part.total
