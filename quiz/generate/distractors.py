"""Wrong options for multiple choice, of the same type and format as the answer.

Drawn from the facts of the whole corpus: dates of the same granularity written in the answer's
style (nearest in time first, so they are plausible), other officials' names or roles, other
agreements (same head noun first). Never the answer or an accepted form after folding, never a
value that is also true for the same fact (another date in the same sentence, another role held
by the same person, a role that contains or is contained in the answer, a date a few days from
the answer or one given for the same event elsewhere, an abbreviation of the answer).

A card gets options only when three adequate ones exist: of the same kind and topic (an office
sharing a word with the answer's, an agreement of the same kind, a date within six years, a day
or a month within a year). With fewer it gets none and is studied typed: a two-option card is a
coin toss. The one exception is a date whose question itself rules options out (date_context.py):
two adequate ones beat three that a student can strike by reading the question.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from quiz.deck.model import normalise_question
from quiz.generate.agreements import HEADS
from quiz.generate.countries import COUNTRIES as _COUNTRY_NAMES
from quiz.generate.date_context import DateSetting, days, setting_for
from quiz.generate.dates import MONTH_NAMES, DateMention, render, with_year
from quiz.generate.event_spans import Day, event_spans, span_holding
from quiz.generate.facts import AGREEMENT, DATE, OFFICIAL, Fact
from quiz.generate.inflect import parts_of_speech
from quiz.generate.lifetime import Founding, before_founding
from quiz.generate.quality import FAMOUS_OFFICE as _FAMOUS_OFFICE
from quiz.generate.quality import incomplete_role, unlabelled
from quiz.generate.questions import BLANK, Candidate, described_agreement
from quiz.generate.terms import president_elect_s_weeks, president_s_term
from quiz.generate.text import content_words, fold
from quiz.scheduling.nations import COUNTRY_NAMES

CHOICES = 3
DATE_WINDOW_YEARS = 6  # corpus dates further from the answer than this are implausible options
# A day or a month is an event a question pins down in its time (a president in office, a war
# under way, "the new Islamic Republic"): options years away from it are ruled out by the
# question's own words, so they come from the year before or after at most.
PRECISE_WINDOW_YEARS = 1
# An approximate year ("around ____", "c. ____"): options at least a decade from it, and within
# half a century
APPROXIMATE_GAP_YEARS = 10
APPROXIMATE_WINDOW_YEARS = 50
_APPROXIMATE_STEPS = (10, -10, 20, -20, 30, -30, 40, -40)
_APPROXIMATE = re.compile(r"\b(?:[Aa]round|[Aa]bout|c\.|[Cc]irca|[Aa]pproximately|[Rr]oughly)\s+"
                          rf"(?:the\s+year\s+)?{re.escape(BLANK)}"
                          r"|\b(?:[Aa]round|[Aa]bout|[Rr]oughly) what year\b")
# An event held every so many years ("the censuses of 1870 and 1880", "the Winter Olympic Games
# of ____", "the Republican National Convention at Cincinnati in ____"): options a year or two
# off are no such event's years, so they move by whole cycles (round 1164 found "1871 and 1881"
# and "1873, 1875, 1877" obvious)
_CYCLES = ((re.compile(r"\b[Cc]ensus(?:es)?\b"), 10),
           (re.compile(r"\b(?:Republican|Democratic)\s+National\s+Convention\b|"
                       r"\b(?:U\.\s?S\.|United\s+States|American)\s+presidential\s+"
                       r"elections?\b"), 4))
# A Games held every four years: its cycle only where the year asked is the Games' (_cycle)
_GAMES = re.compile(r"\bOlympic\s+Games\b|\bOlympics\b|\bWorld\s+Cup\b|"
                    # ("the Moscow Games of ____", "the boycotted Los Angeles Games", "the Winter
                    # Games": rounds 1631-1637 found 1981 and 1987 obvious)
                    r"\b(?!(?:The|These|Those|Both|All|Its|Their)\b)[A-Z][a-z]+\s+Games\b|"
                    r"\b[Tt]he\s+Games\s+of\b")  # ("used again for the Games of ____")
_GAMES_CYCLE = 4
_CYCLE_STEPS = (1, -1, 2, -2, 3, -3)
_NEAR_BLANK = 12  # characters between a Games' name and the blank of its year
# The holding of a Games, asked without a blank ("In what year were the Games held?")
_HELD = re.compile(r"^(?:[^:?]{1,80}: )?In what (?:year|month and year) (?:was|were) (?:the )?"
                   r"[^?]{0,60}\b(?:held|staged|opened|awarded|allocated|celebrated)\b")


def _cycle(question: str) -> int:
    """The years between two holdings of the recurring event `question` dates, or 0: a Games
    only where the year asked is theirs, the blank beside their name ("the Moscow Games of
    ____", "the ____ Games were allocated") or the Games the subject of their holding ("In
    what year were the Games held?"); not "In what year did Robinson begin to campaign for
    Empire Games to be held in his city?" (1927: round 1671 found 1931 and 1935, after the
    1930 Games, obvious, pass 380)."""
    held = next((years for pattern, years in _CYCLES if pattern.search(question)), 0)
    if held:
        return held
    found = list(_GAMES.finditer(question))
    blank = question.find(BLANK)
    if found and blank >= 0 and any(m.start() - _NEAR_BLANK <= blank <= m.end() + _NEAR_BLANK
                                    for m in found):
        return _GAMES_CYCLE
    if found and blank < 0 and _HELD.search(question):
        return _GAMES_CYCLE
    return 0


# What only a winter allows ("cross the ice", "the frozen sound"), and the months it may be in
_WINTRY = re.compile(r"\b(?:ice|frozen|froze|snow|sledges?|skis?)\b")
_WINTER_MONTHS = frozenset({11, 12, 1, 2, 3, 4})
# A fixture of a sporting season ("the FA Cup final", "a league title", "the match"): played in
# the same weeks each year, so an option months away ("an FA Cup final on 20 January") is struck
# at sight (round 1504 found 17 such cards obvious); options keep within a month of the answer
_FIXTURE = re.compile(r"\b(?:[Ff]inals?|[Cc]up|[Mm]atch(?:es)?|[Ll]eague|[Cc]hampionships?|"
                      r"[Dd]erby|[Tt]ournament|[Gg]rand\s+Prix|[Ss]eason|[Tt]itle|"
                      # (a race's day: "did René Thomas win for Delage?", 30 May, had been
                      # offered 3 August and 16 September; a Tour's stage in July, 18 September:
                      # round 1691-1692)
                      r"[Rr]aces?|[Ss]tages?|[Tt]our|[Rr]egatta|[Mm]arathon|win)\b")
_FIXTURE_MONTHS = 1
_YEAR_IN_OPTION = re.compile(r"\b\d{4}\b")
NEAR_DAYS = 3  # dates this close to the answer may be how another source tells the same event
CONTEXTS_PER_DATE = 4  # sentences kept per date to tell the same event told elsewhere
SAME_EVENT = 0.3  # share of content words two sentences hold in common when they tell one event
_SCAN = 80  # candidates looked at per card: bounded, so large corpora stay linear
_FILLER = frozenset({"the", "of", "for", "to", "at", "and", "s"})
_HEADS = frozenset(HEADS) | {"section", "article"}
# The first and last days of a year: two of them among the wrong options ("31 December 2000",
# "31 December 2001") look like default values beside the real date, and are struck at sight.
_YEAR_ENDS = frozenset({(1, 1), (12, 31)})


def _context_words(text: str) -> frozenset[str]:
    """The content words of a sentence, to tell whether two sentences tell the same event."""
    return frozenset(content_words(text))


def _same_event(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= SAME_EVENT


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _surname(name: str) -> str:
    return fold(name).split()[-1] if fold(name) else ""


def _words(text: str) -> frozenset[str]:
    """The content words of a role or agreement, with "U.S." / "United States" / "American" as
    one word "us", so "US President" and "President of the United States" compare equal, and a
    nation's adjective as its country ("Australian" as "australia", so "Australia's Minister
    for Foreign Affairs" is "Australian Minister for Foreign Affairs")."""
    folded = f" {fold(text).replace(chr(39) + 's', '')} "
    for country in (" u s ", " united states ", " american ", " america "):
        folded = folded.replace(country, " us ")
    return frozenset(_COUNTRY_OF_ADJECTIVE.get(w, w) for w in folded.split()) - _FILLER


