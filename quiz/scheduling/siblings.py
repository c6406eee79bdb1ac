"""Siblings: cards of one deck that give each other away, so a session keeps them apart.

Two cards of the same deck are siblings when any of these holds:

* **group**: they carry the same `group` (a teacher named them as one fact);
* **entry**: they come from one deck entry (`Card.siblings`: the cards of a cloze, a card and
  its reverse);
* **sentence**: their `source` names the same file and line with the same quote (both read
  from one sentence of a document);
* **answer and subject**: their answers are the same once case, accents and punctuation are
  folded, and their questions share a *subject*: a capitalised word that is not the
  question's first word nor a common title, month, weekday or function word ("Wilson",
  "Baku", "NATO"; not "President", "March", "The"), or a year (1000-2099). "In what year
  did Azerbaijan join the UN?" and "In what year did Azerbaijan join the OSCE?" (both 1992)
  share "Azerbaijan"; two cards answered 1992 about Armenia and about Chile do not.

A year is a subject too, so two cards with the same answer "Woodrow Wilson" asked about 1919
are siblings. A question that names its subject only in lower case, or gives another card's
answer away without sharing an answer with it, needs a `group`.

Once one card is answered, its siblings still waiting today are buried until the next study
day (quiz.scheduling.session), as Anki buries the other cards of a note.

The index is built once per loaded deck, in one pass over its cards (a service keeps it for
every session it opens); questions are split into subjects only when a card is answered.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import datetime

from quiz.core.enums import State
from quiz.deck.model import Card, Deck, normalise_question
from quiz.store.records import CardState

# A word that does not start with an ASCII lower-case letter: a name, a number, or (rarely) a
# lower-case word in another script, which `subjects` drops. Lower-case words are skipped by
# the pattern itself, so a question is not walked word by word in Python.
_CANDIDATE = re.compile(r"\b[^\W_a-z][^\W_]*(?:['’-][^\W_]+)*")
_FIRST_WORD = re.compile(r"[^\W_]")
_YEAR = re.compile(r"1\d{3}|20\d{2}")
# Capitalised words that say nothing about whom or what a question is about.
_NOT_A_SUBJECT = frozenset("""
    a an and at by for from i in into of on or the to with what which who whom whose when
    where why how did does do was were is are has had have
    president prime minister secretary general ambassador king queen chancellor governor
    senator sen mayor foreign state states united republic government minister's
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
""".split())


def subjects(question: str) -> frozenset[str]:
    """What a question is about, for the answer-and-subject rule: its capitalised words but
    the first and common titles (folded: "Wilson" -> "wilson") and its years."""
    first = _FIRST_WORD.search(question)
    start = first.start() if first else 0
    found = set()
    for match in _CANDIDATE.finditer(question):
        word = match.group()
        if _YEAR.fullmatch(word):
            found.add(word)
        elif match.start() != start and word[0].isupper() \
                and word.casefold() not in _NOT_A_SUBJECT:
            found.add(normalise_question(word))
    return frozenset(found)


def _keys(card: Card) -> Iterator[tuple[object, ...]]:
    """The keys that make two cards of one deck siblings when they share one (the answer and
    subject rule is looked at apart, in `SiblingIndex.siblings`)."""
    if card.group is not None:
        yield ("group", card.group)
    if card.siblings is not None:
        yield ("entry", card.siblings)
    source = card.source
    if source is not None and source.line is not None:
        yield ("sentence", source.file, source.line, source.quote or "")


class SiblingIndex:
    """The siblings of every card of one deck, by card id (see the module docstring).

    Building it folds every answer and groups the cards by key, nothing more (0.5-0.6 s for
    50,000 cards on the busy 2-core test host, where folding the answers alone took 0.2 s); a
    question is split into its subjects only when a card with the same answer is answered, and
    then kept.
    """

    def __init__(self, deck: Deck) -> None:
        self.deck = deck
        self._cards = {card.id: card for card in deck.cards}
        # One pass, keys made inline: for 50,000 cards a generator per card costs as much as
        # the rest together.
        members: dict[tuple[object, ...], list[str]] = {}
        key: tuple[object, ...]
        for card in deck.cards:
            card_id = card.id
            source = card.source
            if source is not None and source.line is not None:
                key = ("sentence", source.file, source.line, source.quote or "")
                found = members.get(key)
                if found is None:
                    members[key] = [card_id]
                else:
                    found.append(card_id)
            key = ("answer", normalise_question(card.answer))
            found = members.get(key)
            if found is None:
                members[key] = [card_id]
            else:
                found.append(card_id)
            if card.group is not None:
                members.setdefault(("group", card.group), []).append(card_id)
            if card.siblings is not None:
                members.setdefault(("entry", card.siblings), []).append(card_id)
        # Only keys shared by two cards or more tie anything together.
        self._members = {key: ids for key, ids in members.items() if len(ids) > 1}
        self._subjects: dict[str, frozenset[str]] = {}
        # answer key -> subject -> ids of the cards with that answer whose questions name it
        self._by_subject: dict[tuple[object, ...], dict[str, list[str]]] = {}

    def _subjects_of(self, card_id: str) -> frozenset[str]:
        found = self._subjects.get(card_id)
        if found is None:
            found = self._subjects[card_id] = subjects(self._cards[card_id].question)
        return found

    def _subject_index(self, answer_key: tuple[object, ...], ids: list[str]
                       ) -> dict[str, list[str]]:
        """The cards sharing one answer, by subject: built the first time a card with that
        answer is answered, so each later answer looks up its own subjects only (a deck where
        hundreds of cards answer "1950" costs one pass over them, not one per answer)."""
        index = self._by_subject.get(answer_key)
        if index is None:
            index = {}
            for other in ids:
                for subject in self._subjects_of(other):
                    index.setdefault(subject, []).append(other)
            self._by_subject[answer_key] = index
        return index

    def siblings(self, card_id: str) -> list[str]:
        """The ids of the card's siblings (never the card itself)."""
        card = self._cards.get(card_id)
        if card is None:
            return []
        found: dict[str, None] = {}
        for key in _keys(card):
            for other in self._members.get(key, ()):
                found[other] = None
        answer_key = ("answer", normalise_question(card.answer))
        same_answer = self._members.get(answer_key)
        mine = self._subjects_of(card_id) if same_answer else frozenset()
        if same_answer and mine:  # a question naming no subject leaves the others unsplit
            by_subject = self._subject_index(answer_key, same_answer)
            for subject in sorted(mine):
                for other in by_subject.get(subject, ()):
                    found[other] = None
        found.pop(card_id, None)
        return list(found)

class SiblingIndexes:
    """One SiblingIndex per loaded deck, built when first asked for and kept while the same
    Deck object is loaded (a reload gives new Decks, so new indexes)."""

    def __init__(self) -> None:
        self._indexes: dict[str, SiblingIndex] = {}
        self._lock = threading.Lock()  # a worker may be building one while another asks

    def of(self, deck: Deck) -> SiblingIndex:
        """The index of `deck`, built now if this Deck has none yet."""
        with self._lock:
            index = self._indexes.get(deck.id)
            if index is None or index.deck is not deck:
                index = self._indexes[deck.id] = SiblingIndex(deck)
            return index


def waiting_today(state: CardState | None, now: datetime, day_end: datetime) -> bool:
    """True when a sibling would still come up today, so answering its sibling buries it: a
    new card, or a review card due before the study day ends; not one in (re)learning, which
    is already under way, nor one suspended or buried already."""
    if state is None:
        return True
    if state.suspended or (state.buried_until is not None and state.buried_until > now):
        return False
    if state.is_new:
        return True
    return state.state == State.REVIEW and state.due is not None and state.due < day_end
