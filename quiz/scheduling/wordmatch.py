"""Typed answers compared word by word with one accepted form: typos, fillers, names, offices.

* Each expected word must be said, exactly or with a small typo (never in a number, never in a
  word of four letters or fewer, never in the first letter); a different word is wrong.
* Extra words are allowed only when they are fillers ("in", "it was") or, around a name, titles
  ("President Ilham Aliyev"). When the answer is itself an office ("Prime Minister of
  Armenia"), titles are facts: "Deputy Prime Minister of Armenia" is another office.
* An office may name its country either way (see quiz.scheduling.nations).
* A word may be spelled the British or the American way ("programme", "program": see
  quiz.scheduling.spelling).
* When the card asks for a person (see `asks_for_person`), the words of the name may come in
  any order, and the surname alone, or the name without its middle names, is right but never
  more than Hard.

Notes quote what the student typed, each typed word at most once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from quiz.core.text import fold_answer
from quiz.deck.model import Card
from quiz.scheduling.nations import COUNTRY_NAMES, OFFICE_HEADS, is_office, office_form
from quiz.scheduling.spelling import american_spelling
from quiz.scheduling.textnorm import (
    ARTICLES,
    FILLER_WORDS,
    FUNCTION_FILLERS,
    OPTIONAL_WORDS,
    TITLE_WORDS,
    Token,
    display_number,
    has_digit,
    is_number,
    split_words,
    word_tokens,
)

MAX_EXTRA_WORDS = 4  # filler/title words a response may add around the answer
NAME_PARTICLES = frozenset({"de", "da", "di", "du", "del", "der", "van", "von", "la", "le", "bin",
                            "ibn", "al", "el", "y"})
# Tags that say a card's answer is a person
PERSON_TAGS = frozenset({"person", "people", "official"})
_WHO = re.compile(r"\bwho(?:m|se)?\b", re.IGNORECASE)
# Words that make a capitalised phrase a body or a place rather than a person
_NOT_A_PERSON = frozenset(
    {
        "union", "republic", "kingdom", "states", "nations", "organization", "organisation",
        "corporation", "company", "party", "army", "navy", "council", "committee", "bank",
        "league", "pact", "alliance", "treaty", "university", "church", "empire", "federation",
        "group", "inc", "ltd", "fund", "court", "assembly", "parliament", "congress", "senate",
        "government", "ministry", "department", "agency", "office", "association", "movement",
        "front", "forces", "city", "river", "island", "islands", "mountains", "sea", "ocean",
        "street", "square", "act", "accord", "agreement", "convention", "protocol",
        "democratic", "democrat", "republican", "labour", "conservative", "liberal",
        # the first words of place names ("New York", "Los Angeles")
        "new", "san", "santa", "los", "las", "port", "fort", "mount", "lake", "cape", "north",
        "south", "east", "west", "upper", "lower", "great", "little", "hong", "kong",
    }
)
_EDGE_PUNCTUATION = ",;:!?\"'()[]{}\u2018\u2019\u201c\u201d\u00ab\u00bb"


@dataclass(frozen=True)
class Match:
    """How one response compares with one accepted form."""

    correct: bool
    exact: bool
    note: str
    same_meaning: bool = False  # dates, name order, office forms: show the response as equal


def asks_for_person(card: Card) -> bool:
    """Whether the card's question asks for a person: it asks "who" (whom, whose), or the
    card is tagged `person`, `people` or `official` (what `quiz generate` tags officials)."""
    return bool(_WHO.search(card.question)) or any(t.casefold() in PERSON_TAGS for t in card.tags)


def looks_like_name(candidate: str) -> bool:
    """Two to four capitalised words and no digits: "Ilham Aliyev", "Charles de Gaulle"."""
    words = [w for w in candidate.replace(",", " ").split() if w.casefold() not in ARTICLES]
    if not 2 <= len(words) <= 4 or any(has_digit(w) for w in words):
        return False
    capitalised = [w for w in words if w[0].isupper()]
    return len(capitalised) >= 2 and all(w[0].isupper() or w in NAME_PARTICLES for w in words)


@lru_cache(maxsize=4096)
def is_person_name(candidate: str) -> bool:
    """A name-like answer with no title, office, country or body in it ("Woodrow Wilson", not
    "Prime Minister", "New Zealand" or "Warsaw Pact")."""
    if not looks_like_name(candidate):
        return False
    words = [t.text for t in word_tokens(candidate)]
    if any(w in TITLE_WORDS or w in OFFICE_HEADS or w in _NOT_A_PERSON for w in words):
        return False
    return not any(tuple(words[i:j]) in COUNTRY_NAMES
                   for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _typo_distance(expected: str, given: str) -> int | None:
    """Edits forgiven between two words, or None: 0 for <= 4 letters, 1 up to 7, 2 beyond.

    Numbers and words with digits are never forgiven, nor a different first letter or a length
    difference above one ("Austria" is not "Australia").
    """
    if has_digit(expected) or has_digit(given):
        return None
    limit = 0 if len(expected) <= 4 else 1 if len(expected) <= 7 else 2
    if limit == 0 or expected[0] != given[0] or abs(len(expected) - len(given)) > 1:
        return None
    distance = Levenshtein.distance(expected, given, score_cutoff=limit)
    return distance if distance <= limit else None


def _shown(word: str) -> str:
    """A typed word as a note quotes it: without the commas and quotes around it, and without
    a final full stop unless it is an abbreviation ("D.C.")."""
    word = word.strip(_EDGE_PUNCTUATION)
    if word.endswith(".") and "." not in word[:-1]:
        word = word[:-1]
    return word or "?"


def quote(tokens: list[Token], text: str, skip: set[int] | None = None) -> str:
    """The words of `text` the tokens came from, as typed, each once and in order: a run of
    neighbouring words together ("D.C.", "150 million"), runs apart separated by commas.

    Words whose index is in `skip` are left out, and the words quoted are added to it, so
    several notes on one response quote each typed word once.
    """
    words = split_words(text)
    skip = set() if skip is None else skip
    indices = sorted({i for t in tokens for i in range(t.first, t.last + 1)} - skip)
    skip.update(indices)
    runs: list[list[int]] = []
    for index in indices:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return ", ".join(" ".join(_shown(words[i]) for i in run) for run in runs)


def _align(expected: tuple[Token, ...], given: tuple[Token, ...]) -> tuple[dict[int, int], list]:
    """Expected index -> given index of each word said (exactly first, then with a typo), and
    the (expected, given) pairs matched through a typo."""
    used: dict[int, int] = {}
    taken: set[int] = set()
    positions: dict[str, list[int]] = {}
    for j, w in enumerate(given):
        positions.setdefault(w.text, []).append(j)
    for i, word in enumerate(expected):
        free = positions.get(word.text)
        if free:
            used[i] = free.pop(0)
            taken.add(used[i])
    typos: list[tuple[int, int]] = []
    for i, word in enumerate(expected):
        if i in used:
            continue
        options = [
            (d, j)
            for j, w in enumerate(given)
            if j not in taken and (d := _typo_distance(word.text, w.text)) is not None
        ]
        if options:
            used[i] = min(options)[1]
            taken.add(used[i])
            typos.append((i, used[i]))
    return used, typos


@lru_cache(maxsize=4096)  # the same answers are compared again and again
def _analysed(text: str) -> tuple[tuple[Token, ...], tuple[str, ...], bool]:
    """An answer's tokens in office form, their words, and whether the office form moved any.
    A word's British and American spellings are one ("programme", "program": see spelling)."""
    words, moved = office_form(word_tokens(text))
    words = tuple(token._replace(text=american_spelling(token.text)) for token in words)
    return words, tuple(t.text for t in words), moved


