"""YAML syntax errors told as a teacher would tell them: the cause, the fix, and where.

PyYAML says "mapping values are not allowed here" or "while parsing a block collection ...
expected <block end>"; a teacher needs "a ':' inside unquoted text: put the text in quotes" or
"this key is not lined up with the keys above it". The common causes (indentation, a tab, a
colon or a quote inside unquoted text, a bracket or quote never closed, text starting with a
character YAML reserves) get their own message, placed where the fix is made; any other error
keeps PyYAML's words.
"""

from __future__ import annotations

import re

import yaml

_LEADING = {
    "*": "'*' (YAML reads it as a reference to an '&' anchor)",
    "&": "'&' (YAML reads it as an anchor)",
    "!": "'!' (YAML reads it as a tag)",
    "@": "'@' (YAML reserves it)",
    "`": "'`' (YAML reserves it)",
    "|": "'|' (YAML reads it as the start of a block of lines)",
    ">": "'>' (YAML reads it as the start of a folded block)",
    "%": "'%' (YAML reads it as a directive)",
    "?": "'?' (YAML reads it as a complex key)",
    "[": "'[' (YAML reads it as the start of a list)",
    "{": "'{' (YAML reads it as the start of a mapping)",
}
_KEY_LINE = re.compile(r"^(\s*(?:-\s+)*)([^\s#'\"][^:#]*?)\s*$")  # text before a line's 1st ':'


def explain(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str]:
    """(line, column, message), 1-based, for a syntax error PyYAML's composer raised."""
    context, problem = exc.context or "", exc.problem or ""
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    lines = text.splitlines()
    cmark = exc.context_mark
    where = (cmark.line + 1, cmark.column + 1) if cmark else (line, column)

    if problem.startswith("found character '\\t'"):
        return line, column, ("a tab: YAML indents with spaces only, and a tab cannot start a "
                              "value; replace the tab with spaces")
    if problem.startswith("found character") and "cannot start any token" in problem:
        char = problem.split("'")[1]
        return line, column, _leading(char)
    if problem == "mapping values are not allowed here":
        return _colon(lines, line, column)
    if problem == "mapping keys are not allowed here":
        return line, column, _leading("?")
    if "expected <block end>" in problem:
        return _block_end(lines, line, column)
    if problem == "could not find expected ':'" and "simple key" in context:
        return where[0], where[1], ("this line is neither 'key: value' nor '- item'; if it "
                                    "continues the text of the line above, indent it more than "
                                    "that line's key, or put the whole text on one line")
    if problem == "found unexpected end of stream" and "quoted scalar" in context:
        quote = _char_at(lines, *where) or "quote"
        return where[0], where[1], (f"the {quote} opened here is never closed; add the closing "
                                    f"{quote} at the end of the text")
    if "flow sequence" in context or "flow mapping" in context:
        opened, closer = ("[", "]") if "sequence" in context else ("{", "}")
        return where[0], where[1], (f"the '{opened}' opened here is never closed with "
                                    f"'{closer}'; close it, or, if the text starts with "
                                    f"'{opened}', put the text in quotes")
    if problem.startswith("found unknown escape character"):
        return line, max(1, column - 1), (
            f"'\\{problem.split(chr(39))[1]}' is not an escape YAML knows inside double quotes; "
            "write \\\\ for a backslash, or put the text in single quotes")
    if context.startswith(("while scanning an alias", "while scanning an anchor",
                           "while scanning a tag", "while scanning a block scalar",
                           "while scanning a directive")) or problem.startswith(
                               "found undefined alias"):
        char = _char_at(lines, *where)
        if char in _LEADING:
            return where[0], where[1], _leading(char)
    if "expected a single document" in context:
        return line, column, ("a second YAML document starts here; a deck file holds one deck: "
                              "remove the '---' line (or split the file in two)")
    reason = problem or context or "invalid YAML"
    if context and problem:
        started = ""
        if cmark and exc.problem_mark and cmark.line != exc.problem_mark.line:
            started = f" (started at line {cmark.line + 1}, column {cmark.column + 1})"
        reason = f"{context}{started}, {problem}"
    return line, column, f"YAML syntax error: {reason}"


def _leading(char: str) -> str:
    what = _LEADING.get(char, f"'{char}'")
    return f"text cannot start with {what} unless it is in quotes; put the text in quotes"


def _char_at(lines: list[str], line: int, column: int) -> str:
    if 0 < line <= len(lines) and 0 < column <= len(lines[line - 1]):
        return lines[line - 1][column - 1]
    return ""


