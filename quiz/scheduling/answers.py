"""Typed and multiple-choice answer checking: is the response right, and how should it be rated.

Pure and fast, so the TUI can call it on every Enter and the study engine can turn the verdict
into an FSRS rating. The rules, in order:

* case, accents, punctuation and the articles a/an/the never matter;
* a card's `accept` forms are as right as its answer;
* dates are compared as dates ("6 March 1992" = "1992-03-06"), and a year alone is not a full
  date; ranges ("April 25-28, 2006") must be given as ranges;
  a date in figures ("18/9/1919") is read day first when only that gives a month, and an
  ambiguous one ("3/4/1919") in the student's date order, else in the order the answer is
  written in ("September 18, 1919": month first), else not at all;
* numbers, magnitudes and units are compared as written out ("150 million kilometres" =
  "150 million km");
* words are compared one by one, with the rules of quiz.scheduling.wordmatch: small typos,
  fillers and titles, offices named either way, a person's surname alone (right, but Hard).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from quiz.core.enums import Rating
from quiz.core.settings import DateOrder
from quiz.core.text import fold_answer
from quiz.deck.model import Card
from quiz.scheduling.dates import DateSpan, is_ambiguous, parse_date, written_order
from quiz.scheduling.textnorm import tokens
from quiz.scheduling.worddiff import EQUAL, EXTRA, MISSING, WRONG, Segment, word_diff
from quiz.scheduling.wordmatch import Match, asks_for_person, is_person_name, match_words

__all__ = [
    "EQUAL", "EXTRA", "MISSING", "WRONG", "DAY_FIRST", "MONTH_FIRST", "Segment", "Verdict",
    "check_answer", "check_choice", "rating_budget", "suggest_rating", "word_diff",
]

DAY_FIRST, MONTH_FIRST = "day-first", "month-first"

# suggest_rating: a right, exact answer within the time budget is Good, within EASY_FRACTION of
# it Easy, beyond it Hard. The budget grows with the length of the answer that had to be typed.
BASE_SECONDS = 8.0
SECONDS_PER_CHARACTER = 0.25
EASY_FRACTION = 0.4


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one response against one card.

    `exact` is False when something had to be forgiven (a typo, a surname given for a full
    name); `matched` is the accepted form that matched (the answer or one of `accept`); `diff`
    is word-level (text, kind) segments with kind in equal/missing/extra/wrong, for a UI to
    colour without holding any logic.
    """

    correct: bool
    exact: bool
    matched: str | None
    expected: str
    response: str
    note: str
    diff: tuple[Segment, ...]
    recognised: bool = False  # picked among choices rather than recalled: never rated Easy


def check_answer(card: Card, response: str, *, date_order: DateOrder | None = None) -> Verdict:
    """Check a typed response against the card's answer and `accept` forms.

    `date_order` is the student's way of writing dates in figures, for an ambiguous one such
    as "3/4/1919"; without it the card's answer decides by how it is written.
    """
    text = response.strip()
    if not fold_answer(text):
        return _empty(card, response)
    person = asks_for_person(card)
    month_first = _month_first(card.answer, date_order)
    candidates = (card.answer, *card.accept)
    results = [(_match(candidate, text, person, month_first), candidate)
               for candidate in candidates]
    right = [r for r in results if r[0].correct]
    if not right:
        match, _ = results[0]
        return Verdict(
            correct=False,
            exact=False,
            matched=None,
            expected=card.answer,
            response=response,
            note=match.note,
            diff=word_diff(text, card.answer),
        )
    match, candidate = max(right, key=lambda r: r[0].exact)  # first exact, else first forgiven
    notes = [match.note] if match.note else []
    if candidate != card.answer:
        notes.insert(0, f"accepted alternative: {candidate}")
    diff = ((text, EQUAL),) if match.same_meaning else word_diff(text, candidate)
    return Verdict(
        correct=True,
        exact=match.exact,
        matched=candidate,
        expected=card.answer,
        response=response,
        note="; ".join(notes),
        diff=diff,
    )


