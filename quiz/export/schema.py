"""The JSON Schema of the `quiz-progress` export, shipped in the package, and validation with it.

`quiz report class` reads JSON files collected from students' machines: each is validated
against this schema first, so a truncated or hand-edited file is refused with its name and the
exact place of the problem instead of failing half-way through the merge.

Validation is quick: the schema is compiled once into plain Python checks (`_compile`, for the
few keywords it uses, each at least as strict as JSON Schema's) and a document they accept is
valid. Only a document they refuse goes to `jsonschema`, which names the problem (or accepts
what the checks were too strict for). jsonschema alone takes about ten times as long, which
made it most of a 1,000-student class report.
"""

from __future__ import annotations

import functools
import json
import math
import operator
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from importlib import resources
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from types import NoneType
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


_EXPORTED = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")  # how exports write times
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")


def _real_time(written: str) -> bool:
    """Whether `YYYY-MM-DDTHH:MM:SS` is a real calendar date and time."""
    try:
        datetime.fromisoformat(written)
    except ValueError:
        return False
    return True


def _date_time(value: object) -> bool:
    """RFC 3339 date-time with a real calendar date and time (not 2026-13-45 or February 30).

    jsonschema checks the `date-time` format only when an optional package is installed;
    quiz checks it itself so a bad time is refused by the schema, not met later in a report.
    """
    if not isinstance(value, str):
        return True
    if _EXPORTED.fullmatch(value):  # as quiz writes it: only the calendar is left to check
        return _real_time(value[:19])
    if not _RFC3339.fullmatch(value):
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


Check = Callable[[Any], bool]
_ANNOTATIONS = {"$schema", "$id", "title", "description"}
_TYPES: dict[str, tuple[type, ...]] = {  # stricter than JSON Schema: 1.0 is not an integer here
    "object": (dict,), "array": (list,), "string": (str,), "integer": (int,),
    "number": (int, float), "boolean": (bool,), "null": (type(None),),
}
_NUMBER = frozenset(_TYPES["number"])


def _same(value: Any, wanted: Any) -> bool:
    return type(value) is type(wanted) and value == wanted


def _compile(schema: Any) -> Check | None:
    """One function checking `schema`, or None if it uses a keyword not handled here.

    Each keyword applies to the values of its kind only, as in JSON Schema; a value the
    function accepts is valid by the schema (it may refuse a few valid ones, such as 1.0 for
    an integer, which jsonschema then accepts).
    """
    if not isinstance(schema, dict):
        return None
    if schema.get("type") == "object" and schema.keys() - _ANNOTATIONS == _RECORD:
        return _record(schema)
    fused = _fused(schema)
    if fused is not None:
        return fused
    checks: list[Check] = []
    for key, rule in schema.items():
        if key in _ANNOTATIONS:
            continue
        check = _keyword(key, rule, schema)
        if check is None:
            return None
        checks.append(check)
    if len(checks) == 1:
        return checks[0]

    def valid(value: Any) -> bool:
        for check in checks:
            if not check(value):
                return False
        return True

    return valid


_RECORD = {"type", "required", "additionalProperties", "properties"}
_EXPORTED_PATTERN = "^" + _EXPORTED.pattern + "$"  # the schema's pattern of exported times


def _fused(schema: dict[str, Any]) -> Check | None:
    """One function for the two kinds of value every row has many of, or None: a number
    between bounds, and an exported time (type, format and pattern, one match for both)."""
    keys = schema.keys() - _ANNOTATIONS
    rule = schema.get("type")
    names = [rule] if isinstance(rule, str) else rule
    if not isinstance(names, list) or not all(name in _TYPES for name in names):
        return None
    kinds = frozenset(kind for name in names for kind in _TYPES[name])
    if keys == {"type", "format", "pattern"} and schema["format"] == "date-time" \
            and schema["pattern"] == _EXPORTED_PATTERN and kinds <= {str, type(None)}:
        nullable = type(None) in kinds

        def exported_time(value: Any) -> bool:
            if value is None:
                return nullable
            return type(value) is str and _EXPORTED.fullmatch(value) is not None \
                and _real_time(value[:19])

        return exported_time
    if "type" in keys and keys <= {"type", "minimum", "maximum"} and kinds <= _NUMBER | {
            type(None)}:
        low, high = schema.get("minimum"), schema.get("maximum")
        if not all(bound is None or type(bound) in _NUMBER for bound in (low, high)):
            return None

        def in_range(value: Any) -> bool:
            kind = type(value)
            if kind not in kinds:
                return False
            if kind is int or kind is float:
                return (low is None or value >= low) and (high is None or value <= high)
            return True

        return in_range
    return None