def _colon(lines: list[str], line: int, column: int) -> tuple[int, int, str]:
    """'mapping values are not allowed here': a ': ' inside unquoted text, or a key line that
    YAML read as more text of the line above (indented too far, or that line lacks its ':')."""
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    before = current[: column - 1]
    key = _KEY_LINE.match(before)
    if key is None or ": " in before:  # text before the colon on the same line
        example = _quoted_example(current)
        hint = f" ({example})" if example else ""
        return line, column, ("a ':' followed by a space inside unquoted text; put the text in "
                              f"quotes{hint}")
    above = _line_above(lines, line)
    if above:
        number, previous = above
        content = previous.lstrip().lstrip("- ")
        start = len(previous) - len(previous.lstrip()) + 1
        if re.match(r"\s*-[^\s-]", previous):
            return number, start, ("this line needs a space after its '-' (write '- key: "
                                   "value'), so YAML reads the line below as more of its text")
        if content and not re.search(r":(\s|$)", previous):
            missing = "a space after its ':'" if ":" in previous else "its ':'"
            return number, start, (f"this line lacks {missing} (write 'key: value'), so YAML "
                                   "reads the line below as more of its text")
        if content:
            name = key.group(2)
            return line, len(key.group(1)) + 1, (
                f"'{name}' is indented more than the key above it, so YAML reads it as more "
                f"text of line {number}; start it in the same column as that key")
    return line, column, ("a ':' followed by a space inside unquoted text; put the text in "
                          "quotes")


def _quoted_example(current: str) -> str:
    """`question: "Note: what is it?"` for the line `  - question: Note: what is it?`."""
    match = re.match(r"^\s*(?:-\s+)?([^\s:#'\"][^:]*?):\s+(.+?)\s*$", current)
    if match is None or match.group(2)[0] in "'\"[{":
        return ""
    key, value = match.groups()
    if '"' not in value and "\\" not in value:
        return f'{key}: "{value}"'
    return f"{key}: '{value.replace(chr(39), chr(39) * 2)}'"


def _line_above(lines: list[str], line: int) -> tuple[int, str] | None:
    """The nearest line above `line` with content (not blank, not only a comment)."""
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        if text.strip() and not text.lstrip().startswith("#"):
            return number, text
    return None


def _block_end(lines: list[str], line: int, column: int) -> tuple[int, int, str]:
    """'expected <block end>': text after a closing quote or bracket, or a line not lined up
    with the keys (or '-' items) it belongs with."""
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    before = current[: column - 1].rstrip()
    if before and before[-1] in "'\"" and current[column - 1:column].strip():
        quote = before[-1]
        if quote == "'":
            return line, column, ("the ' before this ends the text quoted with '; inside "
                                  "single quotes write '' for an apostrophe (or use double "
                                  "quotes)")
        return line, column, ('text follows the closing " of a quoted value; put the whole '
                              'value in quotes, and write \\" for a quote inside it')
    if before and before[-1] in "]}" and current[column - 1:column].strip():
        return line, column, ("text follows a closing bracket; a value that starts with "
                              f"'{'[' if before[-1] == ']' else '{'}' but is text must be put "
                              "in quotes")
    return line, column, _not_lined_up(lines, line, column)


_ITEM = re.compile(r"^(\s*)-(\s|$)")
_KEY = re.compile(r"^(\s*(?:-\s+)*)([^\s:#'\"][^:#]*?):(\s|$)")


def _not_lined_up(lines: list[str], line: int, column: int) -> str:
    """Which column the line should start in, from the nearest line above like it."""
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    item = _ITEM.match(current)
    for number in range(line - 1, 0, -1):
        above = lines[number - 1]
        if item:
            other = _ITEM.match(above)
            if other:
                return (f"this '-' starts in column {len(item.group(1)) + 1}, but the '-' on "
                        f"line {number} starts in column {len(other.group(1)) + 1}: the items "
                        "of one list start in the same column; add or remove spaces")
            continue
        key, other = _KEY.match(current), _KEY.match(above)
        if key and other:
            here, there = len(key.group(1)) + 1, len(other.group(1)) + 1
            if here != there:
                return (f"'{key.group(2)}' starts in column {here}, but '{other.group(2)}' on "
                        f"line {number} starts in column {there}: the keys of one card (or "
                        "mapping) start in the same column; add or remove spaces")
        break
    return ("this line is not lined up with the lines above it: the keys of one mapping, and "
            "the '-' of one list, start in the same column; check the spaces at the start of "
            "the line")
