"""Text folding for answer checking: the same answer typed differently gives the same tokens.

Case, accents (Unicode NFKD), punctuation and the articles a/an/the are folded away, thousands
separators and ordinal suffixes are dropped ("1,000" -> "1000", "6th" -> "6") and small numbers
written as words become digits ("twenty-five" -> "25"), so a checker can compare word by word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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

_LATIN = str.maketrans(
    {
        "ı": "i", "ə": "a", "Ə": "A", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d",
        "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe",
        "Œ": "Oe", "ß": "ss",
    }
)
_THOUSANDS = re.compile(r"(?<=\d)[,\u00a0\u202f](?=\d{3}\b)")
_APOSTROPHE = re.compile(r"(?<=\w)['\u2019\u02bc](?=\w)")
_DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")
_NON_WORD = re.compile(r"[^\w\u2024]+")
_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)$")
_NUMBER = re.compile(r"^\d+(\u2024\d+)?$")


def strip_accents(text: str) -> str:
    """Text in NFKD form without combining marks ("Bakú" -> "Baku", "ﬁ" -> "fi").

    Letters that NFKD leaves alone get their usual Latin spelling: "Bakı" -> "Baki",
    "Əliyev" -> "Aliyev", "Łódź" -> "Lodz", "Øresund" -> "Oresund".
    """
    decomposed = unicodedata.normalize("NFKD", text).translate(_LATIN)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=4096)  # answers repeat across a session; folding is pure
def fold(text: str) -> str:
    """Lower-case, accent-free text with punctuation turned into single spaces.

    "O'Brien" keeps its letters together ("obrien"), "1,000" becomes "1000" and a decimal point
    between digits is kept (as a one-dot leader so it survives the punctuation pass).
    """
    text = strip_accents(text).casefold().replace("&", " and ")
    text = _THOUSANDS.sub("", text)
    text = _APOSTROPHE.sub("", text)
    text = _DECIMAL.sub("\u2024", text)
    text = _NON_WORD.sub(" ", text).replace("_", " ")
    return " ".join(text.split())


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
    words = [w for w in fold(text).split() if w not in ARTICLES]
    return _number_words(words)


def display_number(token: str) -> str:
    """A folded numeric token as the user would write it again ("3\u20245" -> "3.5")."""
    return token.replace("\u2024", ".")
