"""Answer tokens: the same answer typed differently gives the same words.

On top of `quiz.core.text.fold_answer` (case, accents, punctuation, thousands separators), the
articles a/an/the are dropped, ordinal suffixes too ("6th" -> "6"), small numbers written as
words become digits ("twenty-five" -> "25"), a number with a magnitude becomes one number
("150 million" -> "150000000") and a unit after a number takes one spelling ("kilometres",
"kilometers", "km" -> "km"; "%", "per cent" -> "percent"), so a checker can compare word by word.

Each token remembers the typed words it came from (`Token.first`..`Token.last`, indices into
`split_words(text)`), so a note or a diff can quote what the student typed, once.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from quiz.core.text import fold_answer

ARTICLES = frozenset({"a", "an", "the"})

# Words a student may add around a right answer without changing it ("in Baku", "it was
# Paris"). Kept short on purpose: a word such as "not" or "north" must count.
FUNCTION_FILLERS = frozenset(
    {
        "in", "on", "at", "of", "by", "to", "from", "for", "and", "with", "near", "city",
        "it", "its", "is", "was", "were", "are", "he", "she", "they", "this", "that",
    }
)
# Titles a student may put before a name ("President Ilham Aliyev", "Mr Wilson"). When the
# answer is itself an office ("Prime Minister of Armenia") they are facts, never fillers.
TITLE_WORDS = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
        "president", "prime", "minister", "king", "queen", "prince", "princess", "general",
        "ambassador", "chancellor", "secretary", "senator", "governor", "mayor", "chairman",
        "pope", "saint", "st", "emperor", "sultan", "shah",
    }
)
FILLER_WORDS = FUNCTION_FILLERS | TITLE_WORDS

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
_MAGNITUDES = {"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}

# Units of measure, each with one spelling: read only right after a number ("150 km"), so
# "m" in "James M Smith" stays a letter. Longer phrases are tried first.
_UNIT_NAMES: dict[str, tuple[str, ...]] = {
    "km": ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"),
    "m": ("m", "metre", "metres", "meter", "meters"),
    "cm": ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
    "mm": ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
    "mi": ("mi", "mile", "miles"),
    "ft": ("ft", "foot", "feet"),
    "km2": ("km2", "sq km", "square km", "square kilometre", "square kilometres",
            "square kilometer", "square kilometers"),
    "mi2": ("mi2", "sq mi", "square mile", "square miles"),
    "ha": ("ha", "hectare", "hectares"),
    "kg": ("kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"),
    "g": ("g", "gram", "grams", "gramme", "grammes"),
    "t": ("t", "tonne", "tonnes", "metric ton", "metric tons"),
    "l": ("l", "litre", "litres", "liter", "liters"),
    "ml": ("ml", "millilitre", "millilitres", "milliliter", "milliliters"),
    "kmh": ("km h", "kmh", "kph", "km per hour", "kilometres per hour",
            "kilometers per hour"),
    "mph": ("mph", "miles per hour"),
    "percent": ("percent", "per cent", "pct"),
    "c": ("c", "degrees c", "degrees celsius", "celsius", "centigrade"),
}
_UNIT_PHRASES: dict[tuple[str, ...], str] = {
    tuple(name.split()): unit for unit, names in _UNIT_NAMES.items() for name in names
}
_LONGEST_UNIT = max(len(words) for words in _UNIT_PHRASES)
_GLUED_UNIT = re.compile(r"^(\d+(?:\u2024\d+)?)([a-z]+2?)$")  # "150km", "3.5kg"

_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)$")
_NUMBER = re.compile(r"^\d+(\u2024\d+)?$")
# Words are separated by whitespace, but not by a no-break space between digits ("1 000")
_WORD_BREAK = re.compile(r"(?:[^\S\u00a0\u202f]|(?<!\d)[\u00a0\u202f]|[\u00a0\u202f](?!\d))+")


class Token(NamedTuple):
    """A comparable word and the typed words (indices `first`..`last`) it was read from."""

    text: str
    first: int
    last: int


def is_number(token: str) -> bool:
    """True for a folded numeric token ("1992", "3\u20245"): numbers are never typo-forgiven."""
    return bool(_NUMBER.match(token))


def has_digit(token: str) -> bool:
    """True when a token holds any digit ("f16", "1992"), so it must match exactly."""
    return any(ch.isdigit() for ch in token)


def split_words(text: str) -> list[str]:
    """The words of `text` as typed: what `Token.first` and `Token.last` count."""
    return [word for word in _WORD_BREAK.split(text) if word]


def _fold_word(word: str) -> list[str]:
    """The folded pieces of one typed word: "3.5%" -> ["3\u20245", "percent"]."""
    pieces: list[str] = []
    for piece in fold_answer(word.replace("%", " percent ")).split():
        glued = _GLUED_UNIT.match(piece)
        if glued and (glued.group(2),) in _UNIT_PHRASES:
            pieces.extend(glued.groups())
        else:
            pieces.append(piece)
    return pieces


def _number_words(words: list[Token]) -> list[Token]:
    """Replace "five" with "5", "twenty five" with "25" and "6th" with "6"."""
    out: list[Token] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.text in _TENS:
            value, last = _TENS[word.text], word.last
            if i + 1 < len(words) and 0 < _UNITS.get(words[i + 1].text, 0) < 10:
                value += _UNITS[words[i + 1].text]
                last = words[i + 1].last
                i += 1
            out.append(Token(str(value), word.first, last))
        elif word.text in _UNITS:
            out.append(Token(str(_UNITS[word.text]), word.first, word.last))
        else:
            match = _ORDINAL.match(word.text)
            out.append(Token(match.group(1), word.first, word.last) if match else word)
        i += 1
    return out


def _scaled(number: str, power: int) -> str | None:
    """`number` times ten to `power`, as a folded numeric token ("1\u20245", 6 -> "1500000")."""
    try:
        value = Decimal(number.replace("\u2024", ".")).scaleb(power)
    except InvalidOperation:
        return None
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f").replace(".", "\u2024")


def _magnitudes_and_units(words: list[Token]) -> list[Token]:
    """"150 million" -> "150000000"; a unit after a number in its one spelling."""
    out: list[Token] = []
    i = 0
    while i < len(words):
        word = words[i]
        i += 1
        if not is_number(word.text):
            out.append(word)
            continue
        while i < len(words) and words[i].text in _MAGNITUDES:
            scaled = _scaled(word.text, _MAGNITUDES[words[i].text])
            if scaled is None or len(scaled) > 40:
                break
            word = Token(scaled, word.first, words[i].last)
            i += 1
        out.append(word)
        for size in range(min(_LONGEST_UNIT, len(words) - i), 0, -1):
            unit = _UNIT_PHRASES.get(tuple(w.text for w in words[i:i + size]))
            if unit is not None:
                out.append(Token(unit, words[i].first, words[i + size - 1].last))
                i += size
                break
    return out


@lru_cache(maxsize=4096)  # answers repeat across a session; tokenising is pure
def word_tokens(text: str) -> tuple[Token, ...]:
    """The comparable words of an answer, each with the typed words it came from."""
    words = [
        Token(piece, index, index)
        for index, word in enumerate(split_words(text))
        for piece in _fold_word(word)
        if piece not in ARTICLES
    ]
    return tuple(_magnitudes_and_units(_number_words(words)))


def tokens(text: str) -> list[str]:
    """The comparable words of an answer: folded, without articles, numbers as digits."""
    return [token.text for token in word_tokens(text)]


def display_number(token: str) -> str:
    """A folded numeric token as the user would write it again ("3\u20245" -> "3.5")."""
    return token.replace("\u2024", ".")
