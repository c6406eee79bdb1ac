"""Screenshot `quiz serve` in headless Chromium at a phone's and a laptop's width.

Not part of the test run (it needs Debian's `chromium` package and Playwright). Usage:

    .venv/bin/python tools/screenshot_serve.py [OUT_DIR] [DECKS_DIR]

serves DECKS_DIR (default: the repository's decks/) over a new database, opens the page at 390
and 1280 CSS pixels wide, chooses the student on the first screen, studies the first deck and
writes OUT_DIR/serve-390.png and OUT_DIR/serve-1280.png (default OUT_DIR: docs/screenshots)
with the card on screen; prints every host the page asked.
"""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
SIZES = [(390, 844), (1280, 800)]


def start_server(decks: Path, db: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "quiz", "serve", "--decks", str(decks), "--db", str(db),
         "--port", str(port)], stdout=subprocess.PIPE, start_new_session=True)
    assert server.stdout is not None
    while b"open http" not in server.stdout.readline():
        if server.poll() is not None:
            raise SystemExit("quiz serve stopped")
    return server, f"http://127.0.0.1:{port}/"


def wait_text(page: Page, frames: list[bytes], phrase: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while phrase not in ESCAPES.sub("", b"".join(frames).decode("utf-8", "replace")):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{phrase!r} never shown")
        page.wait_for_timeout(100)


def shoot(browser, url: str, width: int, height: int, student: str, png: Path) -> set[str]:
    """Open the page, choose `student`, start the first deck, screenshot; the hosts asked."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    hosts: set[str] = set()
    frames: list[bytes] = []
    page.on("request", lambda request: hosts.add(urlsplit(request.url).hostname or "?"))
    page.on("websocket", lambda ws: ws.on(
        "framereceived", lambda data: frames.append(data) if isinstance(data, bytes) else None))
    page.goto(url, timeout=60_000)
    page.wait_for_selector("body.-first-byte", timeout=60_000)
    page.focus(".xterm-helper-textarea")
    wait_text(page, frames, "Study as which student?")
    page.keyboard.type(student)
    page.keyboard.press("Enter")
    wait_text(page, frames, "cards to study today")
    for _attempt in range(20):  # Enter does nothing until the decks table is filled
        frames.clear()
        page.keyboard.press("Enter")
        try:
            wait_text(page, frames, " left", seconds=3)
            break
        except TimeoutError:
            continue
    page.wait_for_timeout(800)
    page.screenshot(path=str(png))
    context.close()
    return hosts


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    decks = Path(argv[2]) if len(argv) > 2 else ROOT / "decks"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        server, url = start_server(decks, Path(scratch) / "class.db")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                                     args=ARGS)
                for width, height in SIZES:
                    png = out / f"serve-{width}.png"
                    hosts = shoot(browser, url, width, height, f"student{width}", png)
                    print(f"{png} ({png.stat().st_size:,} bytes); hosts asked: "
                          f"{', '.join(sorted(hosts))}")
                browser.close()
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)


if __name__ == "__main__":
    main(sys.argv)
