"""One rule for a student's name, met by `--student`, the store and (served) the address."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.errors import StoreError
from quiz.store import ProgressStore


@pytest.mark.parametrize(("name", "reason"), [
    ("  ", "a student needs a name"),
    ("a" * 65, "a student name has at most 64 characters (this one has 65)"),
    ("ana\x1b]0;owned\x07", "a student name cannot hold the invisible or control character U+001B"),
    ("\u202eana", "a student name cannot hold the invisible or control character U+202E"),
    ("an\na", "a student name cannot hold the invisible or control character U+000A"),
])
def test_a_name_that_cannot_be_used_is_refused_with_the_reason(tmp_path: Path, name: str,
                                                               reason: str) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "p.db"), "--student", name,
                                      "limits"])
    assert result.exit_code == 2
    assert f"Invalid value for '--student': {reason}" in result.output
    store = ProgressStore.open(tmp_path / "p.db")
    try:
        with pytest.raises(StoreError, match=re.escape(reason)):
            store.get_or_create_student(name)
        assert store.list_students() == []
    finally:
        store.close()


@pytest.mark.parametrize("name", ["ana", "Bo Léon", "张伟", "o'brien-2", "a" * 64, "👩‍🎓 kim"])
def test_ordinary_names_are_kept_as_typed(tmp_path: Path, name: str) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "p.db"), "--student", f" {name} ",
                                      "limits", "--new", "10"])
    assert result.exit_code == 0, result.output
    store = ProgressStore.open(tmp_path / "p.db")
    try:
        assert [s.name for s in store.list_students()] == [name]
    finally:
        store.close()
