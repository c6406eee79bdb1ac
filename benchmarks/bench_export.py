"""Time the teachers' exports on a demo class: progress CSV/JSON/HTML, class merge, Anki, import.

    .venv/bin/python benchmarks/bench_export.py [STUDENTS] [--keep DIR]

Builds a demo database of STUDENTS (default 30) simulated students through the real study
engine, then prints the median of 5 runs of each export, and the sizes written. Both the
progress export and the class report should grow in proportion to the students (targets at
1,000 students: collect at most 1 s, class report at most 3 s). Building 1,000 students takes
a few minutes: `--keep DIR` keeps the database (and the students' JSON exports) in DIR and
reuses them on the next run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from quiz.deck.model import Card, Deck
from quiz.export.anki import write_apkg
from quiz.export.class_report import load_class, render_class_html
from quiz.export.csv_import import import_csv
from quiz.export.demo import DEMO_START, DemoStudent, build_demo_database
from quiz.export.progress import export_progress
from quiz.export.render import progress_text


def median_ms(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("students", type=int, nargs="?", default=30)
    parser.add_argument("--keep", type=Path, default=None,
                        help="build the database in this folder, or reuse the one there")
    args = parser.parse_args()
    count = args.students
    folder = args.keep or Path(tempfile.mkdtemp(prefix="quiz-bench-export-"))
    db = folder / "progress.db"
    if not db.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        students = [DemoStudent(f"student{i:02d}", 0.6 + 0.3 * (i % 4) / 3, 3 + i % 12)
                    for i in range(count)]
        started = time.perf_counter()
        build_demo_database(folder, students=students)
        print(f"demo database: {count} students, built in {time.perf_counter() - started:.1f} s")
    now = DEMO_START + timedelta(days=15)
    doc = export_progress(db, now=now)
    print(f"demo database: {len(doc['students'])} students, {len(doc['cards'])} card rows, "
          f"{len(doc['reviews'])} reviews")
    print(f"collect progress document: {median_ms(lambda: export_progress(db, now=now)):.0f} ms")
    for fmt in ("csv", "json", "html"):
        text = progress_text(doc, fmt)
        ms = median_ms(lambda fmt=fmt: progress_text(doc, fmt))
        print(f"render {fmt}: {ms:.0f} ms, {len(text.encode()) / 1024:.0f} KiB")
    exports = []
    (folder / "exports").mkdir(exist_ok=True)
    for student in doc["students"]:
        path = folder / "exports" / f"{student['name']}.json"
        if not path.is_file():
            path.write_text(json.dumps(export_progress(db, student=student["name"], now=now)),
                            encoding="utf-8")
        exports.append(path)
    loading = median_ms(lambda: load_class(exports))
    data = load_class(exports)
    drawing = median_ms(lambda: render_class_html(data))
    ms = median_ms(lambda: render_class_html(load_class(exports)))
    print(f"class report from {len(exports)} JSON files: {ms:.0f} ms (validate + merge "
          f"{loading:.0f} ms, HTML {drawing:.0f} ms)")
    big = Deck(id="big", title="Big deck", cards=tuple(
        Card(id=f"c{i}", question=f"Question number {i}?", answer=f"Answer {i}")
        for i in range(1000)))
    ms = median_ms(lambda: write_apkg(big, folder / "big.apkg"))
    print(f"Anki package of 1000 cards: {ms:.0f} ms, "
          f"{(folder / 'big.apkg').stat().st_size / 1024:.0f} KiB")
    sheet = folder / "big.tsv"
    sheet.write_text("".join(f"Question number {i}?\tAnswer {i}\n" for i in range(1000)),
                     encoding="utf-8")
    ms = median_ms(lambda: import_csv(sheet, folder / "big.yaml", force=True))
    print(f"import a 1000-row TSV to a checked deck file: {ms:.0f} ms")


if __name__ == "__main__":
    main()
