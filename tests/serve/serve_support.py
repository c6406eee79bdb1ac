"""Helpers for the `quiz serve` tests: start the server, read what a session's terminal shows."""

from __future__ import annotations

import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DECK = """\
title: Capitals
id: capitals
cards:
  - id: france
    question: What is the capital of France?
    answer: Paris
  - id: peru
    question: What is the capital of Peru?
    answer: Lima
"""

# What the terminal is sent besides text: CSI (cursor, colour), OSC (titles), DCS/APC, two-byte
# escapes; removed so the text a user reads can be searched.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[P_^][^\x1b]*\x1b\\"
    r"|\x1b[@-Z\\-_]|\x1b[()][0-9A-Za-z]")
WAIT_SECONDS = 60


def terminal_text(data: bytes) -> str:
    """The text in a stream of terminal output, escape sequences removed."""
    return _ESCAPES.sub("", data.decode("utf-8", "replace"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition: Callable[[], object], what: str, seconds: float = WAIT_SECONDS,
             describe: Callable[[], str] = lambda: "") -> object:
    """Poll `condition` until it is true; fail naming `what` (and `describe()`) after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what} after {seconds} s {describe()}")
        time.sleep(0.1)


def reviews(db_path: Path) -> list[tuple[str, str, int, str | None]]:
    """Every review in the database: (student, card id, rating, typed response)."""
    if not db_path.exists():
        return []
    with sqlite3.connect(db_path, timeout=10) as conn:
        return conn.execute(
            "SELECT students.name, cards.card_id, review_log.rating, review_log.response"
            " FROM review_log JOIN students ON students.id = review_log.student_id"
            " JOIN cards ON cards.pk = review_log.card_pk ORDER BY review_log.id").fetchall()


@dataclass
class Served:
    """A running `quiz serve`: its address, database and process."""

    url: str
    db_path: Path
    process: subprocess.Popen[str]
    log: Path


def start_server(decks_dir: Path, db_path: Path, log: Path) -> Served:
    """`quiz serve` on a free port, in its own process group; returns once it listens."""
    port = free_port()
    out = log.open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "quiz", "serve", "--decks", str(decks_dir), "--db", str(db_path),
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=out, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    out.close()
    served = Served(f"http://127.0.0.1:{port}/", db_path, process, log)
    try:
        wait_for(lambda: "open http" in log.read_text() or process.poll() is not None,
                 "the server to listen", describe=lambda: log.read_text())
        if process.poll() is not None:
            raise AssertionError(f"quiz serve stopped: {log.read_text()}")
    except BaseException:
        stop_server(served)
        raise
    return served


def stop_server(served: Served) -> None:
    """Stop the server (SIGTERM: it closes its sessions), then kill its process group."""
    process = served.process
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(process.pid, signal.SIGKILL)  # the session processes it started, if any left
    except ProcessLookupError:
        pass
    process.wait(timeout=15)