# A one-word country name or adjective -> its country as one word ("australian", "australia"
# -> "australia"; "british", "britain" -> "united_kingdom"), from the table that answer checking
# reads offices with; the United States is the "us" above.
_COUNTRY_OF_ADJECTIVE = {words[0]: "_".join(country) for words, country in COUNTRY_NAMES.items()
                         if len(words) == 1 and country != ("united", "states")}


@dataclass(frozen=True)
class Option:
    """A possible wrong option with its folded forms computed once."""

    text: str
    folded: str
    words: frozenset[str]
    surname: str = ""
    head: str = ""


def _option(text: str, head: str = "") -> Option:
    return Option(text, fold(text), _words(text), _surname(text), head)


@dataclass
class Pools:
    """Everything the corpus offers as wrong options, indexed for quick, deterministic picks."""

    dates: dict[str, list[tuple[tuple[int, int, int], str]]] = field(default_factory=dict)
    date_values: dict[str, list[tuple[int, int, int]]] = field(default_factory=dict)  # bisected
    names: list[Option] = field(default_factory=list)
    name_options: dict[str, Option] = field(default_factory=dict)  # folded -> its entry
    roles: list[Option] = field(default_factory=list)
    agreements: list[Option] = field(default_factory=list)
    roles_of: dict[str, set[frozenset[str]]] = field(default_factory=dict)  # surname -> roles
    role_words_of: dict[str, frozenset[str]] = field(default_factory=dict)  # all their words
    # (granularity, value) -> the content words of each sentence that gives that date
    date_contexts: dict[tuple[str, tuple[int, int, int]], list[frozenset[str]]] = field(
        default_factory=dict)
    spans: tuple[tuple[Day, Day], ...] = ()  # the days events were held on (event_spans)


_DATE_KEY = tuple[str, tuple[int, int, int]]  # granularity, (year, month, day)


