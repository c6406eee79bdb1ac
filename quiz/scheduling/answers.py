"""Typed and multiple-choice answer checking: is the response right, and how should it be rated.

Pure and fast, so the TUI can call it on every Enter and the study engine can turn the verdict
into an FSRS rating. The rules, in order:

* case, accents, punctuation and the articles a/an/the never matter;
* a card's `accept` forms are as right as its answer;
* dates are compared as dates ("6 March 1992" = "1992-03-06"), and a year alone is not a full
  date; ranges ("April 25-28, 2006") must be given as ranges;
* words are compared one by one: a typo is forgiven inside a word (never in a number, never in
  a word of four letters or fewer, never in the first letter), but a different word is wrong,
  so "Heydar Aliyev" is not "Ilham Aliyev";
* extra words are allowed only when they are fillers or titles ("President Ilham Aliyev");
* the words of a name may come in any order ("Aliyev, Ilham").
"""

from __future__ import annotations

import difflib
import math
import string
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from quiz.core.enums import Rating
from quiz.core.text import fold_answer
from quiz.deck.model import Card
from quiz.scheduling.dates import DateSpan, parse_date
from quiz.scheduling.textnorm import (
    ARTICLES,
    FILLER_WORDS,
    OPTIONAL_WORDS,
    display_number,
    has_digit,
    is_number,
    tokens,
)

EQUAL, MISSING, EXTRA, WRONG = "equal", "missing", "extra", "wrong"
MAX_EXTRA_WORDS = 4  # filler/title words a response may add around the answer
NAME_PARTICLES = frozenset({"de", "da", "di", "du", "del", "der", "van", "von", "la", "le", "bin",
                            "ibn", "al", "el", "y"})

# suggest_rating: a right, exact answer within the time budget is Good, within EASY_FRACTION of
# it Easy, beyond it Hard. The budget grows with the length of the answer that had to be typed.
BASE_SECONDS = 8.0
SECONDS_PER_CHARACTER = 0.25
EASY_FRACTION = 0.4

Segment = tuple[str, str]


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one response against one card.

    `exact` is False only when a typo had to be forgiven; `matched` is the accepted form that
    matched (the answer or one of `accept`); `diff` is word-level (text, kind) segments with kind
    in equal/missing/extra/wrong, for a UI to colour without holding any logic.
    """

    correct: bool
    exact: bool
    matched: str | None
    expected: str
    response: str
    note: str
    diff: tuple[Segment, ...]
    recognised: bool = False  # picked among choices rather than recalled: never rated Easy


@dataclass(frozen=True)
class _Match:
    """How one response compares with one accepted form."""

    correct: bool
    exact: bool
    note: str
    same_meaning: bool = False  # dates or name order: show the whole response as equal


def word_diff(response: str, expected: str) -> tuple[Segment, ...]:
    """Word-level difflib segments turning `response` into `expected`.

    Words are compared folded (case, accents, punctuation), shown as typed. A replaced run gives
    a "wrong" segment (the response's words) followed by a "missing" one (the expected words).
    """
    said, wanted = response.split(), expected.split()
    matcher = difflib.SequenceMatcher(
        None, [_diff_key(w) for w in said], [_diff_key(w) for w in wanted], autojunk=False
    )
    segments: list[Segment] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append((" ".join(said[i1:i2]), EQUAL))
        if op in ("delete", "replace"):
            segments.append((" ".join(said[i1:i2]), EXTRA if op == "delete" else WRONG))
        if op in ("insert", "replace"):
            segments.append((" ".join(wanted[j1:j2]), MISSING))
    return tuple(segments)


def _diff_key(word: str) -> str:
    return " ".join(tokens(word)) or fold_answer(word) or word


def check_answer(card: Card, response: str) -> Verdict:
    """Check a typed response against the card's answer and `accept` forms."""
    text = response.strip()
    if not fold_answer(text):
        return _empty(card, response)
    candidates = (card.answer, *card.accept)
    results = [(_match(candidate, text), candidate) for candidate in candidates]
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

    Wrong -> Again; right only thanks to a forgiven typo -> Hard; right and exact -> Easy when
    faster than EASY_FRACTION of `rating_budget`, Good within the budget, Hard when slower.
    Recognising the answer among choices is easier than recalling it, so a pick is at most Good.
    An unknown (None, negative or NaN) time gives Good for an exact right answer.
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
                   ((card.answer, MISSING),))


def _match(candidate: str, text: str) -> _Match:
    """Compare a response with one accepted form: as dates when both are dates, else as words."""
    answer_date = parse_date(candidate)
    if answer_date is not None:
        response_date = parse_date(text)
        if response_date is not None:
            return _match_dates(candidate, answer_date, response_date, text)
    return _match_words(candidate, text)


