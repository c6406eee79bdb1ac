"""A student's remembered choices (kept by quiz.store.settings), as one small value every layer
can hold: the TUI keeps one without importing the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from quiz.core.enums import StudyMode

DateOrder = Literal["day-first", "month-first"]  # how a student writes 3/4/1919
MONTH_FIRST: DateOrder = "month-first"
DAY_FIRST: DateOrder = "day-first"
DATE_ORDERS: tuple[DateOrder, ...] = (MONTH_FIRST, DAY_FIRST)


@dataclass(frozen=True)
class StudentSettings:
    """One student's remembered choices; the defaults are what a new student starts with."""

    mode: StudyMode = StudyMode.AUTO
    show_source: bool = True
    date_order: DateOrder = MONTH_FIRST

    def to_rows(self) -> dict[str, str]:
        """key -> the text stored in `student_settings`."""
        return {"mode": str(self.mode), "show_source": "1" if self.show_source else "0",
                "date_order": self.date_order}

    @classmethod
    def from_rows(cls, rows: dict[str, str]) -> StudentSettings:
        """The settings in `rows`; a missing or unknown value keeps its default."""
        default = cls()
        mode = rows.get("mode")
        order = rows.get("date_order")
        source = rows.get("show_source")
        return cls(
            mode=StudyMode(mode) if mode in tuple(StudyMode) else default.mode,
            show_source=default.show_source if source not in ("0", "1") else source == "1",
            date_order=order if order in DATE_ORDERS else default.date_order,
        )
