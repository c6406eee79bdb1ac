"""Train the learned card ranker (issue #9) on the judged cards and say honestly how well it does.

    python benchmarks/judged/ranker/train_ranker.py            # evaluate, then write the weights
    python benchmarks/judged/ranker/train_ranker.py --no-write # evaluate only

Reads every `judgements/*.tsv` (one per round and document set: `roundN-SET.tsv`), keeps one row
per question text (the latest round's verdict), turns each card into the features of
`learned.py` (beside this script) and fits an L2-regularised logistic regression by batch gradient
descent: a fixed number of steps from zero weights, no randomness, so the same data always give
the same weights. The penalty is chosen from a few by leave-one-set-out inside the training cards
only (nested: a set being scored never helps choose it). Then it prints

- leave one set out: for each document set, a model trained on the other sets scores that set's
  cards; for thresholds 0.3 to 0.6, how many cards a ranker with that cut-off keeps and the
  acceptable share among those kept against among all; the same pooled, with the pooled AUC;
- forward in time: heldout5 (the latest round, the generator closest to today's) scored by a model
  trained on the rounds before it, and each round's new cards scored by the rounds before that;
- the weights of the model trained on every card, largest first, which it writes to
  `ranker_weights.json` (beside this script) (sorted keys, rounded: the file is deterministic).

The features were written with all these cards in view (not their verdicts set by set), so the
held-out figures measure the weights' generalisation, not the features'.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]  # learned.py beside it; this checkout's quiz

from learned import features, fit, predict  # noqa: E402

JUDGEMENTS = HERE.parent / "judgements"
WEIGHTS = HERE / "ranker_weights.json"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)
# Penalties on the mean log-loss (l2/2 * sum of squared weights; the bias is not penalised) to
# choose from, by leave-one-set-out inside the training data only.
L2_CHOICES = (0.0003, 0.001, 0.003, 0.01, 0.03)
STEPS = 800
MIN_SUPPORT = 5  # a feature non-zero on fewer training cards gets no weight
DECIMALS = 4
_FILE = re.compile(r"round(\d+)-(.+)\.tsv$")


@dataclass(frozen=True)
class Card:
    round: int
    set: str
    kind: str
    question: str
    answer: str
    acceptable: bool


def load_cards(folder: Path = JUDGEMENTS) -> list[Card]:
    """One card per question text, with the verdict of the latest round that judged it."""
    files = []
    for path in folder.glob("*.tsv"):
        match = _FILE.search(path.name)
        if match:
            files.append((int(match.group(1)), match.group(2), path))
    latest: dict[str, Card] = {}
    for number, name, path in sorted(files):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                question = " ".join(row["question"].split())
                latest[question] = Card(number, name, row["kind"].strip(), question,
                                        row["answer"].strip(),
                                        row["acceptable"].strip().lower() == "yes")
    return sorted(latest.values(), key=lambda c: (c.round, c.set, c.question))


def choose_l2(rows: list[dict[str, float]], labels: list[bool], groups: list[str]) -> float:
    """The penalty whose leave-one-group-out predictions rank best (pooled AUC; ties: stronger)."""
    best = (-1.0, 0.0)
    for l2 in L2_CHOICES:
        scores: list[float] = []
        truth: list[bool] = []
        for group in sorted(set(groups)):
            inside = [i for i, g in enumerate(groups) if g != group]
            model = fit([rows[i] for i in inside], [labels[i] for i in inside], l2, STEPS,
                        MIN_SUPPORT)
            for i, g in enumerate(groups):
                if g == group:
                    scores.append(predict(model, rows[i]))
                    truth.append(labels[i])
        best = max(best, (round(auc(scores, truth), 6), l2))
    return best[1]


def held_out_scores(cards: list[Card], rows: list[dict[str, float]], train_ix: list[int],
                    test_ix: list[int]) -> tuple[list[float], float]:
    """Scores for test_ix from a model that saw only train_ix (its penalty chosen there too)."""
    train_rows = [rows[i] for i in train_ix]
    train_labels = [cards[i].acceptable for i in train_ix]
    l2 = choose_l2(train_rows, train_labels, [cards[i].set for i in train_ix])
    model = fit(train_rows, train_labels, l2, STEPS, MIN_SUPPORT)
    return [predict(model, rows[i]) for i in test_ix], l2


def auc(scores: list[float], labels: list[bool]) -> float:
    """The chance that an acceptable card scores above an unacceptable one (ties count half)."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def auc_interval(value: float, positives: int, negatives: int) -> tuple[float, float]:
    """A 95 % interval for an AUC (Hanley and McNeil's standard error)."""
    if not positives or not negatives:
        return float("nan"), float("nan")
    q1 = value / (2 - value)
    q2 = 2 * value * value / (1 + value)
    variance = (value * (1 - value) + (positives - 1) * (q1 - value * value)
                + (negatives - 1) * (q2 - value * value)) / (positives * negatives)
    spread = 1.959964 * math.sqrt(max(variance, 0.0))
    return max(value - spread, 0.0), min(value + spread, 1.0)


