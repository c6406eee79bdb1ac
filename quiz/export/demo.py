"""A reproducible demo class: two deck files and a progress database with three students.

Built through the study engine itself (`StudySession` answering at pinned times, fuzzing off),
so the exports, the report screenshot and the tests all see exactly what real study writes.
Same arguments, same database: the students' answers come from a seeded random generator.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from quiz.core.enums import Rating, StudyMode
from quiz.deck.loader import load_deck
from quiz.deck.model import Card, Deck, Source, derive_card_id
from quiz.deck.writer import write_deck
from quiz.scheduling.session import StudySession
from quiz.store.progress import ProgressStore

DEMO_START = datetime(2026, 3, 2, 16, 0, tzinfo=timezone.utc)

_COLD_WAR = [
    ("In what year did the Berlin Wall fall?", "1989", ("1961", "1991"),
     "seeds/cold-war.txt", 4, "The Berlin Wall fell on 9 November 1989, after 28 years."),
    ("Who was the first Secretary-General of NATO?", "Hastings Ismay", ("Paul-Henri Spaak",),
     "seeds/cold-war.txt", 12, "Lord Ismay became the first Secretary-General of NATO in 1952."),
    ("In what year was the Warsaw Pact signed?", "1955", ("1949", "1961"),
     "seeds/cold-war.txt", 17, "The Warsaw Pact was signed in May 1955 by eight states."),
    ("Which treaty of 1987 removed intermediate-range missiles from Europe?", "INF Treaty",
     ("SALT I",), "seeds/cold-war.txt", 23,
     "Reagan and Gorbachev signed the INF Treaty in Washington in December 1987."),
    ("Who led the Soviet Union during the Cuban Missile Crisis?", "Nikita Khrushchev", (),
     "seeds/cold-war.txt", 31, "Khrushchev agreed on 28 October 1962 to remove the missiles."),
    ("In what year did the Soviet Union dissolve?", "1991", ("1989",),
     "seeds/cold-war.txt", 40, "The Soviet Union was formally dissolved on 26 December 1991."),
]
_TREATIES = [
    ("Which treaty ended the First World War with Germany?", "Treaty of Versailles",
     ("Treaty of Trianon",), "seeds/treaties.txt", 3,
     "The Treaty of Versailles was signed on 28 June 1919 in the Hall of Mirrors."),
    ("In what year was the Treaty of Westphalia signed?", "1648", ("1618",),
     "seeds/treaties.txt", 9, "The Peace of Westphalia of 1648 ended the Thirty Years' War."),
    ("Which treaty founded the European Economic Community?", "Treaty of Rome",
     ("Treaty of Paris",), "seeds/treaties.txt", 15,
     "Six states signed the Treaty of Rome on 25 March 1957."),
    ("Which 1992 treaty created the European Union?", "Maastricht Treaty",
     ("Lisbon Treaty",), "seeds/treaties.txt", 21,
     "The Maastricht Treaty, signed in February 1992, created the European Union."),
    ("Where was the 1815 congress that redrew Europe's map held?", "Vienna", ("Paris",),
     "seeds/treaties.txt", 27, "The Congress of Vienna closed with its Final Act in June 1815."),
]


@dataclass(frozen=True)
class DemoStudent:
    """A simulated student: `skill` is the chance of recalling a card of average hardness."""

    name: str
    skill: float
    days: int


DEMO_STUDENTS = (
    DemoStudent("Ana", 0.95, 14),
    DemoStudent("Ben", 0.8, 10),
    DemoStudent("Chloé", 0.65, 6),
    DemoStudent("Dev", 0.6, 1),
)


def _deck(deck_id: str, title: str, rows: list[tuple]) -> Deck:
    cards = tuple(
        Card(id=derive_card_id(q), question=q, answer=a, choices=tuple(ch),
             source=Source(file=f, line=line, quote=quote))
        for q, a, ch, f, line, quote in rows
    )
    return Deck(id=deck_id, title=title, cards=cards, tags=("history",))


def demo_decks() -> list[Deck]:
    """The two demo decks (Cold War, treaties), not yet written anywhere."""
    return [
        _deck("cold-war", "The Cold War in six questions", _COLD_WAR),
        _deck("treaties", "Treaties that shaped Europe", _TREATIES),
    ]


def build_demo_database(
    folder: Path,
    *,
    students: Sequence[DemoStudent] = DEMO_STUDENTS,
    start: datetime = DEMO_START,
    seed: int = 7,
) -> Path:
    """Write `folder/decks/*.yaml` and `folder/progress.db` with the students' study; return
    the database path. The folder should be empty (an existing database is added to)."""
    deck_dir = folder / "decks"
    decks = []
    for deck in demo_decks():
        path = deck_dir / f"{deck.id}.yaml"
        write_deck(deck, path)
        decks.append(load_deck(path))
    db_path = folder / "progress.db"
    store = ProgressStore.open(db_path)
    try:
        for number, student in enumerate(students):
            rng = random.Random(seed * 1000 + number)
            _study(store, decks, student, start, rng)
    finally:
        store.close()
    return db_path


@dataclass
class _Clock:
    """A settable clock for the session (the simulated student's wall time)."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now


def _study(
    store: ProgressStore, decks: list[Deck], student: DemoStudent, start: datetime,
    rng: random.Random,
) -> None:
    hardness = {c.id: 0.08 * (i % 4) for d in decks for i, c in enumerate(d.cards)}
    for day in range(student.days):
        clock = _Clock(start + timedelta(days=day, minutes=rng.randint(0, 90)))
        session = StudySession(store, student.name, decks, now=clock, fuzz=False, tz="UTC",
                               new_limit=4)
        for _ in range(60):
            item = session.next_card()
            if item is None:
                break
            recalled = rng.random() < student.skill - hardness[item.card.id]
            if recalled:
                rating = Rating.EASY if rng.random() < 0.2 else Rating.GOOD
            else:
                rating = Rating.AGAIN
            wrong = rng.choice(item.card.choices) if item.card.choices else "I don't know"
            session.answer(item, rating, response=item.card.answer if recalled else wrong,
                           correct=recalled, mode=StudyMode.TYPED,
                           duration_ms=rng.randint(2000, 15000))
            clock.now += timedelta(seconds=rng.randint(20, 90))
