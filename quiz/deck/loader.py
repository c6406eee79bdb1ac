"""Load deck files into Decks, collecting every problem with its file:line:column.

All problems in a file are reported together (a teacher fixes them in one pass), and a deck with
any problem is refused whole: a half-read deck would silently hide cards.
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import functools
import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from quiz.core.collector import collector_paused
from quiz.core.months import MONTH_NAMES
from quiz.deck.cache import ACTIVE
from quiz.deck.characters import at_most, escaped_characters, raw_characters
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
    remember_file_digest,
    reverse_card,
)
from quiz.deck.quick import quick_deck
from quiz.deck.rules import BOOLEANS, DIGITS, GROUP_BREAKS, ID_PATTERN, MAX_LINE_DIGITS
from quiz.deck.sketch import DeckSketch, sketch_deck
from quiz.deck.yamlnodes import (
    Where,
    compose,
    decode_utf8,
    kind_name,
    scalar_text,
    unsafe_tags,
    where_in_scalar,
)
from quiz.errors import DeckError, Problem
from quiz.textsafe import UNSAFE

DECK_SUFFIXES = (".yaml", ".yml")
_MONTH_START = "|".join(name[:3].lower() for name in MONTH_NAMES)  # jan|feb|...|dec
_MONTH_DAY = re.compile(  # "March 6", "Sept. 6th": a month's first three letters, then a day
    rf"\b({_MONTH_START})[a-z]*\.?\s+\d{{1,2}}(st|nd|rd|th)?$", re.I
)
_YEAR = re.compile(r"^\d{4}$")
_THOUSANDS = re.compile(r"^[0-9]{3}(?![0-9])")  # '000' of '150,000'


Context = str | Callable[[], str]  # where a problem is, or a function naming it when one is found


@dataclass
class LoadResult:
    """Decks that loaded cleanly, and one DeckError per file that did not."""

    decks: list[Deck] = field(default_factory=list)
    errors: list[DeckError] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return [p for err in self.errors for p in err.problems]


def load_deck(path: Path) -> Deck:
    """Read and validate one deck file; raise DeckError listing every problem in it."""
    deck = _load(Path(path), sketch=False)
    assert isinstance(deck, Deck)
    return deck


def _load(path: Path, *, sketch: bool, sketched: DeckSketch | None = None) -> Deck | DeckSketch:
    """`load_deck`; with `sketch`, a large deck not in the active cache is only sketched
    (quiz.deck.sketch) when its lines allow it. The reading of a deck `sketched` before takes
    the file and its cache key from the sketch, not again from the disk."""
    if sketched is not None:
        raw = sketched.raw
    else:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise DeckError([Problem(path, 0, 0, "no such file")]) from None
        except IsADirectoryError:
            raise DeckError([Problem(path, 0, 0, "is a folder, not a deck file")]) from None
        except OSError as exc:
            raise DeckError([Problem(path, 0, 0, f"cannot be read: {exc.strerror}")]) from None
    cache = ACTIVE.get()  # set by the app's loading (quiz.deck.cache.reading_through)
    if cache is None:
        return (sketch and sketch_deck(path, raw)) or parse_deck(path, raw)
    key = (sketched and sketched.cache_key) or cache.key(path, raw)
    if sketched is None:
        with collector_paused():
            kept = cache.get(path, key)
        if kept is not None:  # the same digest as a parsed deck: a store sees it unchanged
            return remember_file_digest(kept, raw)
        found = sketch_deck(path, raw) if sketch else None
        if found is not None:
            return dataclasses.replace(found, cache_key=key)
    deck = parse_deck(path, raw)  # a DeckError leaves nothing in the cache
    cache.put(path, key, deck)
    return deck


def parse_deck(path: Path, raw: bytes, *, quick: bool = True) -> Deck:
    """Validate the bytes of a deck file read from `path`.

    A deck without problems is read quickly from plain values when its YAML allows it
    (quiz.deck.quick); otherwise, or with `quick=False`, its node tree is checked, which names
    every problem with its position. Both give the same deck."""
    with collector_paused():
        return _parse(path, raw, quick)


def _parse(path: Path, raw: bytes, quick: bool) -> Deck:
    text, problem = decode_utf8(path, raw)
    if problem:
        raise DeckError([problem])
    assert text is not None
    if not text.strip():
        raise DeckError([Problem(path, 1, 1, "the file is empty; a deck needs a title and cards")])
    characters, refused = raw_characters(path, text)
    if refused:  # YAML would stop at the first one, naming no line
        raise DeckError(at_most(characters))
    if quick and not characters:
        deck = quick_deck(path, text)
        if deck is not None:
            return remember_file_digest(deck, raw)
    node, problem = compose(path, text)
    if problem:
        raise DeckError(_in_order([*at_most(characters), problem]))
    if node is None:
        raise DeckError(_in_order([Problem(path, 1, 1, "the file has only comments; a deck needs a "
                                                        "title and cards"),
                                   *at_most(characters)]))
    validator = _DeckValidator(path, text)
    validator.problems.extend(at_most(characters + escaped_characters(path, text, node)))
    for unsafe in unsafe_tags(node, text):  # reported, never constructed
        validator.add(unsafe, f"the tag '{_short_tag(unsafe.tag)}' is not allowed in a deck "
                              "(refused, not loaded)")
    deck = validator.deck(node)
    if validator.problems:
        raise DeckError(_in_order(validator.problems))
    assert deck is not None
    return remember_file_digest(deck, raw)


def _in_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line, p.column))


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org") else tag


def deck_files(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """Expand folders into their *.yaml / *.yml files (sorted); report missing paths."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir()
                                if p.suffix in DECK_SUFFIXES and p.is_file()))
        elif path.exists():
            files.append(path)
        else:
            problems.append(Problem(path, 0, 0, "no such file or folder"))
    return files, problems


