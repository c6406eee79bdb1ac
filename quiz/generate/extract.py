"""Sentence -> facts: run every fact finder (dates, officials, agreements) over one sentence."""

from __future__ import annotations

import re

from quiz.generate.agreements import find_agreements
from quiz.generate.dates import MONTH_NAMES, date_lists, find_dates, list_mention
from quiz.generate.documents import Document
from quiz.generate.facts import DATE, Fact
from quiz.generate.officials import find_officials
from quiz.generate.sentences import Sentence

_META_LINE = re.compile(r"^\s*(?:date|published|posted|updated|last update[d]?|by)\b[:\s]", re.I)


MAX_SENTENCE = 1200  # characters; longer "sentences" are lists or run-on text, not askable
_EMAIL = re.compile(r"\w@[\w-]+\.\w")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
# (and "Summary of the British Steel–Hoogovens Merger Agreement by which ...": the document's
# subtitle, no sentence; rounds 300-1622 kept 0 of 4 such verdicts)
_NOTICE = re.compile(r"\s*(?:--\s|copyright\b|\(c\)|©|(?:an?\s+)?summary\s+of\s)", re.I)


def is_metadata(text: str) -> bool:
    """A byline or date line ("By Jane Roe, May 2, 2024", "Last update: ..."), or a machine
    line (e-mail address, clock time, signature, copyright notice), or a summary's subtitle:
    not prose to ask about."""
    if _META_LINE.match(text) and len(text.split()) <= 10:
        return True
    if "@" in text and _EMAIL.search(text):
        return True
    if ":" in text and (_CLOCK.search(text) or "://" in text):
        return True
    return bool(_NOTICE.match(text))


# A timeline's year heading ("## 1961"; not "## 1274 BC")
_YEAR_HEADING = re.compile(r"^(?:1[0-9]{3}|20[0-9]{2})\b(?![-–]\d)(?!\s+B\.?C)")


_AHEAD = re.compile(r"\b(?:will|shall|is to|are to|plans? to|scheduled|expected|due to|next)\b")


# A day kept every year ("is celebrated on 3 April", "falls on", "each year").
_RECURRING = re.compile(r"\b(?:is|are)\s+(?:still\s+|now\s+)?(?:kept|celebrated|observed|marked|"
                        r"commemorated|honou?red)\b|\bfalls\s+on\b|\b(?:each|every)\s+year\b|"
                        r"\bannually\b")


def _background_year(before: str, month: int, written: int) -> int | None:
    """The year of a background paragraph a day and month of `month` belongs to: the year of
    the full date that ends `before` (the paragraph's sentences before it), when that is two or
    more before the report's year `written` and no later in its year than `month` ("on 10
    August 1921 ... fell ill. Dr Lovett diagnosed infantile paralysis on 25 August"), else
    None ("the halt observed since 31 October 1958 ... resumed testing on 15 September" is the
    report's September: round 724)."""
    dates = find_dates(before) if before and month else []
    last = dates[-1] if dates else None
    if last is None or last.granularity != "day" or last.year >= written - 1:
        return None
    return last.year if last.month <= month else None


def year_for_monthday(sentence: Sentence, doc: Document, month: int = 0,
                      context_year: int = 0, before: str = "") -> int | None:
    """The year a date without one ("15 December") belongs to: the year heading it stands
    under in a timeline ("## 1961"), else the document's own date (the year before it, for a
    later month than the document's: a report of 6 February tells of 13 December past; but see
    _background_year), else, in a document of no date of its own, `context_year`, the year stated
    last before the sentence in its paragraph ("... on 21 and 22 October 1866. The results were
    presented to the King on 4 November"); None when none says."""
    heading = _YEAR_HEADING.match(sentence.heading)
    if heading:
        return int(heading.group())
    if _RECURRING.search(sentence.text):
        return None  # "The feast is kept on 3 April": every year's day, of no one year
    if doc.date is None or not doc.date.has_year:
        return context_year or None
    background = _background_year(before, month, doc.date.year)
    if background is not None:
        return background  # (round 1157 asked "On what date in 1932 did Dr Robert W. Lovett
        # diagnose ...", in a report of 1933)
    if month:  # "landed at Kinsale on 12 March last year" in a report of June 1690: 1689
        relative = re.search(rf"\b{MONTH_NAMES[month]}\s+(?:of\s+)?(?P<which>last|next)\s+year\b",
                             sentence.text)
        if relative:
            return doc.date.year + (1 if relative.group("which") == "next" else -1)
    if month and doc.date.month and month > doc.date.month and not _AHEAD.search(sentence.text):
        return doc.date.year - 1
    return doc.date.year


def find_facts(sentence: Sentence, doc: Document, context_year: int = 0) -> list[Fact]:
    """The dates, officials and agreements a prose sentence states (table rows have their own
    questions). A date without a year counts only when year_for_monthday gives it one."""
    if sentence.is_table_row or is_metadata(sentence.text) or len(sentence.text) > MAX_SENTENCE:
        return []
    facts: list[Fact] = []
    for mention in sentence.dates:
        if not mention.has_year and year_for_monthday(sentence, doc, 0, context_year) is None:
            continue
        facts.append(Fact(DATE, mention.text, mention.start, mention.end, sentence,
                          date=mention))
    for run in date_lists(sentence.text, sentence.dates):  # "in 2004, 2010, and 2017"
        whole = list_mention(sentence.text, run)
        if whole.has_year:
            facts.append(Fact(DATE, whole.text, whole.start, whole.end, sentence, date=whole))
    agreements = find_agreements(sentence)
    # A date inside an agreement's name ("the November 10, 2020, Trilateral Statement") is asked
    # through the agreement; blanking it alone would cut the name in two.
    facts = [f for f in facts if not any(a.start <= f.start and f.end <= a.end
                                         for a in agreements)]
    facts.extend(find_officials(sentence))
    facts.extend(agreements)
    return facts