def _record(schema: dict[str, Any]) -> Check | None:
    """An object with the listed properties only, the required ones present, each valid: the
    checks of its four keywords in one function, as every card and review row is one."""
    if schema["additionalProperties"] is not False:
        return None
    known, required = set(schema["properties"]), frozenset(schema["required"])
    parts = _compiled_parts(schema["properties"])
    if parts is None:
        return None

    def valid(value: Any) -> bool:
        if type(value) is not dict:
            return False
        keys = value.keys()
        if not (keys <= known and keys >= required):
            return False
        for name, part in parts:
            if name in value and not part(value[name]):
                return False
        return True

    return valid


def _keyword(key: str, rule: Any, schema: dict[str, Any]) -> Check | None:
    """The check of one keyword of `schema`, or None when it is not handled."""
    if key == "additionalProperties" and rule is False:
        known = set(schema.get("properties", {}))
        return lambda v: type(v) is not dict or v.keys() <= known
    if key == "type":
        names = [rule] if isinstance(rule, str) else rule
        if not all(name in _TYPES for name in names):
            return None
        kinds = frozenset(kind for name in names for kind in _TYPES[name])
        if len(kinds) == 1:
            [kind] = kinds
            return lambda v: type(v) is kind
        return lambda v: type(v) in kinds
    if key == "const":
        return lambda v: _same(v, rule)
    if key == "enum":
        if all(isinstance(item, str) for item in rule):
            words = frozenset(rule)
            return lambda v: type(v) is str and v in words
        return lambda v: any(_same(v, item) for item in rule)
    if key == "required":
        names = frozenset(rule)
        return lambda v: type(v) is not dict or v.keys() >= names
    if key == "properties":
        return _properties(rule)
    if key == "oneOf":
        options = [_compile(sub) for sub in rule]
        compiled = [option for option in options if option is not None]
        if len(compiled) < len(options):
            return None

        def one_of(value: Any) -> bool:
            matched = 0
            for option in compiled:
                if option(value):
                    matched += 1
            return matched == 1

        return one_of
    if key == "items":
        item = _compile(rule)
        if item is None:
            return None
        table = _table(rule)

        def items(value: Any) -> bool:
            if type(value) is list:
                if table is not None and table(value):
                    return True
                for x in value:
                    if not item(x):
                        return False
            return True

        return items
    if key == "minimum":
        return lambda v: type(v) not in _NUMBER or v >= rule
    if key == "maximum":
        return lambda v: type(v) not in _NUMBER or v <= rule
    if key == "pattern":
        pattern = re.compile(rule)
        return lambda v: type(v) is not str or pattern.search(v) is not None
    if key == "format" and rule == "date-time":
        return _date_time
    return None


# Lists of records (the rows of cards and reviews) are checked a column at a time: one C-level
# pass per column (the set of types in it, its values against a set of words or bounds) instead
# of a Python call per value, which made most of the time of the checks.
ColumnCheck = Callable[[Sequence[Any]], bool]
_FIRST_19 = itemgetter(slice(19))


