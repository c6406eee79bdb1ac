"""Build the demo class, write its HTML progress report and screenshot it in headless Chromium.

Not part of the test run (it needs Debian's `chromium` package). Usage:

    .venv/bin/python tools/screenshot_report.py [OUT_DIR]

prints where the report and the PNG were written, with the sizes and the time Chromium took.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

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


def screenshot(html: Path, png: Path, size: str = "1200,2000") -> float:
    """Render `html` to `png` headless; return the seconds it took."""
    with tempfile.TemporaryDirectory() as profile:
        started = time.perf_counter()
        subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}",
             f"--window-size={size}", html.resolve().as_uri()],
            check=True, capture_output=True, timeout=120,
        )
        return time.perf_counter() - started


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


if __name__ == "__main__":
    main(sys.argv)
