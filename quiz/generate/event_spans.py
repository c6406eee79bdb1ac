"""The days an event of a few weeks was held on, as its documents state them.

"The Games were held from 29 January to 9 February 1964", "the Winter Sports Week (25 January
- 5 February 1924)": a date asked of the event falls inside those days, and a wrong option
outside them ("18 February" for a race of a week that closed on 5 February) is struck by any
reader who knows the event's dates (rounds 1663-1670 faulted a dozen such options). The wrong
options of a date are kept on the same side of the event as the answer (see
quiz.generate.distractors).
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from quiz.generate.dates import MONTH_NAMES, MONTH_WORD

Day = tuple[int, int, int]  # (year, month, day)

# What is held over a span of days: "the Games", "the Week", "the Exposition"
_EVENT_WORD = re.compile(r"\b(?:Games|Olympics|Olympiad|Week|Exposition|Exhibition|Expo|Fair|"
                         r"Festival|Championships?|Tournament|Congress|Conference|Summit|"
                         r"Jubilee)\b")
# "from 29 January to 9 February 1964", "29 January – 9 February 1964", "3–14 February 1972",
# "between 13 and 24 February 1980" (the first day's year, when given, is the last's)
_SPAN = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{MONTH_WORD})(?:\s+(?P<y1>\d{{4}}))?)?"
    rf"\s*(?:–|—|-|\s+to\s+|\s+and\s+|\s+until\s+)\s*"
    rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH_WORD})\s+(?P<y2>\d{{4}})\b")
_LONGEST_DAYS = 40  # an event of a few weeks, no season or term


def _day(year: int, month: int, day: int) -> Day | None:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None
    return year, month, day


@lru_cache(maxsize=4096)
def event_spans(sentence: str) -> tuple[tuple[Day, Day], ...]:
    """The spans of days a sentence that names an event gives ("from 29 January to 9 February
    1964": ((1964, 1, 29), (1964, 2, 9))); none for a sentence that names no event."""
    if not _EVENT_WORD.search(sentence) or not any(c.isdigit() for c in sentence):
        return ()
    found = []
    for m in _SPAN.finditer(sentence):
        year = int(m.group("y2"))
        month2 = MONTH_NAMES.index(m.group("m2"))
        month1 = MONTH_NAMES.index(m.group("m1")) if m.group("m1") else month2
        start = _day(int(m.group("y1") or year), month1, int(m.group("d1")))
        end = _day(year, month2, int(m.group("d2")))
        if start is None or end is None or not start < end:
            continue
        length = (datetime.date(*end) - datetime.date(*start)).days
        if length <= _LONGEST_DAYS:
            found.append((start, end))
    return tuple(found)


def span_holding(day: Day, spans: tuple[tuple[Day, Day], ...]) -> tuple[Day, Day] | None:
    """The one span of `spans` that holds `day` (a full date), else None."""
    holding = [span for span in spans if span[0] <= day <= span[1]]
    return holding[0] if len(set(holding)) == 1 else None
