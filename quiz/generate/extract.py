"""Sentence -> facts: run every fact finder (dates, officials, agreements) over one sentence."""

from __future__ import annotations

from quiz.generate.agreements import find_agreements
from quiz.generate.dates import find_dates
from quiz.generate.documents import Document
from quiz.generate.facts import DATE, Fact
from quiz.generate.officials import find_officials
from quiz.generate.sentences import Sentence


def find_facts(sentence: Sentence, doc: Document) -> list[Fact]:
    """The dates, officials and agreements a prose sentence states (table rows have their own
    questions). A date without a year counts only when the document's own date gives one."""
    if sentence.is_table_row:
        return []
    facts: list[Fact] = []
    for mention in find_dates(sentence.text):
        if mention.granularity == "year-range" or (not mention.has_year and doc.date is None):
            continue
        facts.append(Fact(DATE, mention.text, mention.start, mention.end, sentence,
                          date=mention))
    facts.extend(find_officials(sentence))
    facts.extend(find_agreements(sentence))
    return facts
