"""A clean deck read quickly: from plain values, without a node tree or positions.

Checking a deck the careful way (quiz.deck.loader) walks libyaml's node tree so that every
problem can name its `file:line:column`; on a 50,000-card deck that is most of a first start.
But a deck almost always has no problem at all. `quick_deck` reads the file with
quiz.deck.blockyaml and applies the same rules to the plain values; it gives the Deck only when
nothing at all is wrong, and None on the first doubt (a problem, or YAML the block reader does
not take). The loader then reads the file the careful way, which finds and places every
problem: what a teacher sees is the same either way. Tests check both ways give the same deck.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from quiz.deck.blockyaml import Entry, read_block_yaml
from quiz.deck.cloze import cloze_answer, cloze_cards, cloze_numbers, parse_cloze
from quiz.deck.model import (
    CARD_KEYS,
    DECK_KEYS,
    SOURCE_KEYS,
    Card,
    Deck,
    Source,
    derive_card_id,
    normalise_question,
    reverse_card,
)
from quiz.deck.rules import BOOLEANS, DIGITS, GROUP_BREAKS, ID_PATTERN, MAX_LINE_DIGITS
from quiz.textsafe import UNSAFE

_DECK_KEYS, _CARD_KEYS, _SOURCE_KEYS = frozenset(DECK_KEYS), frozenset(CARD_KEYS), \
    frozenset(SOURCE_KEYS)


class _Doubt(Exception):
    """Something the careful reading must look at (and, nearly always, report)."""


def quick_deck(path: Path, text: str) -> Deck | None:
    """The deck in `text` (read from `path`) when it has no problem; None when the careful
    reading must decide. The text must hold no character quiz.deck.characters refuses."""
    root = read_block_yaml(text)
    if root is None:
        return None
    try:
        return _deck(path, root)
    except _Doubt:
        return None


def _keys(entry: object, allowed: frozenset[str]) -> Entry:
    """`entry` when it is a mapping whose keys are all allowed."""
    if not isinstance(entry, Entry) or not entry.keys() <= allowed:
        raise _Doubt
    return entry


def _text(entry: Entry, key: str, required: bool = False) -> str | None:
    """A value given as non-empty text, stripped (as the careful reading keeps it)."""
    value = entry.get(key)
    if value is None:
        if required:
            raise _Doubt
        return None
    if type(value) is not str:
        raise _Doubt
    value = value.strip()
    if not value:
        raise _Doubt
    return value


def _texts(entry: Entry, key: str) -> tuple[str, ...]:
    """A list of non-empty texts, each stripped."""
    value = entry.get(key)
    if value is None:
        return ()
    if type(value) is not list:
        raise _Doubt
    try:  # the block reader gives a list of text or of mappings
        items = tuple(map(str.strip, value))
    except TypeError:  # a mapping in the list
        raise _Doubt from None
    if "" in items:
        raise _Doubt
    return items


def _deck(path: Path, root: Entry) -> Deck:
    _keys(root, _DECK_KEYS)
    title = _text(root, "title", True)
    deck_id = _text(root, "id")
    if deck_id is None:
        if UNSAFE.search(path.stem):
            raise _Doubt
    elif not ID_PATTERN.match(deck_id):
        raise _Doubt
    description = _text(root, "description")
    tags = _texts(root, "tags")
    entries = root.get("cards")
    if type(entries) is not list or not entries:
        raise _Doubt
    assert title is not None
    return Deck(id=deck_id or path.stem, title=title, cards=_cards(entries),
                description=description, tags=tags, path=path)


class _Folded(dict[str, str]):
    """Answers and options folded as `normalise_question` folds them, each text once: a large
    deck's options repeat (dates, names), and folding is most of checking them."""

    def __missing__(self, text: str) -> str:
        folded = self[text] = normalise_question(text)
        return folded


def _cards(entries: list) -> tuple[Card, ...]:
    """Every entry's cards; a doubt on a question or an id given twice (the careful reading
    names the first card with it)."""
    cards: list[Card] = []
    ids: set[str] = set()
    questions: set[str] = set()
    fold = _Folded().__getitem__
    for entry in entries:
        made = _entry_cards(_keys(entry, _CARD_KEYS), fold)
        first = made[0]
        if first.cloze is not None:  # a cloze's own id is taken too (its cards are ID-c1, ...)
            assert first.siblings is not None
            if first.siblings in ids:
                raise _Doubt
            ids.add(first.siblings)
        for card in made:
            key = normalise_question(card.question)
            if key in questions or card.id in ids:
                raise _Doubt
            questions.add(key)
            ids.add(card.id)
            cards.append(card)
    return tuple(cards)


