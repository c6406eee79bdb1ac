"""The benchmark scripts still run (tiny sizes; figures are printed, never asserted)."""

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
    assert "sibling indexes of 1 decks:" in out  # built before the answers, as the app does
    assert "record a review + fetch the next card (30 answers): median" in out
    assert "sync an unchanged 10,000-card deck" in out
    assert "database size:" in out


def test_sync_benchmark_runs_at_a_tiny_size() -> None:
    bench = Path(__file__).parents[2] / "benchmarks" / "bench_sync_edits.py"
    out = subprocess.run([sys.executable, str(bench), "--cards", "300", "--unchanged", "300"],
                         capture_output=True, text=True, check=True, timeout=120).stdout
    assert "unchanged 300-card deck: re-sync" in out
    assert "sync a 300-card deck with 100 questions edited" in out


def test_export_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    bench = Path(__file__).parents[2] / "benchmarks" / "bench_export.py"
    out = subprocess.run([sys.executable, str(bench), "2", "--keep", str(tmp_path)],
                         capture_output=True, text=True, check=True, timeout=120).stdout
    assert "demo database: 2 students, 22 card rows" in out
    assert "class report from 2 JSON files" in out
    assert (tmp_path / "progress.db").is_file()  # kept for the next run
