"""Number words, for the rules that read a count: "the four states" (a group another sentence
named), "Fifteen states signed" (a count opening a sentence), "the three principles"."""

from __future__ import annotations

# "two" to "twenty": the counts documents write in words.
CARDINALS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                       "seventeen", "eighteen", "nineteen", "twenty"})
# Words that count a group without a number ("several states", "both leaders").
QUANTIFIERS = frozenset({"several", "many", "some", "most", "all", "both"})
# CARDINALS as a regular-expression alternation, longest first ("fourteen" before "four").
CARDINALS_PATTERN = "|".join(sorted(CARDINALS, key=lambda word: (-len(word), word)))
# "First" to "Twentieth": the ordinals of a series ("the Ninth Review Conference") or of a
# title held in turn ("the Thirteenth Dalai Lama"), in order.
ORDINAL_WORDS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
                 "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth",
                 "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth")
# The tens past twenty, and the units a compound joins to them ("twenty-one", "forty-three").
_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_UNITS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})


def is_compound_number(word: str) -> bool:
    """Whether `word` (lower case) is a count past twenty written in words: "thirty",
    "twenty-one", "forty-three"."""
    tens, _, unit = word.partition("-")
    return tens in _TENS and (not unit or unit in _UNITS)
