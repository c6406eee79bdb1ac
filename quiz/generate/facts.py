"""The Fact: one thing a sentence states (a date, an official, an agreement) and where it says it.

Facts are what questions are made from; spans index into `sentence.text`, so every answer can be
checked to be a substring of the quoted source.
"""

from __future__ import annotations

from dataclasses import dataclass

from quiz.generate.dates import DateMention
from quiz.generate.sentences import Sentence

DATE, OFFICIAL, AGREEMENT = "date", "official", "agreement"


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact of one kind, with its answer's span in its sentence.

    For officials `answer` is the person's name and `role` the position held (with its own span,
    for the reverse card); `role_context` is any text that qualifies the role but is not next to
    it ("of the Bureau of Democracy" after the name). For agreements `head` is the head noun.
    """

    kind: str
    answer: str
    start: int
    end: int
    sentence: Sentence
    date: DateMention | None = None
    role: str = ""
    role_start: int = -1
    role_end: int = -1
    role_context: str = ""
    qualifier: str = ""
    head: str = ""
