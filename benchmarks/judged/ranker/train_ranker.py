"""Train the learned card ranker (issue #9) on the judged cards and say honestly how well it does.

    python benchmarks/judged/ranker/train_ranker.py            # evaluate, then write the weights
    python benchmarks/judged/ranker/train_ranker.py --no-write # evaluate only
    python benchmarks/judged/ranker/train_ranker.py --current /tmp/rank  # also today's cards

Reads every `judgements/*.tsv` (one per round and document set: `roundN-SET.tsv`), turns each card
into the features of `learned.py` (beside this script) and fits an L2-regularised logistic
regression by batch gradient descent: a fixed number of steps from zero weights, no randomness, so
the same data always give the same weights. Then it prints

- forward in time, which is what a ranker in `quiz generate` would face: each fresh held-out set
  judged in rounds 12 on (`seeds/` is left out: its documents were judged in earlier rounds)
  scored by a model trained on the earlier rounds only (one card per question, the latest
  verdict), its penalty chosen there too (the one whose model, trained on the rounds before the
  previous round, best ranks the previous round's fresh set); for thresholds 0.3 to 0.6, the cards
  kept, the acceptable share among them against among all, and the good cards lost; pooled over
  rounds 12-19 and over rounds 17-19, where the decision rule is read (wire it in only for +8
  points of acceptable share losing at most 15 % of the good cards);
- with `--current DIR` (the decks today's `quiz generate` writes from `docs/heldout16` to
  `docs/heldout18` into `DIR/heldout16/` ...): the cards whose question and answer match a card
  judged in rounds 17-19 exactly, with that verdict, scored by the same forward models;
- the weights of the model trained on every card, largest first, which it writes to
  `ranker_weights.json` (beside this script) (sorted keys, rounded: the file is deterministic).

`--halflife H` weighs a training card by 0.5 ** (rounds between its round and the scored one,
less one, / H): the old rounds' cards came from older generators. The features were written with
rounds 1-6 in view, before rounds 7-19 were judged.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]  # learned.py beside it; this checkout's quiz

import yaml  # noqa: E402
from learned import features, fit, predict  # noqa: E402

JUDGEMENTS = HERE.parent / "judgements"
WEIGHTS = HERE / "ranker_weights.json"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)
L2_CHOICES = (0.0003, 0.001, 0.003, 0.01, 0.03)  # penalties on the mean log-loss to choose from
STEPS = 800
MIN_SUPPORT = 5  # a feature non-zero on fewer training cards gets no weight
DECIMALS = 4
FIRST_SCORED = 12  # forward in time: the fresh sets of rounds 12 on are scored
RECENT = (17, 18, 19)  # the rounds the decision is read on
GAIN, MAX_LOST = 0.08, 0.15  # the decision rule: + 8 points, at most 15 % of good cards lost
_FILE = re.compile(r"round(\d+)-(.+)\.tsv$")

Model = tuple[float, dict[str, float]]


@dataclass(frozen=True)
class Card:
    round: int
    set: str
    kind: str
    question: str
    answer: str
    acceptable: bool


def _norm(text: str) -> str:
    return " ".join(str(text).split())


def load_judged(folder: Path = JUDGEMENTS) -> list[Card]:
    """Every judged row, in round order (a card judged twice appears twice)."""
    files = []
    for path in folder.glob("*.tsv"):
        match = _FILE.search(path.name)
        if match:
            files.append((int(match.group(1)), match.group(2), path))
    cards = []
    for number, name, path in sorted(files):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                cards.append(Card(number, name, row["kind"].strip(), _norm(row["question"]),
                                  _norm(row["answer"]),
                                  row["acceptable"].strip().lower() == "yes"))
    return cards


def latest(cards: list[Card], before: int = 10**6, leave_out: frozenset[str] = frozenset()
           ) -> list[Card]:
    """One card per question text judged before round `before` (its latest verdict), without
    the questions in `leave_out`."""
    kept: dict[str, Card] = {}
    for card in cards:
        if card.round < before and card.question not in leave_out:
            kept[card.question] = card
    return sorted(kept.values(), key=lambda c: (c.round, c.set, c.question))


def fresh(cards: list[Card], number: int) -> list[Card]:
    """The cards of the held-out set first judged in round `number` (not seeds/)."""
    return [c for c in cards if c.round == number and c.set != "seeds"]


_FEATURES: dict[tuple[str, str, str], dict[str, float]] = {}


def row(card: Card) -> dict[str, float]:
    key = (card.kind, card.question, card.answer)
    if key not in _FEATURES:
        _FEATURES[key] = features(*key)
    return _FEATURES[key]


def train(cards: list[Card], l2: float, scored_round: int, halflife: float) -> Model:
    shares = None
    if halflife:
        shares = [0.5 ** ((scored_round - 1 - c.round) / halflife) for c in cards]
    return fit([row(c) for c in cards], [c.acceptable for c in cards], l2, STEPS, MIN_SUPPORT,
               row_weights=shares)


def choose_l2(cards: list[Card], number: int, halflife: float) -> float:
    """The penalty whose model, trained on the rounds before round `number - 1`, best ranks
    round `number - 1`'s fresh set (pooled AUC; ties: the stronger penalty)."""
    check = fresh(cards, number - 1)
    before = latest(cards, number - 1, frozenset(c.question for c in check))
    best = (-1.0, 0.0)
    for l2 in L2_CHOICES:
        model = train(before, l2, number - 1, halflife)
        value = auc([predict(model, row(c)) for c in check], [c.acceptable for c in check])
        best = max(best, (round(value, 6), l2))
    return best[1]


