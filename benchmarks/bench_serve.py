"""How many students one machine serves: N simultaneous sessions of `quiz serve`.

Starts `quiz serve` on a generated deck (flip cards) and a fresh database in a temporary
folder, opens N websocket clients at once (what the page's script sends: JSON `["stdin", keys]`
messages; the terminal comes back as bytes), each as its own student (`/ws/<name>`, as
`/?student=NAME` makes the page do). Every client waits for its home screen, then all study
together: Space shows the answer, 4 (Easy) rates it, the next card is awaited, until each has
answered its daily 20 new cards. Prints the time to each first screen, the memory of the app
processes (RSS and PSS, per session) and the answers per second of the whole class, and checks
that every review is in the database.

    python benchmarks/bench_serve.py [N ...]        (default: 5 10 20)
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import re
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ANSWERS = 20  # a new student's daily limit of new cards
TIMEOUT = 300
ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def write_deck(folder: Path, cards: int = 30) -> None:
    """A deck of flip cards (answers of more than six words are studied by flipping)."""
    lines = ["title: Bench", "id: bench", "cards:"]
    for i in range(cards):
        lines += [f"  - question: What does line {i} of the poem say?",
                  f"    answer: line {i} of the poem says something worth learning by heart"]
    (folder / "bench.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def start_server(decks: Path, db: Path) -> tuple[subprocess.Popen[bytes], int]:
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
    return server, port


class Client:
    """One student's websocket session: keys out, terminal text in."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.received = bytearray()

    async def press(self, keys: str) -> None:
        self.received.clear()
        await self.ws.send_str(json.dumps(["stdin", keys]))

    async def wait(self, pattern: str) -> None:
        """Read the terminal until `pattern` (a regular expression) is among what it was sent
        since the last key."""
        found = re.compile(pattern)
        while not found.search(ESCAPES.sub("", self.received.decode("utf-8", "replace"))):
            message = await self.ws.receive(timeout=TIMEOUT)
            if message.type == aiohttp.WSMsgType.BINARY:
                self.received.extend(message.data)
            elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED,
                                  aiohttp.WSMsgType.ERROR):
                raise RuntimeError("the session closed")


async def student(session: aiohttp.ClientSession, port: int, name: str,
                  home: asyncio.Barrier, done: asyncio.Barrier, firsts: list[float],
                  rounds: list[float]) -> int:
    """Open a session as `name`, wait for the home screen, then answer ANSWERS cards."""
    segment = base64.urlsafe_b64encode(name.encode()).decode().rstrip("=")
    started = time.perf_counter()
    async with session.ws_connect(f"ws://127.0.0.1:{port}/ws/{segment}?width=100&height=30",
                                  max_msg_size=0) as ws:
        client = Client(ws)
        await client.wait(r"cards to study today")
        await client.wait(r"Bench\s+20")  # the decks table is filled: Enter now studies it
        firsts.append(time.perf_counter() - started)
        await home.wait()
        await client.press("\r")
        await client.wait(rf"{ANSWERS} left")
        for left in range(ANSWERS - 1, -1, -1):
            shown = time.perf_counter()
            await client.press(" ")
            await client.wait(r"Easy")
            await client.press("4")
            await client.wait(rf"\b{left} left|Session summary")
            rounds.append(time.perf_counter() - shown)
        await client.wait(r"Session summary")
        await done.wait()  # memory and CPU time are read while every session is still open
        await done.wait()
        await ws.close()
    return ANSWERS


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (read from /proc)."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            children = (task / "children").read_text().split()
            found += map(int, children)
            todo += map(int, children)
    return found


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time the processes have used so far."""
    ticks = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; PSS shares each shared page among its users."""
    rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    rss = int(re.search(r"^Rss:\s+(\d+)", rollup, re.M).group(1))
    pss = int(re.search(r"^Pss:\s+(\d+)", rollup, re.M).group(1))
    return rss, pss


async def run_class(port: int, server_pid: int, count: int) -> dict[str, float]:
    home, done = asyncio.Barrier(count + 1), asyncio.Barrier(count + 1)
    firsts: list[float] = []
    rounds: list[float] = []  # Space, answer shown, 4, next card shown: one card's two keys
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(student(session, port, f"student-{i:03d}", home, done,
                                             firsts, rounds)) for i in range(count)]
        await asyncio.wait_for(home.wait(), TIMEOUT)
        apps = [pid for pid in descendants(server_pid)
                if b"quiz.serve.session" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        cpu_before = cpu_seconds([server_pid, *apps])
        start_cpu = cpu_seconds(apps) / max(len(apps), 1)
        started = time.perf_counter()
        await asyncio.wait_for(done.wait(), TIMEOUT)
        elapsed = time.perf_counter() - started
        cpu = cpu_seconds([server_pid, *apps]) - cpu_before
        memory = [memory_kib(pid) for pid in apps]
        await done.wait()
        answers = sum(await asyncio.wait_for(asyncio.gather(*tasks), TIMEOUT))
    return {
        "processes": len(apps), "answers": answers, "seconds": elapsed, "cpu": cpu,
        "start_cpu": start_cpu,
        "first_median": statistics.median(firsts), "first_max": max(firsts),
        "card_median": statistics.median(rounds),
        "card_p95": statistics.quantiles(rounds, n=20)[-1],
        "rss_mib": sum(m[0] for m in memory) / 1024 / max(len(memory), 1),
        "pss_mib": sum(m[1] for m in memory) / 1024 / max(len(memory), 1),
        "server_rss_mib": memory_kib(server_pid)[0] / 1024,
    }


def review_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM review_log").fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sessions", nargs="*", type=int, default=[5, 10, 20])
    args = parser.parse_args()
    print(f"{'sessions':>8} {'first screen (median / max)':>28} {'RSS/session':>12} "
          f"{'PSS/session':>12} {'answers/s':>10} {'card (median / p95)':>20} "
          f"{'CPU/answer':>11} {'CPU/start':>10} {'reviews in db':>14}")
    print(f"(load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    for count in args.sessions:
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            (folder / "decks").mkdir()
            write_deck(folder / "decks")
            server, port = start_server(folder / "decks", folder / "class.db")
            try:
                figures = asyncio.run(run_class(port, server.pid, count))
            finally:
                server.send_signal(signal.SIGTERM)
                server.wait(timeout=60)
            stored = review_count(folder / "class.db")
        assert figures["processes"] == count, figures
        assert stored == figures["answers"] == count * ANSWERS, (stored, figures)
        print(f"{count:>8} {figures['first_median']:>13.2f} s / {figures['first_max']:>6.2f} s "
              f"{figures['rss_mib']:>8.0f} MiB {figures['pss_mib']:>8.0f} MiB "
              f"{figures['answers'] / figures['seconds']:>10.1f} "
              f"{figures['card_median'] * 1000:>8.0f} / {figures['card_p95'] * 1000:>5.0f} ms "
              f"{figures['cpu'] / figures['answers'] * 1000:>7.0f} ms "
              f"{figures['start_cpu']:>8.1f} s {stored:>14}"
              f"   (server {figures['server_rss_mib']:.0f} MiB)")


if __name__ == "__main__":
    main()
