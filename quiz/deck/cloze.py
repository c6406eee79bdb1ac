"""Cloze deletions in Anki's syntax, `{{c1::answer}}` and `{{c1::answer::hint}}`, as cards.

A cloze text gives one card per deletion number: its question is the text with that number's
deletions shown as `____` (or `[hint]`) and the others as their answers, and its answer is the
deleted text. Parsing reports every mistake with its offset in the text (and the text written
there, so `quiz check` can find it in the file, quotes and indentation included); it never
raises on any input.

What is accepted is a regular language, so the JSON Schema checks it with one pattern
(`CLOZE_PATTERN`); a property test keeps the two in agreement. Anki reads more (a `{{` or `}}`
that starts no deletion is text to Anki, and it nests deletions); quiz refuses those, since in a
hand-written deck they are nearly always a typing mistake.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from quiz.deck.model import Card, normalise_question

MAX_NUMBER = 999
BLANK = "____"
ANSWER_JOIN = "; "  # the answer of a card whose number blanks several deletions

_OPEN = re.compile(r"\{\{c([0-9]+)::")
_OPEN_ANY = re.compile(r"\{\{[cC][0-9]*:{0,2}")  # for messages about an opening gone wrong
_NUMBERED = re.compile(r"\{\{c[0-9]+::")


@dataclass(frozen=True)
class Deletion:
    """One `{{cN::answer::hint}}` at [start, end) of the cloze text."""

    number: int
    answer: str  # as written between '::' and the hint or '}}'
    hint: str | None
    start: int
    end: int


@dataclass(frozen=True)
class ClozeProblem:
    """A mistake at `offset` in the cloze text; `fragment` is the text written there."""

    offset: int
    fragment: str
    message: str


MAX_PROBLEMS = 10  # per cloze text: a hostile one of thousands of '}}' is told in ten lines


class _Next:
    """The next occurrence of `token` from a position that only moves forward: each character
    is searched once, so parsing stays linear in the text's length."""

    def __init__(self, text: str, token: str) -> None:
        self.text, self.token, self.at = text, token, text.find(token)

    def after(self, i: int) -> int:
        if self.at != -1 and self.at < i:
            self.at = self.text.find(self.token, i)
        return self.at


def parse_cloze(text: str) -> tuple[list[Deletion], list[ClozeProblem]]:
    """The deletions of `text` in order, and every mistake in it (none when it can be used)."""
    deletions: list[Deletion] = []
    problems: list[ClozeProblem] = []
    opens, closes = _Next(text, "{{"), _Next(text, "}}")
    i = 0
    while len(problems) < MAX_PROBLEMS:
        open_at, close_at = opens.after(i), closes.after(i)
        if close_at != -1 and (open_at == -1 or close_at < open_at):
            problems.append(ClozeProblem(close_at, "}}", "'}}' closes no deletion; a deletion "
                                         "is written {{c1::text}}"))
            i = close_at + 2
            continue
        if open_at == -1:
            break
        if text.startswith("{", open_at + 2) and _OPEN.match(text, open_at + 1):
            open_at += 1  # '{{{c1::...': the first brace is text, as in Anki
        opening = _OPEN.match(text, open_at)
        if opening is None:
            problems.append(_bad_opening(text, open_at))
            i = open_at + 2
            following, close_at = opens.after(i), closes.after(i)
            if close_at != -1 and (following == -1 or close_at < following):
                i = close_at + 2  # its '}}' belongs to it: one mistake, told once
            continue
        end, inner = _deletion_end(opens, closes, opening.end())
        if inner is not None:
            problems.append(ClozeProblem(inner, "{{", f"'{{{{' inside the deletion "
                                         f"'{opening.group()}': deletions do not nest; close "
                                         "the first with '}}' before opening another"))
        elif end is None:
            problems.append(ClozeProblem(open_at, opening.group(), f"'{opening.group()}' is "
                                         "never closed: end the deletion with '}}'"))
        if end is None:
            break
        if inner is not None:
            i = end
            continue
        deletion, wrong = _deletion(text, opening, end)
        problems.extend(wrong)
        if deletion is not None:
            deletions.append(deletion)
        i = end
    if not deletions and not problems:
        problems.append(ClozeProblem(0, "", "'cloze' has no deletion: mark the text to blank "
                                     "as {{c1::text}}"))
    return deletions, problems[:MAX_PROBLEMS]


def _bad_opening(text: str, at: int) -> ClozeProblem:
    """A `{{` that starts no `{{cN::`: say what a deletion looks like, with the number given."""
    written = _OPEN_ANY.match(text, at)
    fragment = written.group() if written else "{{"
    digits = re.search(r"[0-9]+", fragment)
    number = digits.group().lstrip("0") if digits else ""
    example = f"{{{{c{number if 0 < len(number) <= 3 else 1}::text}}}}"
    if fragment.startswith("{{C"):
        how = f"write {example}, with a small 'c'"
    elif digits and not fragment.endswith("::"):
        how = f"write {example}, with '::' after the number"
    else:
        how = f"write {example}"
    return ClozeProblem(at, fragment, f"'{fragment}' starts no deletion; {how}")


def _deletion_end(opens: _Next, closes: _Next, body: int) -> tuple[int | None, int | None]:
    """The end (after its `}}`) of the deletion whose body starts at `body`, and the offset of
    the first `{{` inside it (a nested deletion), if any; (None, _) when it is never closed."""
    depth, inner, j = 1, None, body
    while True:
        open_at, close_at = opens.after(j), closes.after(j)
        if close_at == -1:
            return None, inner
        if open_at != -1 and open_at < close_at:
            inner = open_at if inner is None else inner
            depth, j = depth + 1, open_at + 2
            continue
        depth, j = depth - 1, close_at + 2
        if depth == 0:
            return j, inner


