"""Deck sync: an unchanged big deck, and how long recognising edited cards takes.

Prints the time to re-sync an unchanged deck of `--unchanged` cards (default 100,000; target
at most 30 ms): the same loaded deck again (what a study session does), and the deck file
loaded again (what the app does on opening or on `r`). Then the time to sync a 10,000-card deck
after typos were fixed in 100 of its questions (all studied, so their progress moves, via
quiz.store.edits), and the worst case: every question of a deck rewritten at once while every
card has the same answer ("True"), so each new question is compared with every gone one. Not
part of the test run.

    .venv/bin/python benchmarks/bench_sync_edits.py [--cards 10000] [--unchanged 100000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from quiz.deck.loader import load_deck
from quiz.deck.model import Card, Deck, Source, derive_card_id
from quiz.deck.writer import write_deck
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


def unchanged(folder: Path, size: int, rng: random.Random) -> None:
    """Time re-syncing an unchanged deck of `size` cards (each with a source and a tag)."""
    cards = tuple(
        Card(id=f"c{i}", question=f"{question(rng)} (No. {i})", answer=str(1000 + i),
             accept=(f"y{i}",),
             choices=(str(900 + i), str(800 + i), str(700 + i)), tags=("date",),
             source=Source("seeds/big.txt", i + 1, f"The sentence number {i} of the document."))
        for i in range(size))
    path = folder / "decks" / "big.yaml"
    write_deck(Deck(id="big", title="Big", cards=cards), path)
    started = time.perf_counter()
    deck = load_deck(path)
    loading = time.perf_counter() - started
    store = ProgressStore.open(folder / "unchanged.db")
    started = time.perf_counter()
    store.sync_decks([deck], NOW)
    first = time.perf_counter() - started
    again = []
    for _ in range(11):
        started = time.perf_counter()
        [result] = store.sync_decks([deck], NOW).decks
        again.append((time.perf_counter() - started) * 1000)
        assert result.status == "unchanged", result
    reload_deck = load_deck(path)
    started = time.perf_counter()
    [result] = store.sync_decks([reload_deck], NOW).decks
    reloaded = (time.perf_counter() - started) * 1000
    assert result.status == "unchanged", result
    store.close()
    print(f"unchanged {size:,}-card deck: re-sync {statistics.median(again):.1f} ms median, "
          f"{max(again):.1f} ms max; the file loaded again: {reloaded:.1f} ms (target 30 ms) "
          f"[first sync {first:.1f} s; loading the file {loading:.1f} s]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--unchanged", type=int, default=100_000,
                        help="cards of the unchanged deck (0: skip)")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        if args.unchanged:
            unchanged(Path(tmp), args.unchanged, rng)
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
