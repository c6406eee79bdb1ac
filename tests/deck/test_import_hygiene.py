"""The core never imports Textual: checked in a fresh interpreter per module.

(click is not checked at run time: sqlite-utils itself imports it. The core's own source must not.)
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

CORE = ["quiz.core", "quiz.deck", "quiz.generate", "quiz.scheduling", "quiz.store", "quiz.export"]


@pytest.mark.parametrize("module", CORE)
def test_core_module_does_not_import_textual(module: str) -> None:
    code = (
        f"import importlib, pkgutil, sys; pkg = importlib.import_module({module!r});"
        "[importlib.import_module(m.name) for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.')];"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("args", [["--help"], ["check", "decks"], ["schema"]])
def test_cli_commands_do_not_import_textual(args: list[str]) -> None:
    code = (
        "import sys; from click.testing import CliRunner; from quiz.cli import cli;"
        f"CliRunner().invoke(cli, {args!r});"
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("module", CORE)
def test_core_source_imports_neither_textual_nor_click(module: str) -> None:
    folder = Path(__file__).parents[2] / module.replace(".", "/")
    pattern = re.compile(r"^\s*(import|from)\s+(textual|click)\b", re.M)
    offenders = [p.name for p in folder.rglob("*.py") if pattern.search(p.read_text("utf-8"))]
    assert offenders == []