def check_choice(card: Card, chosen: str) -> Verdict:
    """Check a multiple-choice pick: right when it equals the answer or an `accept` form."""
    text = chosen.strip()
    if not fold_answer(text):
        return _empty(card, chosen)
    said = tokens(text) or [fold_answer(text)]
    for candidate in (card.answer, *card.accept):
        if (tokens(candidate) or [fold_answer(candidate)]) == said:
            note = "" if candidate == card.answer else f"accepted alternative: {candidate}"
            return Verdict(True, True, candidate, card.answer, chosen, note, ((text, EQUAL),),
                           recognised=True)
    return Verdict(
        correct=False,
        exact=False,
        matched=None,
        expected=card.answer,
        response=chosen,
        note=f"expected {card.answer}",
        diff=((text, WRONG), (card.answer, MISSING)),
        recognised=True,
    )


def rating_budget(expected: str) -> float:
    """Seconds a right answer may take and still count as answered readily (not "slow")."""
    return BASE_SECONDS + SECONDS_PER_CHARACTER * len(expected)


def suggest_rating(verdict: Verdict, elapsed_seconds: float | None) -> Rating:
    """The rating a verdict deserves: the study screen offers it as the default.

    Wrong -> Again; right only thanks to something forgiven (a typo, a surname alone) -> Hard;
    right and exact -> Easy when faster than EASY_FRACTION of `rating_budget`, Good within the
    budget, Hard when slower. Recognising the answer among choices is easier than recalling it,
    so a pick is at most Good. An unknown (None, negative or NaN) time gives Good for an exact
    right answer.
    """
    if not verdict.correct:
        return Rating.AGAIN
    if not verdict.exact:
        return Rating.HARD
    if elapsed_seconds is None or math.isnan(elapsed_seconds) or elapsed_seconds < 0:
        return Rating.GOOD
    budget = rating_budget(verdict.matched or verdict.expected)
    if elapsed_seconds < EASY_FRACTION * budget:
        return Rating.GOOD if verdict.recognised else Rating.EASY
    if elapsed_seconds <= budget:
        return Rating.GOOD
    return Rating.HARD


def _empty(card: Card, response: str) -> Verdict:
    return Verdict(False, False, None, card.answer, response, "empty answer",
                   word_diff(response, card.answer))


def _month_first(answer: str, date_order: DateOrder | None) -> bool | None:
    """How to read an ambiguous date in figures: the student's order, else the answer's."""
    if date_order is not None:
        return date_order == MONTH_FIRST
    return written_order(answer) if parse_date(answer) is not None else None


def _match(candidate: str, text: str, person: bool, month_first: bool | None) -> Match:
    """Compare a response with one accepted form: as dates when both are dates, else as words."""
    answer_date = parse_date(candidate, bool(month_first))
    if answer_date is not None:
        if is_ambiguous(text):
            if month_first is None:
                day, month = parse_date(text), parse_date(text, True)
                if day is not None and month is not None:
                    return Match(False, False, f"ambiguous date: {text} could be {day} or "
                                               f"{month}; write the month as a word")
            else:
                response_date = parse_date(text, month_first)
                if response_date is not None:
                    match = _match_dates(candidate, answer_date, response_date, text)
                    if not match.correct:
                        order = "month" if month_first else "day"
                        match = Match(False, False, f"{match.note} ({text} read {order} first)")
                    return match
        response_date = parse_date(text)
        if response_date is not None:
            return _match_dates(candidate, answer_date, response_date, text)
    return match_words(candidate, text, person and is_person_name(candidate))


def _match_dates(candidate: str, answer: DateSpan, response: DateSpan, text: str) -> Match:
    """Dates match when they name the same day(s); a less precise date is never enough."""
    if answer.same_dates(response):
        if response.fuzzy_month:
            return Match(True, False, "typo forgiven in the month name", same_meaning=True)
        same_text = tokens(candidate) == tokens(text)
        return Match(True, True, "" if same_text else "same date", same_meaning=True)
    if answer.is_range and not response.is_range:
        return Match(False, False, f"the answer is a range, {candidate}; one date is not enough")
    if response.is_range and not answer.is_range:
        return Match(False, False, f"expected a single date: {candidate}")
    if not answer.is_range:
        expected, given = answer.start, response.start
        if given.contains(expected):
            part = "a year" if given.precision == "year" else "a month and year"
            return Match(False, False, f"the full date is {candidate}; {part} alone is not enough")
        if expected.contains(given):
            note = f"more precise than the answer, {candidate}"
            return Match(True, not response.fuzzy_month, note, same_meaning=True)
    return Match(False, False, f"expected {candidate}")
