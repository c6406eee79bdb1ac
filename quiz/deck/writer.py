"""Write a Deck as YAML in the documented format, byte-identical for identical decks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from quiz.deck.model import Card, Deck


class _DeckDumper(yaml.SafeDumper):
    """Block style, keys in contract order, long strings unwrapped, multi-line text as `|`."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_DeckDumper.add_representer(str, _represent_str)


def card_to_dict(card: Card) -> dict[str, Any]:
    """The YAML mapping of a card, omitting empty optional keys."""
    data: dict[str, Any] = {"id": card.id, "question": card.question, "answer": card.answer}
    if card.accept:
        data["accept"] = list(card.accept)
    if card.choices:
        data["choices"] = list(card.choices)
    if card.explanation:
        data["explanation"] = card.explanation
    if card.tags:
        data["tags"] = list(card.tags)
    if card.source is not None:
        source: dict[str, Any] = {"file": card.source.file}
        if card.source.line is not None:
            source["line"] = card.source.line
        if card.source.quote is not None:
            source["quote"] = card.source.quote
        data["source"] = source
    return data


def deck_to_dict(deck: Deck) -> dict[str, Any]:
    """The YAML mapping of a deck, omitting empty optional keys."""
    data: dict[str, Any] = {"id": deck.id, "title": deck.title}
    if deck.description:
        data["description"] = deck.description
    if deck.tags:
        data["tags"] = list(deck.tags)
    data["cards"] = [card_to_dict(c) for c in deck.cards]
    return data


def dump_deck(deck: Deck, header: str = "") -> str:
    """The deck as YAML text; `header` lines are written first as `#` comments."""
    body = yaml.dump(
        deck_to_dict(deck),
        Dumper=_DeckDumper,
        sort_keys=False,
        allow_unicode=True,
        width=100_000,
        default_flow_style=False,
    )
    comments = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())
    return comments + body


def write_deck(deck: Deck, path: Path, header: str = "") -> None:
    """Write the deck to `path` atomically (a half-written deck is never left behind)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(dump_deck(deck, header), encoding="utf-8")
    tmp.replace(path)