def forward_model(cards: list[Card], number: int, halflife: float) -> tuple[Model, float, int]:
    """The model that scores round `number`: trained on the rounds before it only."""
    test = frozenset(c.question for c in fresh(cards, number))
    before = latest(cards, number, test)
    l2 = choose_l2(cards, number, halflife)
    return train(before, l2, number, halflife), l2, len(before)


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


def report(title: str, scores: list[float], labels: list[bool], note: str = "",
           rule: bool = False) -> list[str]:
    """A set's size, AUC and, per threshold, the cards kept, the acceptable share among them and
    the good cards lost; with `rule`, whether the threshold meets the decision rule."""
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
        gain = (g / k if k else 0.0) - (good / n if n else 0.0)
        lost = (good - g) / good if good else 0.0
        verdict = ""
        if rule:
            verdict = "  meets the rule" if gain >= GAIN and lost <= MAX_LOST else "  fails"
        lines.append(f"  >= {t:.1f}  keeps {k:3d}/{n:<3d} ({_pct(k, n)})  acceptable among kept"
                     f" {g:3d} = {_pct(g, k)} ({lo:4.0%}-{hi:4.0%}) vs. all {_pct(good, n)}"
                     f" ({gain * 100:+5.1f} pt)  | drops {n - k - (good - g):3d}/{n - good:<3d}"
                     f" bad, {good - g:3d}/{good:<3d} good ({lost:4.0%}){verdict}")
    return lines


def current_cards(folder: Path) -> list[tuple[str, str]]:
    """(question, answer) of every card in the decks of `folder`."""
    pairs = []
    for path in sorted(folder.glob("*.yaml")):
        deck = yaml.safe_load(path.read_text(encoding="utf-8"))
        pairs.extend((_norm(c["question"]), _norm(c["answer"])) for c in deck["cards"])
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="evaluate only")
    parser.add_argument("--halflife", type=float, default=0.0,
                        help="weigh training cards by recency (rounds; 0: all the same)")
    parser.add_argument("--current", type=Path,
                        help="folder of today's decks per set (DIR/heldout16/*.yaml ...)")
    args = parser.parse_args()
    judged = load_judged()
    cards = latest(judged)
    last = max(c.round for c in judged)
    print(f"{len(cards)} judged cards (one per question, the latest verdict), "
          f"{sum(c.acceptable for c in cards)} acceptable; penalty chosen from "
          f"{', '.join(map(str, L2_CHOICES))}; {STEPS} steps; features on fewer than "
          f"{MIN_SUPPORT} training cards unused; recency half-life "
          f"{args.halflife or 'none'}. Kept = score >= threshold; intervals are 95 %.\n")

    print("FORWARD IN TIME (each round's fresh set, trained on the earlier rounds only)")
    models: dict[int, Model] = {}
    scored: dict[int, tuple[list[float], list[bool]]] = {}
    for number in range(FIRST_SCORED, last + 1):
        test = fresh(judged, number)
        if not test:
            continue
        models[number], l2, size = forward_model(judged, number, args.halflife)
        scores = [predict(models[number], row(c)) for c in test]
        scored[number] = (scores, [c.acceptable for c in test])
        print("\n".join(report(f"round{number} ({test[0].set}), trained on {size}",
                               *scored[number], f"; penalty {l2}")))
    for title, numbers in ((f"POOLED, rounds {FIRST_SCORED}-{last}", list(scored)),
                           (f"POOLED, rounds {RECENT[0]}-{RECENT[-1]}", list(RECENT))):
        pooled: tuple[list[float], list[bool]] = ([], [])
        for number in numbers:
            if number in scored:
                pooled[0].extend(scored[number][0])
                pooled[1].extend(scored[number][1])
        print("\n".join(report(title, *pooled, rule=numbers == list(RECENT))))

    if args.current:
        print("\nTODAY'S CARDS matching a judged card (question and answer), that verdict,"
              " scored by the forward model of its round")
        pooled = ([], [])
        for number in RECENT:
            test = fresh(judged, number)
            if number not in models or not (args.current / test[0].set).is_dir():
                continue
            verdicts = {(c.question, c.answer): c for c in test}
            today = current_cards(args.current / test[0].set)
            matched = [verdicts[pair] for pair in today if pair in verdicts]
            scores = [predict(models[number], row(c)) for c in matched]
            truth = [c.acceptable for c in matched]
            pooled[0].extend(scores)
            pooled[1].extend(truth)
            print("\n".join(report(f"round{number} ({test[0].set}): {len(today)} cards today,"
                                   f" {len(matched)} matched", scores, truth)))
        print("\n".join(report("POOLED matched", *pooled, rule=True)))

    l2 = choose_l2(judged, last + 1, args.halflife)
    model = train(cards, l2, last + 1, args.halflife)
    bias, weights = model
    fitted = [predict(model, row(c)) for c in cards]
    print(f"\nMODEL ON ALL {len(cards)} CARDS (penalty {l2}, chosen on round {last}); on its own"
          f" training cards (optimistic) AUC {auc(fitted, [c.acceptable for c in cards]):.2f}")
    print(f"bias {bias:+.3f}; weights, largest first (n = cards where the feature is not 0):")
    for name, w in sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0])):
        print(f"  {w:+.3f}  {name}  (n = {sum(1 for c in cards if name in row(c))})")
    if not args.no_write:
        data = {
            "about": "learned card ranker (issue #9), written by"
                     " benchmarks/judged/ranker/train_ranker.py",
            "bias": round(bias, DECIMALS),
            "cards": len(cards),
            "halflife": args.halflife,
            "l2": l2,
            "min_support": MIN_SUPPORT,
            "steps": STEPS,
            "weights": {k: round(v, DECIMALS) for k, v in sorted(weights.items())},
        }
        WEIGHTS.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nwrote {WEIGHTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
