"""Read YAML as a tree of nodes that remember their line and column, constructing nothing.

Composing (rather than loading) means a `!!python/object` tag is never constructed, scalars keep
the exact text the teacher wrote ("1992", "yes", "3.10" stay text), and every value keeps the
position that an error message needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from quiz.errors import Problem

SAFE_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


@dataclass(frozen=True)
class Where:
    """A 1-based position in a file."""

    line: int
    column: int

    @classmethod
    def of(cls, node: yaml.Node) -> Where:
        return cls(node.start_mark.line + 1, node.start_mark.column + 1)


def decode_utf8(path: Path, raw: bytes) -> tuple[str | None, Problem | None]:
    """The file's text, or a problem pointing at the first byte that is not UTF-8."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        byte = raw[exc.start]
        message = f"the file is not UTF-8 text (byte 0x{byte:02x}); save it as UTF-8"
        return None, Problem(path, line, column, message)
    return text.removeprefix("\ufeff"), None


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def compose(path: Path, text: str) -> tuple[yaml.Node | None, Problem | None]:
    """The YAML node tree of `text`, or the syntax problem with its position.

    libyaml's composer (when PyYAML has it) is about 14x faster and keeps the same positions; a
    file it refuses is composed again in pure Python, whose messages say more about the cause.
    """
    if _FAST_LOADER is not None:
        try:
            return yaml.compose(text, Loader=_FAST_LOADER), None
        except yaml.YAMLError:
            pass
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader), None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reason = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem:
            where = ""
            if exc.context_mark and exc.problem_mark and exc.context_mark.line != mark.line:
                where = f" (started at line {exc.context_mark.line + 1}, column " \
                        f"{exc.context_mark.column + 1})"
            reason = f"{exc.context}{where}, {exc.problem}"
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        return None, Problem(path, line, column, f"YAML syntax error: {reason}")
    except yaml.YAMLError as exc:  # e.g. a control character the reader refuses
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        return None, Problem(path, line, column, f"YAML error: {exc}")


def unsafe_tags(node: yaml.Node) -> list[yaml.Node]:
    """Every node in the tree carrying a tag outside plain YAML (e.g. !!python/object)."""
    found: list[yaml.Node] = []
    stack = [node]
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in seen:  # aliases can make the tree a graph
            continue
        seen.add(id(current))
        if current.tag not in SAFE_TAGS:
            found.append(current)
        if isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
        elif isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                stack.extend((key, value))
    return sorted(found, key=lambda n: (n.start_mark.line, n.start_mark.column))


def scalar_text(node: yaml.Node) -> str | None:
    """The text of a scalar exactly as written; None for an empty plain value (`key:`)."""
    if not isinstance(node, yaml.ScalarNode):
        return None
    plain = not node.style  # None from PyYAML's composer, "" from libyaml's
    if plain and node.tag.endswith(":null") and node.value in ("", "~", "null", "Null", "NULL"):
        return None
    return node.value


def kind_name(node: yaml.Node) -> str:
    """How a teacher would call the node's type in a message."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if scalar_text(node) is None:
        return "empty"
    return "text"
