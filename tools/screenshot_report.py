"""Build a class, write both HTML reports and screenshot them in headless Chromium at phone and
desktop width.

Not part of the test run (it needs Debian's `chromium` package). Usage:

    .venv/bin/python tools/screenshot_report.py [OUT_DIR] [--decks DIR]

Without --decks the class is the demo class (quiz.export.demo: two small decks, four
students); with --decks DIR (such as the bundled decks/) five simulated students study every
deck in DIR over four weeks, a few new cards a day, so some cards stay unseen. Writes
OUT_DIR/report.html (`quiz export progress --format html`), one JSON export per student merged
into OUT_DIR/class.html (`quiz report class`), full-page PNGs of each at 390 and 1280 px
wide (report-390.png, class-1280.png, ...), a PDF of the progress report (print layout), and
prints sizes, times and the page count.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from quiz.core.enums import Rating, StudyMode
from quiz.deck.loader import load_deck
from quiz.export.class_report import load_class, render_class_html
from quiz.export.demo import DEMO_START, build_demo_database
from quiz.export.progress import export_progress
from quiz.export.render import progress_text, save_export
from quiz.scheduling.session import StudySession
from quiz.store.progress import ProgressStore

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
)
WIDTHS = (390, 1280)
CLASS_START = datetime(2026, 10, 5, 15, 0, tzinfo=timezone.utc)
# name, chance to recall a card of average hardness, days of study, share of days skipped
CLASS = (("Ana", 0.9, 24, 0.2), ("Ben", 0.75, 18, 0.3), ("Chloé", 0.6, 12, 0.3),
         ("Dev", 0.5, 5, 0.0), ("Emma Louise Richardson-Smith", 0.8, 20, 0.4))


def chromium() -> str:
    """The Chromium executable on PATH (Debian: `apt-get install chromium`)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("chromium not found: apt-get install -y chromium")


def _chromium_run(args: list[str]) -> tuple[float, str]:
    with tempfile.TemporaryDirectory() as profile:
        started = time.perf_counter()
        done = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
                              check=True, capture_output=True, timeout=120, text=True)
        return time.perf_counter() - started, done.stdout


def page_height(html: Path, width: int) -> int:
    """The height in px of `html` laid out `width` px wide (read from a frame of that width)."""
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe.html"
        probe.write_text(
            f'<iframe id=f src="{html.resolve().as_uri()}" width={width} height=600></iframe>'
            '<pre id=out></pre><script>const f = document.getElementById("f");'
            'f.onload = () => { document.getElementById("out").textContent = "height=" +'
            " f.contentDocument.documentElement.scrollHeight; };</script>", "utf-8")
        _, dom = _chromium_run(["--allow-file-access-from-files", "--virtual-time-budget=5000",
                                "--window-size=1400,800", "--dump-dom", probe.as_uri()])
    found = re.search(r"height=(\d+)", dom)
    if found is None:
        raise SystemExit(f"could not measure {html} at {width} px")
    return int(found.group(1))


def screenshot(html: Path, png: Path, width: int) -> float:
    """Render the whole of `html`, `width` px wide, to `png`; return the seconds it took."""
    height = page_height(html, width)
    seconds, _ = _chromium_run([f"--screenshot={png}", f"--window-size={width},{height}",
                                html.resolve().as_uri()])
    return seconds


def print_pdf(html: Path, pdf: Path) -> int:
    """Print `html` to `pdf` with the print style sheet; return the number of pages."""
    _chromium_run(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.resolve().as_uri()])
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


@dataclass
class Clock:
    """The simulated student's wall time, moved on after each answer."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now


def build_class_on_decks(out: Path, decks_dir: Path, seed: int = 7) -> tuple[Path, datetime]:
    """Five students study the decks in `decks_dir` through the study engine, at most one new
    card per deck and fifteen answers a day; return the database and a time to export at."""
    decks = [load_deck(path) for path in sorted(decks_dir.glob("*.yaml"))]
    if not decks:
        raise SystemExit(f"no decks (*.yaml) in {decks_dir}")
    db = out / "progress.db"
    store = ProgressStore.open(db)
    try:
        for number, (name, skill, days, skip) in enumerate(CLASS):
            rng = random.Random(seed * 1000 + number)
            mine = decks if number % 2 == 0 else decks[1:4]  # not everyone has every deck
            hardness = {c.id: 0.08 * (i % 4) for d in mine for i, c in enumerate(d.cards)}
            for day in range(days):
                if rng.random() < skip:
                    continue
                clock = Clock(CLASS_START + timedelta(days=day, minutes=rng.randint(0, 90)))
                session = StudySession(store, name, mine, now=clock, fuzz=False, tz="UTC",
                                       new_limit=1)
                for _ in range(15):
                    item = session.next_card()
                    if item is None:
                        break
                    recalled = rng.random() < skill - hardness[item.card.id]
                    rating = ((Rating.EASY if rng.random() < 0.2 else Rating.GOOD)
                              if recalled else Rating.AGAIN)
                    wrong = rng.choice(item.card.choices) if item.card.choices else "no idea"
                    session.answer(item, rating, correct=recalled, mode=StudyMode.TYPED,
                                   response=item.card.answer if recalled else wrong,
                                   duration_ms=rng.randint(2000, 15000))
                    clock.now += timedelta(seconds=rng.randint(20, 90))
    finally:
        store.close()
    return db, CLASS_START + timedelta(days=26)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path,
                        default=Path(tempfile.mkdtemp(prefix="quiz-report-")))
    parser.add_argument("--decks", type=Path, help="simulate a class on these deck files")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    db = out / "progress.db"
    if db.exists():
        db.unlink()
    if args.decks:
        db, now = build_class_on_decks(out, args.decks)
    else:
        build_demo_database(out)
        now = DEMO_START + timedelta(days=15)
    doc = export_progress(db, now=now)
    print(f"{len(doc['students'])} students, {len(doc['reviews'])} answers, "
          f"{len(doc['decks'])} decks")
    html = out / "report.html"
    save_export(progress_text(doc, "html"), "html", html)
    exports = []
    for student in doc["students"]:
        one = export_progress(db, student=student["name"], now=now)
        path = out / f"{student['name']}.json"
        path.write_text(json.dumps(one, ensure_ascii=False), encoding="utf-8")
        exports.append(path)
    class_html = out / "class.html"
    save_export(render_class_html(load_class(exports)), "html", class_html)
    for name, page in (("report", html), ("class", class_html)):
        for width in WIDTHS:
            png = out / f"{name}-{width}.png"
            seconds = screenshot(page, png, width)
            print(f"{png} ({png.stat().st_size:,} bytes) in {seconds:.1f} s")
    pages = print_pdf(html, out / "report.pdf")
    print(f"printed {out / 'report.pdf'}: {pages} pages")


if __name__ == "__main__":
    main()
