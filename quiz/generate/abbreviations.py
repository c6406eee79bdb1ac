"""Abbreviations a document defines, written out in the questions that use them bare.

A document says "the Arctic Environmental Protection Strategy (AEPS)" once and "the AEPS" after;
a card made from a later sentence asks about "the AEPS", which a student who has not read that
first sentence cannot place. The definitions are read from the document itself, in either order
("Long Name (ABBR)" or "ABBR (Long Name)"), and only where the abbreviation's letters are the
initials of the name, so a parenthesis that is not a definition is never taken for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ABBREVIATION = r"[A-Z][A-Za-z&]{0,2}[A-Z][A-Z&]{0,6}s?"
_NAME_WORD = r"[A-Z][\w’'-]*"
_LINKS = frozenset({"of", "on", "for", "and", "the", "to", "in", "against", "between"})
_MAX_NAME_WORDS = 12
# "Arctic Environmental Protection Strategy (AEPS)": the name is found by reading back from "(".
_NAME_FIRST = re.compile(rf"\((?P<abbr>{_ABBREVIATION})\)")
# "AEPS (Arctic Environmental Protection Strategy)".
_ABBREVIATION_FIRST = re.compile(rf"\b(?P<abbr>{_ABBREVIATION})\s+\((?P<name>{_NAME_WORD}"
                                 rf"(?:\s+(?:{_NAME_WORD}|{'|'.join(sorted(_LINKS))})){{1,11}})\)")
_CAPITALS_RUN = re.compile(r"\b[A-Z]{2,}")
# "the AEPS", not "the ICBL's" (a name ending in "s" cannot take "'s") nor "the AEPS (...)".
# (Nor "the MLSTP-PSD": a party renamed with a second abbreviation, round 403.)
_AFTER_THE = re.compile(rf"\b(?P<the>[Tt]he)\s+(?P<abbr>{_ABBREVIATION})\b"
                        r"(?!\s*\(|[’']s\b|[-–—][A-Z])")
# (nor before an en or em dash: "the AFL–CIO" is no "American Federation of Labor–CIO",
# round 1744)
_CAPITALS = re.compile(r"(?:(?<=^)|(?<=[\s-]))[A-Z]")


def _letters(abbreviation: str) -> str:
    """The capitals an abbreviation is made of ("NGOs" -> "NGO", "US&C" -> "USC")."""
    return "".join(ch for ch in abbreviation if ch.isupper())


def _initials_fit(letters: str, name: str) -> bool:
    """Whether `letters` are the initials of the capitalised words of `name`, in order, the
    first word's among them ("CTBT": Comprehensive Nuclear-Test-Ban Treaty)."""
    initials = "".join(_CAPITALS.findall(name))
    if not initials or not letters or initials[0] != letters[0]:
        return False
    found = iter(initials)
    return all(letter in found for letter in letters) and len(letters) >= len(
        [w for w in name.split() if w[:1].isupper()]) - 1


def _name_before(text: str, end: int, letters: str) -> str | None:
    """The shortest run of name words ending at `end` whose initials the letters are."""
    words = text[max(0, end - 40 * _MAX_NAME_WORDS):end].split()[-_MAX_NAME_WORDS:]
    for start in range(len(words) - 1, -1, -1):
        word = words[start]
        if word[:1].islower() and word not in _LINKS or not re.fullmatch(
                rf"{_NAME_WORD}|[a-z]+", word):
            return None  # the name ended before here
        if word[:1] == letters[0]:
            name = " ".join(words[start:])
            if name.split()[-1] not in _LINKS and _initials_fit(letters, name):
                return name
    return None


def defined_abbreviations(blocks: Iterable[str]) -> dict[str, str]:
    """Each abbreviation the text (given in blocks of whole lines) defines, with the name it
    stands for (the first definition)."""
    found: dict[str, str] = {}
    for block in blocks:
        if "(" not in block:
            continue
        for match in _NAME_FIRST.finditer(block):
            abbreviation = match.group("abbr")
            if abbreviation not in found:
                line_start = block.rfind("\n", 0, match.start()) + 1
                name = _name_before(block[line_start:], match.start() - line_start,
                                    _letters(abbreviation))
                if name is not None:
                    found[abbreviation] = name
        for match in _ABBREVIATION_FIRST.finditer(block):
            abbreviation, name = match.group("abbr"), match.group("name")
            if abbreviation not in found and _initials_fit(_letters(abbreviation), name):
                found[abbreviation] = name
    return found


def spell_out_abbreviations(question: str, answer: str, defined: dict[str, str]) -> str:
    """`question` with each defined abbreviation it uses after "the" ("the AEPS") written as
    the name the document gives it ("the Arctic Environmental Protection Strategy"), unless the
    question names it in full already or the name is the answer (it would give it away)."""
    if not defined or not _CAPITALS_RUN.search(question):
        return question

    def write_out(match: re.Match[str]) -> str:
        abbreviation = match.group("abbr")
        name = defined.get(abbreviation)
        if name is None or name in question or name in answer or answer in name:
            return match.group()
        return f"{match.group('the')} {name.removeprefix('the ').removeprefix('The ')}"

    return _AFTER_THE.sub(write_out, question)
