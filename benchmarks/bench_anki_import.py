"""Time `quiz import anki` on a package and on a plain-text export of N notes.

    .venv/bin/python benchmarks/bench_anki_import.py [NOTES]

The package is quiz's own export of a deck of NOTES cards (default 10,000); the plain-text file
holds as many notes as Anki writes them (tab separated, HTML, GUID and tags columns, every
tenth a cloze with two deletions). Prints the median of 5 runs of each import, deck written.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from quiz.deck.model import Card, Deck
from quiz.export.anki import write_apkg
from quiz.export.anki_import import import_anki


def median_ms(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def plain_text(count: int) -> str:
    lines = ["#separator:tab", "#html:true", "#guid column:1", "#notetype column:2",
             "#tags column:5"]
    for n in range(count):
        if n % 10 == 9:
            lines.append(f"g{n}\tCloze\tIn {{{{c1::{1900 + n % 100}}}}} <b>treaty {n}</b> was "
                         f"signed in {{{{c2::city {n}::place}}}}.\tExtra<br>note\tcloze")
        else:
            lines.append(f"g{n}\tBasic\tWhat is <i>term {n}</i>?\tThe definition&nbsp;of term "
                         f"{n}<br>with a second line\tvocab week{n % 7}")
    return "\n".join(lines) + "\n"


def main(count: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="quiz-bench-anki-"))
    deck = Deck("bench", "Bench", tuple(
        Card(id=f"c{n}", question=f"What is term {n}?", answer=f"Definition {n}",
             accept=(f"def {n}",), explanation="Because.") for n in range(count)))
    package = folder / "bench.apkg"
    write_apkg(deck, package)
    text = folder / "bench.txt"
    text.write_text(plain_text(count), encoding="utf-8")
    for name, source in (("package (.apkg)", package), ("plain text", text)):
        out = folder / f"out-{source.suffix[1:]}.yaml"
        cards = len(import_anki(source, out, force=True).deck.cards)
        ms = median_ms(lambda source=source, out=out: import_anki(source, out, force=True))
        print(f"import anki, {name}, {count:,} notes -> {cards:,} cards: {ms:,.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
