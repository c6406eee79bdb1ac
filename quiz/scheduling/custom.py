"""Custom study: a chosen set of cards studied once each, outside the daily queue.

Three ways to choose (`CustomKind`):
  missed   the cards rated Again today (this study day), in deck order
  tagged   the cards carrying one tag (`deck_tags` lists them), in deck order
  hardest  the cards studied so far, most lapses first, then highest FSRS difficulty
           (`HARDEST_LIMIT` of them)
Suspended cards are never chosen. By default answers are logged as cram: practice that changes
no schedule. With `reschedule` they are real reviews (FSRS moves each card), still in the chosen
order and outside the daily limits' queue. A card rated Again comes back at the end, as in cram.

    cards = choose_cards(store, student, decks, CustomKind.TAGGED, tag="treaties", today=start)
    session = ChosenCardsSession(store, student, decks, cards, reschedule=False, now=clock)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from quiz.core.enums import Rating, State
from quiz.deck.model import Deck
from quiz.errors import QuizError
from quiz.scheduling.session import ReviewResult, SessionCounts, StudyItem, StudySession
from quiz.store.progress import ProgressStore
from quiz.store.records import CardState, Student

HARDEST_LIMIT = 20


class CustomKind(StrEnum):
    """Which cards a custom study session asks."""

    MISSED = "missed"
    TAGGED = "tagged"
    HARDEST = "hardest"

    @property
    def label(self) -> str:
        """How the dialog names it."""
        return {
            CustomKind.MISSED: "Cards missed today (rated Again)",
            CustomKind.TAGGED: "Cards with a tag",
            CustomKind.HARDEST: f"The {HARDEST_LIMIT} hardest (most lapses, then difficulty)",
        }[self]


@dataclass(frozen=True)
class CustomChoice:
    """What the student chose in the dialog."""

    kind: CustomKind
    tag: str | None = None
    reschedule: bool = False


def nothing_to_study(choice: CustomChoice) -> str:
    """Why a custom session has no card, for the student."""
    if choice.kind == CustomKind.MISSED:
        return "No card was rated Again today in this deck."
    if choice.kind == CustomKind.TAGGED:
        return f"No card to study is tagged {choice.tag!r} (suspended cards are left out)."
    return "No card of this deck has been studied yet, so none is hardest."


def deck_tags(decks: Sequence[Deck]) -> list[str]:
    """Every tag of the decks' cards, sorted without case."""
    return sorted({tag for deck in decks for card in deck.cards for tag in card.tags},
                  key=str.casefold)


def choose_cards(
    store: ProgressStore,
    student: Student,
    decks: Sequence[Deck],
    kind: CustomKind | str,
    *,
    today: datetime,
    tag: str | None = None,
    limit: int = HARDEST_LIMIT,
) -> list[int]:
    """The card keys (pk) a custom session asks, in order; `today` is when the student's
    study day started (UTC), for "missed today"."""
    kind = CustomKind(kind)
    if kind == CustomKind.TAGGED and not tag:
        raise QuizError("choose a tag to study its cards")
    chosen: list[tuple[Any, int]] = []
    for order, deck in enumerate(decks):
        cards = {card.id: card for card in deck.cards}
        infos = [i for i in store.card_infos(student.id, deck.id)
                 if i.card_id in cards and not (i.state and i.state.suspended)]
        if kind == CustomKind.MISSED:
            missed = {r.card_pk for r in store.reviews(student.id, deck_id=deck.id, since=today)
                      if r.rating == Rating.AGAIN}
            chosen += [((order, i.position), i.pk) for i in infos if i.pk in missed]
        elif kind == CustomKind.TAGGED:
            chosen += [((order, i.position), i.pk) for i in infos if tag in cards[i.card_id].tags]
        else:
            chosen += [((-i.state.lapses, -(i.state.difficulty or 0.0), order, i.position), i.pk)
                       for i in infos if i.state is not None and i.state.state != State.NEW]
    chosen.sort(key=lambda pair: pair[0])
    pks = [pk for _key, pk in chosen]
    return pks[:limit] if kind == CustomKind.HARDEST else pks


class ChosenCardsSession(StudySession):
    """A StudySession over a fixed list of cards: each asked once (Again: once more at the
    end), as cram unless `reschedule`. Everything else (saving, leeches, suspending) is the
    session's own."""

    def __init__(
        self,
        store: ProgressStore,
        student: Student,
        decks: Sequence[Deck],
        cards: Sequence[int],
        *,
        reschedule: bool = False,
        **options: Any,
    ) -> None:
        super().__init__(store, student, decks, cram=not reschedule, **options)
        self._chosen = [pk for pk in cards if self._card(pk) is not None]
        self._requeued: list[bool] = []  # per answer, for undo: did it go to the back?

    def buries_siblings(self) -> bool:
        """Never: the student picked these cards, so answering one must not take its sibling
        out of the list (even when the answers count as reviews)."""
        return False

    def next_card(self) -> StudyItem | None:
        """The first chosen card left (not suspended or buried since), or None."""
        now = self._now()
        while self._chosen:
            pk = self._chosen[0]
            state = self.store.get_state(self.student.id, pk) or CardState(pk)
            hidden = state.buried_until is not None and state.buried_until > now
            if not state.suspended and not hidden and self._card(pk) is not None:
                return self._item(state, now)
            self._chosen.pop(0)
        return None

    def answer(self, item: StudyItem, rating: Rating | int, **details: Any) -> ReviewResult:
        """Save the answer (a cram row, or a real review with `reschedule`); Again sends the
        card to the back of the list once more."""
        result = super().answer(item, rating, **details)
        requeued = False
        if self._chosen and self._chosen[0] == item.card_pk:
            self._chosen.pop(0)
            if int(rating) == Rating.AGAIN:
                self._chosen.append(item.card_pk)
                requeued = True
        self._requeued.append(requeued)
        return result

    def undo(self) -> StudyItem | None:
        """Take back the last answer, suspension or burial; its card is asked again first."""
        kind = self.next_undo()
        item = super().undo()
        if item is None:
            return None
        if kind == "answer" and self._requeued and self._requeued.pop():
            self._chosen.pop()
        if not self._chosen or self._chosen[0] != item.card_pk:
            self._chosen.insert(0, item.card_pk)
        return item

    def replace_deck(self, deck: Deck) -> None:
        """Go on with an edited deck; cards the edit deleted leave the list."""
        super().replace_deck(deck)
        self._chosen = [pk for pk in self._chosen if self._card(pk) is not None]

    def counts(self) -> SessionCounts:
        """Cards left in the list (as "review"), and right / wrong so far."""
        return SessionCounts(0, 0, len(self._chosen), self._right, self._wrong)