def _table(schema: Any) -> ColumnCheck | None:
    """A check of a whole list against `items: schema` when `schema` is a record of two or more
    properties, all required: True only if every row is valid (False may still be valid, and
    the rows are then checked one by one). None for any other schema."""
    if not (isinstance(schema, dict) and schema.get("type") == "object"
            and schema.keys() - _ANNOTATIONS == _RECORD
            and schema["additionalProperties"] is False
            and set(schema["required"]) == set(schema["properties"])
            and len(schema["properties"]) >= 2):
        return None
    columns = [_column(sub) for sub in schema["properties"].values()]
    if None in columns:
        return None
    checks = cast(list[ColumnCheck], columns)
    size = len(checks)
    values_of = itemgetter(*schema["properties"])  # a row's values, a tuple in that order

    def valid(rows: Sequence[Any]) -> bool:
        # Dicts of as many keys as the record has properties, each of them there: exactly
        # its properties.
        if not (set(map(type, rows)) <= {dict} and set(map(len, rows)) <= {size}):
            return False
        try:
            table = list(zip(*map(values_of, rows), strict=True))
        except KeyError:
            return False
        return all(check(column) for check, column in zip(checks, table, strict=False))

    return valid


def _column(schema: Any) -> ColumnCheck | None:
    """A check of a list of values against `schema`: True exactly when its compiled check
    accepts each value. None when `schema` cannot be compiled."""
    check = _compile(schema)
    if check is None:
        return None
    keys = schema.keys() - _ANNOTATIONS
    kinds = _kinds(schema.get("type"))
    words = _words(schema)
    if words is not None:
        return lambda values: set(map(type, values)) <= _TEXT_OR_NULL \
            and words.issuperset(values)
    if kinds is not None and keys == {"type"}:
        return lambda values: set(map(type, values)) <= kinds
    if kinds is not None and kinds <= _TEXT_OR_NULL and keys == {"type", "format", "pattern"} \
            and schema["format"] == "date-time" and schema["pattern"] == _EXPORTED_PATTERN:
        return _exported_times(NoneType in kinds)
    if kinds is not None and kinds <= _NUMBER | {NoneType} \
            and keys <= {"type", "minimum", "maximum"}:
        low, high = schema.get("minimum"), schema.get("maximum")
        if all(bound is None or type(bound) in _NUMBER for bound in (low, high)):
            return _numbers(kinds, low, high)
    return lambda values: all(map(check, values))


_TEXT_OR_NULL = frozenset({str, NoneType})


def _kinds(rule: Any) -> frozenset[type] | None:
    """The Python types of a `type` keyword's value, or None when it is not a known type."""
    names = [rule] if isinstance(rule, str) else rule
    if not isinstance(names, list) or not all(name in _TYPES for name in names):
        return None
    return frozenset(kind for name in names for kind in _TYPES[name])


def _words(schema: dict[str, Any]) -> frozenset[str | None] | None:
    """The values of an enum of text, with None when it is one option of a oneOf beside
    `{"type": "null"}`; None for any other schema."""
    keys = schema.keys() - _ANNOTATIONS
    if keys == {"enum"} and all(isinstance(word, str) for word in schema["enum"]):
        return frozenset(schema["enum"])
    options = schema.get("oneOf")
    if keys == {"oneOf"} and isinstance(options, list) and len(options) == 2 \
            and {"type": "null"} in options:
        other = options[1 - options.index({"type": "null"})]
        words = _words(other) if isinstance(other, dict) else None
        if words is not None and None not in words:
            return words | {None}
    return None


def _exported_times(nullable: bool) -> ColumnCheck:
    """Times as exports write them (`_fused`'s exported_time for each value)."""

    def times(values: Sequence[Any]) -> bool:
        if nullable:
            values = [value for value in values if value is not None]
        if not (set(map(type, values)) <= {str} and all(map(_EXPORTED.fullmatch, values))):
            return False
        try:
            list(map(datetime.fromisoformat, map(_FIRST_19, values)))
        except ValueError:
            return False
        return True

    return times


def _numbers(kinds: frozenset[type], low: float | None, high: float | None) -> ColumnCheck:
    """Numbers (or None, if among `kinds`) between the bounds (`_fused`'s in_range for each
    value); comparisons with NaN are false, as there."""

    def numbers(values: Sequence[Any]) -> bool:
        if not set(map(type, values)) <= kinds:
            return False
        if NoneType in kinds:
            values = [value for value in values if value is not None]
        return (low is None or all(map(operator.le, repeat(low), values))) \
            and (high is None or all(map(operator.ge, repeat(high), values)))

    return numbers


