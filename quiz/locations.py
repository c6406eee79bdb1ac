"""Where quiz keeps its data. Computed in functions, never at import time, so tests can redirect."""

from __future__ import annotations

import getpass
import os
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "quiz"


def data_dir() -> Path:
    """The per-user data directory (QUIZ_DATA_DIR overrides it)."""
    override = os.environ.get("QUIZ_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The per-user cache directory (QUIZ_CACHE_DIR overrides it): what can be made again."""
    override = os.environ.get("QUIZ_CACHE_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def db_path() -> Path:
    """The progress database: QUIZ_DB if set, else progress.db in the data directory."""
    override = os.environ.get("QUIZ_DB")
    if override:
        return Path(override)
    return data_dir() / "progress.db"


def named_student() -> str | None:
    """The student named by QUIZ_STUDENT, or None (the app then opens as its last student)."""
    return os.environ.get("QUIZ_STUDENT") or None


def default_student() -> str:
    """The student name used when none is given: QUIZ_STUDENT, else the OS user name."""
    name = named_student()
    if name:
        return name
    try:
        return getpass.getuser() or "student"
    except (KeyError, OSError):
        return "student"


def default_decks_dir() -> Path:
    """The decks folder studied when none is given: QUIZ_DECKS, else ./decks."""
    return Path(os.environ.get("QUIZ_DECKS", "decks"))


def sample_decks_dir() -> Path:
    """The sample decks that ship inside the package (the project's own decks/ folder)."""
    return Path(str(files("quiz") / "samples"))
