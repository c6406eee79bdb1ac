"""Answer tokens: the same answer typed differently gives the same words.

On top of `quiz.core.text.fold_answer` (case, accents, punctuation, thousands separators), the
articles a/an/the are dropped, ordinal suffixes too ("6th" -> "6") and small numbers written as
words become digits ("twenty-five" -> "25"), so a checker can compare word by word.
"""

from __future__ import annotations

import re

from quiz.core.text import fold_answer

ARTICLES = frozenset({"a", "an", "the"})

# Words a student may add around a right answer without changing it ("President Ilham Aliyev",
# "in Baku", "it was Paris"). Kept short on purpose: a word such as "not" or "north" must count.
FILLER_WORDS = frozenset(
    {
        "in", "on", "at", "of", "by", "to", "from", "for", "and", "with", "near", "city",
        "it", "its", "is", "was", "were", "are", "he", "she", "they", "this", "that",
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
        "president", "prime", "minister", "king", "queen", "prince", "princess", "general",
        "ambassador", "chancellor", "secretary", "senator", "governor", "mayor", "chairman",
        "pope", "saint", "st", "emperor", "sultan", "shah",
    }
)

# Small function words that may be left out of an expected answer ("Treaty Paris" for
# "Treaty of Paris"); they never carry the fact being asked.
OPTIONAL_WORDS = frozenset({"of", "and", "in", "on", "at", "for"})

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}

_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)$")
_NUMBER = re.compile(r"^\d+(\u2024\d+)?$")


def is_number(token: str) -> bool:
    """True for a folded numeric token ("1992", "3\u20245"): numbers are never typo-forgiven."""
    return bool(_NUMBER.match(token))


def has_digit(token: str) -> bool:
    """True when a token holds any digit ("f16", "1992"), so it must match exactly."""
    return any(ch.isdigit() for ch in token)


def _number_words(words: list[str]) -> list[str]:
    """Replace "five" with "5" and "twenty five" with "25"; other words are kept as they are."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in _TENS:
            value = _TENS[word]
            if i + 1 < len(words) and words[i + 1] in _UNITS and 0 < _UNITS[words[i + 1]] < 10:
                value += _UNITS[words[i + 1]]
                i += 1
            out.append(str(value))
        elif word in _UNITS:
            out.append(str(_UNITS[word]))
        else:
            match = _ORDINAL.match(word)
            out.append(match.group(1) if match else word)
        i += 1
    return out


def tokens(text: str) -> list[str]:
    """The comparable words of an answer: folded, without articles, numbers as digits."""
    words = [w for w in fold_answer(text).split() if w not in ARTICLES]
    return _number_words(words)


def display_number(token: str) -> str:
    """A folded numeric token as the user would write it again ("3\u20245" -> "3.5")."""
    return token.replace("\u2024", ".")
