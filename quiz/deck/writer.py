"""Write a Deck as YAML in the documented format, byte-identical for identical decks.

`dump_deck` uses libyaml's C emitter when PyYAML has it (about 7x faster, which matters when
`quiz generate` writes thousands of decks) and the pure-Python emitter otherwise; both give the
same text, which a test checks on awkward values.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from quiz.core.files import write_atomic
from quiz.deck.model import CARD_KEYS, DECK_KEYS, SOURCE_KEYS, Card, Deck

_STR, _INT = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int"
_SEQ, _MAP = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_BOOL = "tag:yaml.org,2002:bool"
_OPTIONS: dict[str, Any] = {"allow_unicode": True, "width": 100_000}


class _DeckDumper(yaml.SafeDumper):
    """Block style, keys in contract order, long strings unwrapped, multi-line text as `|`."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar(_STR, value, style=style)


_DeckDumper.add_representer(str, _represent_str)


class _FastDeckDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """The same output on the C emitter, with a resolver trimmed to what decks contain."""

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        """BaseResolver.resolve for scalars without its path-resolver steps (decks use none);
        the deck's own key names, met on every card, are answered from a set."""
        if kind is not yaml.ScalarNode:
            return super().resolve(kind, value, implicit)
        if value in _KEY_NAMES:
            return _STR
        if implicit[0]:
            table = self.yaml_implicit_resolvers
            for tag, regexp in table.get(value[0] if value else "", []) + table.get(None, []):
                if regexp.match(value):
                    return tag
        return _STR

    def descend_resolver(self, *_args: object) -> None:
        """No path resolvers: nothing to track."""

    def ascend_resolver(self, *_args: object) -> None:
        """No path resolvers: nothing to track."""


_KEY_NAMES = frozenset({*DECK_KEYS, *CARD_KEYS, *SOURCE_KEYS})


def card_to_dict(card: Card) -> dict[str, Any]:
    """The YAML mapping of a card's entry, omitting empty optional keys: a cloze card gives its
    cloze text (under the entry's id), a reversed card `reverse: true`."""
    if card.cloze is not None:
        data: dict[str, Any] = {"id": card.siblings or card.id, "cloze": card.cloze}
    else:
        data = {"id": card.id, "question": card.question, "answer": card.answer}
    if card.reverse:
        data["reverse"] = True
    if card.accept:
        data["accept"] = list(card.accept)
    if card.choices:
        data["choices"] = list(card.choices)
    if card.explanation:
        data["explanation"] = card.explanation
    if card.tags:
        data["tags"] = list(card.tags)
    if card.group:
        data["group"] = card.group
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
    data["cards"] = [card_to_dict(c) for c in deck.entry_cards()]
    return data



def _node(value: object) -> yaml.Node:
    """The node SafeRepresenter would make for a deck value (text, whole numbers, lists and
    mappings only), built directly: representing is a third of the writing time."""
    if type(value) is str:
        return yaml.ScalarNode(_STR, value, None, None, "|" if "\n" in value else None)
    if type(value) is dict:
        return yaml.MappingNode(_MAP, [(yaml.ScalarNode(_STR, k), _node(v))
                                       for k, v in value.items()], flow_style=False)
    if type(value) is list:
        return yaml.SequenceNode(_SEQ, [_node(v) for v in value], flow_style=False)
    if type(value) is int:
        return yaml.ScalarNode(_INT, str(value))
    if type(value) is bool:
        return yaml.ScalarNode(_BOOL, "true" if value else "false")
    raise TypeError(f"unexpected value in a deck: {value!r}")


def dump_deck(deck: Deck, header: str = "", *, fast: bool = True) -> str:
    """The deck as YAML text; `header` lines are written first as `#` comments.

    `fast=False` forces the pure-Python emitter (for the test that both agree).
    """
    data = deck_to_dict(deck)
    if fast and yaml.__with_libyaml__:
        body = yaml.serialize(_node(data), Dumper=_FastDeckDumper, **_OPTIONS)
    else:
        body = yaml.dump(data, Dumper=_DeckDumper, sort_keys=False, default_flow_style=False,
                         **_OPTIONS)
    return comment_lines(header) + body


def comment_lines(header: str) -> str:
    """`header` as YAML comment lines."""
    return "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())


def write_deck(deck: Deck, path: Path, header: str = "") -> None:
    """Write the deck to `path` atomically."""
    write_atomic(path, dump_deck(deck, header))