def _match_dates(candidate: str, answer: DateSpan, response: DateSpan, text: str) -> _Match:
    """Dates match when they name the same day(s); a less precise date is never enough."""
    if answer.same_dates(response):
        if response.fuzzy_month:
            return _Match(True, False, "typo forgiven in the month name", same_meaning=True)
        same_text = tokens(candidate) == tokens(text)
        return _Match(True, True, "" if same_text else "same date", same_meaning=True)
    if answer.is_range and not response.is_range:
        return _Match(False, False, f"the answer is a range, {candidate}; one date is not enough")
    if response.is_range and not answer.is_range:
        return _Match(False, False, f"expected a single date: {candidate}")
    if not answer.is_range:
        expected, given = answer.start, response.start
        if given.contains(expected):
            part = "a year" if given.precision == "year" else "a month and year"
            return _Match(False, False, f"the full date is {candidate}; {part} alone is not enough")
        if expected.contains(given):
            note = f"more precise than the answer, {candidate}"
            return _Match(True, not response.fuzzy_month, note, same_meaning=True)
    return _Match(False, False, f"expected {candidate}")


def _looks_like_name(candidate: str) -> bool:
    """Two to four capitalised words and no digits: "Ilham Aliyev", "Charles de Gaulle"."""
    words = [w for w in candidate.replace(",", " ").split() if w.casefold() not in ARTICLES]
    if not 2 <= len(words) <= 4 or any(has_digit(w) for w in words):
        return False
    capitalised = [w for w in words if w[0].isupper()]
    return len(capitalised) >= 2 and all(w[0].isupper() or w in NAME_PARTICLES for w in words)


def _typo_distance(expected: str, given: str) -> int | None:
    """Edits forgiven between two words, or None: 0 for <= 4 letters, 1 up to 7, 2 beyond.

    Numbers and words with digits are never forgiven, nor a different first letter or a length
    difference above one ("Austria" is not "Australia").
    """
    if has_digit(expected) or has_digit(given):
        return None
    limit = 0 if len(expected) <= 4 else 1 if len(expected) <= 7 else 2
    if limit == 0 or expected[0] != given[0] or abs(len(expected) - len(given)) > 1:
        return None
    distance = Levenshtein.distance(expected, given, score_cutoff=limit)
    return distance if distance <= limit else None


def _original(token: str, text: str) -> str:
    """The word of `text` as typed that folds to `token`, for readable notes."""
    for word in text.split():
        if token in tokens(word):
            return word.strip(string.punctuation + "\u2019\u201c\u201d")
    return display_number(token)


def _match_words(candidate: str, text: str) -> _Match:
    """Word-by-word comparison: each expected word must be said, exactly or with a small typo."""
    expected, given = tokens(candidate), tokens(text)
    if expected == given:
        return _Match(True, True, "")
    if not expected:
        same = fold_answer(candidate) == fold_answer(text)
        return _Match(same, same, "" if same else f"expected {candidate}")
    used: dict[int, int] = {}  # expected index -> given index
    for i, word in enumerate(expected):
        j = next((j for j, w in enumerate(given) if w == word and j not in used.values()), None)
        if j is not None:
            used[i] = j
    typos: list[tuple[int, int]] = []
    for i, word in enumerate(expected):
        if i in used:
            continue
        options = [
            (d, j)
            for j, w in enumerate(given)
            if j not in used.values() and (d := _typo_distance(word, w)) is not None
        ]
        if options:
            used[i] = min(options)[1]
            typos.append((i, used[i]))
    left_out = [w for i, w in enumerate(expected) if i not in used]
    missing = [w for w in left_out if w not in OPTIONAL_WORDS]
    extra = [w for j, w in enumerate(given) if j not in used.values()]
    unknown_extra = [w for w in extra if w not in FILLER_WORDS]
    order = [used[i] for i in sorted(used)]
    in_order = order == sorted(order)
    if missing or unknown_extra or len(extra) > MAX_EXTRA_WORDS:
        if "".join(expected) == "".join(given):
            return _Match(True, False, "spacing forgiven")
        return _Match(False, False, _wrong_note(candidate, text, missing, unknown_extra))
    if not in_order and not _looks_like_name(candidate):
        return _Match(False, False, f"words in the wrong order: expected {candidate}")
    notes = [
        f"typo forgiven: '{_original(given[j], text)}' -> '{_original(expected[i], candidate)}'"
        for i, j in typos
    ]
    if not in_order:
        notes.append("name order ignored")
    if extra:
        notes.append("ignored: " + ", ".join(_original(w, text) for w in extra))
    if left_out:
        notes.append("left out: " + ", ".join(left_out))
    return _Match(True, not typos, "; ".join(notes), same_meaning=not in_order and not typos)


def _wrong_note(candidate: str, text: str, missing: list[str], extra: list[str]) -> str:
    """Why a response is wrong, in a few words."""
    numbers_missing = [w for w in missing if is_number(w)]
    numbers_given = [w for w in extra if is_number(w)]
    if numbers_missing and numbers_given:
        given, wanted = display_number(numbers_given[0]), display_number(numbers_missing[0])
        return f"numbers must match exactly: {given} is not {wanted}"
    if missing and not extra:
        shown = " ".join(_original(w, candidate) for w in missing)
        return f"incomplete: missing {shown}"
    if extra and not missing:
        return "unexpected words: " + " ".join(_original(w, text) for w in extra)
    return f"expected {candidate}"
