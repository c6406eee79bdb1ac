"""How fast the study app feels: time to the first screen, to the filled decks table, and from
a rating key to the next card drawn (the review committed by the engine in between).

Runs the real app headless (Textual's `run_test`) on the bundled decks with a fresh database
in a temporary folder, so it never touches the user's progress; then on one generated deck of
`--big-deck` cards (default 50,000; 0 skips it), from start to a filled home table (target 2 s),
and browse over every deck (the bundled ones and the big one): from B to the filled table, and
the longest the event loop was blocked meanwhile (the app must not freeze).

    python benchmarks/bench_tui.py [--big-deck 50000] [--answers 40] [--only-big|--only-browse]
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

from quiz.deck.model import Card, Deck, Source
from quiz.deck.writer import write_deck
from quiz.tui import make_app
from quiz.tui.screens.browse import BrowseScreen
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.study import StudyScreen

ROOT = Path(__file__).resolve().parents[1]
ANSWERS = 40


def import_time() -> float:
    """Wall time of `python -c "import quiz.tui"` (Textual included), median of 5, in ms."""
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import quiz.tui"], check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def terminal_start(db: Path) -> tuple[float, float]:
    """(ms until `quiz` has drawn its first screen, ms until the decks table is filled), for the
    real command in a 120x36 pseudo-terminal, as a student starts it."""
    quiz = Path(sys.executable).with_name("quiz")
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: become `quiz`
        os.chdir(ROOT)
        os.execve(str(quiz), [str(quiz)], {**os.environ, "QUIZ_DB": str(db), "TERM": "xterm"})
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 120, 0, 0))
    seen, first, filled = b"", 0.0, 0.0
    try:
        while not filled and time.perf_counter() - start < 20:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                seen += os.read(fd, 65536)
            if not first and b"student" in seen:
                first = time.perf_counter() - start
            if b"cards to study" in seen or b"No decks" in seen:
                filled = time.perf_counter() - start
    finally:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
        os.close(fd)
    return first * 1000, filled * 1000


async def open_home(db: Path, decks: Path = ROOT / "decks") -> tuple[float, float, float]:
    """(ms to the home screen mounted, ms to the decks table filled, ms of CPU time this
    process used until then: on a busy machine the wall times grow, the CPU time much less)
    for one app start."""
    start, cpu = time.perf_counter(), time.process_time()
    app = make_app(decks, db, "bench")
    async with app.run_test(size=(120, 36)) as pilot:
        while not isinstance(app.screen, HomeScreen):
            await asyncio.sleep(0.001)
        mounted = time.perf_counter() - start
        while not app.screen.rows:
            await asyncio.sleep(0.001)
        filled = time.perf_counter() - start
        used = time.process_time() - cpu
        await pilot.pause()
    return mounted * 1000, filled * 1000, used * 1000


def write_big_deck(folder: Path, n: int) -> Path:
    """One deck file of `n` cards shaped like generated ones (question, answer, three wrong
    options, a tag and a source quote), written by quiz's own deck writer."""
    cards = tuple(
        Card(id=f"c{i}", question=f"On what date did delegation {i} sign the agreement on the "
                                  f"border crossings of region {i % 97} in the capital?",
             answer=f"{1 + i % 28} March {1950 + i % 70}",
             choices=tuple(f"{1 + (i + k) % 28} May {1950 + (i + k) % 70}" for k in (3, 7, 11)),
             tags=("date",),
             source=Source(file=f"seeds/doc{i // 40}.txt", line=1 + i % 40,
                           quote=f"Delegation {i} signed the agreement on the border crossings "
                                 f"of region {i % 97} in the capital."))
        for i in range(n)
    )
    path = folder / "big.yaml"
    write_deck(Deck(id="big", title=f"A deck of {n:,} cards", cards=cards), path)
    return path


async def answer_latency(db: Path, answers: int = ANSWERS) -> list[float]:
    """ms from pressing a rating to the next card on screen, over `answers` answers."""
    app = make_app(ROOT / "decks", db, "bench")
    latencies = []
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("m", "a")  # flip mode, all due decks
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StudyScreen)
        for i in range(answers):
            await pilot.press("space")
            before = screen.item
            start = time.perf_counter()
            screen.action_press(3 if i % 4 else 1)
            while screen.phase != "asking" or screen.item is before:
                if screen.phase == "done":
                    return latencies
                await asyncio.sleep(0.0005)
            latencies.append((time.perf_counter() - start) * 1000)
    return latencies


