"""A date grammar for English prose: full dates, month + year, years, ranges, ISO dates.

Each match keeps its exact text (so a card's answer is a substring of its source sentence), its
granularity (so wrong options can be of the same kind) and its parsed parts (so a date written
without its year can be anchored to the document's own date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.core import months

MONTHS = months.MONTH_NUMBERS
MONTH_NAMES = ("", *months.MONTH_NAMES)  # 1-based: MONTH_NAMES[3] == "March"
# A month written in full, as a pattern: "(?:January|February|...|December)"
MONTH_WORD = "(?:" + "|".join(MONTH_NAMES[1:]) + ")"
# A day of the week written in full, as a pattern: "(?:Monday|...|Sunday)"
WEEKDAY_WORD = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_DASH = r"\s*[-–—]\s*"
_END = r"(?![\w%])(?!\s+B\.?C\.?(?:E\.?)?\b)"  # a year is never followed by a letter, digit or
# percent sign; nor by "BC": a year before Christ is not asked (round 449 read "fight at Kadesh
# BC" of "at Kadesh in 1274 BC", its year blanked)

# Alternatives are tried in order at each position, so the most specific forms come first.
# Every form starts with a digit or a month name: the lookahead rules out the other positions at
# once (about twice as fast as trying each alternative there). It changes no match.
DATE_RE = re.compile(
    r"(?=[0-9ADFJMNOS])(?<![\w$€£/.,+:#-])(?:"
    rf"(?P<xrange>(?P<xm1>{_MONTH})\s+(?P<xd1>{_DAY}){_DASH}(?P<xm2>{_MONTH})\s+(?P<xd2>{_DAY}),?"
    rf"\s+(?P<xy>{_YEAR})){_END}"
    rf"|(?P<drange>(?P<rm>{_MONTH})\s+(?P<rd1>{_DAY}){_DASH}(?P<rd2>{_DAY}),?\s+(?P<ry>{_YEAR})){_END}"
    rf"|(?P<us>(?P<um>{_MONTH})\s+(?P<ud>{_DAY}),?\s+(?P<uy>{_YEAR})){_END}"
    rf"|(?P<ukrange>(?P<kd1>{_DAY}){_DASH}(?P<kd2>{_DAY})\s+(?P<km>{_MONTH}),?\s+(?P<ky>{_YEAR})){_END}"
    rf"|(?P<uk>(?P<bd>{_DAY})\s+(?P<bm>{_MONTH}),?\s+(?P<by>{_YEAR})){_END}"
    rf"|(?P<iso>(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12][0-9]|3[01])){_END}"
    rf"|(?P<monthyear>(?P<mm>{_MONTH}),?\s+(?P<my>{_YEAR})){_END}"
    rf"|(?P<yrange>(?P<y1>{_YEAR})(?:{_DASH}|\s+to\s+)(?P<y2>{_YEAR}|[0-9]{{2}}(?!\s+{_MONTH}\b)))"
    rf"{_END}"  # (not "from 1947 to 30 June 1960": a year to a day, no "1947 to 30")
    rf"|(?P<year>{_YEAR}){_END}(?!\s*[-–]\s*\d)"
    rf"|(?P<monthday>(?P<nm>{_MONTH})\s+(?P<nd>{_DAY}))(?![\w%]|,?\s+\d)"
    rf"|(?P<ukmonthday>(?P<qd>{_DAY})\s+(?P<qm>{_MONTH}))(?![\w%]|,?\s+\d)"
    r")"
)

_DIGIT = re.compile(r"\d")
_DAY_KINDS = frozenset({"monthday", "ukmonthday", "uk"})
_NO_YEAR = frozenset({"monthday"})  # "May 28 [and 30]"
_DAY_FIRST = frozenset({"ukmonthday", "uk"})  # "[11 and ]13 May 1998"
_DAY_AFTER = re.compile(r"\s*(?:and|or|&)\s+\d{1,2}(?:st|nd|rd|th)?\b"
                        r"(?!\s*(?:%|per\b|days?\b|weeks?\b|months?\b|years?\b|of\b|[\d,.]\d))")
_DAY_BEFORE = re.compile(r"(?<![\d,.])\b\d{1,2}(?:st|nd|rd|th)?\s+(?:and|or|&)\s+$")
_NUMBER = re.compile(r"\d+")
# A bare number followed by a plural noun is a count ("2000 soldiers"), not a year.
_COUNT_AFTER = re.compile(r"\s+[a-z]+s\b")
_IDENTIFIER_BEFORE = re.compile(r"(?!AD$|BC$|CE$|BCE$)[A-Z]{2,}|[Vv]ersion|[Vv]|No\.|[Nn]umber|#"
                                r"|Operation|Resolution|Flight|Route|Highway")
_NUMBERED_OF = re.compile(r"\b(?:No\.|Number)\s+\d+\s+of\s+$")
_YEAR_PREPOSITIONS = frozenset({"in", "since", "from", "by", "until", "till", "before", "after",
                                "during", "to", "between", "and", "or", "of", "early", "late",
                                "mid", "the", "circa", "spring", "summer", "autumn", "fall",
                                "winter", "its", "their", "her", "his"})
_NOT_PLURAL = frozenset({"was", "is", "has", "as", "this", "its", "his", "plus", "versus"})


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date in a text: exact text, span, granularity and parsed parts (0 when absent)."""

    text: str
    start: int
    end: int
    granularity: str  # day, month, year, day-range, year-range, monthday
    year: int = 0
    month: int = 0
    day: int = 0
    style: str = "us"  # us ("March 6, 1992"), uk ("6 March 1992") or iso ("1992-03-06")

    @property
    def has_year(self) -> bool:
        return self.year > 0


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(_NUMBER.match(text).group())  # type: ignore[union-attr]


