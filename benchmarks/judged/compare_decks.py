"""Compare two generations of the judged sets against the readers' verdicts.

    python benchmarks/judged/compare_decks.py BEFORE AFTER [-v]

BEFORE and AFTER each hold one folder of decks per set (`BEFORE/heldout12/*.yaml`, as written
by `quiz generate benchmarks/judged/docs/heldout12 --out BEFORE/heldout12`; `seeds` for the
seed documents). A card is matched to its latest verdict by deck and question (the wording
judged), else by deck and id (the same fact, worded differently since). Per set it prints the
cards before and after, the judged-unacceptable cards removed or reworded, the judged-acceptable
ones lost, and (with -v) every removed or reworded card with its verdict note, and the reason
it was left out when AFTER/SET.rejected.yaml (`quiz generate --rejected`) is there.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import yaml

from quiz.deck.loader import load_deck

JUDGEMENTS = Path(__file__).parent / "judgements"


def _verdicts(set_name: str) -> dict[tuple[str, str], dict[str, str]]:
    """(deck, question) and (deck, "#" + id) -> the latest verdict row of that set."""
    files = sorted(JUDGEMENTS.glob(f"round*-{set_name}.tsv"),
                   key=lambda p: int(re.match(r"round(\d+)", p.name).group(1)))
    found: dict[tuple[str, str], dict[str, str]] = {}
    for path in files:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                found[row["deck"], row["question"]] = row
                found[row["deck"], "#" + row["id"]] = row
    return found


def _cards(folder: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(deck file, card id) -> (question, answer) for every deck in `folder`."""
    cards: dict[tuple[str, str], tuple[str, str]] = {}
    for path in sorted(folder.glob("*.yaml")):
        for card in load_deck(path).cards:
            cards[path.name, card.id] = (card.question, card.answer)
    return cards


def _reasons(path: Path) -> dict[str, str]:
    """question -> why it was left out, from a `quiz generate --rejected` file (if any)."""
    if not path.exists():
        return {}
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {entry["question"]: entry["reason"] for entry in entries}


def _verdict(verdicts: dict, deck: str, cid: str, question: str) -> dict[str, str] | None:
    return verdicts.get((deck, question)) or verdicts.get((deck, "#" + cid))


def compare(before: Path, after: Path, verbose: bool) -> None:
    totals = [0] * 7
    for folder in sorted(p for p in before.iterdir() if p.is_dir()):
        verdicts = _verdicts(folder.name)
        old, new = _cards(folder), _cards(after / folder.name)
        reasons = _reasons(after / f"{folder.name}.rejected.yaml")
        rejected_gone = rejected_reworded = accepted_lost = accepted_reworded = 0
        judged_yes = sum(1 for (deck, cid), (q, _) in new.items()
                         if (v := verdicts.get((deck, q))) and v["acceptable"] == "yes")
        judged_no = sum(1 for (deck, cid), (q, _) in new.items()
                        if (v := verdicts.get((deck, q))) and v["acceptable"] != "yes")
        for key, (question, answer) in old.items():
            verdict = _verdict(verdicts, key[0], key[1], question)
            exact = verdicts.get((key[0], question)) is verdict
            now = new.get(key)
            if now == (question, answer):
                continue
            ok = verdict["acceptable"] == "yes" if verdict else None
            if now is None:
                rejected_gone += ok is False
                accepted_lost += ok is True
                change = f"removed ({reasons.get(question, '?')})"
            else:
                rejected_reworded += ok is False
                accepted_reworded += ok is True
                change = f"-> {now[0]}"
            if verbose:
                mark = {True: "ACC", False: "REJ", None: "new"}[ok]
                if verdict is not None and not exact:
                    mark += "~"  # judged in another wording
                note = f"  [{verdict['faults']}] {verdict['note']}" if verdict else ""
                print(f"  {mark} {key[0]}: {question} ({answer}) {change}{note}")
        row = [len(old), len(new), rejected_gone, rejected_reworded, accepted_lost,
               accepted_reworded, 0]
        print(f"{folder.name}: cards {len(old)} -> {len(new)}; judged-rejected removed "
              f"{rejected_gone}, reworded {rejected_reworded}; judged-accepted lost "
              f"{accepted_lost}, reworded {accepted_reworded}; after, judged in this wording: "
              f"{judged_yes} acceptable, {judged_no} not")
        totals = [t + r for t, r in zip(totals, row, strict=True)]
    print(f"all: cards {totals[0]} -> {totals[1]}; judged-rejected removed {totals[2]}, "
          f"reworded {totals[3]}; judged-accepted lost {totals[4]}, reworded {totals[5]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    compare(args.before, args.after, args.verbose)


if __name__ == "__main__":
    main()
