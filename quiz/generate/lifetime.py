"""The year a body a document is about was founded, as the document states it.

A fact sheet on a council founded in 1981 asks when its economic agreement set a goal; an
option of 1977 or 1979 is struck by anyone who reads the label, the council not yet existing.
The founding year is read from the document (a "Founded:" line of a fact sheet, or a sentence
that names the body and says it was founded, established, set up ...), and a date option before
it is not offered for an event of the body's own years (quiz.generate.distractors).
"""

from __future__ import annotations

import re

from quiz.generate.sentences import Sentence
from quiz.generate.subject import Subject

Founding = tuple[tuple[int, int, int], int]  # (year, month, day) and the line that says it

# "Founded: 25 May 1981" (a fact sheet's field), at the start of its line.
_FIELD = re.compile(r"^\W*(?:Founded|Established|Formed|Created|Set\s+up)\W*:", re.I)
_FOUNDED = re.compile(r"\b(?:was|were|been)\s+(?:formally\s+|officially\s+)?(?:founded|established|"
                      r"set\s+up|created|formed)\b|\bcame\s+into\s+being\b")


def founding(sentence: Sentence, subject: Subject | None, alias: str = "") -> Founding | None:
    """The date `sentence` says the document's subject (a body, not an agreement or an event)
    was founded, with the sentence's line; or None. `alias` is another name the document gives
    it (its abbreviation)."""
    if subject is None or subject.agreement or subject.kind:
        return None
    text = sentence.text
    dates = [d for d in sentence.dates if d.has_year]
    if not dates:
        return None
    first = min(dates, key=lambda d: (d.year, d.month, d.day))
    found = (first.year, first.month, first.day), sentence.line
    if _FIELD.match(text):
        return found
    founded = _FOUNDED.search(text)
    if founded is None:
        return None
    names = [name for name in (subject.name, subject.alias, alias, f"The {subject.head}")
             if name]
    before = text[:founded.start()]
    if not any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", before) for name in names):
        return None  # founded, but something else (a party, a movement the body deals with)
    return found


def before_founding(value: tuple[int, int, int], own: tuple[int, int, int], line: int,
                    founded: Founding | None) -> bool:
    """Whether an option `value` for a date `own` (told on `line`) is earlier than the body's
    founding when `own` is an event of the body's own years: later than the founding as far as
    the answer's precision tells, or in its year on another line and not the founding itself
    (an option before the founding is fair for the founding and what led to it)."""
    if founded is None:
        return False
    date, told = founded
    at = (date[0], date[1] if own[1] else 0, date[2] if own[2] else 0)
    if not (own > at or (own == at and not own[1] and line != told)):
        return False
    return value[0] < date[0]


# "Itō Hirobumi (1841–1909)": a biography's title with the years of its subject's life.
_LIFE_YEARS = re.compile(r"\((?:c\.\s*|born\s+)?\d{3,4}\s*[–—-]\s*(?:c\.\s*)?"
                         r"(?P<died>\d{3,4})\)\s*$")


def death_year(title: str) -> int:
    """The year a biography's title says its subject died (0 when it gives none): what the
    subject did, an option no later than that year can date ("resigned in March 1910", after
    his death in 1909, is struck by anyone who read the title)."""
    life = _LIFE_YEARS.search(title)
    return int(life.group("died")) if life else 0