# A date given in two calendars, the Old Style first: "27 March/8 April 1848", "9/21 June
# 1848", "20 December 1842/1 January 1843", "6 (19) October 1910". Neither half is a date to
# ask alone: a blank over one leaves the other a stub ("on 27 March/8 ____", round 249).
_DUAL_DATE = re.compile(
    rf"\b{_DAY}(?:\s+{_MONTH}(?:,?\s+{_YEAR})?)?\s*/\s*{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?{_END}"
    rf"|\b{_DAY}\s+\(\s*{_DAY}\s*\)\s+{_MONTH}(?:,?\s+{_YEAR})?{_END}"
    rf"|\b{_DAY}\s+{_MONTH}\s+\(\s*{_DAY}\s+{_MONTH}\s*\)(?:,?\s+{_YEAR})?{_END}")


def _dual_dates(text: str) -> list[tuple[int, int]]:
    """The spans of the dates of `text` given in two calendars (_DUAL_DATE)."""
    if "/" not in text and "(" not in text:
        return []
    return [m.span() for m in _DUAL_DATE.finditer(text)]


def find_dates(text: str) -> list[DateMention]:
    """Every date mentioned in `text`, left to right, without overlaps (none inside a date
    given in two calendars)."""
    found: list[DateMention] = []
    if not _DIGIT.search(text):
        return found  # every date form has a digit
    dual = _dual_dates(text)
    for m in DATE_RE.finditer(text):
        kind, g = m.lastgroup, m.group  # the alternative that matched (it encloses the rest)
        s, e, t = m.start(), m.end(), m.group()
        if dual and any(s < end and e > start for start, end in dual):
            continue
        if kind in _DAY_KINDS and (kind in _NO_YEAR and _DAY_AFTER.match(text, e)
                                   or kind in _DAY_FIRST and _DAY_BEFORE.search(text, 0, s)):
            continue  # "on May 28 and 30", "on 11 and 13 May": one day of a list, not a date
        if kind == "xrange":
            found.append(DateMention(t, s, e, "day-range", int(g("xy")), _month(g("xm1")),
                                     _day(g("xd1"))))
        elif kind == "drange":
            found.append(DateMention(t, s, e, "day-range", int(g("ry")), _month(g("rm")),
                                     _day(g("rd1"))))
        elif kind == "us":
            found.append(DateMention(t, s, e, "day", int(g("uy")), _month(g("um")), _day(g("ud"))))
        elif kind == "ukrange":
            found.append(DateMention(t, s, e, "day-range", int(g("ky")), _month(g("km")),
                                     _day(g("kd1")), "uk"))
        elif kind == "uk":
            found.append(DateMention(t, s, e, "day", int(g("by")), _month(g("bm")), _day(g("bd")),
                                     "uk"))
        elif kind == "iso":
            found.append(DateMention(t, s, e, "day", int(g("iy")), int(g("im")), int(g("id")),
                                     "iso"))
        elif kind == "monthyear":
            found.append(DateMention(t, s, e, "month", int(g("my")), _month(g("mm"))))
        elif kind == "yrange":
            found.append(DateMention(t, s, e, "year-range", int(g("y1"))))
        elif kind == "year":
            after = _COUNT_AFTER.match(text, e)
            before = text[max(0, s - 12):s].split()
            dated = bool(before) and before[-1].lower().strip("(,") in _YEAR_PREPOSITIONS
            if before and _IDENTIFIER_BEFORE.fullmatch(before[-1]):
                continue  # "RFC 2047", "ISO 8601", "version 2010", "Operation 1027",
                # "Resolution 1973": a number, not a year
            if _NUMBERED_OF.search(text, max(0, s - 24), s):
                continue  # "Decree No. 16 of 1995": the year is part of the law's number
            if after and after.group().strip() not in _NOT_PLURAL and not dated:
                continue
            found.append(DateMention(t, s, e, "year", int(t)))
        elif kind == "monthday":
            found.append(DateMention(t, s, e, "monthday", 0, _month(g("nm")), _day(g("nd"))))
        elif kind == "ukmonthday":
            found.append(DateMention(t, s, e, "monthday", 0, _month(g("qm")), _day(g("qd")),
                                     "uk"))
    return found


