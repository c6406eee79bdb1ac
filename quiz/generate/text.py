"""Small text helpers shared by the generator: answer folding and relative-date anchoring."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quiz.core.text import fold_ascii
from quiz.generate.dates import MONTH_NAMES, DateMention

# Capital letters that start a name, in Latin scripts ("Şükrü", "Łukasz", "Émile").
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# A quotation, in curly or straight double quotes: words as someone wrote or said them
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_MONTHS = "|".join(MONTH_NAMES[1:])
_RELATIVE_YEAR = re.compile(r"\b(?P<which>(?i:this|last|next|that)) year\b")
_RELATIVE_MONTH = re.compile(
    rf"\b(?P<which>(?i:this|last|next)) (?P<month>{_MONTHS})\b(?P<year>,? \d{{4}})?")
_PREPOSITIONS = frozenset({"in", "of", "during", "since", "by", "until", "from", "before", "after",
                           "to", "on", "through"})
_UNRESOLVABLE = re.compile(
    r"(?=[eflmnstwy])"  # the words' first letters: most positions are ruled out at once
    r"\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!,?\s+(?:\d|jan|feb|"
    r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|today|yesterday|tomorrow|"
    r"tonight|(?:this|last|next) (?:week|month|weekend|summer|winter|spring|autumn)|"
    r"earlier this month|the previous day|"
    r"the day before|the following day)\b")  # matched against lower-cased text
# Each branch of _UNRESOLVABLE holds one of these (keep in step): without any, it is not run.
_UNRESOLVABLE_GATE = ("day", "week", "month", "tonight", "tomorrow", "summer", "winter",
                      "spring", "autumn")  # ("last summer", in a news report: round 557)


_FOLDED: dict[str, str] = {}  # fold's results for the document being worked on
_FOLDED_MAX = 20_000  # (a large document's: the oldest are forgotten past this many)


def fold(text: str) -> str:
    """fold_ascii (the generator's name for it), remembered for the document being worked on:
    its answers, roles and sentences are folded again by rule after rule. forget_folded, at
    each document's start, drops what the last one left."""
    folded = _FOLDED.get(text)
    if folded is None:
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        folded = _FOLDED[text] = fold_ascii(text)
    return folded


def forget_folded() -> None:
    """Drop fold's results (a new document: nothing is carried over from another one)."""
    _FOLDED.clear()


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words` (taken literally), its branches grouped by first letter.

    The engine tries the branches of "senator|speaker|mayor" one by one at every position of a
    text; grouped ("s(?:enator|peaker)|m(?:ayor)") it tries one group there. The same strings
    match: this keeps the gates that run on every sentence cheap.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):  # longest first, as usual
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# Capital letters a place's name in capitals may hold ("GDAŃSK", "ÎLE-DE-FRANCE"): ASCII,
# Latin-1 and Latin Extended-A, for a character class.
UPPER_LETTERS = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in map(chr, range(0x100, 0x180)) if ch.isupper())


def contains(haystack: str, needle: str) -> bool:
    """Whether `needle` occurs in `haystack` as whole words, after folding both."""
    return f" {fold(needle)} " in f" {fold(haystack)} "


# The day of a dated report ("MOSCOW, May 26, 1972 — ... tonight signed"), outside quotation
# marks: "today" is the dateline's day.
_REPORT_DAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b(?![’']s\b)"
                         r"(?![^“”\"]*[”\"])")
# "The road to today's ceremony": the day as an attribute ("the 6 August 1962 ceremony"), not
# "on 6 August 1962's" (round 133).
_REPORT_DAYS = re.compile(r"\b(?:today|tonight)[’']s\b(?![^“”\"]*[”\"])")


def anchor_relative_dates(text: str, doc_date: DateMention | None) -> str | None:
    """`text` with "this year", "last August" made absolute from the document's date, and in a
    report dated to the day, "today" or "tonight" made "on 26 May 1972".

    None when the text holds a relative date that cannot be resolved (no document date, or a
    weekday such as "on Tuesday"): such a question would not be self-contained.
    """
    if doc_date is not None and doc_date.day and doc_date.month and doc_date.year and (
            "to" in text or "this " in text):
        day = f"{doc_date.day} {MONTH_NAMES[doc_date.month]} {doc_date.year}"
        text = _REPORT_DAY.sub(f"on {day}", _REPORT_DAYS.sub(f"the {day}", text))
    lowered = text.lower()
    if any(map(lowered.__contains__, _UNRESOLVABLE_GATE)) and _UNRESOLVABLE.search(lowered):
        return None
    if " year" not in lowered and "this " not in lowered and "last " not in lowered and (
            "next " not in lowered):
        return text  # nothing relative to resolve
    if doc_date is None or not doc_date.has_year:
        if _RELATIVE_YEAR.search(text) or any(not m.group("year")
                                              for m in _RELATIVE_MONTH.finditer(text)):
            return None
        return _RELATIVE_MONTH.sub(
            lambda m: ("" if text[: m.start()].rstrip().split(" ")[-1].lower() in _PREPOSITIONS
                       else "in ") + f"{m.group('month')}{m.group('year')}", text)
    year = doc_date.year

    def month(m: re.Match[str]) -> str:
        before = text[: m.start()].rstrip().split(" ")[-1:]
        lead = "" if before and before[0].lower() in _PREPOSITIONS else "in "
        if m.group("year"):
            return f"{lead}{m.group('month')}{m.group('year')}"
        number = MONTH_NAMES.index(m.group("month"))
        which = m.group("which").lower()
        if which == "last":
            when = year if number < doc_date.month else year - 1
        elif which == "next":
            when = year if number > doc_date.month else year + 1
        else:
            when = year
        return f"{lead}{m.group('month')} {when}"

    def whole_year(m: re.Match[str]) -> str:
        which = m.group("which").lower()
        when = {"this": year, "that": year, "last": year - 1, "next": year + 1}[which]
        before = text[: m.start()].rstrip().split(" ")[-1:]
        if before and (before[0] in MONTH_NAMES[1:] or before[0].lower() in _PREPOSITIONS):
            return str(when)  # "in May this year", "in July of this year": no second "in"
        return f"in {when}"

    if re.search(r"\bthat year\b", text, re.I):
        return None  # "that year" points at another sentence, not at the document's date
    text = _RELATIVE_MONTH.sub(month, text)
    text = _RELATIVE_YEAR.sub(whole_year, text)
    return re.sub(r"\bin in (\d{4})\b", r"in \1", text)


_STOPWORDS = frozenset(
    "the a an of in on at to for by with from and or but as is was were be been has have had "
    "did does do that this these those which who whom whose what when where why how its it "
    "his her their our into over under after before during since until about between than "
    "then also not no more most other such some any each while within without against".split())
# Function words a lexicon of content words may lack ("against", "with", "among")
FUNCTION_WORDS = _STOPWORDS | frozenset({"upon", "among", "amongst", "onto", "amid", "toward",
                                         "towards", "beside", "beyond", "across", "along",
                                         "around", "throughout", "via", "per", "unto"})
_WORD = re.compile(r"[a-z][a-z'-]{2,}")


def content_words(text: str) -> list[str]:
    """The folded words of `text` that carry meaning (no function words, three letters or more)."""
    return [w for w in _WORD.findall(fold(text)) if w not in _STOPWORDS]


# "Representation of the ": a capitalised word and "of", whose name goes on after it
_NAME_AND_OF_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+of\s+(?:the\s+)?$")


def ends_a_longer_name(text: str, match: re.Match[str]) -> bool:
    """Whether `match`, a statute's name found in `text` with no "of" of its own, is the end of
    a longer one through "of": "People Act" of "Representation of the People Act" (round 983
    asked "was the People Act amended?"); not "the Red Ash Mountains" after "a map of the",
    "Kingdom of Tarsena" after "Viceroy of the", nor "Arctic Ocean Hydrographic Expedition"
    after "the Taymyr and Vaygach of the" (other kinds of name, which readers kept)."""
    return (match.group().rstrip().endswith((" Act", " Acts", " Law", " Bill"))
            and " of " not in match.group()
            and _NAME_AND_OF_BEFORE.search(text, max(0, match.start() - 60), match.start())
            is not None)

