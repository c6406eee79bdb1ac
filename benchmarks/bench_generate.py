"""Deck generation speed: words per second over >= 1,000,000 words, and peak memory.

The seed documents are copied as many times as needed (each copy a separate document, so the
run reads, extracts, ranks, picks wrong options and writes YAML for every one of them).

    .venv/bin/python benchmarks/bench_generate.py [--words 1000000] [--seeds seeds] [--jobs N]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from quiz.generate import generate_decks
from quiz.generate.pipeline import worker_count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--jobs", type=int, default=None,
                        help="worker processes (default: one per CPU; 1 = a single process)")
    args = parser.parse_args()
    seeds = sorted(args.seeds.glob("*.txt"))
    if not seeds:
        print(f"no .txt documents in {args.seeds}", file=sys.stderr)
        return 1
    per_round = sum(len(p.read_text(encoding="utf-8").split()) for p in seeds)
    rounds = -(-args.words // per_round)
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "decks"
        corpus.mkdir()
        for r in range(rounds):
            for p in seeds:
                shutil.copyfile(p, corpus / f"{r:04d}_{p.name}")
        workers = worker_count(args.jobs, len(rounds * seeds))
        start = time.perf_counter()
        report = generate_decks([corpus], out, jobs=args.jobs)
        seconds = time.perf_counter() - start
        cards = sum(r.cards for r in report.results)
    peak_kib = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,  # KiB on Linux
                   resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(f"documents: {len(report.results)}  words: {report.words:,}  cards: {cards:,}")
    print(f"processes: {workers}  time: {seconds:.2f} s  speed: {report.words / seconds:,.0f} "
          "words/s (target >= 100,000)")
    print(f"peak memory (max RSS of one process): {peak_kib / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
