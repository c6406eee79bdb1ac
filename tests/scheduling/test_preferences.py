"""Which student the app opens as, and the settings the service keeps for each."""

from __future__ import annotations

from pathlib import Path

from quiz.core.enums import StudyMode
from quiz.deck.model import Card
from quiz.scheduling.preferences import (
    change_settings,
    next_date_order,
    open_student,
    student_settings,
)
from quiz.scheduling.service import check
from quiz.store import ProgressStore


def test_no_name_opens_the_last_student_else_the_fallback(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "p.db")
    assert open_student(store, None, fallback="login").name == "login"
    assert open_student(store, "ana", fallback="login").name == "ana"
    assert open_student(store, None, fallback="login").name == "ana"
    assert open_student(store, "  ", fallback="login").name == "ana"
    assert open_student(store, "ben", fallback="login").name == "ben"
    assert open_student(store, None, fallback="login").name == "ben"


def test_settings_follow_the_student(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "p.db")
    ana = open_student(store, "ana", fallback="x")
    ben = open_student(store, "ben", fallback="x")
    change_settings(store, ana, mode=StudyMode.CHOICE, show_source=False)
    assert student_settings(store, ana).mode == StudyMode.CHOICE
    assert not student_settings(store, ana).show_source
    assert student_settings(store, ben).mode == StudyMode.AUTO


def test_date_order_alternates() -> None:
    assert next_date_order("month-first") == "day-first"
    assert next_date_order("day-first") == "month-first"
    assert next_date_order("nonsense") == "month-first"


def test_the_date_order_reaches_the_answer_checker() -> None:
    card = Card(id="v", question="When?", answer="1919-04-03")  # 3 April
    assert check(card, StudyMode.TYPED, "3/4/1919", date_order="day-first").correct
    assert not check(card, StudyMode.TYPED, "3/4/1919", date_order="month-first").correct
    assert check(card, StudyMode.TYPED, "4/3/1919", date_order="month-first").correct