@dataclass
class PoolFacts:
    """What the wrong options take from facts, gathered fact by fact (`add`) and document by
    document (`update`, in document order): the pools built from it are those built from every
    fact, without the facts (a large document's are not kept). Each entry is the first seen."""

    # date -> how it is written, and the sentences that give it (their words are counted only
    # for those the pools keep)
    dates: dict[_DATE_KEY, tuple[str, list[str]]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # folded -> as written
    roles: dict[str, str] = field(default_factory=dict)
    roles_of: dict[str, dict[frozenset[str], None]] = field(default_factory=dict)  # in order
    agreements: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded -> name, head
    spans: dict[tuple[Day, Day], None] = field(default_factory=dict)  # in order

    def add(self, fact: Fact) -> None:
        if fact.kind == DATE and fact.date is not None:
            for span in event_spans(fact.sentence.text):
                self.spans.setdefault(span)
            d = fact.date
            _, contexts = self.dates.setdefault((d.granularity, (d.year, d.month, d.day)),
                                                (d.text, []))
            if len(contexts) < CONTEXTS_PER_DATE:  # bounded: a large corpus repeats its dates
                contexts.append(fact.sentence.text)
        elif fact.kind == OFFICIAL:
            if len(fact.answer.split()) >= 2:
                self.names.setdefault(fold(fact.answer), fact.answer)
            role = re.sub(r"^(?:former|acting|interim|outgoing)\s+", "", fact.role)
            self.roles.setdefault(fold(role), role)
            self.roles_of.setdefault(_surname(fact.answer), {}).setdefault(_words(fact.role))
        elif fact.kind == AGREEMENT:
            self.agreements.setdefault(fold(fact.answer), (fact.answer, fact.head))

    def update(self, other: PoolFacts) -> None:
        """Add what a later document gave, as if its facts were added one by one."""
        for key, (text, contexts) in other.dates.items():
            _, mine = self.dates.setdefault(key, (text, []))
            mine.extend(contexts[:CONTEXTS_PER_DATE - len(mine)])
        for folded, name in other.names.items():
            self.names.setdefault(folded, name)
        for folded, role in other.roles.items():
            self.roles.setdefault(folded, role)
        for surname, held in other.roles_of.items():
            mine_held = self.roles_of.setdefault(surname, {})
            for words in held:
                mine_held.setdefault(words)
        for folded, agreement in other.agreements.items():
            self.agreements.setdefault(folded, agreement)
        for span in other.spans:
            self.spans.setdefault(span)


def build_pools(facts: Iterable[Fact] | PoolFacts) -> Pools:
    """Index the facts of every document; sorted so that picks are the same on every run."""
    if not isinstance(facts, PoolFacts):
        gathered = PoolFacts()
        for fact in facts:
            gathered.add(fact)
        facts = gathered
    pools = Pools()
    dates: dict[str, dict[tuple[int, int, int], str]] = {}
    for (granularity, value), (text, contexts) in facts.dates.items():
        dates.setdefault(granularity, {})[value] = text
        pools.date_contexts[granularity, value] = [_context_words(c) for c in contexts]
    for surname, held in facts.roles_of.items():
        roles = pools.roles_of[surname] = set()
        for words in held:  # one by one, in the order found (as a set grows, not pre-sized)
            roles.add(words)
    pools.role_words_of = {s: frozenset().union(*held) for s, held in pools.roles_of.items()}
    pools.dates = {g: sorted(v.items()) for g, v in dates.items()}
    pools.date_values = {g: [value for value, _ in v] for g, v in pools.dates.items()}
    pools.names = sorted((_option(n) for n in facts.names.values()), key=lambda o: _key(o.text))
    pools.name_options = {o.folded: o for o in pools.names}
    pools.roles = sorted((_option(r) for r in facts.roles.values()), key=lambda o: _key(o.text))
    pools.agreements = sorted((_option(a, h) for a, h in facts.agreements.values()),
                              key=lambda o: _key(o.text))
    pools.spans = tuple(sorted(facts.spans))
    return pools


def _scan(pool: list[Option], seed: str) -> list[Option]:
    """Up to _SCAN pool entries, starting at a place fixed by `seed`."""
    if not pool:
        return []
    start = int(_key(seed)[:8], 16) % len(pool)
    taken = pool[start: start + _SCAN]
    return taken + pool[: min(_SCAN, len(pool)) - len(taken)]  # wrapping round to the start


def _nearest_first(pos: int, size: int) -> Iterator[int]:
    """Pool indexes around `pos`, nearest first (pos, pos - 1, pos + 1, ...; about _SCAN), made
    as they are needed: three wrong options are usually found among the first few."""
    low, high, count = pos - 1, pos, 0
    while (low >= 0 or high < size) and count < _SCAN:
        if high < size:
            yield high
            high += 1
            count += 1
        if low >= 0:
            yield low
            low -= 1
            count += 1


def _nearby(mention: DateMention) -> list[tuple[int, int, int]]:
    """Made-up dates near the answer, for when the documents offer too few.

    They come in a grid: with another year Y, month M and day D, the options are (year, M, D),
    (Y, month, D) and (Y, M, day), so the answer's year, month and day are each as common among
    the four choices as the others: the answer cannot be told as the one that shares the most.
    Other years follow as a fallback.
    """
    year, month, day = mention.year, mention.month, mention.day
    years = [year + 1, year - 1, year + 2, year - 2]
    if mention.granularity == "day":
        other_month = month + 2 if month <= 10 else month - 2
        other_day = day + 9 if day <= 19 else day - 9
        grid = [date for y in years[:2] for date in (
            (year, other_month, other_day), (y, month, other_day), (y, other_month, day))]
    elif mention.granularity == "month":
        other_month = month + 3 if month <= 9 else month - 3
        grid = [date for y in years[:2] for date in (
            (year, other_month, 0), (y, month, 0), (y, other_month, 0))]
    else:
        grid = []
    made = grid + [(year + s, month, day) for s in (1, -1, 2, -2, 3, -3, 5, -5)]
    return [date for date in made if _real_date(*date)]  # never "31 September", "29 February 2003"


# What starts on a first of the month: a law, a reform, a treaty taking effect
_TAKES_EFFECT = re.compile(r"\b(?:(?:t[ao]ke|takes|took|taken|came|come|comes|entered|enter|"
                           r"enters|went|go|goes)\s+(?:into\s+)?(?:effect|force)|"
                           # a unit of government made, merged or ended ("was the region of
                           # Eastern Uusimaa merged", "were Finland's provinces abolished":
                           # "1 January" against "26 | 27 | 28 January", round 867)
                           r"merged?|abolish(?:ed)?|dissolved?|cease[ds]?\s+to\s+exist|"
                           r"beg[ia]n\s+to\s+function|c[ao]me\s+into\s+being)\b")
# "On what date in 1933": the year the question gives a day and month of
_ASKED_IN_YEAR = re.compile(r"^(?:[^:?]{1,80}: )?On what dates? in (?P<year>\d{3,4})\b")


def _within(value: tuple[int, int, int],
            span: tuple[tuple[int, int, int], tuple[int, int, int]]) -> bool:
    """Whether `value` (a year, a month of a year or a day; 0 for what is not written) may
    fall inside `span`, compared as finely as it is written."""
    depth = 3 if value[2] else 2 if value[1] else 1
    return span[0][:depth] <= value[:depth] <= span[1][:depth]


def _real_date(year: int, month: int, day: int) -> bool:
    """Whether the day exists in its month and year (a year or a month alone always does)."""
    return not (month and day) or 1 <= day <= calendar.monthrange(year, month)[1]


_FUTURE = re.compile(r"\b(?:will|set to|scheduled to|expected to|plans? to|is to|are to)\b")
_DIGITS = re.compile(r"\d+")
_MONTH_WORD = re.compile(rf"\b(?:{'|'.join(MONTH_NAMES[1:])}|[A-Z][a-z]{{2}}\.|Sept\.)")
_DASHES = re.compile(r"\s*[-–—]\s*")


def written_form(text: str) -> str:
    """How a date is written, its numbers and months aside: "2003 to 2005" -> "0 to 0",
    "17–18 May 1998" -> "0–0 M 0". A range or a list taken whole from another document
    is an option only when written like the answer (not "2004–2006" for "2003 to 2005");
    the kind of dash does not count."""
    return _DASHES.sub("–", _MONTH_WORD.sub("M", _DIGITS.sub("0", text)))


# Words for fighting: "the ____ war" and "Baku's ____ offensive" may each be told of another
# war of the same parties.
_FIGHTING = frozenset({"war", "wars", "offensive", "offensives", "conflict", "campaign",
                       "invasion", "attack", "attacks", "hostilities", "fighting", "clashes",
                       "uprising", "revolt", "rising", "coup"})
_FIGHTING_AFTER_BLANK = re.compile(rf"{re.escape(BLANK)}\s+(?:[a-z-]+\s+){{0,2}}"
                                   rf"(?P<noun>{'|'.join(sorted(_FIGHTING))})\b")


def _fighting_names(question: str) -> frozenset[str]:
    """The names (folded) of a fill-in whose blank dates a fight ("after Baku's ____ military
    offensive" -> armenia, azerbaijan, nagorno-karabakh, baku); empty for any other."""
    if BLANK not in question or not _FIGHTING_AFTER_BLANK.search(question):
        return frozenset()
    return frozenset(fold(w) for w in re.findall(r"(?<=\s)[A-Z][\w’'-]+", question)
                     if fold(w)) - {"the"}


# The words by which a question tells of an event held over some days
_EVENT_TOLD = re.compile(r"\b(?:Games|Olympics?|Olympiad|[Ff]lame|[Tt]orch|Week|Exposition|"
                         r"Exhibition|Expo|Fair|Festival|Championships?|Tournament)\b")
_EVENT_NEAR_DAYS = 60  # a day this near an event's days is told of it ("the flame reached Tokyo")


def _days_of(span: tuple[Day, Day], own: Day) -> list[Day]:
    """The days of an event's span, nearest to `own` first (each distance later before
    earlier), without `own`."""
    first, last = datetime.date(*span[0]), datetime.date(*span[1])
    asked = datetime.date(*own)
    found = [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]
    found.sort(key=lambda day: (abs((day - asked).days), day < asked))
    return [(day.year, day.month, day.day) for day in found if day != asked]


def _side(day: Day, span: tuple[Day, Day]) -> str:
    """Where `day` falls of an event's span: "in", "before" or "after" it, or "far" (more
    than _EVENT_NEAR_DAYS away)."""
    side = _event_side(day, (span,))
    return side[1] if side is not None else "far"


def _event_side(day: Day, spans: tuple[tuple[Day, Day], ...]) -> tuple[tuple[Day, Day], str] | None:
    """The event's span `day` falls in or near (within _EVENT_NEAR_DAYS), and on which side:
    "in", "before" or "after"; None when no one event's days are near it."""
    held = span_holding(day, spans)
    if held is not None:
        return held, "in"
    at = days(day)
    near = [span for span in spans if 0 < days(span[0]) - at <= _EVENT_NEAR_DAYS
            or 0 < at - days(span[1]) <= _EVENT_NEAR_DAYS]
    if len(set(near)) != 1:
        return None
    span = near[0]
    return span, "before" if at < days(span[0]) else "after"


# The world wars, from the first declaration to the end of the fighting in Europe, and the words
# by which a question tells of the war: an option after it is ruled out by the question's own
# sense ("the German Operation Nordwind ... January 1946", "the Allied air raids on Dresden of
# 1947": readers of rounds 461-469 faulted six such cards)
_WORLD_WARS = (((1914, 7, 28), (1918, 11, 11)), ((1939, 9, 1), (1945, 5, 8)))
_WARTIME = re.compile(r"\b(?:German|Germans|Nazi|SS|Wehrmacht|Luftwaffe|Allied|Allies|Red Army|"
                      r"Soviet troops|air raids?|bombing|offensive|[Oo]ccupied|[Oo]ccupation|"
                      r"the war|Operation [A-Z])\b")


def _war_of(own: tuple[int, int, int], question: str) -> tuple[tuple[int, int, int],
                                                                tuple[int, int, int]] | None:
    """The world war a date falls in when the question tells of that war; else None."""
    depth = _depth(own)
    for start, end in _WORLD_WARS:
        if start[:depth] <= own[:depth] <= end[:depth] and _WARTIME.search(question):
            return start, end
    return None


# "The London Protocol was adopted ... on ____", "the Treaty of Paris": an agreement the question
# names, by a name other agreements of the documents may share
_AGREEMENT_NAMED = re.compile(
    r"\b(?:(?!(?:The|A|An|In|On|By|After|Before|Under|With)\b)[A-Z][\w’'-]+\s+)+(?:Treaty|"
    r"Protocol|Convention|Agreement|Accord|Pact|Declaration|"
    r"Charter|Peace)\b|\b(?:Treaty|Protocol|Convention|Agreement|Peace|Act|Congress)\s+of\s+"
    r"(?:[A-Z][\w’'-]+\s+)*[A-Z][\w’'-]+")


def _agreements_named(question: str) -> tuple[frozenset[str], ...]:
    """The content words of each agreement the question names outside its label (two words or
    more: "london protocol", "treaty paris")."""
    named = (frozenset(content_words(m.group()))
             for m in _AGREEMENT_NAMED.finditer(unlabelled(question)))
    return tuple(words for words in named if len(words) >= 2)


def _julian_lag(year: int) -> int:
    """How many days the Julian calendar (Old Style) ran behind the Gregorian in `year`, or 0
    before the Gregorian began (1582) and after the last countries left the Julian (1923)."""
    if not 1582 <= year <= 1923:
        return 0
    return 10 + max(0, (year - 1600) // 100 - (year - 1600) // 400)


def _other_calendars_day(own: tuple[int, int, int], value: tuple[int, int, int],
                         asked_in: re.Match[str] | None = None) -> bool:
    """Whether `value` is the answer's day in the other calendar: as many days from it as the
    Julian calendar ran behind, so that a document in Old Style has it right ("21 July 1774
    (10 July Old Style)"). A day without its year ("On what date in 1774 ...?") is of the year
    the question asks in (`asked_in`, a match of _ASKED_IN_YEAR)."""
    year = own[0] or (int(asked_in.group("year")) if asked_in else 0)
    lag = _julian_lag(year)
    if not lag:
        return False
    try:
        apart = abs((datetime.date(value[0] or year, *value[1:])
                     - datetime.date(year, *own[1:])).days)
    except ValueError:
        return False  # (a day of no calendar: "29 February" of another year)
    return apart in {lag, lag + 1, lag - 1} if year % 100 in {0, 99} else apart == lag


def _depth(value: tuple[int, int, int]) -> int:
    """How many of a date's parts are written: 1 a year, 2 a month, 3 a day."""
    return 3 if value[2] else 2 if value[1] else 1


def _date_choices(cand: Candidate, pools: Pools, banned: set[str], written: int = 0,
                  latest: int = 0, founded: Founding | None = None, died: int = 0
                  ) -> tuple[list[str], bool]:
    """The wrong options, and whether the question's own words ruled some out (then fewer
    than three may be given)."""
    mention = cand.fact.date
    if mention is None:
        return [], False
    in_sentence = {(d.year, d.month, d.day) for d in cand.fact.sentence.dates}
    own = (mention.year, mention.month, mention.day)
    # "took part in the captures in 1592 and then in the siege, which ... invested in May
    # 1594": the sentence's other dates, read as finely as the answer is written, are no options
    # (1594 was found right for the year of "the captures ... and then the siege", round 318)
    depth = _depth(own)
    in_sentence |= {(value[0], value[1] if depth > 1 else 0, 0) for value in in_sentence
                    if _depth(value) > depth}
    # "on 3 June 1665 (13 June New Style)": a day of the sentence written without its year is
    # of the answer's year, the same day in another calendar (round 756 offered "13 June 1665")
    in_sentence |= {(own[0], d.month, d.day) for d in cand.fact.sentence.dates
                    if not d.has_year and d.month and d.day}
    fighting = _fighting_names(cand.question)
    agreements = _agreements_named(cand.question)
    context = _context_words(cand.fact.sentence.text)
    grain = mention.granularity
    pool = pools.dates.get(grain, [])
    pos = bisect.bisect_left(pools.date_values.get(grain, []), own)
    out: list[str] = []

    # "After the attacks in ____, Congress passed the act of 2002": an option must keep the
    # answer's order with the other dates of the sentence, or the sentence rules it out.
    # (Only the dates the question still shows: one cut with its bracket rules nothing out.)
    others = [(d.year, d.month, d.day) for d in cand.fact.sentence.dates
              if d.has_year and (d.year, d.month, d.day) != own and d.text in cand.question]

    def same_order(value: tuple[int, int, int]) -> bool:
        # compared as finely as the coarser of the two is written: "late ____ ... followed on
        # 27 February 1885" rules out the year 1885 for a year asked before it
        for other in others:
            depth = min(_depth(own), _depth(other))
            mine, theirs, option = own[:depth], other[:depth], value[:depth]
            if mine == theirs:
                continue  # ("in ____ 1945 ... on 8 August 1945": either side may be right)
            if option == theirs or (option < theirs) != (mine < theirs):
                return False
        return True

    # A past event cannot have happened after the document was written, nor a planned one
    # before; without the document's date, a plan is at least as late as the answer.
    future = bool(_FUTURE.search(cand.question))
    earliest = (written or own[0]) if future else 0
    latest = 9999 if future else (written or latest or 9999)
    if died and own[0] <= died and not future:
        latest = min(latest, died)  # what the subject of a biography did, before they died

    window = PRECISE_WINDOW_YEARS if grain in {"day", "month"} else DATE_WINDOW_YEARS
    # "Around ____ a prince ... established himself at Haleri" (c. 1600): 1599 and 1601 are
    # "around 1600" too, so an approximate year's options are a decade or more away (round 393)
    approximate = grain == "year" and _APPROXIMATE.search(cand.question) is not None
    if approximate:
        window = APPROXIMATE_WINDOW_YEARS
    cycle = _cycle(cand.question) if mention.has_year and grain not in {
        "monthday", "day", "month", "day-range"} else 0
    # (a day or a month is no holding's year: "the Tlatelolco massacre of ____, ten days before
    # the Olympic Games" offered 2 October 1964, 1972 and 1976, struck by anyone who knows the
    # Games' year, round 1633)
    if cycle:
        window = max(window, cycle * max(_CYCLE_STEPS))
    setting = setting_for(cand.question, mention, cand.fact.sentence.dates, BLANK)
    floor = _first_time(setting, pools, grain, pos) if setting.repeats else None
    narrowed = False
    term = president_s_term(cand.question, own[0]) if own[0] else None
    elect = president_elect_s_weeks(cand.question, own[0]) if own[0] else None

    def fits(value: tuple[int, int, int], option: str) -> bool:
        nonlocal narrowed
        if (floor is not None and value <= floor) or not setting.fits(value, option):
            narrowed = True
            return False
        if term is not None and any(not term[0] <= int(year) <= term[1]
                                    for year in _YEAR_IN_OPTION.findall(option)):
            narrowed = True  # "under President Jimmy Carter, from ____" (1977 to 1981): not
            return False  # "1979 to 1983", which runs past his term (round 1701)
        return True

    asked_in = _ASKED_IN_YEAR.match(cand.question) if grain == "monthday" else None
    war = _war_of(own, cand.question) if mention.has_year else None
    year_of = (lambda value: value) if own[0] else (
        (lambda value: (int(asked_in.group("year")), value[1], value[2])) if asked_in else None)
    event = _event_side(year_of(own), pools.spans) if year_of and own[2] and grain in {
        "day", "monthday"} else None  # (not the event's own span, "3–13 February 1972")
    if event is not None and event[1] != "in" and not _EVENT_TOLD.search(cand.question):
        event = None  # (a day near the Games is kept on its side only when the question tells
        # of them: the mayor's resignation a month after is no act of the Games)

    first_of_month = own[2] == 1 and _TAKES_EFFECT.search(cand.question) is not None
    wintry = own[1] in _WINTER_MONTHS and _WINTRY.search(cand.question) is not None
    fixture = bool(own[1]) and _FIXTURE.search(cand.question) is not None

    def usable(value: tuple[int, int, int]) -> bool:
        nonlocal narrowed
        if value == own or value in in_sentence or not same_order(value):
            return False
        if wintry and value[1] and value[1] not in _WINTER_MONTHS:
            narrowed = True  # (the question rules the summer out: two options may do)
            return False  # "did a Russian army cross the ice to Åland?" (March 1809): not a
            # June (round 986)
        if fixture and value[1] and min((value[1] - own[1]) % 12,
                                        (own[1] - value[1]) % 12) > _FIXTURE_MONTHS:
            narrowed = True
            return False  # "did a 4-0 win over Chelsea in the FA Cup final complete the
            # double?" (14 May 1994): not a 20 January
        if term is not None and value[0] and not term[0] <= value[0] <= term[1]:
            narrowed = True  # "did President George W. Bush award ...?" (2002): not 1998 or
            return False  # 2000, before he took office (round 1681)
        if elect is not None and not _within(value, elect):
            narrowed = True  # "did Zangara fire at President-elect Franklin D. Roosevelt?" (15
            return False  # February 1933): not April 1933, after his oath (round 1722)
        if first_of_month and value[2] != 1:
            return False  # "did the Structural Reform take effect?" 1 January: a law starts on
            # a first of the month, so "14 January" gives the answer away (round 772)
        if asked_in and not _real_date(int(asked_in.group("year")), value[1], value[2]):
            return False  # "On what date in 1933 ...?": no "29 February" (another year's day)
        if before_founding(value, own, cand.fact.sentence.line, founded):
            return False  # an event of a body's own years: no option before it existed
        if value[2] and value[1:] in _YEAR_ENDS and own[1:] not in _YEAR_ENDS and any(
                other[1:] in _YEAR_ENDS for other in chosen):
            return False  # a second "31 December": the options read as placeholders
        if value[0] and not earliest <= value[0] <= latest:
            return False
        if war is not None and not war[0][:depth] <= value[:depth] <= war[1][:depth]:
            return False  # "the German Operation Nordwind" of January 1945: not January 1946
        if event is not None and year_of is not None and value[2] and (
                _side(year_of(value), event[0]) != event[1]):
            narrowed = True  # a day of the Games asked: another day of the Games, not one
            return False  # after they closed (and a day before them, not one inside)
        if mention.has_year and abs(value[0] - own[0]) > window:
            return False
        if cycle and (value[0] - own[0]) % cycle:
            return False  # "the census of 1871": no census year
        if approximate and abs(value[0] - own[0]) < APPROXIMATE_GAP_YEARS:
            return False
        if approximate and own[0] % 10 == 0 and value[0] % 10:
            return False  # "Around ____" answered 1350: "1335" and "1319" beside it leave the
            # one round year as the answer (round 987)
        if own[2] and value[2] and abs(days(value) - days(own)) <= NEAR_DAYS:
            return False  # a day or two off may be the same event told by another source
        if own[2] and value[2] and _other_calendars_day(own, value, asked_in):
            return False  # "1 January 1822" and "13 January 1822": one day, Old Style and New
            # (rounds 1085 and 1088 found both right)
        if own[2] and value[2] and _patterned(own, value, chosen, every_year=grain == "monthday"):
            return False
        told = pools.date_contexts.get((grain, value), ())
        if fighting and any(other & _FIGHTING and other & fighting for other in told):
            return False  # "Baku's ____ military offensive": not 2020, when the documents
            # tell of a war of the same parties (an offensive too)
        if agreements and any(words <= other for words in agreements for other in told):
            return False  # "The London Protocol was adopted ... on ____": not the day another
            # London Protocol was (rounds 1085 and 1087 found such options right)
        return not any(_same_event(context, other) for other in told)

    chosen: list[tuple[int, int, int]] = []
    before = set(banned)

    def take(option: str, value: tuple[int, int, int]) -> None:
        out.append(option)
        chosen.append(value)
        banned.add(fold(option))
    for index in _nearest_first(pos, len(pool)):
        if len(out) == CHOICES:
            break
        value, text = pool[index]
        if not usable(value):
            continue
        written_whole = grain not in {"year", "month", "day", "monthday"}  # ranges, lists
        if written_whole and written_form(text) != written_form(mention.text):
            continue
        if grain == "day-range" and _days_spanned(text) != _days_spanned(mention.text):
            continue  # ("1–3 March 1921" is no option for "the night of 2–3 December 1920")
        if grain == "year-range" and not _spans_alike(text, mention.text):
            continue  # ("1988–2003" is no option for a party split of "1987–1988")
        option = text if written_whole else render(mention, *value)
        folded = fold(option)
        if folded not in banned and fits(value, option) and not _shares_years(option, mention):
            take(option, value)
    if len(out) == CHOICES and grain in {"year", "month", "day"}:
        def allowed(value: tuple[int, int, int]) -> bool:
            return usable(value) and setting.fits(value, render(mention, *value)) and (
                floor is None or value > floor)
        _straddle(own, out, chosen, _other_side(own, chosen, pool, pos, mention, allowed),
                  mention)
    if grain in {"day", "month"} and len(out) == CHOICES and _stands_out(own, chosen):
        out, chosen = [], []  # the answer shares the most parts with the others: use the grid
        banned.clear()
        banned.update(before)
    if grain == "day-range" and len(out) < CHOICES:
        # "24–25 March 1914": other days the documents tell, spanned alike, before the same
        # range in other years (options that differ by the year alone read as placeholders)
        days_pool = pools.dates.get("day", [])
        at = bisect.bisect_left(pools.date_values.get("day", []), own)
        for looked, index in enumerate(_nearest_first(at, len(days_pool))):
            if len(out) == CHOICES or looked == _SCAN:
                break
            value = days_pool[index][0]
            spanned = _day_range(mention, value)
            if spanned is None or not usable(value) or fold(spanned) in banned:
                continue
            take(spanned, value)
    if first_of_month and grain in {"day", "monthday"}:  # other firsts of a month: "1 April",
        # "1 July" (the documents seldom offer three)
        for step in (3, 6, 9, 4, 8, 2, 5, 7, 10):
            if len(out) == CHOICES:
                break
            moved = (own[0], (own[1] - 1 + step) % 12 + 1, 1)
            option = render(mention, *moved)
            if fold(option) not in banned and usable(moved) and fits(moved, option):
                take(option, moved)
    if event is not None and event[1] == "in" and year_of is not None:  # other days of the
        # event the answer is a day of (the documents seldom tell three): "4 February" of a week
        # of 25 January-5 February, "29 January"
        for moved in _days_of(event[0], year_of(own)):
            if len(out) == CHOICES:
                break
            value = moved if grain == "day" else (0, moved[1], moved[2])
            option = render(mention, *value)
            if fold(option) not in banned and value not in in_sentence and usable(value) and (
                    fits(value, option)):
                take(option, value)
    made_up = ([(own[0] + step, 0, 0) for step in _APPROXIMATE_STEPS] if approximate
               else [(own[0] + step * cycle, own[1], own[2]) for step in _CYCLE_STEPS] if cycle
               else _nearby(mention))
    for moved in made_up:
        if not mention.has_year or len(out) == CHOICES:
            break
        if grain in {"year", "month", "day"}:
            option = render(mention, *moved)
        else:  # a range or a list: every year in it moves alike
            option = with_year(mention, moved[0] - mention.year)
        folded = fold(option)
        if folded in banned or moved in in_sentence or not usable(moved) or not fits(
                moved, option) or _shares_years(option, mention):
            continue
        take(option, moved)
    if grain in {"day", "month"} and len(out) == CHOICES:
        _share_the_year(own, out, chosen, mention, lambda value: usable(value) and fits(
            value, render(mention, *value)))
    return out, narrowed


# A span or a list of bare years: "1737–1738", "1143 or 1144", "1899 and 1907"
_BARE_YEARS = re.compile(r"^\d{3,4}(?:\s*(?:[–-]|or|and|,)\s*\d{2,4})+$")
_YEAR = re.compile(r"\d{2,4}")


def _years_of(text: str, span: bool) -> set[int]:
    """The years a span ("1737–1738", every year from the first to the last) or a list of bare
    years ("1143 or 1144") names; "1737–38" ends in 1738."""
    found = [int(y) for y in _YEAR.findall(text)]
    if not found:
        return set()
    first = found[0]
    years = {first}
    for year in found[1:]:
        if year < 100:
            year += first - first % 100  # ("1737–38")
        years.add(year)
    return set(range(min(years), max(years) + 1)) if span else years


def _shares_years(option: str, mention: DateMention) -> bool:
    """Whether a span or a list of bare years offered as wrong shares a year with the answer:
    "1736–1738" for "1737–1738", "1142 or 1143" for "1143 or 1144" are right in part (rounds
    1400 and 1404 found both right)."""
    if mention.granularity not in {"year-range", "list"} or not _BARE_YEARS.match(
            mention.text.strip()):
        return False
    span = mention.granularity == "year-range"
    return bool(_years_of(option, span) & _years_of(mention.text, span))


_DAY_RANGE = re.compile(r"^(?P<first>\d{1,2})(?P<dash>\s*[–-]\s*)(?P<last>\d{1,2})\s+"
                        r"(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})$")


_YEARS = re.compile(r"\b\d{4}\b")


def _spans_alike(option: str, answer: str) -> bool:
    """Whether two year ranges span a like number of years (a span no more than its shorter
    one longer or shorter: "1986–1987" for "1987–1988", not "1988–2003")."""
    def span(text: str) -> int:
        years = [int(y) for y in _YEARS.findall(text)]
        return max(years) - min(years) if years else 0
    a, b = span(option), span(answer)
    return abs(a - b) <= max(1, min(a, b))


def _days_spanned(text: str) -> int:
    """How many days after the first a day range ends ("2–3 December 1920": 1), or -1."""
    m = _DAY_RANGE.match(text.strip())
    return int(m.group("last")) - int(m.group("first")) if m else -1


def _day_range(mention: DateMention, value: tuple[int, int, int]) -> str | None:
    """A day range ("24–25 March 1914") moved to start on `value`, spanning as many days; None
    when it is written otherwise or would run past the month."""
    m = _DAY_RANGE.match(mention.text)
    if m is None or not value[1] or not value[2]:
        return None
    span = int(m.group("last")) - int(m.group("first"))
    if span <= 0 or value[2] + span > 28:
        return None
    return (f"{value[2]}{m.group('dash')}{value[2] + span} {MONTH_NAMES[value[1]]} "
            f"{value[0]}")


def _other_side(own: tuple[int, int, int], chosen: list[tuple[int, int, int]],
                pool: list[tuple[tuple[int, int, int], str]], pos: int, mention: DateMention,
                usable: Callable[[tuple[int, int, int]], bool]) -> tuple[int, int, int] | None:
    """The nearest usable date on the side of the answer none of `chosen` is on (corpus dates
    first, then made-up ones), or None when the options already straddle it or none is."""
    later = [value > own for value in chosen]
    if any(later) and not all(later):
        return None
    wanted_later = not all(later)
    corpus = [pool[i][0] for i in _nearest_first(pos, len(pool))]
    for value in corpus + _nearby(mention):
        if (value > own) == wanted_later and value not in chosen and usable(value):
            return value
    return None


def _straddle(own: tuple[int, int, int], out: list[str], chosen: list[tuple[int, int, int]],
              other: tuple[int, int, int] | None, mention: DateMention) -> None:
    """Options all on one side of the answer give it away (the earliest or the latest of four,
    and often after the event it dates): the farthest is swapped for `other`, in place."""
    if other is None:
        return
    far = max(range(len(chosen)), key=lambda i: abs(days(chosen[i]) - days(own)))
    option = render(mention, *other)
    if fold(option) in {fold(text) for text in out}:
        return
    out[far], chosen[far] = option, other


def _share_the_year(own: tuple[int, int, int], out: list[str], chosen: list[tuple[int, int, int]],
                    mention: DateMention, usable: Callable[[tuple[int, int, int]], bool]) -> None:
    """Options all of one other year leave the answer alone in its year ("8 May 1945" among
    three days of 1944: round 822): the farthest is swapped, in place, for a made-up day of
    the answer's year a few months away, if one is usable."""
    years = {value[0] for value in chosen}
    if len(years) != 1 or own[0] in years:
        return
    year, month, day = own
    farthest_first = sorted(range(len(chosen)), key=lambda i: -abs(days(chosen[i]) - days(own)))
    for step in (-2, 2, -3, 3, -4, 4):
        for moved in ((year, month + step, day), (year, month + step, day + 9 if day and day <= 19
                                                   else max(day - 9, 0))):
            if not 1 <= moved[1] <= 12 or not _real_date(*moved) or moved in chosen:
                continue
            option = render(mention, *moved)
            if fold(option) in {fold(text) for text in out} or not usable(moved):
                continue
            for far in farthest_first:
                swapped = [*chosen[:far], moved, *chosen[far + 1:]]
                if not _stands_out(own, swapped):  # (nor share the most parts with them)
                    out[far], chosen[far] = option, moved
                    return


def _first_time(setting: DateSetting, pools: Pools, grain: str, pos: int
                ) -> tuple[int, int, int] | None:
    """The latest date before the answer on which the corpus tells the first doing of what the
    question says was done again ("appointed" for "re-appointed"), else None."""
    values = pools.date_values.get(grain, [])
    for index in range(pos - 1, -1, -1):
        value = values[index]
        if days(setting.own) - days(value) > DATE_WINDOW_YEARS * 372:
            break
        if any(setting.first_time(c) for c in pools.date_contexts.get((grain, value), ())):
            return value
    return None


def _patterned(own: tuple[int, int, int], value: tuple[int, int, int],
               chosen: list[tuple[int, int, int]], every_year: bool) -> bool:
    """Whether a day as a wrong option would make the options a pattern the answer breaks:
    a day or two from another option ("13 November | 12 November | 11 November" for 31
    December, round 981), or the third to share a day or month the answer does not ("1 May |
    1 June | 1 January" for 26 May, round 982). `every_year`: the days are of any year
    ("On what date in 1997 ...?")."""
    def count(day: tuple[int, int, int]) -> int:
        return days((0, *day[1:]) if every_year else day)

    if any(abs(count(value) - count(other)) <= NEAR_DAYS for other in chosen if other[2]):
        return True
    if len(chosen) != CHOICES - 1:
        return False
    return any(chosen[0][part] == chosen[1][part] == value[part] != own[part] for part in (1, 2))


def _stands_out(answer: tuple[int, int, int], options: list[tuple[int, int, int]]) -> bool:
    """Whether the answer shares more of its year, month and day with the other choices than
    any of them does: a student picking the most common year, month and day would find it."""
    choices = [answer, *options]

    def shared(value: tuple[int, int, int]) -> int:
        return sum(value[part] == other[part] for other in choices if other is not value
                   for part in range(3) if value[part])

    score = shared(answer)
    return all(shared(option) < score for option in options)


def _closeness(role: frozenset[str], surname: str, pools: Pools) -> int:
    """The most words `role` shares with one office held by the person of `surname`.

    The words of all their offices bound it (and settle it when at most one is shared), so the
    offices, many for a much-quoted person, are looked at only when two or more words may be.
    """
    bound = len(role & pools.role_words_of.get(surname, frozenset()))
    if bound <= 1:
        return bound
    best = 0
    for held in pools.roles_of[surname]:
        best = max(best, len(role & held))
        if best == bound:
            break
    return best


# The countries as `_words` writes them ("australia", "us"): what a role's nation is.
_NATIONS = frozenset(_COUNTRY_OF_ADJECTIVE.values()) | {"us"}
# A country of two words or more by the words `_words` gives and the one that tells it apart
# ("Solomon Islands" -> "solomon", "New Zealand" -> "zealand"), which an office's words hold.
_MANY_WORDED = tuple((frozenset(words), max(words, key=len))
                     for words in (tuple(fold(name).replace("'", " ").split())
                                   for name in (*_COUNTRY_NAMES, "Solomon Islands",
                                                "Marshall Islands", "Cook Islands"))
                     if len(words) > 1 and words != ("united", "states"))


def _nations_of(words: frozenset[str]) -> frozenset[str]:
    """The nations an office's `words` name: a country of one word, or the telling word of one
    of several ("Prime Minister of the Solomon Islands" -> "solomon": round 124 offered
    Australian and New Zealand ministers for it)."""
    found = set(words & _NATIONS)
    found.update(telling for country, telling in _MANY_WORDED if country <= words)
    return frozenset(found)


def _name_choices(cand: Candidate, pools: Pools, banned: set[str],
                  people: frozenset[str] = frozenset()) -> list[str]:
    """Other officials of the answer's own document: the same story, so the same time and
    place (a Finnish president from another document is no option for an American minister of
    1864); those who held a similar kind of office first ("Prime Minister" for a President).
    Never one the question names, nor two forms of one person ("Cabot Lodge")."""
    role = _words(cand.fact.role)
    nations = _nations_of(role | _words(cand.fact.role_context))
    out: list[str] = []
    taken = {_surname(cand.answer)}
    asked = set(fold(cand.question).split())
    own = sorted((pools.name_options[p] for p in people if p in pools.name_options),
                 key=lambda o: _key(o.text))
    office = role & OFFICE_WORDS
    own.sort(key=lambda n: (-_closeness(office, n.surname, pools),
                            -_closeness(role, n.surname, pools)))
    for name in own:
        if name.surname in taken or name.folded in banned or (
                set(name.folded.split()) & asked - _NAME_PARTICLES):
            continue
        held = pools.roles_of.get(name.surname, ())
        if any(role <= r or r <= role for r in held):
            continue  # held the same (or a wider / narrower) office: possibly a right answer
        if nations and not any(nations & r for r in held):
            continue  # a Sudanese president offered for "Which President of Tanzania": the
            # answer's nation rules the option out
        out.append(name.text)
        taken.add(name.surname)
        if len(out) == CHOICES:
            break
    return out


# Words of a name that say nothing of who it is ("de", "Sir"): shared with the question, they
# do not make an option one the question names.
_NAME_PARTICLES = frozenset({"de", "da", "di", "van", "von", "der", "al", "el", "bin", "ibn",
                             "sir", "lord", "dame", "lady", "count", "viscount", "baron", "mr",
                             "mrs", "dr", "the", "of", "la", "le", "du", "dos", "das"})


# A word naming a people or a country ("German", "Pakistan's", "Soviet"): an office option with
# one the document never names is off its topic ("German Foreign Minister" at Afghan accords).
# (Narrower than officials.NATIONAL_WORD, which also takes "-ic" words: "Democratic".)
_NATION_WORD = re.compile(
    r"(?!(?:Human|Christian|Republican|Guardian|Veteran|Librarian|Parliamentarian|Metropolitan"
    r"|Civilian)\b)(?:[A-Z][a-z]+(?:an|ese|ish|i)(?<!man)"
    r"|Soviet|French|Dutch|Greek|Thai|Swiss|Czech|German|US|U\.S\.|UK)(?:['’]s)?")


def capital_prefixes(text: str) -> str:
    """The first four letters of every capitalised word of a document ("Germ" for "Germany",
    "Prus" for "Prussia"), each between bars ("|Germ|Prus|"): enough to tell whether it names a
    people an office option names, and small (a run holds one for each of its documents)."""
    return "|" + "|".join(sorted(set(re.findall(r"\b[A-Z][a-z]{3}", text)))) + "|"


def foreign_nation(role: str, answer_words: frozenset[str], named: str | None) -> bool:
    """Whether the office `role` names a people or country the document never names (`named`,
    its `capital_prefixes`; None when unknown) and the answer does not."""
    if named is None:
        return False
    for word in role.split():
        bare = re.sub(r"['’]s$", "", word)
        if (_NATION_WORD.fullmatch(word) or bare in _COUNTRY_NAMES) and (
                fold(bare) not in answer_words and f"|{word[:4]}|" not in named):
            return True
    return False


def _names_a_nation(role: str) -> bool:
    """Whether the office `role` names a people or a country ("Swedish", "Chile's")."""
    return any(_NATION_WORD.fullmatch(word) or re.sub(r"['’]s$", "", word) in _COUNTRY_NAMES
               for word in role.split())


def _role_choices(cand: Candidate, pools: Pools, banned: set[str],
                  named: str | None = None) -> list[str]:
    held = pools.roles_of.get(_surname(cand.fact.answer), set())
    words = _words(cand.answer)
    seen: set[frozenset[str]] = set()
    out: list[str] = []
    scanned = _scan(pools.roles, cand.question)
    office = words & OFFICE_WORDS
    nation_named = _names_a_nation(cand.answer)
    # Offices with the same title first ("Finance Minister" for "Transport Minister"), then
    # those sharing other words; one without the answer's title is no rival.
    scanned.sort(key=lambda r: (-len(r.words & office), -len(r.words & words)))
    for role in scanned:
        other = role.words
        if not other & office:
            break  # sorted by shared words: no office further on is of the same kind
        if len((other & words) - _FILLER) < 2:
            continue  # "Brazil's Minister of Agriculture" is no rival of "Cuba's Minister of ..."
        if role.folded in banned or other <= words or words <= other:
            continue
        if _FAMOUS_OFFICE.match(role.text) or incomplete_role(role.text):
            continue  # a famous office is no rival; "Finance Minister" (of where?) no office
        if "member" in other and len(other & words) >= 2:
            continue  # a member of the body the answer heads may be a right answer too
        if foreign_nation(role.text, words, named):
            continue  # "German Foreign Minister" for a Soviet one at accords with no German
        if _names_a_nation(role.text) != nation_named:
            continue  # "Norwegian Foreign Minister" for "Minister for European Affairs": the
            # answer would be the only option without a nation (round 114)
        if any(other <= w or w <= other for w in seen) or any(other <= h or h <= other
                                                              for h in held):
            continue  # the same office as a right answer or as an option already chosen
        out.append(role.text)
        seen.add(other)
        banned.add(role.folded)
        if len(out) == CHOICES:
            break
    return out


# The words that name a kind of office; the rest of a role says where or of what.
OFFICE_WORDS = frozenset({
    "president", "minister", "secretary", "ambassador", "senator", "congressman",
    "congresswoman", "representative", "governor", "mayor", "chancellor", "premier", "king",
    "queen", "envoy", "consul", "spokesperson", "spokesman", "spokeswoman", "chairman", "chair",
    "chairwoman", "chairperson", "director", "commissioner", "general", "admiral", "adviser",
    "advisor", "speaker", "leader", "head", "negotiator", "secretary-general", "undersecretary",
    "prince", "emir", "sultan", "attorney", "judge", "justice", "prosecutor"})


def _initials(text: str) -> str:
    """The capital initials of a name ("Anti-Ballistic Missile Treaty" -> "ABMT")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", text) if w[:1].isupper())


def _abbreviates(short: str, long: str) -> bool:
    """Whether `short` is an abbreviation of `long` ("ABM Treaty", "Anti-Ballistic Missile
    Treaty"): its capitalised words spell the long name's initials, in order."""
    capitals = "".join(w if w.isupper() else w[:1] for w in short.split() if w[:1].isupper())
    return len(capitals) >= 2 and capitals == _initials(long)


_NUMBERED = re.compile(r"(?P<kind>[A-Z][a-z]+(?: [A-Z][a-z]+)*) (?P<number>\d+)")


_OF_WORDS = frozenset({"of", "and", "the", "on", "for", "in"})


def _near_number(text: str, number: int) -> bool:
    """Whether a numbered name ("Resolution 1744") is numbered near `number` (1725): a
    resolution or an article far from the answer's number is of another age or part, and no
    student would take it for the answer."""
    found = _NUMBERED.fullmatch(text)
    return found is not None and abs(int(found.group("number")) - number) <= max(5, number // 4)


def generic_name(text: str) -> bool:
    """Whether an agreement's name says only what kind it is ("Treaty of Friendship", "Treaty
    of Peace and Amity"): every word after its head a common noun, no place or party."""
    m = re.fullmatch(r"(?:The\s+)?[A-Z][a-z]+\s+of\s+(?P<rest>.+)", text)
    if m is None:
        return False
    words = [w for w in m.group("rest").split() if w.lower() not in _OF_WORDS]
    return bool(words) and all(
        w[:1].isupper() and parts_of_speech(w.lower()) == frozenset({"NOUN"}) for w in words)


# "the ____ of 1948": a year after an agreement's blank, which only the answer may fit
_YEAR_AFTER_BLANK = re.compile(rf"{BLANK}\s+of\s+\d{{4}}\b")


def _agreement_choices(cand: Candidate, pools: Pools, banned: set[str],
                       same_document: frozenset[str] | None = None) -> list[str]:
    if _YEAR_AFTER_BLANK.search(cand.question):
        return []  # "grew out of the ____ of 1948": the year rules out the others; typed
    words = _words(cand.answer)
    scanned = _scan(pools.agreements, cand.question)
    same = [a for a in scanned if a.head == cand.fact.head]
    numbered = _NUMBERED.fullmatch(cand.answer)
    if numbered:  # "Article 12": other articles first, then nearby numbers not in the sentence
        kind, number = numbered.group("kind"), int(numbered.group("number"))
        near = [_option(f"{kind} {n}") for n in (number + 1, number - 1, number + 2, number + 3)
                if n > 0]
        same = [a for a in same if a.text.split()[0] == kind and _near_number(
            a.text, number)] + near  # (not "Resolution 39" for a resolution of 2006, 1725)
    topic = words - _HEADS
    sentence = f" {fold(cand.fact.sentence.text)} "
    out: list[str] = []
    proper = any(ch.isupper() for ch in cand.answer)
    for agreement in same:
        other = agreement.words
        if same_document is not None and not numbered and agreement.folded not in same_document:
            continue  # an agreement of another document is of another topic
        if any(ch.isupper() for ch in agreement.text) != proper:
            continue  # a name for a name, a description for a description
        if proper and (described_agreement(agreement.text) or generic_name(agreement.text)):
            continue  # "Habsburg treaty", "Treaty of Friendship": a kind, not one agreement
        if _abbreviates(agreement.text, cand.answer) or _abbreviates(cand.answer, agreement.text):
            continue
        if agreement.folded in banned or other <= words or words <= other:
            continue
        if f" {agreement.folded} " in sentence:
            continue  # named in the same sentence: part of the answer's context, maybe true
        if topic & (other - _HEADS):
            continue  # "peace agreement" for "peace declaration" may name the same event
        if proper and (place := _OF_PLACE.search(agreement.text)) and re.search(
                rf"\bof\s+(?:the\s+)?{re.escape(place.group('place'))}\b", cand.question):
            continue  # "restored the frontier of Stolbovo": the question names the "Treaty of
            # Stolbovo" as another act, so it is no answer (round 826)
        out.append(agreement.text)
        banned.add(agreement.folded)
        if len(out) == CHOICES:
            break
    return out


# "Treaty of Stolbovo": the place a head's name gives
_OF_PLACE = re.compile(r"^[A-Z][\w-]*\s+of\s+(?:the\s+)?"
                       r"(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)$")


_ROUGHLY = re.compile(r"\b(?:about|around|circa|c\.|roughly|approximately|some\s+time\s+in)\s*$")


def choices_for(cand: Candidate, pools: Pools, written: int = 0, latest: int = 0,
                same_document: frozenset[str] | None = None, founded: Founding | None = None,
                named: str | None = None, died: int = 0,
                people: frozenset[str] = frozenset(),
                avoid: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Three wrong options for the candidate's question, or none when the corpus does not offer
    three adequate ones. `written` is the year the document was written and `latest` the
    latest year it names (0 when unknown); `same_document`, the folded agreements its own
    document names (agreement options are then taken from those: the same topic); `founded`,
    when and where the document says the body it is about was founded (no option of an event
    of its own years is earlier); `named`, its `capital_prefixes` (no office option names a
    people it never names); `died`, the year a biography's subject died (0 when unknown: no
    option of what they did is later); `people`, the officials its document names (folded);
    `avoid`, options to leave out (another card's of the same answer)."""
    banned = {fold(cand.answer), *(fold(a) for a in cand.accept), *(fold(a) for a in avoid)}
    fact = cand.fact
    if fact.kind == DATE and _ROUGHLY.search(fact.sentence.text, 0, fact.start):
        return ()  # "settled in The Hague in about 1570": a year near it may be as right
    narrowed = False
    if fact.kind == DATE:
        out, narrowed = _date_choices(cand, pools, banned, written, latest, founded, died)
    elif fact.kind == OFFICIAL and cand.form == "reverse":
        out = _role_choices(cand, pools, banned, named)
    elif fact.kind == OFFICIAL:
        out = _name_choices(cand, pools, banned, people)
    else:
        out = _agreement_choices(cand, pools, banned, same_document)
    out = _distinct(_dashed_as(out, cand.answer), cand)
    if narrowed and len(out) >= 2:
        return tuple(out)  # the question rules out the rest: fewer, all adequate
    return tuple(out) if len(out) == CHOICES else ()


_RANGE_DASH = re.compile(r"(?<=\d)\s*[-–—]\s*(?=\d)")


def _dashed_as(options: list[str], answer: str) -> list[str]:
    """`options` with the dash between their numbers written as the answer writes its own:
    "1897–1902" for "1902–1905", not "1897 – 1902", whose spaces tell the answer from the
    options taken from other sentences (round 1206)."""
    dash = _RANGE_DASH.search(answer)
    if dash is None:
        return options
    return [_RANGE_DASH.sub(lambda _: dash.group(), option) for option in options]


def _distinct(options: list[str], cand: Candidate) -> list[str]:
    """`options` without any that a deck's reader takes for another or for the answer: the
    key the loader compares them by (normalise_question), not fold, which keeps the spaces of
    "1942 – 1943" (round 307 wrote "1942 – 1943" and "1942–1943" as two options, and the deck
    failed its own check)."""
    seen = {normalise_question(cand.answer), *(normalise_question(a) for a in cand.accept)}
    kept = []
    for option in options:
        key = normalise_question(option)
        if key not in seen:
            seen.add(key)
            kept.append(option)
    return kept

