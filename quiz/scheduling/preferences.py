"""Which student the app opens as, and the choices it keeps for each (quiz.store.settings).

The rule: a student named on the command line (or in $QUIZ_STUDENT) is who studies; with none
named, the student the app last opened as in this database; in a new database, the fallback
(the login name). Whoever is chosen becomes the last student, so a switch inside the app holds
at the next start.

    student = open_student(store, None, fallback="ana")
    prefs = student_settings(store, student)            # mode, source shown, date order
    prefs = change_settings(store, student, mode="typed")
"""

from __future__ import annotations

from quiz.core.enums import StudyMode
from quiz.store.progress import ProgressStore
from quiz.store.records import Student
from quiz.store.settings import (
    DATE_ORDERS,
    StudentSettings,
    last_student,
    mark_opened,
    read_settings,
    save_settings,
)

__all__ = ["DATE_ORDERS", "StudentSettings", "change_settings", "next_date_order",
           "open_student", "student_settings", "chosen_name"]


def chosen_name(store: ProgressStore, requested: str | None, fallback: str) -> str:
    """The name the app opens as: `requested`, else the last student, else `fallback`."""
    if requested and requested.strip():
        return requested
    return last_student(store) or fallback


def open_student(store: ProgressStore, requested: str | None, *, fallback: str) -> Student:
    """The student the app studies as (see the module docstring), created if new and recorded
    as the last one opened."""
    student = store.get_or_create_student(chosen_name(store, requested, fallback))
    mark_opened(store, student.id)
    return student


def student_settings(store: ProgressStore, student: Student) -> StudentSettings:
    """The student's kept settings (defaults where never set)."""
    return read_settings(store, student.id)


def change_settings(
    store: ProgressStore,
    student: Student,
    *,
    mode: StudyMode | str | None = None,
    show_source: bool | None = None,
    date_order: str | None = None,
) -> StudentSettings:
    """Keep a new choice for the student (committed at once); the settings now."""
    return save_settings(store, student.id, mode=mode, show_source=show_source,
                         date_order=date_order)


def next_date_order(current: str) -> str:
    """The other way of writing dates in figures (month-first <-> day-first)."""
    return DATE_ORDERS[(DATE_ORDERS.index(current) + 1) % len(DATE_ORDERS)] \
        if current in DATE_ORDERS else DATE_ORDERS[0]
