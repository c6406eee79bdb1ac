"""Did an office change hands in the year an office question names?

"What position did Abdullah Tariki hold in 1960?" has two answers when the document says he
became a minister in December 1960; "Who was the Ottoman Foreign Minister in 1878?" has two when
it says another man took the office that year. The document's sentences that tell of a change
(became, succeeded, resigned ...) are kept with their years, and a question dated to one of
those years about the same person or office is refused.
"""

from __future__ import annotations

import re

from quiz.generate.questions import Candidate
from quiz.generate.sentences import Sentence
from quiz.generate.text import fold

# Words that tell of someone taking up or leaving an office.
_CHANGE = re.compile(r"\b(?:bec[oa]m(?:e|es|ing)|succeed(?:ed|ing|s)?|replac(?:ed|ing|es)|"
                     r"appoint(?:ed|ing)|(?:re-?)?elected|resign(?:ed|ing|s)?|"
                     r"took\s+office|taking\s+office|sworn\s+in|stepp(?:ed|ing)\s+down|ousted|"
                     r"dismissed|took\s+over|returned\s+as|died|assassinated|retired)\b")
_ASKED_YEAR = re.compile(r"\bin\s+(?P<year>\d{4})\?$")


class OfficeChanges:
    """The sentences of a document that tell of a change of office, by the years they give."""

    def __init__(self) -> None:
        self._by_year: dict[int, list[str]] = {}

    def add(self, sentence: Sentence) -> None:
        """Keep `sentence` when it tells of a change of office in a year it gives."""
        years = {d.year for d in sentence.dates if d.has_year}
        if not years or not _CHANGE.search(sentence.text):
            return
        folded = f" {fold(sentence.text)} "
        for year in years:
            self._by_year.setdefault(year, []).append(folded)

    def changed(self, cand: Candidate) -> str:
        """Why the year in an office question has two answers ("" when it has one): the
        document says the person, or the office, changed hands that year."""
        asked = _ASKED_YEAR.search(cand.question)
        if asked is None or not self._by_year:
            return ""
        year = int(asked.group("year"))
        told = self._by_year.get(year, ())
        surname = f" {fold(cand.fact.answer.split()[-1])} " if cand.fact.answer.split() else ""
        role = f" {fold(cand.fact.role)} " if cand.fact.role else ""
        for sentence in told:
            if (surname.strip() and surname in sentence) or (
                    len(role.split()) > 1 and role in sentence):
                return f"vague: the document tells of a change of office in {year}"
        return ""
