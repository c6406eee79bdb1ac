"""No module of quiz binds the same top-level name twice.

A second `_LAST_CLAUSE_OPENING = ...` further down a module silently replaces the first for
every function that reads it, the ones written for the first included (pass 270 did so in
quiz/generate/questions.py; quiz/generate/quality.py had two `_DATING_NOTE`s). Ruff does not
report a reassigned constant, so this test does."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

_PACKAGE = Path(__file__).resolve().parent.parent / "quiz"


def _top_level_names(tree: ast.Module) -> list[tuple[str, int]]:
    names: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append((node.target.id, node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append((node.name, node.lineno))
    return names


@pytest.mark.parametrize("path", sorted(_PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    seen: dict[str, int] = {}
    twice: list[str] = []
    for name, line in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))):
        if name in seen and name != "__all__":
            twice.append(f"{name} (lines {seen[name]} and {line})")
        seen[name] = line
    assert not twice, f"{path.relative_to(_PACKAGE.parent)}: {', '.join(twice)}"


def test_a_name_bound_twice_is_found() -> None:
    """The check itself: a module that binds one name twice is reported."""
    tree = ast.parse("A = 1\ndef f():\n    return A\nA = 2\n")
    names = [name for name, _ in _top_level_names(tree)]
    assert names.count("A") == 2
