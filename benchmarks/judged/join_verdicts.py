"""Join readers' verdict files with the cards they judged, into one TSV for the repository.

    python benchmarks/judged/join_verdicts.py cards.tsv verdicts-1.tsv verdicts-2.tsv -o out.tsv

The cards file is what dump_cards.py wrote; verdict rows are matched to cards by deck and id.
A card no reader judged is reported and left out.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

COLUMNS = ["deck", "id", "kind", "acceptable", "faults", "options", "adequate_options",
           "option_is_right", "value", "question", "answer", "choices", "note"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cards", type=Path)
    parser.add_argument("verdicts", nargs="+", type=Path)
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args()
    for path in [args.cards, *args.verdicts]:
        if not path.is_file():
            parser.error(f"{path}: no such file")
    with args.cards.open(encoding="utf-8", newline="") as handle:
        cards = {(r["deck"], r["id"]): r for r in csv.DictReader(  # (written unquoted)
            handle, delimiter="\t", quoting=csv.QUOTE_NONE)}
    rows = []
    for path in args.verdicts:
        with path.open(encoding="utf-8", newline="") as handle:
            for verdict in csv.DictReader(handle, delimiter="\t"):
                card = cards.get((verdict["deck"], verdict["id"]))
                if card is None:
                    print(f"{path}: no card {verdict['deck']} {verdict['id']}", file=sys.stderr)
                    continue
                rows.append({**{c: verdict.get(c, "") for c in COLUMNS},
                             "question": card["question"], "answer": card["answer"],
                             "choices": card["choices"], "kind": card["kind"]})
    missing = len(cards) - len({(r["deck"], r["id"]) for r in rows})
    if missing:
        print(f"{missing} cards were not judged", file=sys.stderr)
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} judged cards in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
