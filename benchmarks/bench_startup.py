"""Start-up time of the commands that must stay fast: `quiz --help` and `quiz check decks/`.

Prints the median and worst wall time over several runs, and the modules' own import time of
`quiz.cli` from `python -X importtime`, and confirms Textual is not imported.

    python benchmarks/bench_startup.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 15


def wall_times(args: list[str]) -> list[float]:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "quiz", *args], cwd=ROOT, capture_output=True,
                       check=False)
        times.append(time.perf_counter() - start)
    return times


def import_report() -> tuple[float, bool]:
    """Total self+children import time of quiz.cli in ms, and whether textual was imported."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import quiz.cli"],
                         capture_output=True, text=True, check=True).stderr
    total_us = 0
    textual = False
    for line in out.splitlines():
        if "|" not in line or "import time:" not in line:
            continue
        _, cumulative, name = (part.strip() for part in line.split("|"))
        if name == "quiz.cli":
            total_us = int(cumulative)
        textual = textual or name.split(".")[0] == "textual"
    return total_us / 1000, textual


def main() -> None:
    python_only = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        python_only.append(time.perf_counter() - start)
    print(f"python -c pass           median {statistics.median(python_only) * 1000:6.1f} ms")
    for args in (["--help"], ["check", "decks"]):
        times = wall_times(args)
        print(f"quiz {' '.join(args):<19} median {statistics.median(times) * 1000:6.1f} ms  "
              f"max {max(times) * 1000:6.1f} ms  ({RUNS} runs)")
    ms, textual = import_report()
    print(f"import quiz.cli          {ms:6.1f} ms (python -X importtime); textual imported: "
          f"{'yes' if textual else 'no'}")


if __name__ == "__main__":
    main()
