"""How central the names of a card are to its document: how often the document names them.

Readers keep fewer cards about people and things a document names once or twice (a mine's
"Hans Philip Lybecker", a timeline's "Fresia"): on rounds 869-1332 the cards whose every name
the document gives at most twice were kept in 55 % of verdicts when the learned screen gave
them under 0.8, against 77 % for all. The screen asks more of such cards (quiz.generate.learned).
"""

from __future__ import annotations

import re
from collections import Counter

_NAME = re.compile(r"[A-Z][\w-]{2,}")
_LABEL = re.compile(r"^[^:?]{1,60}:\s+")
# Capitalised words that name nothing: a question's openers and the months
_NOT_NAMES = frozenset({
    "On", "In", "What", "When", "Which", "Who", "The", "During", "After", "Before", "By", "From",
    "At", "For", "With", "Under", "Since", "Until", "His", "Her", "Its", "Their", "This", "That",
    "These", "Those", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"})


def name_counts(text: str) -> Counter[str]:
    """How often `text` writes each capitalised word (the part before an apostrophe)."""
    return Counter(_NAME.findall(text))


def centrality(question: str, counts: Counter[str]) -> int:
    """The most times the document (`counts`) names any name of `question` (its label left
    out); 0 when the question names nothing."""
    label = _LABEL.match(question)
    body = question[label.end():] if label else question
    return max((counts[name] for name in _NAME.findall(body) if name not in _NOT_NAMES),
               default=0)
