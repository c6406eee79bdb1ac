"""Replay the learned screen's bar for peripheral cards (pass 332) on judged cards.

    python benchmarks/judged/ranker/replay_centrality.py FIRST LAST [--bar 0.8] [--mentions 2]

For every judged card of rounds FIRST-LAST (held-out sets only), it reads the card's document,
counts how often the document names the card's names (quiz.generate.centrality) and scores the
card with the learned model; a card whose names the document gives at most `--mentions` times
and whose chance is under `--bar` is one the screen now leaves out. It prints the acceptable
share of all verdicts, of those left out and of those kept.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

from quiz.generate.centrality import centrality, name_counts
from quiz.generate.learned import acceptable_chance

JUDGED = Path(__file__).resolve().parent.parent
_ROUND = re.compile(r"round(\d+)-(heldout\d+)\.tsv")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=int)
    parser.add_argument("last", type=int)
    parser.add_argument("--bar", type=float, default=0.8)
    parser.add_argument("--mentions", type=int, default=2)
    args = parser.parse_args()
    tally: Counter[tuple[bool, str]] = Counter()
    counts: dict[Path, Counter[str]] = {}
    for path in sorted((JUDGED / "judgements").glob("round*-heldout*.tsv")):
        found = _ROUND.fullmatch(path.name)
        if found is None or not args.first <= int(found.group(1)) <= args.last:
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                docs = sorted((JUDGED / "docs" / found.group(2)).glob(row["deck"][:-5] + ".*"))
                if not docs:
                    continue
                if docs[0] not in counts:
                    counts[docs[0]] = name_counts(docs[0].read_text(encoding="utf-8"))
                named = centrality(row["question"], counts[docs[0]])
                chance = acceptable_chance(row["kind"], row["question"], row["answer"])
                left_out = 0 < named <= args.mentions and chance < args.bar
                tally[(left_out, row["acceptable"])] += 1
    _print("all", tally[(False, "yes")] + tally[(True, "yes")],
           tally[(False, "no")] + tally[(True, "no")])
    _print("left out", tally[(True, "yes")], tally[(True, "no")])
    _print("kept", tally[(False, "yes")], tally[(False, "no")])


def _print(what: str, yes: int, no: int) -> None:
    share = f"{100 * yes / (yes + no):.1f} %" if yes + no else "-"
    print(f"{what}: {yes:,} of {yes + no:,} verdicts acceptable ({share})")


if __name__ == "__main__":
    main()
