"""Keep the best candidates: one question per fact and form, no near-duplicates.

Generation over-produces (a wh-question and a cloze for the same date, the same official in
several sentences); ranking keeps the strongest of each and drops questions that a student would
see as the same card twice (rapidfuzz token-set similarity on the same answer).
"""

from __future__ import annotations

from rapidfuzz import fuzz

from quiz.generate.facts import OFFICIAL
from quiz.generate.questions import Candidate
from quiz.generate.text import fold

NEAR_DUPLICATE = 90.0
NEAR_DUPLICATE_WINDOW = 40  # kept questions with the same answer compared against (bounds cost)
MAX_CLOZES_PER_SENTENCE = 3


def _order(c: Candidate) -> tuple[float, int, int, str, str]:
    return (-c.score, c.fact.sentence.line, c.fact.start, c.form, c.question)


def rank(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates worth keeping, in document order (line, then position in the line)."""
    kept: list[Candidate] = []
    facts_done: set[tuple[str, int, str, int, str]] = set()
    names_done: set[tuple[str, str]] = set()
    questions: set[str] = set()
    by_answer: dict[str, list[str]] = {}
    clozes: dict[tuple[int, str], int] = {}
    for cand in sorted(candidates, key=_order):
        fact = cand.fact
        group = cand.form if fact.kind == OFFICIAL else "any"
        fact_key = (fact.kind, fact.sentence.line, fact.sentence.text, fact.start, group)
        if fact_key in facts_done:
            continue
        if fact.kind == OFFICIAL:
            name_key = (fold(fact.answer), cand.form)
            if name_key in names_done:
                continue
        folded_q = fold(cand.question)
        if folded_q in questions:
            continue
        answer = fold(cand.answer)
        same_answer = by_answer.get(answer, ())
        if any(fuzz.token_set_ratio(folded_q, other) >= NEAR_DUPLICATE
               for other in same_answer[-NEAR_DUPLICATE_WINDOW:]):
            continue
        if cand.form == "cloze":
            sentence_key = (fact.sentence.line, fact.sentence.text)
            if clozes.get(sentence_key, 0) >= MAX_CLOZES_PER_SENTENCE:
                continue
            clozes[sentence_key] = clozes.get(sentence_key, 0) + 1
        kept.append(cand)
        facts_done.add(fact_key)
        if fact.kind == OFFICIAL:
            names_done.add((fold(fact.answer), cand.form))
        questions.add(folded_q)
        by_answer.setdefault(answer, []).append(folded_q)
    kept.sort(key=lambda c: (c.fact.sentence.line, c.fact.start, c.form, c.question))
    return kept
