"""Recognise edited cards, so that fixing a typo in a question does not lose a card's progress.

A card without `id:` takes a hash of its question as id, so "largest plannet" -> "largest
planet" makes a new id. When a deck changes, a card that disappeared and a new card with nearly
the same question and the same answer are taken to be one card: the sync moves its progress to
the new id (the id the deck file gives is always kept, explicit or not).

"Nearly the same" is rapidfuzz's `fuzz.ratio` (an Indel similarity, 0-100) of the questions
with case, accents and punctuation folded, at least QUESTION_SIMILARITY. At 90 a question of 20
or more characters may have one character in ten changed: a typo fixed ("largest plannet" 98,
"Secretary-General" -> "Secretary General of the NATO" 96) or a word made plural ("the dogs"
93), but not another word of the same length ("largest" -> "biggest planet" 88, "Smallest" ->
"Largest planet" 76) nor another question ("Mona Lisa" -> "Last Supper" 73). The answer must be
the same (folded the same way): "first" -> "last Secretary-General" scores 94, and only an equal
answer makes it the same card. Short questions are held to the same ratio, so "hund" -> "hnd" is
not matched: with four letters a typo and a different word cannot be told apart. The search is
bounded (COMPARISONS), so a deck rewritten wholesale syncs in well under a second.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

from quiz.deck.model import normalise_question

Key = TypeVar("Key", bound=Hashable)
GoneKey = TypeVar("GoneKey", bound=Hashable)  # the store's pk of a card gone from the deck
NewKey = TypeVar("NewKey", bound=Hashable)  # the deck's id of a new card

QUESTION_SIMILARITY = 90.0
# At most this many question comparisons per deck sync (about half a second): when thousands of
# cards sharing one answer are all replaced at once (a True/False deck rewritten), that answer's
# cards are not searched for edits, and are simply new.
COMPARISONS = 2_000_000


@dataclass(frozen=True)
class CardText(Generic[Key]):
    """What matching needs of a card: a key (the store's pk, or the new card id), its text and
    its position in the deck (a tie goes to the card nearest the old one's place)."""

    key: Key
    question: str
    answer: str
    position: int


def _folded(text: str) -> str:
    """Case, accents and punctuation folded; text of punctuation only stays as written ("+" is
    not "-")."""
    return normalise_question(text) or text.strip()


def match_edited(
    gone: Sequence[CardText[GoneKey]], new: Sequence[CardText[NewKey]],
    threshold: float = QUESTION_SIMILARITY,
) -> list[tuple[CardText[GoneKey], CardText[NewKey]]]:
    """Pairs (gone card, new card) that are one card edited, each card in at most one pair.

    Only cards with the same folded answer are compared; the most similar pairs are taken
    first (then the nearest in position), so two edited cards map one-to-one and a new card
    that is less alike never takes another card's progress.
    """
    if not gone or not new:  # nothing to match (a new deck, or cards only removed)
        return []
    by_answer: dict[str, tuple[list[CardText[GoneKey]], list[str]]] = {}
    for gone_card in gone:
        cards, questions = by_answer.setdefault(_folded(gone_card.answer), ([], []))
        cards.append(gone_card)
        questions.append(_folded(gone_card.question))
    new_by_answer: dict[str, list[tuple[int, CardText[NewKey]]]] = {}
    for j, card in enumerate(new):
        if _folded(card.answer) in by_answer:
            new_by_answer.setdefault(_folded(card.answer), []).append((j, card))
    budget = COMPARISONS
    pairs: list[tuple[float, int, int, int, CardText[GoneKey], CardText[NewKey]]] = []
    for answer, news in new_by_answer.items():
        olds, questions = by_answer[answer]
        if len(olds) * len(news) > budget:
            continue  # a mass rewrite of cards sharing one answer: not searched (see above)
        budget -= len(olds) * len(news)
        for j, card in news:
            # one call compares with every gone card of the same answer, in C
            for _text, score, i in process.extract(
                    _folded(card.question), questions, scorer=fuzz.ratio, processor=None,
                    score_cutoff=threshold, limit=None):
                old = olds[i]
                pairs.append((-score, abs(old.position - card.position), j, i, old, card))
    pairs.sort(key=lambda p: p[:4])
    taken_old: set[GoneKey] = set()
    taken_new: set[NewKey] = set()
    matched: list[tuple[CardText[GoneKey], CardText[NewKey]]] = []
    for *_order, old, card in pairs:
        if old.key in taken_old or card.key in taken_new:
            continue
        taken_old.add(old.key)
        taken_new.add(card.key)
        matched.append((old, card))
    return matched