def _entry_cards(entry: Entry, fold: Callable[[str], str]) -> list[Card]:
    """The cards of one entry: one, two with `reverse: true`, or one per cloze number."""
    if "cloze" in entry:
        return _cloze_cards(entry, fold)
    question = _text(entry, "question", True)
    answer = _text(entry, "answer", True)
    reverse = _flag(entry, "reverse") if "reverse" in entry else None
    card_id = _text(entry, "id") if "id" in entry else None
    accept, choices, explanation, tags, group, source = _shared_fields(entry)
    assert question is not None and answer is not None
    if choices:
        _check_choices(answer, accept, choices, fold)
    card_id = card_id or derive_card_id(question)
    # given in the order of Card's fields: a call with keywords costs twice as much
    card = Card(card_id, question, answer, accept, choices, explanation, tags, source,
                entry.line, group, card_id if reverse else None, None, bool(reverse))
    return [card, reverse_card(card)] if reverse else [card]


def _cloze_cards(entry: Entry, fold: Callable[[str], str]) -> list[Card]:
    if "question" in entry or "answer" in entry or "reverse" in entry:
        raise _Doubt
    text = _text(entry, "cloze", True)
    entry_id = _text(entry, "id")
    accept, choices, explanation, tags, group, source = _shared_fields(entry)
    assert text is not None
    deletions, problems = parse_cloze(text)
    if problems:
        raise _Doubt
    numbers = cloze_numbers(deletions)
    if len(numbers) > 1 and ("accept" in entry or "choices" in entry):
        raise _Doubt
    if choices:
        _check_choices(cloze_answer(deletions, numbers[0]), accept, choices, fold)
    return cloze_cards(text, deletions, entry_id, accept=accept, choices=choices,
                       explanation=explanation, tags=tags, source=source, line=entry.line,
                       group=group)


_Shared = tuple[tuple[str, ...], tuple[str, ...], str | None, tuple[str, ...], str | None,
                Source | None]


def _shared_fields(entry: Entry) -> _Shared:
    """The fields a question entry and a cloze entry both have: accept, choices, explanation,
    tags, group and source (each looked at only when given: most entries lack most)."""
    return (_texts(entry, "accept") if "accept" in entry else (),
            _texts(entry, "choices") if "choices" in entry else (),
            _text(entry, "explanation") if "explanation" in entry else None,
            _texts(entry, "tags") if "tags" in entry else (),
            _group(entry) if "group" in entry else None,
            _source(entry) if "source" in entry else None)


def _flag(entry: Entry, key: str) -> bool | None:
    """`true` or `false` written without quotes, or None when not given."""
    value = entry.get(key)
    if value is None:
        return None
    if type(value) is not str or key in entry.quoted or value not in BOOLEANS:
        raise _Doubt
    return BOOLEANS[value]


def _group(entry: Entry) -> str | None:
    name = _text(entry, "group")
    if name is not None and GROUP_BREAKS.search(name):
        raise _Doubt
    return name


def _check_choices(answer: str, accept: tuple[str, ...], choices: tuple[str, ...],
                   fold: Callable[[str], str]) -> None:
    """A doubt when a wrong option is a right answer or two options are the same."""
    right = {fold(answer), *map(fold, accept)}
    seen: set[str] = set()
    for choice in choices:
        key = fold(choice)
        if key in right or key in seen:
            raise _Doubt
        seen.add(key)


def _source(entry: Entry) -> Source | None:
    value = entry.get("source")
    if value is None:
        return None
    fields = _keys(value, _SOURCE_KEYS)
    file = _text(fields, "file", True)
    quote = _text(fields, "quote") if "quote" in fields else None
    line = None
    written = _text(fields, "line") if "line" in fields else None
    if written is not None:
        if "line" in fields.quoted or not DIGITS.fullmatch(written):
            raise _Doubt
        digits = written.lstrip("0")
        if not 0 < len(digits) <= MAX_LINE_DIGITS:
            raise _Doubt
        line = int(digits)
    assert file is not None
    return Source(file, line, quote)
