"""Sync after editing questions: how long recognising edited cards (quiz.store.edits) takes.

Prints the time to sync a 10,000-card deck after typos were fixed in 100 of its questions (all
studied, so their progress moves), and the worst case: every question of a deck rewritten at
once while every card has the same answer ("True"), so each new question is compared with
every gone one. Not part of the test run.

    .venv/bin/python benchmarks/bench_sync_edits.py [--cards 10000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from quiz.deck.model import Card, Deck, derive_card_id
from quiz.store import ProgressStore
from quiz.store.db import write_transaction

NOW = datetime(2026, 1, 15, 12, 0, tzinfo=timezone.utc)
WORDS = ("treaty signed accord capital river founded king queen battle empire city council "
         "minister elected war peace port trade union").split()


def question(rng: random.Random) -> str:
    return "Which " + " ".join(rng.choice(WORDS) for _ in range(7)) + "?"


def card(q: str, answer: str) -> Card:
    return Card(id=derive_card_id(q), question=q, answer=answer)


def timed_sync(store: ProgressStore, deck: Deck) -> tuple[float, int, int]:
    start = time.perf_counter()
    [result] = store.sync_decks([deck], NOW).decks
    return time.perf_counter() - start, len(result.kept), result.updated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        store = ProgressStore.open(Path(tmp) / "p.db")
        student = store.get_or_create_student("bench").id
        cards = tuple(card(question(rng), str(1000 + i)) for i in range(args.cards))
        deck = Deck(id="big", title="Big", cards=cards)
        store.sync_decks([deck], NOW)
        with write_transaction(store.db):
            store.db.conn.executemany(
                "INSERT INTO card_state (student_id, card_pk, state, reps) VALUES (?, ?, 2, 1)",
                [(student, row[0]) for row in store.db.execute("SELECT pk FROM cards")])
        edited = list(cards)
        for i in rng.sample(range(len(cards)), 100):
            q = cards[i].question
            cut = rng.randrange(6, len(q) - 2)
            edited[i] = card(q[:cut] + q[cut + 1:], cards[i].answer)  # a letter dropped
        seconds, kept, updated = timed_sync(store, replace(deck, cards=tuple(edited)))
        print(f"sync a {args.cards:,}-card deck with 100 questions edited: "
              f"{seconds * 1000:.0f} ms ({kept} kept their progress, {updated} updated)")

        same = Deck(id="tf", title="True or false",
                    cards=tuple(card(question(rng), "True") for _ in range(args.cards)))
        store.sync_decks([same], NOW)
        rewritten = replace(same, cards=tuple(card(question(rng), "True")
                                              for _ in range(args.cards)))
        seconds, kept, updated = timed_sync(store, rewritten)
        print(f"worst case, all {args.cards:,} questions of a deck rewritten, one answer for "
              f"all: {seconds:.2f} s ({updated} taken for edits of a gone card)")
        store.close()


if __name__ == "__main__":
    main()
