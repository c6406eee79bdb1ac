"""A small deterministic date parser, so "6 March 1992" and "1992-03-06" count as one answer.

Understands day-month-year and month-day-year with month names or abbreviations ("Mar.",
"Sept"), ordinals ("6th", "6th of March"), ISO dates ("1992-03-06", "1992-03", unpadded
"1992-3-6"), dates in figures ("6/3/1992", "06.03.1992", "6-3-1992", "1992/3/6", month and year
"3/1992"), month-year, a bare four-digit year, and ranges ("April 25-28, 2006",
"25 April - 2 May 2006", "from 1939 to 1945"). Anything else is not a date (None), never a guess.

A date in figures with the year last is read day first ("18/9/1919"), or month first when
asked (`month_first=True`); it only matters when both numbers could be a month ("3/4/1919"),
which `is_ambiguous` tells. `written_order` says which order a date written with a month name
uses, so an answer's own style can settle it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from quiz.core.months import MONTH_NAMES, MONTH_NUMBERS
from quiz.core.text import strip_accents

_MONTHS_LOWER = tuple(name.lower() for name in MONTH_NAMES)  # for typo-forgiving matches

_LEADING = frozenset({"on", "in", "the", "from", "of", "during"})
_RANGE_WORDS = frozenset({"to", "until", "till", "through", "thru"})
_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
_TOKEN = re.compile(r"\d{4}-\d{2}(?:-\d{2})?(?!\d)|\d+(?:st|nd|rd|th)?|[a-z]+|-")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
# Dates in figures: year first (any separator), year last (day and month in either order),
# month and year. Not inside a longer run of figures and separators ("1.2.3.1992").
_EDGE_BEFORE, _EDGE_AFTER = r"(?<![\d/.-])", r"(?![\d/-]|\.\d)"
_YEAR_FIRST = re.compile(_EDGE_BEFORE + r"(\d{4})([/.-])(\d{1,2})\2(\d{1,2})" + _EDGE_AFTER)
_YEAR_LAST = re.compile(_EDGE_BEFORE + r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})" + _EDGE_AFTER)
_MONTH_YEAR = re.compile(_EDGE_BEFORE + r"(\d{1,2})/(\d{4})" + _EDGE_AFTER)


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to the year, the month or the day (month and day may be None)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        """"day", "month" or "year": how much of the date is given."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def contains(self, other: PartialDate) -> bool:
        """True when `other` is this date or a more precise date inside it (6 March in March)."""
        if self.year != other.year:
            return False
        if self.month is not None and self.month != other.month:
            return False
        return self.day is None or self.day == other.day

    def __str__(self) -> str:
        if self.month is None:
            return str(self.year)
        month = MONTH_NAMES[self.month - 1]
        if self.day is None:
            return f"{month} {self.year}"
        return f"{month} {self.day}, {self.year}"


@dataclass(frozen=True)
class DateSpan:
    """A single date (start == end) or a range of dates, as parsed from an answer."""

    start: PartialDate
    end: PartialDate
    fuzzy_month: bool = False  # a month name was read through a typo ("Febuary")

    @property
    def is_range(self) -> bool:
        return self.start != self.end

    def same_dates(self, other: DateSpan) -> bool:
        """Equal as dates, whatever the spelling (ignores the typo flag)."""
        return (self.start, self.end) == (other.start, other.end)

    def __str__(self) -> str:
        if not self.is_range:
            return str(self.start)
        return f"{self.start} - {self.end}"


@dataclass
class _Part:
    year: int | None = None
    month: int | None = None
    day: int | None = None


def _month(word: str) -> tuple[int, bool] | None:
    """The month number of a name or abbreviation, and whether a typo was forgiven."""
    if word in MONTH_NUMBERS:
        return MONTH_NUMBERS[word], False
    if len(word) >= 5:
        for number, name in enumerate(_MONTHS_LOWER, start=1):
            if word[0] == name[0] and Levenshtein.distance(word, name, score_cutoff=1) <= 1:
                return number, True
    return None


def _iso(year: str, month: str, day: str | None = None) -> str:
    """A date in figures as the ISO token the lexer reads ("1919", "9", "18" -> 1919-09-18)."""
    if day is None:
        return f"{year}-{int(month):02d}"
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _in_figures(text: str, month_first: bool) -> str:
    """`text` with every date in figures written as an ISO date."""
    if "/" not in text and "." not in text and "-" not in text:
        return text
    text = _YEAR_FIRST.sub(lambda m: _iso(m[1], m[3], m[4]), text)
    text = _YEAR_LAST.sub(lambda m: _day_month(m, month_first), text)
    return _MONTH_YEAR.sub(lambda m: _iso(m[2], m[1]), text)


def _day_month(match: re.Match[str], month_first: bool) -> str:
    """A year-last date in figures as ISO: in the order asked when both numbers could be the
    month, else in the only order that gives a month ("18/9/1919", "9/18/1919")."""
    first, second, year = match[1], match[3], match[4]
    if int(second) > 12 >= int(first) or (month_first and int(first) <= 12):
        return _iso(year, first, second)
    return _iso(year, second, first)