def match_words(candidate: str, text: str, person: bool = False) -> Match:
    """Compare a response with one accepted form, word by word; `person` when the card asks
    for a person and the form is a person's name."""
    expected, expected_words, expected_moved = _analysed(candidate)
    given, given_words, given_moved = _analysed(text)
    moved = expected_moved or given_moved
    if expected_words == given_words:
        return Match(True, True, "", same_meaning=True)
    if not expected:
        same = fold_answer(candidate) == fold_answer(text)
        return Match(same, same, "" if same else f"expected {candidate}")
    fillers = FUNCTION_FILLERS if is_office(expected_words) else FILLER_WORDS
    used, typos = _align(expected, given)
    left_out = [i for i in range(len(expected)) if i not in used]
    # a person's name without its given or middle names: the surname (last word) is enough
    shortened = person and bool(left_out) and len(expected) - 1 in used
    missing = [] if shortened else [expected[i] for i in left_out
                                    if expected[i].text not in OPTIONAL_WORDS]
    taken = set(used.values())
    extra = [w for j, w in enumerate(given) if j not in taken]
    unknown_extra = [w for w in extra if w.text not in fillers]
    order = [used[i] for i in sorted(used)]
    in_order = order == sorted(order)
    if missing or unknown_extra or len(extra) > MAX_EXTRA_WORDS:
        if "".join(expected_words) == "".join(given_words):
            return Match(True, False, "spacing forgiven")
        missing = [expected[i] for i in left_out if expected[i].text not in OPTIONAL_WORDS]
        return Match(False, False, _wrong_note(candidate, text, missing, unknown_extra))
    if not in_order and not (person or looks_like_name(candidate)):
        return Match(False, False, f"words in the wrong order: expected {candidate}")
    notes: list[str] = []
    quoted: set[int] = set()  # typed words already quoted
    if typos:
        typed = quote([given[j] for _, j in typos], text, quoted)
        meant = quote([expected[i] for i, _ in typos], candidate)
        notes.append(f"typo forgiven: '{typed}' -> '{meant}'")
    if shortened and 0 in left_out:
        notes.append(f"surname only: the full name is {candidate}")
    if not in_order:
        notes.append("name order ignored")
    ignored = quote(extra, text, quoted)
    if ignored:
        notes.append("ignored: " + ignored)
    if left_out and not (shortened and 0 in left_out):
        notes.append("left out: " + quote([expected[i] for i in left_out], candidate))
    exact = not typos and not shortened
    same_meaning = (moved or not in_order) and exact
    return Match(True, exact, "; ".join(notes), same_meaning=same_meaning)


def _wrong_note(candidate: str, text: str, missing: list[Token], extra: list[Token]) -> str:
    """Why a response is wrong, in a few words, quoting the typed words once."""
    numbers_missing = [w for w in missing if is_number(w.text)]
    numbers_given = [w for w in extra if is_number(w.text)]
    if numbers_missing and numbers_given:
        given = _number_shown(numbers_given[0], text)
        wanted = _number_shown(numbers_missing[0], candidate)
        return f"numbers must match exactly: {given} is not {wanted}"
    if missing and not extra:
        return f"incomplete: missing {quote(missing, candidate)}"
    if extra and not missing:
        return "unexpected words: " + quote(extra, text)
    return f"expected {candidate}"


def _number_shown(token: Token, text: str) -> str:
    """A number as typed ("150 million"), or as a plain number when typed with other words."""
    if token.first == token.last and len(_word_tokens_of(text, token.first)) > 1:
        return display_number(token.text)
    return quote([token], text)


def _word_tokens_of(text: str, index: int) -> list[Token]:
    """The tokens read from the typed word at `index`."""
    return [t for t in word_tokens(text) if t.first <= index <= t.last]
