"""Train the acceptance model of quiz.generate.learned on the judged cards, and say how it does.

    python benchmarks/judged/ranker/train_ranker.py --forward 297   # figures only
    python benchmarks/judged/ranker/train_ranker.py --write         # fit on all, write weights

Reads every held-out `judgements/roundN-heldoutM.tsv` (each verdict one example: two readers'
verdicts on one card are two; `seeds/` and `tune/` are left out, so that their judging stays
independent of the model), turns each card into the features of quiz.generate.learned, keeps
the features seen at least MIN_COUNT times and fits an L2-regularised logistic regression by
full-batch gradient descent: a fixed number of steps from zero weights, no randomness, so the
same verdicts always give the same weights.

`--forward R`: trains on the rounds before R only and scores rounds R on, the way a model in
`quiz generate` meets documents it has never seen; prints the area under the ROC curve and, for
thresholds around quiz.generate.learned.UNLIKELY, the share of verdicts kept, the acceptable
share among them (against among all) and the share of acceptable verdicts lost.
`--write`: fits on every round and writes `quiz/generate/acceptance_weights.json` (sorted keys,
weights rounded: the file is deterministic).

Needs numpy (installed with quiz, as lemminflect's dependency).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter
from pathlib import Path

import numpy as np

from quiz.generate.learned import UNLIKELY, WEIGHTS_PATH, chance_of, features, scale

JUDGEMENTS = Path(__file__).resolve().parent.parent / "judgements"
MIN_COUNT = 3
STEPS = 1500
RATE = 4.0
PENALTY = 3e-5
PRUNE = 0.05  # weights smaller than this are left out of the file (forward AUC unchanged)


def _verdicts() -> list[tuple[int, list[str], bool]]:
    """(round, features, acceptable) for each reader's verdict on a held-out card."""
    out = []
    for path in sorted(JUDGEMENTS.glob("round*-heldout*.tsv")):
        number = int(re.match(r"round(\d+)", path.name).group(1))
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row["acceptable"] in {"yes", "no"}:
                    out.append((number, features(row["kind"], row["question"], row["answer"]),
                                row["acceptable"] == "yes"))
    return out


class _Sparse:
    """Rows of feature indices, multiplied by a weight vector without scipy."""

    def __init__(self, rows: list[list[int]], scales: list[float], width: int) -> None:
        self.row = np.array([r for r, cols in enumerate(rows) for _ in cols], dtype=np.int64)
        self.col = np.array([c for cols in rows for c in cols], dtype=np.int64)
        self.value = np.array([s for cols, s in zip(rows, scales, strict=True) for _ in cols])
        self.height, self.width = len(rows), width

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.row, weights=w[self.col] * self.value, minlength=self.height)

    def tdot(self, g: np.ndarray) -> np.ndarray:
        return np.bincount(self.col, weights=g[self.row] * self.value, minlength=self.width)


def fit(examples: list[tuple[list[str], bool]]) -> tuple[float, dict[str, float]]:
    counts = Counter(name for names, _ in examples for name in set(names))
    vocabulary = sorted(name for name, n in counts.items() if n >= MIN_COUNT)
    index = {name: i for i, name in enumerate(vocabulary)}
    matrix = _Sparse([[index[n] for n in names if n in index] for names, _ in examples],
                     [scale(names) for names, _ in examples], len(vocabulary))
    y = np.array([ok for _, ok in examples], dtype=float)
    w, b = np.zeros(len(vocabulary)), 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(matrix.dot(w) + b)))
        g = p - y
        w -= RATE * (matrix.tdot(g) / len(y) + PENALTY * w)
        b -= RATE * float(g.mean())
    return b, dict(zip(vocabulary, w.tolist(), strict=True))


def _auc(scores: np.ndarray, labels: np.ndarray) -> float:
    ranks = np.argsort(np.argsort(scores, kind="stable"), kind="stable") + 1
    good, bad = labels.sum(), len(labels) - labels.sum()
    return float((ranks[labels].sum() - good * (good + 1) / 2) / (good * bad))


def forward(verdicts: list[tuple[int, list[str], bool]], first: int) -> None:
    bias, weights = fit([(names, ok) for r, names, ok in verdicts if r < first])
    test = [(names, ok) for r, names, ok in verdicts if r >= first]
    scores = np.array([chance_of(names, bias, weights) for names, _ in test])
    labels = np.array([ok for _, ok in test])
    print(f"trained on rounds before {first}: {sum(r < first for r, _, _ in verdicts)} verdicts;"
          f" scored rounds {first} on: {len(test)} verdicts, {labels.mean():.1%} acceptable")
    print(f"AUC {_auc(scores, labels):.3f}")
    print("threshold  kept   acceptable among kept   acceptable lost")
    for threshold in sorted({0.55, 0.6, 0.65, UNLIKELY, 0.7, 0.75}):
        kept = scores >= threshold
        print(f"{threshold:9.2f}  {kept.mean():5.1%}  {labels[kept].mean():21.1%}"
              f"  {1 - labels[kept].sum() / labels.sum():15.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forward", type=int, action="append", default=[],
                        help="train on the rounds before this one, score the rest")
    parser.add_argument("--write", action="store_true", help="fit on all, write the weights")
    args = parser.parse_args()
    verdicts = _verdicts()
    for first in args.forward:
        forward(verdicts, first)
    if args.write:
        bias, weights = fit([(names, ok) for _, names, ok in verdicts])
        kept = {n: round(w, 3) for n, w in sorted(weights.items()) if abs(w) >= PRUNE}
        WEIGHTS_PATH.write_text(json.dumps({"bias": round(bias, 3), "weights": kept},
                                           ensure_ascii=False, indent=0, sort_keys=True)
                                + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_PATH} ({len(kept)} weights, from {len(verdicts)} verdicts)")


if __name__ == "__main__":
    main()