def render(mention: DateMention, year: int, month: int, day: int) -> str:
    """The date (year, month, day) written in the same granularity and style as `mention`,
    its month abbreviated when the mention's is ("24 Dec. 1951": "3 Nov. 1951")."""
    name = MONTH_NAMES[month] if month else ""
    short = _SHORT_MONTH.search(mention.text) if month and "." in mention.text else None
    if short and len(name) > 3:  # (May has no shorter form)
        name = "Sept." if month == 9 and short.group(1) == "Sept" else name[:3] + "."
    if mention.granularity == "year":
        return str(year)
    if mention.granularity == "month":
        return f"{name} {year}"
    if mention.granularity == "monthday":
        return f"{day} {name}" if mention.style == "uk" else f"{name} {day}"
    if mention.style == "uk":
        return f"{day} {name} {year}"
    if mention.style == "iso":
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{name} {day}, {year}"


_SHORT_MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.")


def alternative_forms(mention: DateMention) -> list[str]:
    """Other ways of writing a single day or month, accepted as right answers."""
    if mention.granularity == "day" and mention.has_year:
        name = MONTH_NAMES[mention.month]
        forms = [f"{name} {mention.day}, {mention.year}", f"{mention.day} {name} {mention.year}",
                 f"{mention.year:04d}-{mention.month:02d}-{mention.day:02d}"]
        return [f for f in forms if f != mention.text]
    return []


def with_year(mention: DateMention, shift: int) -> str:
    """The mention's own text with every year moved by `shift` (a same-format wrong option)."""
    def move(m: re.Match[str]) -> str:
        return str(int(m.group()) + shift)

    def move_short(m: re.Match[str]) -> str:  # "1921–22" -> "1922–23", not "1922–22"
        first = int(m.group("first"))
        last = first - first % 100 + int(m.group("last"))
        return f"{first + shift}{m.group('dash')}{(last + shift) % 100:02d}"

    text = _SHORT_RANGE.sub(move_short, mention.text)
    if text != mention.text:
        return text
    return re.sub(_YEAR + r"(?!\d)", move, mention.text)


_SHORT_RANGE = re.compile(r"\b(?P<first>\d{4})(?P<dash>[–-])(?P<last>\d{2})(?!\d)")


_LIST_GAP = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+$")


def date_lists(text: str, mentions: list[DateMention]) -> list[list[DateMention]]:
    """Runs of dates written as a list ("in 2004, 2010, and 2017"), each run in order.

    "between 2011 and 2016" and "from 2011 to 2016" are ranges, not lists.
    """
    runs: list[list[DateMention]] = []
    current: list[DateMention] = []
    for mention in mentions:
        if current and _LIST_GAP.match(text[current[-1].end: mention.start]) and not (
                len(current) == 1 and _RANGE_BEFORE.search(text, 0, current[0].start)) and not (
                current[-1].year and not mention.year):  # ("issued in 1977, and 13 February
            # is still marked": a day of no year after a year opens another clause, round 269)
            current.append(mention)
            continue
        if len(current) > 1:
            runs.append(current)
        current = [mention]
    if len(current) > 1:
        runs.append(current)
    return runs


def list_mention(text: str, run: list[DateMention]) -> DateMention:
    """One mention covering a whole list of dates; its parts are those of the first item."""
    first, last = run[0], run[-1]
    return DateMention(text[first.start: last.end], first.start, last.end, "list", first.year,
                       first.month, first.day, first.style)