def _compiled_parts(rules: dict[str, Any]) -> list[tuple[str, Check]] | None:
    """Each property's compiled check, or None when one of them cannot be compiled."""
    parts: list[tuple[str, Check]] = []
    for name, sub in rules.items():
        part = _compile(sub)
        if part is None:
            return None
        parts.append((name, part))
    return parts


def _properties(rule: dict[str, Any]) -> Check | None:
    parts = _compiled_parts(rule)
    if parts is None:
        return None

    def valid(value: Any) -> bool:
        if type(value) is not dict:
            return True
        for name, part in parts:
            if name in value and not part(value[name]):
                return False
        return True

    return valid


@functools.cache
def _quick_check() -> Check | None:
    return _compile(progress_schema())


def quickly_valid(doc: Any) -> bool:
    """Whether the compiled checks accept `doc` (then it is a valid progress export)."""
    check = _quick_check()
    return check is not None and check(doc)


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


# A whole number _parse_int refuses is a run of more than MAX_INT_DIGITS ASCII digits. A text
# without one holds none, so its whole numbers are left to JSON's own conversion (the same
# values, without a call each). The runs are looked for in the text's bytes with every digit
# made "0": a regex scan for digits costs ten times as long.
_DIGITS_AS_ZEROS = bytes.maketrans(b"123456789", b"000000000")
_LONG_RUN = b"0" * (MAX_INT_DIGITS + 1)


def _long_digit_run(text: str) -> bool:
    """Whether `text` has more than MAX_INT_DIGITS ASCII digits in a row (anywhere)."""
    return _LONG_RUN in text.encode("utf-8", "surrogatepass").translate(_DIGITS_AS_ZEROS)


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
    value = _parse_shallow(text, name)
    if _deeper_than(value, MAX_DEPTH):
        _refuse_deep(text, name)
    return value


def _parse_shallow(text: str, name: str) -> Any:
    """`parse_json` but for nesting that parses (RecursionError is still refused)."""
    try:
        # Every fraction or exponent is looked at (a few per row); whole numbers only when a
        # long one may be there.
        if _long_digit_run(text):
            value = json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int,
                               parse_float=_parse_float)
        else:
            value = json.loads(text, parse_constant=_reject_constant, parse_float=_parse_float)
    except (json.JSONDecodeError, _BadNumber, RecursionError) as exc:
        _refuse_deep(text, name)  # nesting is named first, wherever it is
        if isinstance(exc, json.JSONDecodeError):
            raise QuizError(f"{name}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}"
                            ) from None
        if isinstance(exc, _BadNumber):
            found = next((m.start() for m in _TOKEN.finditer(text)
                          if m.group() == exc.literal), None)
            where = f":{_where(text, found)}" if found is not None else ""
            raise QuizError(f"{name}{where}: not a quiz progress export: {exc.message}"
                            ) from None
        raise
    return value


def _refuse_deep(text: str, name: str) -> None:
    deep = _too_deep(text)
    if deep is not None:
        raise QuizError(f"{name}:{_where(text, deep)}: not a quiz progress export: nested more "
                        f"than {MAX_DEPTH} levels deep")


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether parsed JSON nests lists and objects more than `limit` deep, counted as the
    brackets of its text are (the text is scanned for the place only when it does)."""
    level = [value] if type(value) is dict or type(value) is list else []
    for _ in range(limit):  # `level` holds the lists and objects one level deeper each time
        level = [item for node in level
                 for item in (node.values() if type(node) is dict else node)
                 if type(item) is dict or type(item) is list]
        if not level:
            return False
    return True


def validate_progress(doc: Any, name: str = "document") -> ProgressDoc:
    """Return `doc` if it is a valid progress export, else raise QuizError naming `name`."""
    if quickly_valid(doc):
        return cast(ProgressDoc, doc)
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
    name = str(path)
    doc = _parse_shallow(text, name)
    if quickly_valid(doc):  # the schema nests 4 levels: no need to measure the depth
        return cast(ProgressDoc, doc)
    if _deeper_than(doc, MAX_DEPTH):
        _refuse_deep(text, name)
    return validate_progress(doc, name)
