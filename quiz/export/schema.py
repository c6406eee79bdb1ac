"""The JSON Schema of the `quiz-progress` export, shipped in the package, and validation with it.

`quiz report class` reads JSON files collected from students' machines: each is validated
against this schema first, so a truncated or hand-edited file is refused with its name and the
exact place of the problem instead of failing half-way through the merge.
"""

from __future__ import annotations

import functools
import json
import math
import re
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any, cast

from quiz.errors import QuizError
from quiz.export.documents import ProgressDoc


def progress_schema_text() -> str:
    """The schema file as shipped (pretty-printed JSON)."""
    files = resources.files("quiz.export")
    return files.joinpath("progress.schema.json").read_text(encoding="utf-8")


def progress_schema() -> dict[str, Any]:
    """The schema as a dict."""
    return json.loads(progress_schema_text())


MAX_DEPTH = 32  # the schema nests 4 levels; anything far deeper is not an export
MAX_INT_DIGITS = 15  # counts and durations; longer numbers are refused, not converted
# One JSON token at a time: a whole string (skipped), a bracket, or a number or constant.
_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+"|[\[\]{}]|-?(?:Infinity|\d[\d.eE+-]*)|NaN')


def _date_time(value: object) -> bool:
    """RFC 3339 date-time with a real calendar date and time (not 2026-13-45 or February 30).

    jsonschema checks the `date-time` format only when an optional package is installed;
    quiz checks it itself so a bad time is refused by the schema, not met later in a report.
    """
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})",
                        value):
        return False
    try:
        datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


@functools.cache
def _validator() -> Any:
    import jsonschema  # imported here: only `quiz report class` and the tests need it

    checker = jsonschema.FormatChecker()
    checker.checks("date-time")(_date_time)
    return jsonschema.Draft202012Validator(progress_schema(), format_checker=checker)


class _BadNumber(ValueError):
    """A number JSON allows only by extension (NaN, Infinity) or too long to be a count."""

    def __init__(self, literal: str, message: str) -> None:
        super().__init__(message)
        self.literal = literal
        self.message = message


def _reject_constant(literal: str) -> float:
    raise _BadNumber(literal, f"{literal} is not a number (JSON has no NaN or Infinity)")


def _parse_int(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_INT_DIGITS:
        raise _BadNumber(literal, f"a number of {len(literal.lstrip('-')):,} digits is too long"
                                  f" (at most {MAX_INT_DIGITS})")
    return int(literal)


def _parse_float(literal: str) -> float:
    """A number with a fraction or exponent; refused when it could not be a count or a ratio
    (JSON Schema counts 1e308 as an integer, so a size limit on whole numbers alone is not
    enough)."""
    value = float(literal)
    if not math.isfinite(value) or abs(value) >= 10**MAX_INT_DIGITS or len(literal) > 40:
        raise _BadNumber(literal, f"the number {literal[:20]}{'...' if len(literal) > 20 else ''}"
                                  f" is too long or too large (at most {MAX_INT_DIGITS} digits)")
    return value


def _where(text: str, index: int) -> str:
    """`line:column` (1-based) of a character index."""
    line = text.count("\n", 0, index) + 1
    return f"{line}:{index - (text.rfind(chr(10), 0, index) + 1) + 1}"


def _too_deep(text: str) -> int | None:
    """The index of the first bracket nested deeper than MAX_DEPTH (strings skipped), if any."""
    depth = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return match.start()
        elif token in "]}":
            depth -= 1
    return None


def parse_json(text: str, name: str) -> Any:
    """Parse JSON text strictly: QuizError at `name:line:column` for bad syntax, NaN or
    Infinity, a whole number longer than MAX_INT_DIGITS, or nesting deeper than MAX_DEPTH
    (which would otherwise end in a RecursionError or an int conversion error)."""
    deep = _too_deep(text)
    if deep is not None:
        raise QuizError(f"{name}:{_where(text, deep)}: not a quiz progress export: nested more "
                        f"than {MAX_DEPTH} levels deep")
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int,
                          parse_float=_parse_float)
    except json.JSONDecodeError as exc:
        raise QuizError(f"{name}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    except _BadNumber as exc:
        found = next((m.start() for m in _TOKEN.finditer(text) if m.group() == exc.literal), None)
        where = f":{_where(text, found)}" if found is not None else ""
        raise QuizError(f"{name}{where}: not a quiz progress export: {exc.message}") from None


def validate_progress(doc: Any, name: str = "document") -> ProgressDoc:
    """Return `doc` if it is a valid progress export, else raise QuizError naming `name`."""
    errors = sorted(_validator().iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(top level)"
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise QuizError(f"{name}: not a quiz progress export: at {where}: {first.message}{more}")
    return cast(ProgressDoc, doc)


def read_progress_file(path: Path) -> ProgressDoc:
    """Read and validate one JSON progress export; QuizError names the file on any problem."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise QuizError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise QuizError(f"{path}: cannot be read: {exc}") from None
    return validate_progress(parse_json(text, str(path)), str(path))
