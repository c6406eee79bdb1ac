"""Deck generation speed: words per second over >= 1,000,000 words, and peak memory.

The seed documents are copied as many times as needed (each copy a separate document, so the
run reads, extracts, ranks, picks wrong options and writes YAML for every one of them).

    .venv/bin/python benchmarks/bench_generate.py [--words 1000000] [--seeds seeds]
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
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
        start, cpu = time.perf_counter(), time.process_time()
        report = generate_decks([corpus], out)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        cards = sum(r.cards for r in report.results)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"documents: {len(report.results)}  words: {report.words:,}  cards: {cards:,}")
    print(f"wall: {seconds:.2f} s  speed: {report.words / seconds:,.0f} words/s "
          f"(target >= 100,000)")
    print(f"cpu:  {cpu:.2f} s  speed: {report.words / cpu:,.0f} words/s of CPU time "
          "(what the wall figure is when the machine is not shared)")
    print(f"peak memory (max RSS): {peak_kib / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
