"""What the app remembers per student (study mode, source shown, date order) and which student
it opened as last, kept in the progress database so a restart picks up where the student was.

    prefs = read_settings(store, student.id)           # StudentSettings, defaults if never set
    save_settings(store, student.id, mode=StudyMode.TYPED, show_source=False)
    mark_opened(store, student.id)                      # this student is the last one opened
    last_student(store)                                 # "ana", or None in a new database

A value the database holds that this version does not understand (a hand-edited row, or one
written by a newer quiz) reads as the default rather than stopping the app.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from quiz.core.enums import StudyMode
from quiz.core.settings import DATE_ORDERS, StudentSettings
from quiz.errors import StoreError

if TYPE_CHECKING:
    from quiz.store.progress import ProgressStore

__all__ = ["DATE_ORDERS", "StudentSettings", "last_student", "mark_opened", "read_settings",
           "save_settings"]


def read_settings(store: ProgressStore, student_id: int) -> StudentSettings:
    """The student's remembered settings (the defaults for anything never saved)."""
    rows = store.db.conn.execute(
        "SELECT key, value FROM student_settings WHERE student_id = ?", [student_id]
    ).fetchall()
    return StudentSettings.from_rows({key: value for key, value in rows})


def save_settings(
    store: ProgressStore,
    student_id: int,
    *,
    mode: StudyMode | str | None = None,
    show_source: bool | None = None,
    date_order: str | None = None,
) -> StudentSettings:
    """Change some of a student's settings (committed before returning); the new settings.

    A mode or date order that does not exist is a StoreError naming the choices."""
    if mode is not None and mode not in tuple(StudyMode):
        raise StoreError(f"no study mode {mode!r}; choose one of "
                         f"{', '.join(str(m) for m in StudyMode)}")
    if date_order is not None and date_order not in DATE_ORDERS:
        raise StoreError(f"no date order {date_order!r}; choose {' or '.join(DATE_ORDERS)}")
    with store.transaction():
        current = read_settings(store, student_id)
        changed = replace(
            current,
            mode=current.mode if mode is None else StudyMode(mode),
            show_source=current.show_source if show_source is None else show_source,
            date_order=current.date_order if date_order is None else date_order,
        )
        store.db.conn.executemany(
            "INSERT OR REPLACE INTO student_settings (student_id, key, value) VALUES (?, ?, ?)",
            [(student_id, key, value) for key, value in changed.to_rows().items()],
        )
    return changed


def mark_opened(store: ProgressStore, student_id: int) -> None:
    """Record that the app opened as this student: from now on the last student."""
    with store.transaction():
        store.db.conn.execute(
            "UPDATE students SET opened_order = (SELECT coalesce(max(opened_order), 0) + 1"
            " FROM students) WHERE id = ?", [student_id])


def last_student(store: ProgressStore) -> str | None:
    """The student the app last opened as in this database, or None when it never has."""
    row = store.db.conn.execute(
        "SELECT name FROM students WHERE opened_order IS NOT NULL"
        " ORDER BY opened_order DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None
