"""What a question's own words say about a date's wrong options.

A wrong option is inadequate when the question itself rules it out: "left
at the end of 1972 and entered on ____" leaves only dates just after 1972; a period that
covers a year the question names ("as president from ____, oversaw ... in 1991") must cover
it too; "elected in ____, inaugurated that October" leaves only months before October; "since
the early 1990s ... beginning in ____" only the early 1990s; and "re-elected" comes after the
first election the corpus dates; "from March until late ____" leaves months after March of the
answer's year; "during the Second World War ... in ____" only the war's years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.generate.dates import MONTH_NAMES, MONTH_WORD, DateMention
from quiz.generate.inflect import is_base_verb, past_base, present_base
from quiz.generate.text import fold

_YEAR = re.compile(r"\b\d{4}\b")
_THAT_MONTH = re.compile(r"\bthat\s+(?P<month>" + "|".join(MONTH_NAMES[1:]) + r")\b")
_DECADE = re.compile(r"\b(?:(?P<part>early|mid|late)[\s-]+)?(?P<decade>\d{3}0)s\b", re.I)
# "from March until late ____": the end of a span whose start is a month of the same year.
_FROM_MONTH = re.compile(r"\bfrom\s+(?P<month>" + "|".join(MONTH_NAMES[1:]) + r")\s+"
                         r"(?:until|till|to|through)\s+(?:(?:early|mid|late|the\s+end\s+of)\s+)?$")
# The world wars, whose years every reader knows: "during the Second World War ... in ____".
_WORLD_WAR = re.compile(r"\b(?:(?P<ordinal>First|Second)\s+World\s+War|World\s+War\s+"
                        r"(?P<number>I{1,2}|One|Two)\b)")
_WAR_YEARS = {1: (1914, 1918), 2: (1939, 1945)}
# Other wars a question may date its answer by, with their years (common knowledge, as the world
# wars' are): options outside them are ruled out by the question itself
_NAMED_WAR_YEARS = {"South African War": (1899, 1902), "Second Boer War": (1899, 1902),
                    "First Boer War": (1880, 1881), "Crimean War": (1853, 1856),
                    "Franco-Prussian War": (1870, 1871), "Russo-Japanese War": (1904, 1905),
                    "Korean War": (1950, 1953), "Spanish Civil War": (1936, 1939),
                    "Seven Years' War": (1756, 1763), "Thirty Years' War": (1618, 1648),
                    "Pacific War": (1941, 1945), "Iran-Iraq War": (1980, 1988),
                    "Gulf War": (1990, 1991), "Falklands War": (1982, 1982),
                    "Six-Day War": (1967, 1967), "Yom Kippur War": (1973, 1973)}


def _written_either_way(name: str) -> str:
    """A pattern for `name` with its hyphen an en dash too and its apostrophe a curly one."""
    return re.escape(name).replace("\\-", "[-–]").replace("'", "['’]")


# (not the "Gulf War" of "Second Gulf War", another war)
_NAMED_WAR = re.compile(r"\b(?:" + "|".join(
    ("(?<!Second )" if name == "Gulf War" else "") + _written_either_way(name)
    for name in _NAMED_WAR_YEARS) + r")\b")
# "After the Second World War ... in ____": only years from the war's end (round 1081 offered
# 1942); "before the First World War": only years to its start
_AFTER_OR_BEFORE_WAR = re.compile(r"\b(?P<when>[Aa]fter|[Ss]ince|[Ff]ollowing|[Bb]efore)\s+the\s+"
                                  r"(?:(?P<ordinal>First|Second)\s+World\s+War|Great\s+War)\b")
# "promulgate the amendment, published on 6 February": a day of the answer's own year, without
# its year (a timeline's entry), which the answer comes before or after
_DAY_OF_THE_YEAR = re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_WORD})\b(?!,?\s+\d)"
                              rf"|\b(?P<month2>{MONTH_WORD})\s+(?P<day2>\d{{1,2}})\b(?!,?\s+\d)")
# A sentence date this close to the answer ties it to that date: options stay as close.
_TIED_DAYS = 2 * 372

Value = tuple[int, int, int]


def days(value: Value) -> int:
    """A day count for (year, month, day), good enough to compare distances."""
    year, month, day = value
    return year * 372 + month * 31 + day


def _years(text: str) -> tuple[int, int] | None:
    found = [int(y) for y in _YEAR.findall(text)]
    return (min(found), max(found)) if found else None


def _repeated_verb(question: str) -> str:
    """The verb a "re-" verb repeats ("re-appointed" -> "appoint"), else ""."""
    for word in re.findall(r"\bre-?[a-z]{4,}", question.lower()):
        base = past_base(word) or present_base(word) or (word if is_base_verb(word) else None)
        if base is None:
            continue
        plain = base.removeprefix("re").lstrip("-")
        if is_base_verb(plain):
            return plain
    return ""


@dataclass(frozen=True)
class DateSetting:
    """The constraints a question puts on a date answer's wrong options."""

    own: Value
    tied: tuple[Value, int] | None  # a date the question names close to the answer, distance
    covered: tuple[int, ...]  # years a period answer covers that the question names
    repeats: str  # the verb of an event done again ("appoint" for "re-appointed"), or ""
    names: frozenset[str]  # the question's capitalised words, folded
    that_month: int = 0  # "inaugurated that October": a month of the answer's own year
    years: tuple[int, int] | None = None  # "since the early 1990s": the years it allows
    from_month: int = 0  # "from March until late ____": a month after it, the same year
    same_year_day: tuple[int, int] | None = None  # "published on 6 February": (month, day)

    def fits(self, value: Value, option: str) -> bool:
        """Whether `value` (written `option`) is a wrong option the question leaves open."""
        if self.tied is not None:
            other, distance = self.tied
            if abs(days(value) - days(other)) > max(2 * distance, _TIED_DAYS):
                return False  # "left at the end of 1972, entered on ____": not 1977
        if self.covered:
            span = _years(option)
            if span is None or not all(span[0] <= y <= span[1] for y in self.covered):
                return False  # "from ____, oversaw ... in 1991": the period holds 1991
        if self.that_month and self.own[1] and value[1]:
            if value[1] == self.that_month or (
                    (value[1] < self.that_month) != (self.own[1] < self.that_month)):
                return False  # "elected in ____, inaugurated that October": not November
        if self.years is not None and value[0] and not (
                self.years[0] <= value[0] <= self.years[1]):
            return False  # "since the early 1990s ... in ____": not 1989, not 1995
        if self.from_month and value[1] and value[1] <= self.from_month:
            return False  # "from March until late ____": not February, not March
        if self.same_year_day and value[1] and value[2] and (
                not self.own[0] or value[0] in {0, self.own[0]}):
            named, day = self.same_year_day, (value[1], value[2])
            if day == named or (day < named) != ((self.own[1], self.own[2]) < named):
                return False  # "promulgated on 30 January, published on 6 February": not
                # 18 March (round 1081)
        return True

    def first_time(self, context: frozenset[str]) -> bool:
        """Whether a sentence tells the first doing of the event the question repeats
        ("appointed" with a name of the question's, for "re-appointed")."""
        if not self.repeats or not context & self.names:
            return False
        return any(w.startswith(self.repeats[:-1]) and not w.startswith("re") for w in context)


