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