def wilson(successes: int, total: int) -> tuple[float, float]:
    """The Wilson score interval for a share (95 %)."""
    if total == 0:
        return 0.0, 0.0
    z = 1.959964
    share = successes / total
    middle = share + z * z / (2 * total)
    spread = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total))
    return (middle - spread) / (1 + z * z / total), (middle + spread) / (1 + z * z / total)


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:4.0%}" if whole else "   -"


def report(title: str, scores: list[float], labels: list[bool], note: str = "") -> list[str]:
    """A set's size, AUC and, per threshold, the cards kept and the acceptable share among them."""
    n = len(labels)
    good = sum(labels)
    value = auc(scores, labels)
    low, high = auc_interval(value, good, n - good)
    lines = [f"{title}: {n} cards, {good} acceptable ({_pct(good, n).strip()});"
             f" AUC {value:.2f} (95 % {low:.2f}-{high:.2f}){note}"]
    for t in THRESHOLDS:
        kept = [y for s, y in zip(scores, labels, strict=True) if s >= t]
        k, g = len(kept), sum(kept)
        lo, hi = wilson(g, k)
        lines.append(f"  >= {t:.1f}  keeps {k:3d}/{n:<3d} ({_pct(k, n)})  acceptable among kept"
                     f" {g:3d} = {_pct(g, k)} ({lo:4.0%}-{hi:4.0%}) vs. all {_pct(good, n)}"
                     f"  | drops {n - k - (good - g):3d}/{n - good:<3d} bad,"
                     f" {good - g:3d}/{good:<3d} good")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="evaluate only")
    args = parser.parse_args()
    cards = load_cards()
    rows = [features(c.kind, c.question, c.answer) for c in cards]
    labels = [c.acceptable for c in cards]
    print(f"{len(cards)} judged cards (one per question, the latest verdict), {sum(labels)}"
          f" acceptable; {len({k for r in rows for k in r})} features; penalty chosen from"
          f" {', '.join(map(str, L2_CHOICES))} inside each training set; {STEPS} steps;"
          f" features on fewer than {MIN_SUPPORT} training cards unused")
    print("Kept = score >= threshold; intervals are 95 %.\n")

    print("LEAVE ONE DOCUMENT SET OUT (trained on the other sets, this set unseen)")
    pooled: tuple[list[float], list[bool]] = ([], [])
    first_round = {c.set: min(d.round for d in cards if d.set == c.set) for c in cards}
    sets = sorted(first_round, key=lambda s: (first_round[s], s))
    for name in sets:
        train_ix = [i for i, c in enumerate(cards) if c.set != name]
        test_ix = [i for i, c in enumerate(cards) if c.set == name]
        scores, l2 = held_out_scores(cards, rows, train_ix, test_ix)
        truth = [labels[i] for i in test_ix]
        pooled[0].extend(scores)
        pooled[1].extend(truth)
        print("\n".join(report(name, scores, truth, f"; penalty {l2}")))
    print("\n".join(report("POOLED, all sets", *pooled)))

    print("\nFORWARD IN TIME (each round's cards, trained on the earlier rounds only)")
    by_round: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(cards):
        by_round[c.round].append(i)
    forward: tuple[list[float], list[bool]] = ([], [])
    for number in sorted(by_round)[1:]:
        train_ix = [i for i, c in enumerate(cards) if c.round < number]
        test_ix = by_round[number]
        scores, l2 = held_out_scores(cards, rows, train_ix, test_ix)
        truth = [labels[i] for i in test_ix]
        forward[0].extend(scores)
        forward[1].extend(truth)
        sets_here = "+".join(sorted({cards[i].set for i in test_ix}))
        print("\n".join(report(f"round{number} ({sets_here}), trained on {len(train_ix)}",
                               scores, truth, f"; penalty {l2}")))
    print("\n".join(report("POOLED, rounds 2 on", *forward)))

    l2 = choose_l2(rows, labels, [c.set for c in cards])
    bias, weights = fit(rows, labels, l2, STEPS, MIN_SUPPORT)
    fitted = [predict((bias, weights), r) for r in rows]
    print(f"\nMODEL ON ALL {len(cards)} CARDS (penalty {l2}); on its own training cards"
          f" (optimistic) AUC {auc(fitted, labels):.2f}")
    print(f"bias {bias:+.3f}; weights, largest first (n = cards where the feature is not 0):")
    for name, w in sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0])):
        print(f"  {w:+.3f}  {name}  (n = {sum(1 for r in rows if name in r)})")
    if not args.no_write:
        data = {
            "about": "learned card ranker (issue #9), written by benchmarks/judged/train_ranker.py",
            "bias": round(bias, DECIMALS),
            "cards": len(cards),
            "l2": l2,
            "min_support": MIN_SUPPORT,
            "steps": STEPS,
            "weights": {k: round(v, DECIMALS) for k, v in sorted(weights.items())},
        }
        WEIGHTS.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nwrote {WEIGHTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
