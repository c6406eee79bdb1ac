"""benchmarks/bench_engine.py still runs (tiny sizes; figures are printed, never asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).parents[2] / "benchmarks" / "bench_engine.py"


def test_engine_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, str(BENCH), "--cards", "10000", "--reviews", "5000", "--answers", "30",
         "--db", str(tmp_path / "bench.db")],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout
    assert "database: 10,000 cards, 5,000 reviews" in out
    assert "record a review + fetch the next card (30 answers): median" in out
    assert "sync an unchanged 10,000-card deck" in out
    assert "database size:" in out