def setting_for(question: str, mention: DateMention, sentence_dates: list[DateMention],
                blank: str) -> DateSetting:
    """The constraints `question` (asking for `mention`) puts on wrong options."""
    own = (mention.year, mention.month, mention.day)
    shown = [d for d in sentence_dates if d.has_year and d.text in question
             and (d.year, d.month, d.day) != own and d.start != mention.start]
    tied = None
    if mention.granularity in {"day", "month", "year"}:
        near = [(abs(days((d.year, d.month, d.day)) - days(own)), d) for d in shown]
        if near:
            distance, other = min(near, key=lambda pair: pair[0])
            if distance <= _TIED_DAYS:
                tied = ((other.year, other.month, other.day), distance)
    covered: tuple[int, ...] = ()
    span = _years(mention.text) if mention.granularity.endswith("range") else None
    if span is not None:
        covered = tuple(sorted({d.year for d in shown if span[0] <= d.year <= span[1]}))
    text = question.replace(blank, " ")
    names = frozenset(fold(w) for w in re.findall(r"\b[A-Z][\w-]+", text)[1:])
    that = _THAT_MONTH.search(question[question.find(blank):]) if blank in question else None
    that_month = MONTH_NAMES.index(that.group("month")) if that else 0
    years = (_decade_years(question, own[0]) or _war_years(question, own[0])
             or _law_number_year(question, own[0]) or _after_or_before_war(question, own[0]))
    start = _FROM_MONTH.search(question[:question.find(blank)]) if blank in question else None
    from_month = 0
    if start is not None and own[1] and mention.granularity in {"month", "day"}:
        from_month = MONTH_NAMES.index(start.group("month"))
        years = (own[0], own[0])  # "from March until late ____": the same year, after March
    return DateSetting(own, tied, covered, _repeated_verb(question), names, that_month,
                       years, from_month, _same_year_day(text, mention))


