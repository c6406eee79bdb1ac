"""Text folding: two ways of making differently written text compare equal, for two jobs.

* `fold_answer` is for checking a student's answer against a card (quiz.scheduling): accents
  become their Latin letters ("Şükrü" -> "sukru"), "1,000" -> "1000", "O'Brien's" ->
  "obriens", a decimal point between digits is kept.
* `fold_ascii` is for the generator's matching of phrases inside sentences (quiz.generate):
  lower case, curly quotes and dashes made plain, `'` and `-` kept ("o'brien's", "r-ind"),
  and any other punctuation or non-ASCII character made a separator ("Şükrü" -> "kr"). One
  pass of a bytes table, several times faster than `fold_answer`, on every sentence.

They differ on purpose and each keeps the exact behaviour its callers were tested with;
`strip_accents` is the accent folding both answer checking and its date parser use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD leaves alone, with their usual Latin spelling.
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

_KEEP = set("abcdefghijklmnopqrstuvwxyz0123456789'-")
# ASCII letters lower-cased, bytes other than letters, digits, ' and - made spaces (a bytes
# table: one pass in C).
_ASCII_FOLD = bytes(ord(chr(c).lower()) if chr(c).lower() in _KEEP else ord(" ")
                    for c in range(128)) + b" " * 128


def strip_accents(text: str) -> str:
    """Text in NFKD form without combining marks ("Bakú" -> "Baku", "ﬁ" -> "fi").

    Letters that NFKD leaves alone get their usual Latin spelling: "Bakı" -> "Baki",
    "Əliyev" -> "Aliyev", "Łódź" -> "Lodz", "Øresund" -> "Oresund".
    """
    decomposed = unicodedata.normalize("NFKD", text).translate(_LATIN)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=4096)  # answers repeat across a session; folding is pure
def fold_answer(text: str) -> str:
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


def fold_ascii(text: str) -> str:
    """Lower case, curly quotes and dashes made plain, other punctuation as spaces.

    The same folding the deck scorer uses to check that an answer is inside its quote.
    """
    if not text.isascii():
        text = text.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    # Any other non-ASCII letter or sign is a separator: encoding makes it "?", then a space.
    # (bytes.translate is several times faster than str.translate with a dict, or a regex.)
    folded = text.encode("ascii", "replace").translate(_ASCII_FOLD).decode("ascii")
    return " ".join(folded.split())
