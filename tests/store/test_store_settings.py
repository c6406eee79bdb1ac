"""Per-student settings and the last student, as the progress database keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.core.enums import StudyMode
from quiz.errors import StoreError
from quiz.store import ProgressStore
from quiz.store.settings import (
    StudentSettings,
    last_student,
    mark_opened,
    read_settings,
    save_settings,
)


def test_a_new_student_has_the_defaults(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "p.db")
    ana = store.get_or_create_student("ana")
    assert read_settings(store, ana.id) == StudentSettings(StudyMode.AUTO, True, "month-first")


def test_settings_are_kept_per_student_across_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    store = ProgressStore.open(path)
    ana, ben = store.get_or_create_student("ana"), store.get_or_create_student("ben")
    save_settings(store, ana.id, mode=StudyMode.TYPED)
    save_settings(store, ana.id, show_source=False, date_order="day-first")
    save_settings(store, ben.id, mode="choice")
    store.close()
    store = ProgressStore.open(path)
    assert read_settings(store, ana.id) == StudentSettings(StudyMode.TYPED, False, "day-first")
    assert read_settings(store, ben.id) == StudentSettings(StudyMode.CHOICE, True, "month-first")


def test_unknown_choices_are_refused_and_nothing_changes(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "p.db")
    ana = store.get_or_create_student("ana")
    with pytest.raises(StoreError, match="no study mode 'fast'; choose one of auto, flip"):
        save_settings(store, ana.id, mode="fast", show_source=False)
    with pytest.raises(StoreError, match="no date order 'year-first'"):
        save_settings(store, ana.id, date_order="year-first")
    assert read_settings(store, ana.id) == StudentSettings()


def test_a_hand_edited_value_reads_as_the_default(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "p.db")
    ana = store.get_or_create_student("ana")
    save_settings(store, ana.id, mode="typed")
    store.db.execute("UPDATE student_settings SET value = 'x' WHERE key IN ('date_order', "
                     "'show_source')")
    store.db.conn.commit()
    assert read_settings(store, ana.id) == StudentSettings(mode=StudyMode.TYPED)


def test_the_last_student_is_the_one_opened_most_recently(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "p.db")
    assert last_student(store) is None
    ana, ben = store.get_or_create_student("ana"), store.get_or_create_student("ben")
    assert last_student(store) is None  # created is not opened
    mark_opened(store, ben.id)
    mark_opened(store, ana.id)
    assert last_student(store) == "ana"
    mark_opened(store, ben.id)
    assert last_student(store) == "ben"