FirstLook = Callable[[LoadResult, list[DeckSketch]], None]
FIRST_LOOK: ContextVar[FirstLook | None] = ContextVar("first_look", default=None)


@contextlib.contextmanager
def first_looking(first_look: FirstLook | None) -> Iterator[None]:
    """Within the block, `load_decks` first only sketches the large decks their lines tell
    enough of (quiz.deck.sketch) and calls `first_look` with every other deck (loaded as ever)
    and those sketches, before it reads them as ever: what it returns is the same."""
    token = FIRST_LOOK.set(first_look)
    try:
        yield
    finally:
        FIRST_LOOK.reset(token)


def load_decks(paths: list[Path]) -> LoadResult:
    """Load every deck under `paths`; duplicate deck ids across files are errors too (with a
    first look before, within `first_looking`)."""
    first_look = FIRST_LOOK.get()
    files, missing = deck_files(paths)
    early: dict[Path, Deck | DeckSketch | DeckError] = {}
    if first_look is not None:
        early = {file: _load_safely(file, sketch=True) for file in files}
        sketches = [s for s in early.values() if isinstance(s, DeckSketch)]
        if sketches:
            first_look(_result(missing, [file for file in files
                                         if not isinstance(early[file], DeckSketch)], early),
                       sketches)
    return _result(missing, files, early)


def _result(missing: list[Problem], files: list[Path],
            early: dict[Path, Deck | DeckSketch | DeckError]) -> LoadResult:
    """The decks of `files` (each taken from `early` when read there), and the errors."""
    result = LoadResult()
    for problem in missing:
        result.errors.append(DeckError([problem]))
    seen: dict[str, Path] = {}
    for file in files:
        deck = early.get(file)
        if deck is None or isinstance(deck, DeckSketch):
            deck = _load_safely(file, sketch=False, sketched=deck)
        if isinstance(deck, DeckError):
            result.errors.append(deck)
            continue
        assert isinstance(deck, Deck)
        if deck.id in seen:
            message = f"deck id '{deck.id}' is already used by {seen[deck.id]}; give one an 'id'"
            result.errors.append(DeckError([Problem(file, 1, 1, message)]))
            continue
        seen[deck.id] = file
        result.decks.append(deck)
    return result


