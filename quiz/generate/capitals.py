"""Capitals a question lost when its sentence's opening word moved inside it.

"Smuts left East Africa in 1917" asked as "did smuts leave East Africa": the first word of a
sentence is lowered when it moves after "did", and only a word the lexicon does not know is
safe from that. A word the document itself writes with a capital inside its sentences, and
never without one ("Smuts", "Nationalist", "Soviet"), is a name or a name's adjective: it keeps
its capital in the question. Readers of rounds 82-416 faulted 25 verdicts for such a word
("smuts", "arias", "graves", "liberals", "nationalist troops").
"""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.generate.numbers import CARDINALS

# A capitalised word inside a sentence: after a lower-case word or a comma and a space
_INSIDE = re.compile(r"(?<=[a-z,;] )([A-Z][a-z][\w’'-]*)")
_LOWER_WORD = re.compile(r"(?<![\w’'-])([a-z][a-z][\w’'-]*)")
# The first word of the sentence, or of an entry after its label or date
_OPENING = re.compile(r"(?:^|[:;—–]\s+|^\s*[-*]\s+)([A-Z][a-z][\w’'-]*)")
# Words a history writes with a capital wherever they stand, though a document may use them
# only to open its entries ("19 July: Allied bombers strike ...": round 451 read "allied" in
# three questions)
_CONVENTIONAL_CAPITALS = frozenset({"Allied", "Allies", "Axis", "Nazi", "Nazis", "Soviet",
                                    "Soviets", "Bolshevik", "Bolsheviks"})


@lru_cache(maxsize=8)
def _proper_words(text: str) -> frozenset[str]:
    """The words `text` writes with a capital inside a sentence and never in lower case."""
    capitalised = {word for word in _INSIDE.findall(text)}
    lower = set(_LOWER_WORD.findall(text))
    return frozenset(word for word in capitalised if word.lower() not in lower)


def with_capitals_kept(question: str, sentence: str, text: str) -> str:
    """`question` with the lower-cased opening word of `sentence` written with its capital
    again when `text` (the document) writes it so inside its sentences and never in lower
    case, or when it is one of _CONVENTIONAL_CAPITALS: "did Smuts leave", not "did smuts
    leave"."""
    if not text:
        return question  # (a streamed document: its text is not held)
    openings = {match.group(1) for match in _OPENING.finditer(sentence)}
    proper = _proper_words(text) | _CONVENTIONAL_CAPITALS
    for word in openings & proper:
        if word.lower() in CARDINALS:
            continue  # "Nine young men were shot": a count, though "the Nine Martyrs" is a name
            # (round 444)
        lowered = word[0].lower() + word[1:]
        question = re.sub(rf"(?<![\w’'-]){re.escape(lowered)}(?![\w’'-])", word, question)
    return question