def is_ambiguous(text: str) -> bool:
    """Whether `text` holds a date in figures whose day and month could be swapped: both are
    12 or less and they differ ("3/4/1919", not "18/9/1919" nor "5/5/1919")."""
    return any(int(m[1]) != int(m[3]) and int(m[1]) <= 12 and int(m[3]) <= 12
               for m in _YEAR_LAST.finditer(_DASHES.sub("-", text)))


def written_order(text: str) -> bool | None:
    """Whether a date is written month first (True: "September 18, 1919", "9/18/1919"), day
    first (False: "18 September 1919", "18/9/1919"), or neither says (None: "1919-09-18",
    "September 1919", "3/4/1919")."""
    figures = _YEAR_LAST.search(_DASHES.sub("-", text))
    if figures is not None:
        first, second = int(figures[1]), int(figures[3])
        return True if second > 12 >= first else False if first > 12 >= second else None
    words = _lex(text) or []
    days = [i for i, word in enumerate(words) if re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", word)]
    months = [i for i, word in enumerate(words) if _month(word) is not None]
    if not days or not months:
        return None
    return months[0] < days[0]


def _lex(text: str) -> list[str] | None:
    """Lower-case date tokens; "-" separates a range. None when a stray symbol appears."""
    text = _DASHES.sub("-", strip_accents(text).casefold())
    text = re.sub(r"[,.]", " ", text)
    if re.search(r"[^\w\s-]", text):
        return None
    found = _TOKEN.findall(text)
    if "".join(found) != re.sub(r"\s+", "", text):
        return None  # something the lexer skipped, e.g. "6x"
    out: list[str] = []
    for token in found:
        if token in _RANGE_WORDS:
            token = "-"
        out.append(token)
    while out and out[0] in _LEADING:
        out.pop(0)
    return out


def _part(words: list[str]) -> tuple[_Part, bool] | None:
    """One side of a range: day, month and year in any usual order, year last."""
    part = _Part()
    fuzzy = False
    for i, word in enumerate(words):
        iso = _ISO.match(word)
        if iso:
            if len(words) != 1:
                return None
            day = int(iso.group(3)) if iso.group(3) else None
            return _Part(int(iso.group(1)), int(iso.group(2)), day), False
        if word == "of":
            continue
        digits = re.match(r"^(\d+)(st|nd|rd|th)?$", word)
        if digits:
            value, ordinal = digits.group(1), digits.group(2)
            if len(value) <= 2 and part.day is None and part.year is None:
                part.day = int(value)
            elif len(value) in (3, 4) and not ordinal and part.year is None:
                if i != len(words) - 1:
                    return None
                part.year = int(value)
            else:
                return None
            continue
        month = _month(word)
        if month is None or part.month is not None or part.year is not None:
            return None
        part.month, typo = month
        fuzzy = fuzzy or typo
    return part, fuzzy  # "28 2006" (right side of "April 25-28 2006") is completed by the caller


def _complete(part: _Part, year: int | None, month: int | None) -> PartialDate | None:
    """Fill a side of a range from the other side, then check it is a real calendar date."""
    y = part.year if part.year is not None else year
    m = part.month if part.month is not None else month
    if y is None or (part.day is not None and m is None):
        return None
    if m is not None and not 1 <= m <= 12:
        return None
    if part.day is not None:
        assert m is not None
        if not 1 <= part.day <= calendar.monthrange(y, m)[1]:
            return None
    if part.month is None and part.day is None and part.year is None:
        return None
    return PartialDate(y, m, part.day)


@lru_cache(maxsize=4096)  # pure, and the same answers are parsed again and again
def parse_date(text: str, month_first: bool = False) -> DateSpan | None:
    """The date or date range the whole of `text` names, or None when it is not only a date.

    A bare number is a date only when it has four digits ("1992"), so "907" stays a number.
    A date in figures with the year last is read day first unless `month_first`.
    """
    words = _lex(_in_figures(_DASHES.sub("-", text), month_first))
    if not words:
        return None
    if words.count("-") > 1:
        return None
    if "-" in words:
        cut = words.index("-")
        left_words, right_words = words[:cut], words[cut + 1 :]
        if not left_words or not right_words:
            return None
        left, right = _part(left_words), _part(right_words)
        if left is None or right is None:
            return None
        (lp, lfuzzy), (rp, rfuzzy) = left, right
        if rp.year is None:
            return None
        right_month = rp.month if rp.month is not None else lp.month
        end = _complete(rp, None, right_month)
        start = _complete(lp, rp.year, rp.month if lp.month is None else None)
        if start is None or end is None or start.precision != end.precision or start > end:
            return None
        return DateSpan(start, end, lfuzzy or rfuzzy)
    parsed = _part(words)
    if parsed is None:
        return None
    part, fuzzy = parsed
    if part.year is None:
        return None
    if part.month is None and part.day is None and len(str(part.year)) != 4:
        return None
    date = _complete(part, None, None)
    return DateSpan(date, date, fuzzy) if date else None