def _deletion(text: str, opening: re.Match[str], end: int
              ) -> tuple[Deletion | None, list[ClozeProblem]]:
    start = opening.start()
    written = text[start:end]
    digits = opening.group(1)
    problems = []
    if digits.startswith("0") or len(digits) > len(str(MAX_NUMBER)):
        problems.append(ClozeProblem(start, opening.group(), f"'{opening.group()}': deletions "
                                     f"are numbered c1, c2, ... up to c{MAX_NUMBER}"))
    body = text[opening.end():end - 2]
    answer, separator, hint = body.partition("::")
    if not answer.strip():
        problems.append(ClozeProblem(start, written, f"the deletion '{_short(written)}' is empty:"
                                     f" write the text to blank after '{opening.group()}'"))
    if separator and not hint.strip():
        problems.append(ClozeProblem(start, written, f"the hint of '{_short(written)}' is empty:"
                                     " write it after the second '::', or leave out that '::'"))
    if problems:
        return None, problems
    return Deletion(int(digits), answer, hint.strip() if separator else None, start, end), []


def _short(text: str, width: int = 30) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def cloze_numbers(deletions: list[Deletion]) -> list[int]:
    """The card numbers of a cloze, in increasing order."""
    return sorted({d.number for d in deletions})


def cloze_question(text: str, deletions: list[Deletion], number: int) -> str:
    """The question of card `number`: its deletions blanked (or their hint shown), the others
    shown as their answers."""
    parts, at = [], 0
    for deletion in deletions:
        parts.append(text[at:deletion.start])
        if deletion.number != number:
            parts.append(deletion.answer)
        else:
            parts.append(f"[{deletion.hint}]" if deletion.hint else BLANK)
        at = deletion.end
    parts.append(text[at:])
    return "".join(parts)


def cloze_answer(deletions: list[Deletion], number: int) -> str:
    """The answer of card `number`: its deleted texts, each once, in order."""
    answers = dict.fromkeys(d.answer.strip() for d in deletions if d.number == number)
    return ANSWER_JOIN.join(answers)


def derive_cloze_id(text: str, deletions: list[Deletion]) -> str:
    """The stable id of a cloze entry that has none: a hash of its text with case, accents and
    punctuation folded and hints left out (so rewording a hint keeps progress). Each of its
    cards is `ID-cN` (`cloze_card_id`)."""
    parts, at = [], 0
    for deletion in deletions:
        parts.append(text[at:deletion.start])
        parts.append(f" c{deletion.number} {deletion.answer} ")
        at = deletion.end
    parts.append(text[at:])
    digest = hashlib.sha1(normalise_question("".join(parts)).encode("utf-8")).hexdigest()
    return "c" + digest[:10]


def cloze_card_id(entry_id: str, number: int) -> str:
    """The id of card `number` of the cloze entry `entry_id`."""
    return f"{entry_id}-c{number}"


def cloze_cards(text: str, deletions: list[Deletion], entry_id: str | None = None,
                **shared: Any) -> list[Card]:
    """The cards of a cloze entry (`deletions` parsed from `text` without problems), one per
    number, ids `ID-cN`; `shared` are the Card fields every card takes from the entry
    (accept, choices, explanation, tags, source, line, group)."""
    entry_id = entry_id or derive_cloze_id(text, deletions)
    return [
        Card(id=cloze_card_id(entry_id, n), question=cloze_question(text, deletions, n),
             answer=cloze_answer(deletions, n), siblings=entry_id, cloze=text, **shared)
        for n in cloze_numbers(deletions)
    ]


def has_cloze_markup(text: str) -> bool:
    """Whether `text` holds a `{{cN::` opening (a cloze in a spreadsheet cell)."""
    return _NUMBERED.search(text) is not None


# The accepted language as a pattern for the JSON Schema (ECMAScript and Python `re` alike).
# Outside a deletion: no '{{' (one '{' may stand right before a deletion) and no '}}'. An answer
# has no '::' and holds a character that is not a space; so does a hint, which may hold '::'.
_OUT = r"(?:[^{}]|\{(?!\{)|\{(?=\{\{c[0-9]+::)|\}(?!\}))"
_ANSWER_CHAR = r"(?:[^{}:]|:(?!:)|\{(?!\{)|\}(?!\}))"
_ANSWER_SOLID = r"(?:[^{}:\s]|:(?!:)|\{(?!\{)|\}(?!\}))"
_HINT_CHAR = r"(?:[^{}]|\{(?!\{)|\}(?!\}))"
_HINT_SOLID = r"(?:[^{}\s]|\{(?!\{)|\}(?!\}))"
_NUMBER = r"[1-9][0-9]{0,2}"


def _pattern(number: str) -> str:
    return (rf"\{{\{{c{number}::\s*{_ANSWER_SOLID}{_ANSWER_CHAR}*"
            rf"(?:::\s*{_HINT_SOLID}{_HINT_CHAR}*)?\}}\}}")


CLOZE_PATTERN = rf"^{_OUT}*(?:{_pattern(_NUMBER)}{_OUT}*)+$"
"""A cloze text `parse_cloze` accepts."""
_FIRST, _SAME = _pattern(f"({_NUMBER})"), _pattern(r"\1")
SINGLE_CLOZE_PATTERN = rf"^{_OUT}*{_FIRST}{_OUT}*(?:{_SAME}{_OUT}*)*$"
"""A cloze text `parse_cloze` accepts whose deletions all have one number (one card)."""