def big_deck(n: int) -> None:
    """Print how long a deck of `n` cards takes from start to a filled home table."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "decks"
        folder.mkdir()
        write_big_deck(folder, n)
        db = Path(tmp) / "big.db"
        load = os.getloadavg()[0]
        cold = asyncio.run(open_home(db, folder))
        warm = [asyncio.run(open_home(db, folder)) for _ in range(3)]
        print(f"a {n:,}-card deck, start to a filled home table: first start (new database, no "
              f"deck cache) {cold[1]:.0f} ms ({cold[2]:.0f} ms CPU); later starts (median of "
              f"3) {statistics.median(w[1] for w in warm):.0f} ms "
              f"({statistics.median(w[2] for w in warm):.0f} ms CPU)  (target <= 2000 ms; "
              f"load {load:.1f} -> {os.getloadavg()[0]:.1f})")
        print(f"its sibling index (built in a worker while the first card is read): "
              f"{sibling_index_ms(folder / 'big.yaml'):.0f} ms median of 3")


def sibling_index_ms(path: Path) -> float:
    """ms to build the sibling index of the deck at `path` (median of 3); 0 for a quiz that
    has none."""
    try:
        from quiz.scheduling.siblings import SiblingIndex
    except ImportError:
        return 0.0
    from quiz.deck import load_decks

    deck = load_decks([path]).decks[0]
    times = []
    for _ in range(3):
        start = time.perf_counter()
        SiblingIndex(deck)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


async def open_browse_all(db: Path, decks: Path) -> tuple[float, float]:
    """(ms from B on the home screen to the browse table filled, the longest ms a 5 ms timer
    on the event loop waited meanwhile: how long the app could not answer a key)."""
    app = make_app(decks, db, "bench")
    async with app.run_test(size=(120, 36)) as pilot:
        while not (isinstance(app.screen, HomeScreen) and app.screen.rows):
            await asyncio.sleep(0.01)
        await pilot.pause()
        gaps: list[float] = []
        filled = False

        async def ticker() -> None:
            last = time.perf_counter()
            while not filled:
                await asyncio.sleep(0.005)
                now = time.perf_counter()
                gaps.append(now - last)
                last = now

        timer = asyncio.create_task(ticker())
        start = time.perf_counter()
        await pilot.press("B")
        while not (isinstance(app.screen, BrowseScreen) and app.screen.shown):
            await asyncio.sleep(0.005)
        took = time.perf_counter() - start
        filled = True
        await timer
    return took * 1000, max(gaps) * 1000


def browse_all(n: int) -> None:
    """Print how long browse over every deck (the bundled ones and one of `n` cards) takes to
    fill, and the longest the app was blocked meanwhile."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "decks"
        folder.mkdir()
        for deck in (ROOT / "decks").glob("*.yaml"):
            (folder / deck.name).write_bytes(deck.read_bytes())
        write_big_deck(folder, n)
        db = Path(tmp) / "browse.db"
        asyncio.run(open_home(db, folder))  # the first start syncs the decks
        runs = [asyncio.run(open_browse_all(db, folder)) for _ in range(3)]
        print(f"browse over every deck ({n:,} + bundled cards): B to the filled table "
              f"{statistics.median(r[0] for r in runs):.0f} ms, longest block of the event "
              f"loop {max(r[1] for r in runs):.0f} ms (median and worst of 3)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big-deck", type=int, default=50_000, metavar="N",
                        help="cards in the generated deck (0: skip)")
    parser.add_argument("--answers", type=int, default=ANSWERS, metavar="N",
                        help="rating keys timed")
    parser.add_argument("--only-big", action="store_true", help="time the big deck only")
    parser.add_argument("--only-browse", action="store_true",
                        help="time browse over every deck only (with the big deck)")
    args = parser.parse_args()
    cache = tempfile.TemporaryDirectory()  # the decks the app has read: never the user's own
    os.environ["QUIZ_CACHE_DIR"] = cache.name
    if args.only_big:
        big_deck(args.big_deck)
        return
    if args.only_browse:
        browse_all(args.big_deck or 50_000)
        return
    print(f"import quiz.tui (with Textual): {import_time():.0f} ms median of 5")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "terminal.db"
        runs = [terminal_start(db) for _ in range(5)]
        print(f"`quiz` in a terminal (median of 5): first screen "
              f"{statistics.median(r[0] for r in runs):.0f} ms, decks table filled "
              f"{statistics.median(r[1] for r in runs):.0f} ms")
        db = Path(tmp) / "progress.db"
        cold = asyncio.run(open_home(db))
        warm = [asyncio.run(open_home(db)) for _ in range(5)]
        print(f"first start (new database, decks synced): home {cold[0]:.0f} ms, "
              f"table filled {cold[1]:.0f} ms")
        print(f"later starts (median of 5): home {statistics.median(w[0] for w in warm):.0f} ms, "
              f"table filled {statistics.median(w[1] for w in warm):.0f} ms")
        lat = asyncio.run(answer_latency(db, args.answers))
        lat.sort()
        print(f"rating key -> next card drawn, {len(lat)} answers: median "
              f"{statistics.median(lat):.1f} ms, p95 {lat[int(0.95 * (len(lat) - 1))]:.1f} ms, "
              f"max {lat[-1]:.1f} ms (review committed with synchronous=FULL in between)")
    if args.big_deck:
        big_deck(args.big_deck)
        browse_all(args.big_deck)


if __name__ == "__main__":
    main()
