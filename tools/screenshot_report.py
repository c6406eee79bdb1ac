"""Build the demo class, write its HTML reports and screenshot them in headless Chromium.

Not part of the test run (it needs Debian's `chromium` package). Usage:

    .venv/bin/python tools/screenshot_report.py [OUT_DIR]

writes OUT_DIR/report.html (`quiz export progress --format html` of the demo database), one
JSON export per student merged into OUT_DIR/class.html (`quiz report class`), a PNG of each
and a PDF of the progress report (print layout), and prints sizes, times and the page count.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from quiz.export.class_report import load_class, render_class_html
from quiz.export.demo import DEMO_START, build_demo_database
from quiz.export.progress import export_progress
from quiz.export.render import progress_text, save_export

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
)


def chromium() -> str:
    """The Chromium executable on PATH (Debian: `apt-get install chromium`)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("chromium not found: apt-get install -y chromium")


def _chromium_run(args: list[str]) -> float:
    with tempfile.TemporaryDirectory() as profile:
        started = time.perf_counter()
        subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
                       check=True, capture_output=True, timeout=120)
        return time.perf_counter() - started


def screenshot(html: Path, png: Path, size: str = "1200,2000") -> float:
    """Render `html` to `png` headless; return the seconds it took."""
    return _chromium_run([f"--screenshot={png}", f"--window-size={size}",
                          html.resolve().as_uri()])


def print_pdf(html: Path, pdf: Path) -> int:
    """Print `html` to `pdf` with the print style sheet; return the number of pages."""
    _chromium_run(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.resolve().as_uri()])
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(tempfile.mkdtemp(prefix="quiz-report-"))
    out.mkdir(parents=True, exist_ok=True)
    db = out / "progress.db"
    if db.exists():
        db.unlink()
    build_demo_database(out)
    doc = export_progress(db, now=DEMO_START + timedelta(days=15))
    html = out / "report.html"
    save_export(progress_text(doc, "html"), "html", html)
    png = out / "report.png"
    seconds = screenshot(html, png)
    print(f"report {html} ({html.stat().st_size} bytes)")
    print(f"screenshot {png} ({png.stat().st_size} bytes) in {seconds:.1f} s")
    pages = print_pdf(html, out / "report.pdf")
    print(f"printed {out / 'report.pdf'}: {pages} pages")
    exports = []
    for student in doc["students"]:
        one = export_progress(db, student=student["name"], now=DEMO_START + timedelta(days=15))
        path = out / f"{student['name']}.json"
        path.write_text(json.dumps(one, ensure_ascii=False), encoding="utf-8")
        exports.append(path)
    class_html = out / "class.html"
    save_export(render_class_html(load_class(exports)), "html", class_html)
    class_png = out / "class.png"
    seconds = screenshot(class_html, class_png)
    print(f"class report {class_html} from {len(exports)} exports; screenshot {class_png} "
          f"in {seconds:.1f} s")


if __name__ == "__main__":
    main(sys.argv)