# "Law 11/79", "Decree-Law 458-B/75", "Law No. 72-619": a law numbered with its year's last two
# digits, which gives that year away (rounds 295, 300 and 563)
NUMBERED_LAW = re.compile(
    r"\b(?:Law|Decree|Decree-Law|Act|Ordinance|Order|Regulation|Directive)\s+(?:No\.?\s*)?"
    r"(?P<a>\d{1,4})(?:-[A-Z])?[-/–](?P<b>\d{2,4})(?:-[A-Z])?\b"
    # "the Habitats Directive (92/43/EEC)", "Directive 2009/147/EC": the European Union's
    # numbers, year first (round 1035 offered 1993 for a directive of 1992)
    r"|\b(?P<a2>\d{2}|\d{4})/(?P<b2>\d{1,4})/(?:EEC|EC|EU|Euratom|CFSP|JHA)\b")


def numbered_law_years(m: re.Match[str]) -> set[str]:
    """The two-digit years a match of NUMBERED_LAW may carry."""
    if m.group("a2"):
        return {m.group("a2")[-2:]}
    return {m.group("a")[-2:], m.group("b")[-2:]}


def _law_number_year(question: str, year: int) -> tuple[int, int] | None:
    """The answer's year alone, when a law's number in the question carries it ("Law 11/79 of
    ____", 28 March 1979): options of other years are ruled out by it (round 563)."""
    if not year:
        return None
    for m in NUMBERED_LAW.finditer(question):
        if f"{year % 100:02d}" in numbered_law_years(m):
            return year, year
    return None


def _war_years(question: str, year: int) -> tuple[int, int] | None:
    """The years of a world war or another named war the question names, when the answer's year
    is among them."""
    for m in _WORLD_WAR.finditer(question):
        which = 1 if (m.group("ordinal") or m.group("number")) in {"First", "I", "One"} else 2
        first, last = _WAR_YEARS[which]
        if first <= year <= last:
            return first, last
    for m in _NAMED_WAR.finditer(question) if "War" in question else ():
        first, last = _NAMED_WAR_YEARS[m.group().replace("’", "'").replace("–", "-")]
        if first <= year <= last:
            return first, last  # "during the South African War, in ____": 1899-1902 (round 1137
            # found 1897, 1898 and 1904 ruled out by it)
    return None


def _after_or_before_war(question: str, year: int) -> tuple[int, int] | None:
    """The years "after the Second World War" (from its end) or "before the First World War"
    (to its start) allow, when the answer's year is among them."""
    for m in _AFTER_OR_BEFORE_WAR.finditer(question):
        first, last = _WAR_YEARS[2 if m.group("ordinal") == "Second" else 1]
        span = (first - 60, first) if m.group("when").lower() == "before" else (last, last + 60)
        if span[0] <= year <= span[1]:
            return span
    return None


def _same_year_day(text: str, mention: DateMention) -> tuple[int, int] | None:
    """(month, day) of the one other day the question names without a year, when the answer
    is a day and the question names no year but the answer's (a timeline's entry: "On what
    date in 1997 did ..., published on 6 February?")."""
    if mention.granularity not in {"day", "monthday"} or not (mention.month and mention.day):
        return None
    years = {int(y) for y in _YEAR.findall(text)} - {mention.year}
    if len(years) > (0 if mention.year else 1):
        return None  # ("signed in 1992 with Ukraine on 18 May": that day is of another year)
    found = set()
    for m in _DAY_OF_THE_YEAR.finditer(text):
        month = MONTH_NAMES.index(m.group("month") or m.group("month2"))
        found.add((month, int(m.group("day") or m.group("day2"))))
    found.discard((mention.month, mention.day))
    return found.pop() if len(found) == 1 else None


def _decade_years(question: str, year: int) -> tuple[int, int] | None:
    """The years the decades the question names allow ("the early 1990s": 1990-1994; "the
    1940s and 1950s": 1940-1959), when the answer's year is among them."""
    spans = []
    for m in _DECADE.finditer(question):
        start = int(m.group("decade"))
        part = (m.group("part") or "").lower()
        spans.append({"early": (start, start + 4), "mid": (start + 3, start + 7),
                      "late": (start + 5, start + 9)}.get(part, (start, start + 9)))
    if not any(first <= year <= last for first, last in spans):
        return None
    return min(first for first, _ in spans), max(last for _, last in spans)
