"""Deck generation speed: words per second over >= 1,000,000 words, and peak memory.

The seed documents are copied as many times as needed (each copy a separate document, so the
run reads, extracts, ranks, picks wrong options and writes YAML for every one of them). With
--vary every copy has its years moved and some capitalised words changed, so that no two
documents are the same: the figure then cannot come from work saved on repeated documents.

    .venv/bin/python benchmarks/bench_generate.py [--words 1000000] [--seeds seeds] [--jobs N]
                                                  [--vary]

With --one-document MB the seeds are instead joined (varied, as with --vary) into one document
of about MB megabytes, to measure the time and peak memory of a single large document; with
--full-stops N the document is one line of N full stops (sentence splitting must be linear).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import quiz
from quiz.generate import generate_decks
from quiz.generate.documents import DOCUMENT_SUFFIXES
from quiz.generate.pipeline import worker_count

_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_NAME = re.compile(r"\b[A-Z][a-z]{4,}\b")


def varied(text: str, copy: int) -> str:
    """`text` with its years moved and about half of its capitalised words changed, differently
    for each copy (copy 0 is the text itself)."""
    if copy == 0:
        return text
    rng = random.Random(copy)
    shift = rng.choice([-3, -2, -1, 1, 2, 3])
    names: dict[str, str] = {}

    def name(m: re.Match[str]) -> str:
        word = m.group()
        if word not in names:
            names[word] = word if rng.random() < 0.5 else word[:-1] + rng.choice("aeiou") + "n"
        return names[word]

    text = _YEAR.sub(lambda m: str(int(m.group()) + shift), text)
    return _NAME.sub(name, text)


_CHILD = """
import resource, sys, time
from pathlib import Path
import quiz
from quiz.generate import generate_decks
start = time.perf_counter()
report = generate_decks([Path(sys.argv[1])], Path(sys.argv[2]), jobs=1)
seconds = time.perf_counter() - start
print(report.words, sum(r.cards for r in report.results), len(report.warnings), seconds,
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _one_document(args: argparse.Namespace, seeds: list[Path]) -> int:
    """Generate from one large document (or a line of full stops) in a fresh process, so that
    its peak RSS is the generation's alone; print time and peak memory."""
    with tempfile.TemporaryDirectory() as tmp:
        doc, out = Path(tmp) / "large.txt", Path(tmp) / "decks"
        if args.full_stops:
            doc.write_text("." * args.full_stops + "\n", encoding="utf-8")
        else:
            texts = [p.read_text(encoding="utf-8") for p in seeds]
            with doc.open("w", encoding="utf-8") as stream:
                size, copy = 0, 0
                while size < args.one_document * 1_000_000:
                    for text in texts:
                        part = varied(text, copy) + "\n\n"
                        stream.write(part)
                        size += len(part.encode("utf-8"))
                    copy += 1
        size = doc.stat().st_size
        env = dict(os.environ, PYTHONPATH=str(Path(quiz.__file__).resolve().parents[1]))
        child = subprocess.run([sys.executable, "-c", _CHILD, str(doc), str(out)], env=env,
                               cwd=tmp, check=True, capture_output=True, text=True)
    words, cards, warnings, seconds, peak_kib = child.stdout.split()
    peak = int(peak_kib) * 1024
    print(f"one document: {size / 1e6:.2f} MB  words: {int(words):,}  cards: {cards}"
          f"  warnings: {warnings}")
    print(f"time: {float(seconds):.2f} s  speed: {int(words) / float(seconds):,.0f} words/s")
    ratio = f" ({peak / size:.1f} times the document)" if size >= 1_000_000 else ""
    print(f"peak memory (max RSS of the generating process): {peak / 2**20:.0f} MiB{ratio}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--jobs", type=int, default=None,
                        help="worker processes (default: one per CPU; 1 = a single process)")
    parser.add_argument("--vary", action="store_true",
                        help="make every copy different (years moved, some names changed)")
    parser.add_argument("--one-document", type=float, metavar="MB", default=None,
                        help="one document of about MB megabytes instead of many documents")
    parser.add_argument("--full-stops", type=int, metavar="N", default=None,
                        help="one document holding a line of N full stops")
    args = parser.parse_args()
    seeds = sorted(p for p in args.seeds.glob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES)
    if not seeds:
        print(f"no .txt or .md documents in {args.seeds}", file=sys.stderr)
        return 1
    if args.one_document or args.full_stops:
        return _one_document(args, seeds)
    per_round = sum(len(p.read_text(encoding="utf-8").split()) for p in seeds)
    rounds = -(-args.words // per_round)
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "decks"
        corpus.mkdir()
        for r in range(rounds):
            for p in seeds:
                if args.vary:
                    text = varied(p.read_text(encoding="utf-8"), r)
                    (corpus / f"{r:04d}_{p.name}").write_text(text, encoding="utf-8")
                else:
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
          "words/s (target >= 50,000 in one process)")
    print(f"peak memory (max RSS of one process): {peak_kib / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
