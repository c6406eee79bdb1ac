"""Read YAML as a tree of nodes that remember their line and column, constructing nothing.

Composing (rather than loading) means a `!!python/object` tag is never constructed, scalars keep
the exact text the teacher wrote ("1992", "yes", "3.10" stay text), and every value keeps the
position that an error message needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from quiz.deck import yamlerrors
from quiz.errors import Problem
from quiz.textsafe import escape

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


def where_in_scalar(source: str, node: yaml.ScalarNode, value: str, offset: int,
                    fragment: str) -> Where:
    """Where `fragment`, written at `offset` of the scalar's text `value`, stands in the file.

    A scalar's text and what is written in the file differ by its quotes, escapes and block
    indentation, so the fragment is found by counting: the nth time it occurs in the value is
    the nth time it occurs in the scalar's source. When it cannot be found that way (an escape
    inside it), the scalar's own position is given.
    """
    start = Where.of(node)
    written = source[node.start_mark.index:node.end_mark.index]
    if not fragment:
        return start
    nth = value.count(fragment, 0, offset)
    at = -len(fragment)
    for _ in range(nth + 1):
        at = written.find(fragment, at + len(fragment))
        if at == -1:
            return start
    before = written[:at]
    lines = before.count("\n")
    if not lines:
        return Where(start.line, start.column + at)
    return Where(start.line + lines, at - before.rfind("\n"))


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


MAX_DEPTH = 50
"""Lists and mappings nested deeper than this are refused before they are composed: a deck
needs 4 levels (the deck, 'cards', a card, its 'source'), and PyYAML composes recursively."""


_STR, _NULL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:null"
_SEQ, _MAP = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})  # YAML 1.1's plain nulls


def _libyaml_loader() -> type | None:
    """libyaml's loader when PyYAML has it and libyaml bounds nesting itself (0.2.5 on):
    an older libyaml would compose a deep file recursively in C."""
    loader = getattr(yaml, "CSafeLoader", None)
    try:
        from yaml import _yaml

        if loader is None or tuple(_yaml.get_version()) < (0, 2, 5):
            return None
    except (ImportError, AttributeError, TypeError):
        return None

    class FastLoader(loader):  # type: ignore[misc, valid-type]
        """libyaml's composer with a resolver cut to what a deck needs: a value is text or
        empty (scalar_text), so a plain scalar is null or str, never tried against the int,
        float, bool and timestamp patterns (most of the time of composing a large deck).
        Explicit tags are kept as written; the composer never resolves those."""

        def resolve(self, kind: type, value: str | None, implicit: tuple[bool, bool]) -> str:
            if kind is yaml.ScalarNode:
                return _NULL if implicit[0] and value in _NULLS else _STR
            return _SEQ if kind is yaml.SequenceNode else _MAP

        def descend_resolver(self, *_args: object) -> None:
            """No path resolvers: nothing to track."""

        def ascend_resolver(self, *_args: object) -> None:
            """No path resolvers: nothing to track."""

    return FastLoader


_FAST_LOADER = _libyaml_loader()


class _TooDeep(yaml.YAMLError):
    def __init__(self, mark: yaml.Mark) -> None:
        super().__init__("nested too deep")
        self.mark = mark


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's pure-Python safe loader, refusing nesting beyond MAX_DEPTH as it composes."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH and not self.check_event(yaml.AliasEvent):
                raise _TooDeep(self.peek_event().start_mark)
            # types-PyYAML says `index: int`, but PyYAML passes a mapping's key node, a list
            # position, or None for the document's root
            return super().compose_node(parent, index)  # type: ignore[arg-type]
        finally:
            self.depth -= 1


def _too_deep_tree(root: yaml.Node) -> bool:
    """Whether a list or mapping of a tree without aliases (each node has one parent) reaches
    MAX_DEPTH: one level at a time, without remembering the nodes seen (a third of the time
    of `_too_deep` on a large deck)."""
    if type(root) is yaml.ScalarNode:
        return False
    level: list[yaml.Node] = [root]
    for _ in range(MAX_DEPTH - 1):
        below: list[yaml.Node] = []
        for node in level:
            if type(node) is yaml.SequenceNode:
                below += [child for child in node.value if type(child) is not yaml.ScalarNode]
            else:
                for key, value in node.value:
                    if type(value) is not yaml.ScalarNode:
                        below.append(value)
                    if type(key) is not yaml.ScalarNode:
                        below.append(key)
        if not below:
            return False
        level = below
    return True


def _too_deep(root: yaml.Node) -> yaml.Node | None:
    """The first node nested deeper than MAX_DEPTH in a composed tree (walked, not recursed).

    Only lists and mappings are walked at first, in document order and each once: a scalar is
    one level below its parent, so when no list or mapping reaches MAX_DEPTH no node is too
    deep, and a deck of 50,000 cards never visits its million scalars. Otherwise every node is
    walked (`_first_too_deep`) to find the first one.
    """
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    seen: set[int] = set()
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if depth >= MAX_DEPTH:
            return _first_too_deep(root)
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in reversed(node.value)
                         if not isinstance(child, yaml.ScalarNode))
        elif isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):
                if not isinstance(value, yaml.ScalarNode):
                    stack.append((value, depth + 1))
                if not isinstance(key, yaml.ScalarNode):
                    stack.append((key, depth + 1))
    return None


def _first_too_deep(root: yaml.Node) -> yaml.Node | None:
    """Every node walked in document order, each once: an alias (always after its anchor)
    counts at the anchor's place, as the pure-Python composer counts it."""
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    seen: set[int] = set()
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if depth > MAX_DEPTH:
            return node
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):
                stack.extend(((value, depth + 1), (key, depth + 1)))
    return None


