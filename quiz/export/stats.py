"""Figures drawn from progress documents: daily series and per-card totals across students.

Shared by the single-database report and the class report, so both count the same way, and
the same way as `quiz.store.stats`: cram answers are left out, and daily *retention* is true
retention, the share of answers to cards in the Review state that were not rated Again. Days
are UTC calendar days of `reviewed_at` (exports from students in several zones line up).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from quiz.core.enums import Rating, State
from quiz.export.documents import CardRow, ReviewRow, SourceDoc


@dataclass
class DayFigures:
    """One day's reviews: how many answers, how many were not rated Again, and how many
    review-state cards were recalled."""

    day: date
    reviews: int = 0
    seen_answers: int = 0
    seen_recalled: int = 0
    recalled: int = 0

    @property
    def retention(self) -> float | None:
        return self.seen_recalled / self.seen_answers if self.seen_answers else None


MAX_FILLED_DAYS = 731  # two years of days: beyond that only the days with reviews are listed
# A day's counts while the log is read: 'YYYY-MM-DD' -> [answers, answers to review-state
# cards, of those recalled, answers not rated Again] (DayFigures' order).
_Tallies = dict[str, list[int]]
_REVIEW, _AGAIN = State.REVIEW.label, int(Rating.AGAIN)


def daily(reviews: Iterable[ReviewRow]) -> list[DayFigures]:
    """One DayFigures per day from the first to the last review, quiet days included when the
    span is at most MAX_FILLED_DAYS; a longer span (one review dated 0047 in a hand-edited
    export) lists only the days with reviews, so the work grows with the reviews, not the dates.
    """
    return _days(_tallied(reviews, by_deck=False).get("", {}))


def daily_by_deck(reviews: Iterable[ReviewRow]) -> dict[str, list[DayFigures]]:
    """deck id -> `daily` of its reviews, every deck's in one pass over the log (a deck with
    only cram answers has an empty list)."""
    return {deck: _days(tallies) for deck, tallies in _tallied(reviews, by_deck=True).items()}


def _tallied(reviews: Iterable[ReviewRow], by_deck: bool) -> dict[str, _Tallies]:
    """The scheduled answers' counts per day as written, per deck id (or all under "")."""
    decks: dict[str, _Tallies] = {}
    for r in reviews:
        key = r["deck"] if by_deck else ""
        tallies = decks.get(key)
        if tallies is None:
            tallies = decks[key] = {}
        if r["cram"]:
            continue
        tally = tallies.get(written := r["reviewed_at"][:10])
        if tally is None:
            tally = tallies[written] = [0, 0, 0, 0]
        tally[0] += 1
        recalled = r["rating"] != _AGAIN
        tally[3] += recalled
        if r["state_before"] == _REVIEW:
            tally[1] += 1
            tally[2] += recalled
    return decks


def _days(tallies: _Tallies) -> list[DayFigures]:
    """The DayFigures of `daily` from the counts per day as written."""
    by_day: dict[date, DayFigures] = {}
    for written, (answers, seen, seen_recalled, recalled) in tallies.items():
        day = date.fromisoformat(written)  # a date read once per day
        fig = by_day.setdefault(day, DayFigures(day))
        fig.reviews += answers
        fig.seen_answers += seen
        fig.seen_recalled += seen_recalled
        fig.recalled += recalled
    if not by_day:
        return []
    first, last = min(by_day), max(by_day)
    if (last - first).days >= MAX_FILLED_DAYS:
        return [by_day[day] for day in sorted(by_day)]
    return [by_day.get(first + timedelta(days=i), DayFigures(first + timedelta(days=i)))
            for i in range((last - first).days + 1)]


@dataclass
class CardTotals:
    """One card summed over students: answers, misses, lapses and who missed it.

    `text_from` is the student whose row gave the question and answer shown, and
    `text_differs` whether another row (an export made before the deck was edited) had
    another text."""

    deck: str
    card_id: str
    question: str
    answer: str
    source: SourceDoc | None
    reviews: int = 0
    misses: int = 0
    lapses: int = 0
    students: int = 0
    students_missed: list[str] = field(default_factory=list)
    accuracy_by_student: dict[str, float | None] = field(default_factory=dict)
    text_from: str = ""
    text_differs: bool = False

    @property
    def accuracy(self) -> float | None:
        return (self.reviews - self.misses) / self.reviews if self.reviews else None


def card_totals(cards: Iterable[CardRow]) -> list[CardTotals]:
    """Card rows of one or more documents summed per (deck, card id), in first-seen order.

    The question, answer and source shown are those of the last row read, so merging exports
    of different ages shows the newest text of an edited card.
    """
    totals: dict[tuple[str, str], CardTotals] = {}
    for row in cards:
        key = (row["deck"], row["card_id"])
        tot = totals.get(key)
        if tot is None:
            tot = totals[key] = CardTotals(row["deck"], row["card_id"], row["question"],
                                           row["answer"], row["source"])
        else:
            if (row["question"], row["answer"]) != (tot.question, tot.answer):
                tot.text_differs = True
            tot.question, tot.answer = row["question"], row["answer"]
            tot.source = row["source"] or tot.source
        tot.text_from = row["student"]
        tot.reviews += row["reviews"]
        tot.misses += row["misses"]
        tot.lapses += row["lapses"]
        if row["reviews"]:
            tot.students += 1
        if row["misses"]:
            tot.students_missed.append(row["student"])
        tot.accuracy_by_student[row["student"]] = row["accuracy"]
    return list(totals.values())


def hardest(totals: Iterable[CardTotals], limit: int = 10) -> list[CardTotals]:
    """The most missed cards: most misses, then the lowest accuracy; never-missed cards left
    out."""
    missed = [t for t in totals if t.misses]
    missed.sort(key=lambda t: (-t.misses, t.accuracy if t.accuracy is not None else 1.0,
                               t.deck, t.card_id))
    return missed[:limit]


def wrong_answers(reviews: Iterable[ReviewRow], top: int = 3
                  ) -> dict[tuple[str, str], list[tuple[str, int]]]:
    """(deck, card id) -> the most common wrong responses with their counts, most common first.

    A response is wrong when it was checked wrong, or, unchecked, rated Again; responses that
    differ only in case and spacing count together (shown as first typed). Cram answers count:
    a wrong answer tells the teacher something whatever the mode.
    """
    again = Rating.AGAIN
    # Each (card, response as typed) counted first: a class types the same wrong answers
    # again and again, and each is then read once. They come in the order first met, so the
    # first text of a key is still the first one typed.
    typed = Counter((r["deck"], r["card_id"], r.get("response")) for r in reviews
                    if (correct := r["correct"]) is False
                    or (correct is None and r["rating"] == again))
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    shown: dict[str, str] = {}
    for (deck, card_id, response), n in typed.items():
        text = (response or "").strip()
        if not text:
            continue
        key = " ".join(text.casefold().split())
        shown.setdefault(key, text)
        counts[(deck, card_id)][key] += n
    return {card: [(shown[k], n) for k, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
                   [:top]] for card, c in counts.items()}


def percent(value: float | None) -> str:
    """0.613 -> "61%"; None -> an en dash (nothing to measure)."""
    return "\u2013" if value is None else f"{value:.0%}"
