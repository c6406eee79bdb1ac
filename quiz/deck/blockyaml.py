"""Read the plain block YAML that deck files are written in straight to Python values.

libyaml's composer makes a node and two position marks for every value of a file and calls back
into Python for each: most of the time of a first start on a large deck. Almost every deck
(quiz's own writer gives nothing else) uses a small part of YAML: block mappings and lists, each
value on one line, plain or in quotes without escapes, and comment lines. This reader takes
that part in one regular-expression pass over the lines and gives up (None) on anything else:
flow lists, text over several lines, escapes, anchors, tags, tabs, document markers, empty
values. A file it gives up on is composed as before, so it never has to be right about YAML it
does not know; a property test checks that what it does read is what libyaml composes.

Mappings come back as `Entry` (a dict that knows its first line and which keys were quoted),
lists as lists, values as text exactly as YAML reads it.
"""

from __future__ import annotations

import re

# One match per line: indentation, "- ", a key of lowercase letters and its colon, the rest.
_LINE = re.compile(r"^( *)(- )?(?:([a-z]+):(?: |$))?(.*)$", re.M)
# What a plain value is not taken starting with: YAML's indicators, and a space (more than one
# after the colon). A value starting with a quote is read by `_scalar`.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_NULLS = frozenset({"~", "null", "Null", "NULL"})  # plain nulls (an empty value never gets here)
_NOT_READ = ("\t", "\r", "\x85", "\u2028", "\u2029")  # tabs, and line breaks other than "\n"
MAX_NESTING = 8  # a deck needs 4 levels; anything deeper is left to the composer


class Entry(dict[str, object]):
    """A mapping read from the file, with the 1-based line of its first key and the keys whose
    values were written in quotes (a deck refuses `line: '12'` and `reverse: 'true'`)."""

    __slots__ = ("line", "quoted")
    line: int
    quoted: frozenset[str]


_NONE_QUOTED: frozenset[str] = frozenset()


def _entry(line: int) -> Entry:
    entry = Entry()
    entry.line, entry.quoted = line, _NONE_QUOTED
    return entry


class _Leave(Exception):
    """The file uses YAML this reader does not take."""


def read_block_yaml(text: str) -> Entry | None:
    """The top-level mapping of `text`, or None when the text is not plain block YAML."""
    if any(char in text for char in _NOT_READ):
        return None
    try:
        return _read(_LINE.findall(text))
    except _Leave:
        return None


def _scalar(value: str) -> tuple[str, bool]:
    """(the text of a value written on one line, whether it was quoted)."""
    first = value[0]
    if first == "'":
        inner = value[1:-1]
        if len(value) < 2 or value[-1] != "'" or "'" in inner.replace("''", ""):
            raise _Leave
        return inner.replace("''", "'"), True
    if first == '"':
        inner = value[1:-1]
        if len(value) < 2 or value[-1] != '"' or '"' in inner or "\\" in inner:
            raise _Leave
        return inner, True
    if first in _INDICATORS or ": " in value or " #" in value or value[-1] in " :" \
            or value in _NULLS:
        raise _Leave
    return value, False


def _read(lines: list[tuple[str, str, str, str]]) -> Entry:
    """Build the values of the lines of a file; raise _Leave on anything not plain block YAML.

    Most lines add a key to the mapping, or an item to the list, that the line before added
    to: that is checked first, and every other line goes through `_Blocks.place`.
    """
    blocks = _Blocks()
    indent_now, inner = -1, blocks.root  # the innermost open mapping, while a line may add to it
    items: list[object] = []  # the innermost open list, while a line may add an item to it
    items_at = -1
    owner: Entry | None = None  # the mapping the open list is a value of, at the list's indent
    for number, (spaces, dash, key, value) in enumerate(lines, start=1):
        indent = len(spaces)
        if indent == indent_now and key and not dash:
            entry = inner
        elif indent == items_at and key and not dash and owner is not None:
            blocks.stack.pop()  # the list ends: the key is its owner's (as `place` finds)
            entry = inner = owner
            indent_now, items_at = indent, -1
        elif indent == items_at and dash and value and not key:
            if value[0] in _INDICATORS or ": " in value or " #" in value or value[-1] in " :" \
                    or value in _NULLS:
                value = _scalar(value)[0]
            items.append(value)  # plain text, as written
            continue
        elif not (dash or key) and (not value or value[0] == "#"):
            continue  # a blank or comment line
        else:
            indent_now = items_at = -1
            placed = blocks.place(number, indent, dash, key, value)
            if isinstance(placed, list):
                items_at, items = indent, placed
                below = blocks.stack[-2] if len(blocks.stack) > 1 else None
                owner = below[1] if below is not None and below[0] == indent \
                    and isinstance(below[1], Entry) else None
                continue
            entry, indent_now = placed
            inner = entry
        if key in entry:
            raise _Leave  # given twice: the careful reading names both lines
        if not value:
            blocks.pending = (entry, key, indent_now)  # its value is on the next lines
            indent_now = -1
        elif value[0] in _INDICATORS or ": " in value or " #" in value or value[-1] in " :" \
                or value in _NULLS:
            text, quoted = _scalar(value)
            if quoted:
                entry.quoted |= {key}
            entry[key] = text
        else:  # plain text, as written
            entry[key] = value
    if not blocks.stack or blocks.pending is not None:
        raise _Leave
    return blocks.root


class _Blocks:
    """The mappings and lists open at a line, each with its indentation, outermost first."""

    def __init__(self) -> None:
        self.root = _entry(0)
        self.stack: list[tuple[int, Entry | list[object]]] = []
        self.pending: tuple[Entry, str, int] | None = None  # a key whose value starts next

    def place(self, number: int, indent: int, dash: str, key: str,
              value: str) -> tuple[Entry, int] | list[object]:
        """Where line `number` goes: (the mapping its key goes in, its indentation), or the
        list it has added an item of text to."""
        stack = self.stack
        if not stack:
            if indent or dash or not key:
                raise _Leave  # the top level must be a mapping starting at the first column
            self.root.line = number
            stack.append((0, self.root))
        elif self.pending is not None:  # the value of `key:` starts here
            owner, name, above = self.pending
            self.pending = None
            if len(stack) >= MAX_NESTING or not (indent > above or (indent == above and dash)):
                raise _Leave  # an empty value (or nesting deeper than a deck's)
            opened: Entry | list[object] = [] if dash else _entry(number)
            owner[name] = opened
            stack.append((indent, opened))
        else:
            while indent < stack[-1][0]:
                stack.pop()
                if not stack:
                    raise _Leave
            if indent != stack[-1][0]:
                raise _Leave  # more indented than its block: text over several lines
            if not dash and isinstance(stack[-1][1], list):
                stack.pop()  # a key after the list that was the value of a key at this indent
                if not stack or stack[-1][0] != indent:
                    raise _Leave
        container = stack[-1][1]
        if not dash:
            if not key or not isinstance(container, Entry):
                raise _Leave
            return container, indent
        if not isinstance(container, list):
            raise _Leave
        if not key:  # a list item: text
            if not value:
                raise _Leave
            container.append(_scalar(value)[0])
            return container
        if len(stack) >= MAX_NESTING:
            raise _Leave
        entry = _entry(number)  # a list item: a mapping, its first key on this line
        container.append(entry)
        stack.append((indent + 2, entry))
        return entry, indent + 2
