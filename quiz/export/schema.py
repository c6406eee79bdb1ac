"""The JSON Schema of the `quiz-progress` export, shipped in the package, and validation with it.

`quiz report class` reads JSON files collected from students' machines: each is validated
against this schema first, so a truncated or hand-edited file is refused with its name and the
exact place of the problem instead of failing half-way through the merge.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from pathlib import Path
from typing import Any

from quiz.errors import QuizError


def progress_schema_text() -> str:
    """The schema file as shipped (pretty-printed JSON)."""
    files = resources.files("quiz.export")
    return files.joinpath("progress.schema.json").read_text(encoding="utf-8")


def progress_schema() -> dict[str, Any]:
    """The schema as a dict."""
    return json.loads(progress_schema_text())


@functools.cache
def _validator() -> Any:
    import jsonschema  # imported here: only `quiz report class` and the tests need it

    return jsonschema.Draft202012Validator(
        progress_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def validate_progress(doc: Any, name: str = "document") -> dict[str, Any]:
    """Return `doc` if it is a valid progress export, else raise QuizError naming `name`."""
    errors = sorted(_validator().iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(top level)"
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise QuizError(f"{name}: not a quiz progress export: at {where}: {first.message}{more}")
    return doc


def read_progress_file(path: Path) -> dict[str, Any]:
    """Read and validate one JSON progress export; QuizError names the file on any problem."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise QuizError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise QuizError(f"{path}: cannot be read: {exc}") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise QuizError(f"{path}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    return validate_progress(doc, str(path))
