"""Shared builders for the export tests: decks on disk and study written by the real engine."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs

from quiz.deck.loader import load_deck
from quiz.deck.model import Card, Deck, Source
from quiz.deck.writer import write_deck
from quiz.scheduling.session import StudySession
from quiz.store.progress import ProgressStore

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
SCRIPT_Q = "<script>alert(1)</script>"
WRONG = "<i>no idea</i>"  # every wrong answer typed in the tests

TRICKY = Deck(
    id="tricky",
    title="Tricky <b>deck</b> & co",
    cards=(
        Card(id="xss", question=SCRIPT_Q, answer='=HYPERLINK("http://evil.example","x")',
             source=Source("seeds/x.txt", 3, "A quote with <img src=x onerror=alert(2)>")),
        Card(id="wall", question="In what year did the Berlin Wall fall?", answer="1989",
             source=Source("seeds/cold.txt", 4, "The Wall fell in 1989.")),
        Card(id="plus", question="+1 or -1?", answer="@SUM(A1:A9)"),
    ),
)
PLAIN = Deck(
    id="plain",
    title="Plain deck",
    cards=(
        Card(id="rome", question="Which treaty founded the EEC?", answer="Treaty of Rome"),
        Card(id="vienna", question="Where was the 1815 congress?", answer="Vienna"),
    ),
)


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Studied:
    """What the test made each student answer: (student, deck, card id) -> ratings in order."""

    db: Path
    folder: Path
    answers: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)
    cram: list[tuple[str, str, str, int]] = field(default_factory=list)

    def count(self, student: str, deck: str, card: str) -> tuple[int, int]:
        ratings = self.answers.get((student, deck, card), [])
        return len(ratings), Counter(ratings)[1]


def write_decks(folder: Path, decks: list[Deck]) -> list[Deck]:
    """Write decks as YAML and load them back (so they carry their file path)."""
    out = []
    for deck in decks:
        path = folder / "decks" / f"{deck.id}.yaml"
        write_deck(deck, path)
        out.append(load_deck(path))
    return out


def study(store: ProgressStore, studied: Studied, student: str, decks: list[Deck],
          ratings: list[int], start: datetime, *, cram: bool = False) -> None:
    """Answer whatever the session shows next with `ratings` in turn, one minute apart."""
    clock = Clock(start)
    session = StudySession(store, student, decks, now=clock, fuzz=False, tz="UTC", cram=cram)
    for rating in ratings:
        item = session.next_card()
        assert item is not None, "ran out of cards"
        response = WRONG if rating == 1 else item.card.answer
        session.answer(item, fsrs.Rating(rating), correct=rating != 1, mode="typed",
                       response=response)
        key = (student, item.deck_id, item.card.id)
        if cram:
            studied.cram.append((*key, rating))
        else:
            studied.answers.setdefault(key, []).append(rating)
        clock.now += timedelta(minutes=1)


def build_class(folder: Path) -> Studied:
    """ana and ben study both decks (ana on three days, and crams three answers), cleo is
    registered but never studies."""
    decks = write_decks(folder, [TRICKY, PLAIN])
    studied = Studied(db=folder / "progress.db", folder=folder)
    store = ProgressStore.open(studied.db)
    try:
        study(store, studied, "ana", decks, [3, 1, 3, 3, 3, 4, 3], T0)
        study(store, studied, "ana", decks, [3, 3, 1], T0 + timedelta(days=1, hours=2))
        study(store, studied, "ben", decks, [1, 1, 3, 1, 3], T0 + timedelta(hours=5))
        study(store, studied, "ana", decks, [3, 3], T0 + timedelta(days=2, hours=1))
        study(store, studied, "ana", decks, [1, 3, 3], T0 + timedelta(days=1, hours=4),
              cram=True)
        store.get_or_create_student("cleo")
    finally:
        store.close()
    return studied


def cards_text(count: int) -> str:
    """How quiz's messages count cards: "1 card", "2 cards", "1,000 cards"."""
    return f"{count:,} card{'' if count == 1 else 's'}"
