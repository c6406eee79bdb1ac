"""Write the cards of generated decks as a TSV for independent judges (one row a card).

    python benchmarks/judged/dump_cards.py decks/0*.yaml -o cards.tsv

Columns: deck, id, kind, question, answer, choices (" | " between them), source file, line and
quote. Judges add their verdict columns (see README.md beside this script).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from quiz.deck.loader import load_deck
from quiz.errors import DeckError


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("decks", nargs="+", type=Path)
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args()
    decks = [deck for path in args.decks
             for deck in (sorted(path.glob("*.yaml")) if path.is_dir() else [path])]
    for path in decks:
        if not path.is_file():
            parser.error(f"{path}: no such deck file")
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        # No quoting: a judge reads the file as text, and a question with quotation marks must
        # read as the student sees it, not wrapped and doubled (readers of round 1750 faulted
        # '""Hebrew""' as the card's formatting)
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                            quotechar=None, escapechar="\\")
        writer.writerow(["deck", "id", "kind", "question", "answer", "choices", "source_file",
                         "source_line", "quote"])
        count = 0
        for path in decks:
            try:
                deck = load_deck(path)
            except DeckError as error:
                parser.error(str(error))
            for card in deck.cards:
                source = card.source
                writer.writerow([path.name, card.id, card.tags[0] if card.tags else "",
                                 card.question, card.answer, " | ".join(card.choices),
                                 source.file if source else "", source.line if source else "",
                                 " ".join(source.quote.split()) if source and source.quote else ""])
                count += 1
    print(f"{count} cards in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
