"""Shares of acceptable cards, with 95 % intervals, from judges' verdict files.

    python benchmarks/judged/score_judgements.py benchmarks/judged/heldout-judged.tsv

Each file is a TSV written by an independent reader (columns deck, id, kind, acceptable,
faults, options, adequate_options, option_is_right, value, note; see README.md here). Prints per
file and in total: cards acceptable, multiple-choice cards whose every wrong option is adequate
(and how many offered a right answer as wrong), and the faults counted.
"""

from __future__ import annotations

import argparse
import csv
import math
from collections import Counter
from pathlib import Path

Z95 = 1.959964


def wilson(successes: int, total: int) -> tuple[float, float]:
    """The Wilson score interval for a share (95 %): honest at small counts and near 0 or 1."""
    if total == 0:
        return 0.0, 0.0
    share = successes / total
    middle = share + Z95 ** 2 / (2 * total)
    spread = Z95 * math.sqrt(share * (1 - share) / total + Z95 ** 2 / (4 * total ** 2))
    denominator = 1 + Z95 ** 2 / total
    return (middle - spread) / denominator, (middle + spread) / denominator


def _share(successes: int, total: int) -> str:
    if total == 0:
        return "0/0"
    low, high = wilson(successes, total)
    return f"{successes}/{total} = {successes / total:.0%} (95 % interval {low:.0%}-{high:.0%})"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def summary(rows: list[dict[str, str]]) -> list[str]:
    """The report lines for a set of judged cards."""
    acceptable = sum(r["acceptable"].strip().lower() == "yes" for r in rows)
    choice = [r for r in rows if int(r["options"] or 0) > 0]
    adequate = sum(r["adequate_options"] == r["options"] and r["option_is_right"] != "yes"
                   for r in choice)
    right = sum(r["option_is_right"].strip().lower() == "yes" for r in choice)
    faults = Counter(f.strip() for r in rows for f in r["faults"].split(",") if f.strip())
    kinds = Counter((r["kind"], r["acceptable"].strip().lower() == "yes") for r in rows)
    by_kind = ", ".join(f"{k} {kinds[(k, True)]}/{kinds[(k, True)] + kinds[(k, False)]}"
                        for k in sorted({k for k, _ in kinds}))
    return [f"  acceptable: {_share(acceptable, len(rows))}",
            f"  multiple choice with every wrong option adequate: {_share(adequate, len(choice))};"
            f" a right answer among the wrong options: {right}",
            f"  by kind: {by_kind}",
            "  faults: " + (", ".join(f"{f} {n}" for f, n in faults.most_common()) or "none")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    for path in args.files:
        if not path.is_file():
            parser.error(f"{path}: no such file")
    everything: list[dict[str, str]] = []
    for path in args.files:
        rows = _rows(path)
        everything.extend(rows)
        print(path)
        print("\n".join(summary(rows)))
    if len(args.files) > 1:
        print("all files")
        print("\n".join(summary(everything)))


if __name__ == "__main__":
    main()