def _depth_problem(path: Path, mark: yaml.Mark) -> Problem:
    return Problem(path, mark.line + 1, mark.column + 1,
                   f"lists and mappings are nested more than {MAX_DEPTH} deep here (a deck "
                   "needs 4: the deck, 'cards', a card, its 'source'); look for '[' or '{' "
                   "that should be text in quotes")


# libyaml's composer recurses in C once per level of nesting: some thousands of levels overflow
# the C stack and kill the process (a segmentation fault, no Python error). A text that may
# nest that deep is checked first by libyaml's parser, which keeps its own stack.
_C_STACK_SAFE = 1000
_DEEP_BLOCK = re.compile(rf"^[ \t]{{{_C_STACK_SAFE},}}|(?:[-?:][ \t]+){{{_C_STACK_SAFE // 2}}}",
                         re.MULTILINE)


def _nested_past_the_bound(text: str, loader: type) -> bool:
    """Whether `text` nests lists and mappings deeper than MAX_DEPTH, told by libyaml's event
    parser (no recursion), asked only when a cheap upper bound allows more than a few hundred
    levels: the flow brackets of the whole text, or a line indented or led by a thousand."""
    if text.count("[") + text.count("{") < _C_STACK_SAFE // 2 and not _DEEP_BLOCK.search(text):
        return False
    depth = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    return True
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return True  # (the pure-Python composer says what is wrong, and where)
    return False


def compose(path: Path, text: str) -> tuple[yaml.Node | None, Problem | None]:
    """The YAML node tree of `text`, or the syntax problem with its position.

    libyaml's composer (when PyYAML has it) is about 14x faster and keeps the same positions; a
    file it refuses is composed again in pure Python, whose errors say more about the cause and
    are told in a teacher's words (quiz.deck.yamlerrors). Nesting deeper than MAX_DEPTH is a
    problem either way, at the same place.
    """
    if _FAST_LOADER is not None and not _nested_past_the_bound(text, _FAST_LOADER):
        try:
            node = yaml.compose(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            pass
        else:
            deep = None
            if node is not None and ("&" in text or _too_deep_tree(node)):  # "&": an anchor
                deep = _too_deep(node)
            if deep is not None:
                return None, _depth_problem(path, deep.start_mark)
            return node, None
    try:
        loader = _BoundedLoader(text)  # its reader checks every character first
    except yaml.reader.ReaderError as exc:  # raw characters are reported before this
        return None, _reader_problem(path, text, exc)
    try:
        return loader.get_single_node(), None
    except _TooDeep as exc:
        return None, _depth_problem(path, exc.mark)
    except yaml.MarkedYAMLError as exc:
        line, column, message = yamlerrors.explain(exc, text)
        return None, Problem(path, line, column, message)
    except yaml.reader.ReaderError as exc:
        return None, _reader_problem(path, text, exc)
    except yaml.YAMLError as exc:
        return None, Problem(path, 0, 0, f"YAML error: {exc}")
    except ValueError:  # chr() of an escape beyond U+10FFFF, e.g. "\U00110000"
        mark = loader.get_mark()
        return None, Problem(path, mark.line + 1, mark.column + 1,
                             "an escape in this double-quoted text names no character (the "
                             "last is \\U0010ffff); write the character itself")
    finally:
        loader.dispose()


def _reader_problem(path: Path, text: str, exc: yaml.reader.ReaderError) -> Problem:
    """A character PyYAML's reader refuses, at its line and column (not its "position")."""
    before = text[: exc.position]
    char = exc.character if isinstance(exc.character, str) else chr(exc.character)
    return Problem(path, before.count("\n") + 1, exc.position - before.rfind("\n"),
                   f"the character {escape(char)} is not allowed in YAML; delete it")


def iter_nodes(root: yaml.Node) -> Iterator[yaml.Node]:
    """Every node of the tree once, keys too (aliases can make the tree a graph)."""
    stack = [root]
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        if isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
        elif isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                stack.extend((key, value))


def unsafe_tags(node: yaml.Node, text: str | None = None) -> list[yaml.Node]:
    """Every node in the tree carrying a tag outside plain YAML (e.g. !!python/object).

    Given the `text` the tree was composed from, one that holds no "!" (every tag is written
    with one) is not walked."""
    if text is not None and "!" not in text:
        return []
    found = [current for current in iter_nodes(node) if current.tag not in SAFE_TAGS]
    return sorted(found, key=lambda n: (n.start_mark.line, n.start_mark.column))


def scalar_text(node: yaml.Node) -> str | None:
    """The text of a scalar exactly as written; None for an empty plain value (`key:`)."""
    if not isinstance(node, yaml.ScalarNode):
        return None
    plain = not node.style  # None from PyYAML's composer, "" from libyaml's
    if plain and node.value in _NULLS and node.tag.endswith(":null"):
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