def _load_safely(file: Path, *, sketch: bool,
                 sketched: DeckSketch | None = None) -> Deck | DeckSketch | DeckError:
    """The deck of `file` (or its sketch), or the DeckError it gives."""
    try:
        return _load(file, sketch=sketch, sketched=sketched)
    except DeckError as err:
        return err
    except Exception as exc:  # one deck must never take the others down
        message = (f"cannot be loaded: quiz failed on it ({type(exc).__name__}); please "
                   "report this file as a bug")
        return DeckError([Problem(file, 0, 0, message)])


def _pos(node: yaml.Node) -> tuple[int, int]:
    where = Where.of(node)
    return where.line, where.column


def _short(text: str, width: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


class _DeckValidator:
    """Walks a composed YAML tree, building a Deck and recording every problem."""

    def __init__(self, path: Path, text: str = "") -> None:
        self.path = path
        self.source_text = text
        self.problems: list[Problem] = []

    def add(self, node: yaml.Node, message: str, context: Context = "") -> None:
        if callable(context):
            context = context()
        prefix = f"{context}: " if context else ""
        self.problems.append(Problem(self.path, *_pos(node), prefix + message))

    # --- shapes ------------------------------------------------------------------------------

    def mapping(self, node: yaml.MappingNode, allowed: tuple[str, ...],
                context: Context) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """Key -> (key node, value node), reporting duplicate, unknown and non-text keys."""
        entries: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is not None and key not in allowed:  # not a known word: maybe an empty key
                key = scalar_text(key_node)
            if key is None:
                self.add(key_node, "a key must be a plain word", context)
                continue
            if key in entries:
                first = entries[key][0].start_mark.line + 1
                self.add(key_node, f"'{key}' is given twice (first on line {first})", context)
                continue
            if key not in allowed:
                self.add(key_node, _unknown_key_message(key, allowed), context)
            entries[key] = (key_node, value_node)
        return entries

    def text(self, entries: dict, key: str, context: Context, *, required: bool = False,
             owner: yaml.Node | None = None) -> str | None:
        """A non-empty text value, or None after recording what is wrong."""
        if key not in entries:
            if required and owner is not None:
                self.add(owner, f"'{key}' is missing", context)
            return None
        _, value = entries[key]
        if not isinstance(value, yaml.ScalarNode):
            self.add(value, f"'{key}' must be text, not {kind_name(value)}", context)
            return None
        text = scalar_text(value)
        if text is None or not text.strip():
            if required:
                self.add(value, f"'{key}' is empty", context)
            else:
                self.add(value, f"'{key}' is empty; remove it or give it a value", context)
            return None
        return text.strip()

    def text_list(self, entries: dict, key: str, context: Context) -> tuple[str, ...]:
        """A list of non-empty texts (e.g. accept, choices, tags)."""
        if key not in entries:
            return ()
        _, value = entries[key]
        if not isinstance(value, yaml.SequenceNode):
            example = f'{key}: ["..."]'
            self.add(value, f"'{key}' must be a list of text, not {kind_name(value)} "
                            f"(write {example} or one '- ...' line each)", context)
            return ()
        if value.flow_style:
            self.split_items(value, key, context)
        items: list[str] = []
        for index, item in enumerate(value.value, start=1):
            text = scalar_text(item) if isinstance(item, yaml.ScalarNode) else None
            if text is None or not text.strip():
                what = "empty" if isinstance(item, yaml.ScalarNode) else kind_name(item)
                self.add(item, f"'{key}' item {index} must be text, not {what}", context)
                continue
            items.append(text.strip())
        return tuple(items)

    def split_items(self, node: yaml.SequenceNode, key: str, context: Context) -> None:
        """`[March 6, 1992]` and `[150 million, 150,000,000 km]` are split at every comma by
        YAML (into `150`, `000`, `000 km`); say so, as a teacher would not guess.

        A comma splits inside a date when a month and day come before it and a year after; inside
        a number when a digit comes before it and three digits right after it; inside a phrase
        when the list separates its items with ', ' elsewhere but has no space after this one.
        """
        items = node.value
        texts = [scalar_text(i) if _plain(i) else None for i in items]
        gaps = [self.source_text[a.end_mark.index:b.start_mark.index]
                for a, b in zip(items, items[1:], strict=False)]
        spaced = any(gap.startswith(",") and gap[1:2].isspace() for gap in gaps)
        joined = []
        for i, gap in enumerate(gaps):
            before, after = texts[i], texts[i + 1]
            if not (before and after):
                joined.append(False)
                continue
            if _MONTH_DAY.search(before) and _YEAR.match(after):
                self.add(items[i + 1], f"'{key}' splits \"{before}, {after}\" at its comma; put "
                                       "quotes around a date inside [ ]", context)
                joined.append(False)
                continue
            number = gap == "," and before[-1].isdigit() and _THOUSANDS.match(after) is not None
            joined.append(number or (gap == "," and spaced))
        start = 0
        while start < len(joined):
            if not joined[start]:
                start += 1
                continue
            end = start
            while end < len(joined) and joined[end]:
                end += 1
            first, last = items[start], items[end]
            written = self.source_text[first.start_mark.index:last.end_mark.index]
            commas = "its comma" if end - start == 1 else "its commas"
            self.add(items[start + 1], f"'{key}' splits \"{_short(written, 40)}\" at {commas}; "
                                       "put quotes around text with a comma inside [ ]", context)
            start = end

    # --- deck --------------------------------------------------------------------------------

    def deck(self, node: yaml.Node) -> Deck | None:
        if not isinstance(node, yaml.MappingNode):
            self.add(node, f"the top level must be a mapping with 'title' and 'cards', not "
                           f"{kind_name(node)}")
            return None
        entries = self.mapping(node, DECK_KEYS, "")
        title = self.text(entries, "title", "", required=True, owner=node)
        deck_id = self.text(entries, "id", "")
        if deck_id is not None and not ID_PATTERN.match(deck_id):
            self.add(entries["id"][1], f"deck id '{deck_id}' may hold only letters, digits, "
                                       "'-', '_' and '.'")
        if deck_id is None and UNSAFE.search(self.path.stem):
            self.add(node, f"the file name '{self.path.stem}' (the deck id when none is given) "
                           "holds a control, invisible or undecodable character; rename the "
                           "file or give the deck an 'id'")
        description = self.text(entries, "description", "")
        tags = self.text_list(entries, "tags", "")
        cards = self.cards(entries, node)
        if title is None or cards is None:
            return None
        return Deck(
            id=deck_id or self.path.stem,
            title=title,
            cards=cards,
            description=description,
            tags=tags,
            path=self.path,
        )

    def cards(self, entries: dict, owner: yaml.Node) -> tuple[Card, ...] | None:
        if "cards" not in entries:
            self.add(owner, "'cards' is missing; a deck needs a list of cards")
            return None
        _, value = entries["cards"]
        if not isinstance(value, yaml.SequenceNode):
            self.add(value, f"'cards' must be a list of cards, not {kind_name(value)}")
            return None
        if not value.value:
            self.add(value, "'cards' is empty; a deck needs at least one card")
            return None
        cards: list[Card] = []
        ids: dict[str, int] = {}
        questions: dict[str, int] = {}
        for number, card_node in enumerate(value.value, start=1):
            made = self.card(number, card_node)
            entry = made[0].siblings if made and made[0].cloze is not None else None
            if entry is not None:  # a cloze's own id is taken too (its cards are ID-c1, ...)
                if entry in ids:
                    self.add(card_node, f"card id '{entry}' is already used by card "
                                        f"{ids[entry]}", _card_context(number, made[0].cloze))
                ids.setdefault(entry, number)
            for card in made:
                context = functools.partial(_card_context, number, _label(card))  # on a problem
                key = normalise_question(card.question)
                if key in questions:  # reported once, though a derived id clashes too
                    self.add(card_node, f"{_which(card)}the same question as card "
                                        f"{questions[key]}", context)
                elif card.id in ids:
                    self.add(card_node, f"{_which(card)}card id '{card.id}' is already used by "
                                        f"card {ids[card.id]}", context)
                questions.setdefault(key, number)
                ids.setdefault(card.id, number)
                cards.append(card)
        return tuple(cards)

    def card(self, number: int, node: yaml.Node) -> list[Card]:
        """The cards of one entry of 'cards': one, two with `reverse: true`, or one per
        deletion number of a `cloze`; none when the entry has a problem."""
        if not isinstance(node, yaml.MappingNode):
            self.add(node, f"card {number} must be a mapping with 'question' and 'answer', not "
                           f"{kind_name(node)}")
            return []
        context = functools.partial(_entry_context, number, node)  # named only on a problem
        entries = self.mapping(node, CARD_KEYS, context)
        if "cloze" in entries:
            return self.cloze_cards(entries, node, context)
        question = self.text(entries, "question", context, required=True, owner=node)
        answer = self.text(entries, "answer", context, required=True, owner=node)
        reverse = self.flag(entries, "reverse", context)
        card_id = self.text(entries, "id", context)
        accept = self.text_list(entries, "accept", context)
        choices = self.text_list(entries, "choices", context)
        explanation = self.text(entries, "explanation", context)
        tags = self.text_list(entries, "tags", context)
        group = self.group(entries, context)
        source = self.source(entries, context)
        if answer is not None:
            self.check_choices(entries, answer, accept, choices, context)
        if question is None or answer is None:
            return []
        card_id = card_id or derive_card_id(question)
        card = Card(
            id=card_id,
            question=question,
            answer=answer,
            accept=accept,
            choices=choices,
            explanation=explanation,
            tags=tags,
            source=source,
            line=node.start_mark.line + 1,
            group=group,
            siblings=card_id if reverse else None,
            reverse=bool(reverse),
        )
        return [card, reverse_card(card)] if reverse else [card]

    def cloze_cards(self, entries: dict, node: yaml.MappingNode,
                    context: Context) -> list[Card]:
        """One card per deletion number of the entry's `cloze` text."""
        for key in ("question", "answer", "reverse"):
            if key in entries:
                why = "asks its own question" if key != "reverse" else "is not asked backwards"
                self.add(entries[key][0], f"'{key}' cannot be given with 'cloze': a cloze card "
                                          f"{why} (its text with a blank)", context)
        text = self.text(entries, "cloze", context, required=True, owner=node)
        entry_id = self.text(entries, "id", context)
        accept = self.text_list(entries, "accept", context)
        choices = self.text_list(entries, "choices", context)
        explanation = self.text(entries, "explanation", context)
        tags = self.text_list(entries, "tags", context)
        group = self.group(entries, context)
        source = self.source(entries, context)
        if text is None:
            return []
        value = entries["cloze"][1]
        deletions, problems = parse_cloze(text)
        for problem in problems:
            where = where_in_scalar(self.source_text, value, text, problem.offset,
                                    problem.fragment)
            named = context() if callable(context) else context
            self.problems.append(Problem(self.path, where.line, where.column,
                                         f"{named}: {problem.message}"))
        if problems:
            return []
        card_numbers = cloze_numbers(deletions)
        for key in ("accept", "choices"):
            if key in entries and len(card_numbers) > 1:
                self.add(entries[key][0], f"'{key}' is for a cloze with one card; this one has "
                                          f"{len(card_numbers)} (c{card_numbers[0]} to "
                                          f"c{card_numbers[-1]}): give each its own entry",
                         context)
                return []
        if choices:
            self.check_choices(entries, cloze_answer(deletions, card_numbers[0]), accept,
                               choices, context)
        return cloze_cards(text, deletions, entry_id, accept=accept, choices=choices,
                           explanation=explanation, tags=tags, source=source,
                           line=node.start_mark.line + 1, group=group)

    def flag(self, entries: dict, key: str, context: Context) -> bool | None:
        """A boolean written `true` or `false` (YAML 1.2, as editors read it), or None."""
        if key not in entries:
            return None
        value = entries[key][1]
        text = scalar_text(value) if isinstance(value, yaml.ScalarNode) else None
        if _plain(value) and text in BOOLEANS:
            return BOOLEANS[text]
        shown = f"'{_short(text)}'" if text else kind_name(value)
        self.add(value, f"'{key}' must be true or false, not {shown}", context)
        return None

    def group(self, entries: dict, context: Context) -> str | None:
        """A group name: one line of text. (Control and invisible characters are reported
        where they stand, like anywhere in a deck.)"""
        name = self.text(entries, "group", context)
        if name is not None and GROUP_BREAKS.search(name):
            self.add(entries["group"][1], "'group' must be one line of text, without tabs or "
                                          "line breaks", context)
            return None
        return name

    def check_choices(self, entries: dict, answer: str, accept: tuple[str, ...],
                      choices: tuple[str, ...], context: Context) -> None:
        """A wrong option must not be a right answer, and options must differ."""
        if not choices:
            return
        right = {normalise_question(answer)} | {normalise_question(a) for a in accept}
        seen: set[str] = set()
        items = [item for item in entries["choices"][1].value
                 if isinstance(item, yaml.ScalarNode) and scalar_text(item)]
        for item, choice in zip(items, choices, strict=False):
            key = normalise_question(choice)
            if key in right:
                self.add(item, f"choice '{choice}' is the answer; 'choices' lists wrong options "
                               "only", context)
            elif key in seen:
                self.add(item, f"choice '{choice}' is listed twice", context)
            seen.add(key)

    def source(self, entries: dict, context: Context) -> Source | None:
        if "source" not in entries:
            return None
        _, node = entries["source"]
        if not isinstance(node, yaml.MappingNode):
            self.add(node, f"'source' must be a mapping with 'file', 'line' and 'quote', not "
                           f"{kind_name(node)}", context)
            return None
        fields = self.mapping(node, SOURCE_KEYS, context)
        file = self.text(fields, "file", context, required=True, owner=node)
        quote = self.text(fields, "quote", context)
        line = None
        line_text = self.text(fields, "line", context)
        line_node = fields["line"][1] if "line" in fields else None
        if line_text is not None and isinstance(line_node, yaml.ScalarNode) and line_node.style:
            # '12' in quotes is text: the schema (and every editor checking it) says number.
            self.add(line_node, f"'line' must be a number, not text: write {_short(line_text, 14)} "
                                f"without quotes", context)
            line_text = None
        if line_text is not None:
            digits = line_text.lstrip("0") if DIGITS.fullmatch(line_text) else ""
            if 0 < len(digits) <= MAX_LINE_DIGITS:
                line = int(digits)
            elif digits:
                self.add(fields["line"][1], f"'line' {_short(line_text, 14)} is too large; a line "
                                            f"number has at most {MAX_LINE_DIGITS} digits", context)
            else:
                self.add(fields["line"][1], f"'line' must be a whole number from 1, not "
                                            f"'{_short(line_text)}'", context)
        if file is None:
            return None
        return Source(file=file, line=line, quote=quote)


def _plain(node: yaml.Node) -> bool:
    """An unquoted scalar (PyYAML's composer gives it style None, libyaml's '')."""
    return isinstance(node, yaml.ScalarNode) and not node.style


def _label(card: Card) -> str:
    return card.cloze if card.cloze is not None else card.question if card.reverse_of is None \
        else card.answer


def _which(card: Card) -> str:
    """How a message names a card that is not the entry's own question."""
    if card.cloze is not None:
        return f"its card {card.id.rsplit('-', 1)[-1]}: "
    return "its reverse card: " if card.reverse_of is not None else ""


def _value_of(node: yaml.MappingNode, key: str) -> yaml.Node | None:
    """The value of `key` in a mapping node (the first, if given twice), or None."""
    return next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key),
                None)


def _entry_context(number: int, node: yaml.MappingNode) -> str:
    """How a problem names the deck entry `node`: its number and its question or cloze."""
    label_node = _value_of(node, "question") or _value_of(node, "cloze")
    label = scalar_text(label_node) if isinstance(label_node, yaml.ScalarNode) else None
    return _card_context(number, label)


def _card_context(number: int, question: str | None) -> str:
    if question and question.strip():
        return f'card {number} ("{_short(question)}")'
    return f"card {number}"


def _unknown_key_message(key: str, allowed: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(key.lower(), allowed, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else f"; allowed: {', '.join(allowed)}"
    return f"unknown key '{key}'{hint}"
