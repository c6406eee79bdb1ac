"""Wrong options for multiple choice, of the same type and format as the answer.

Drawn from the facts of the whole corpus: dates of the same granularity written in the answer's
style (nearest in time first, so they are plausible), other officials' names or roles, other
agreements (same head noun first). Never the answer or an accepted form after folding, never a
value that is also true for the same fact (another date in the same sentence, another role held
by the same person, a role that contains or is contained in the answer).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from quiz.generate.agreements import HEADS
from quiz.generate.dates import render, with_year
from quiz.generate.facts import AGREEMENT, DATE, OFFICIAL, Fact
from quiz.generate.questions import Candidate
from quiz.generate.text import fold

CHOICES = 3
_SCAN = 80  # candidates looked at per card: bounded, so large corpora stay linear
_FILLER = frozenset({"the", "of", "for", "to", "at", "and", "s"})
_HEADS = frozenset(HEADS) | {"section", "article"}


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _surname(name: str) -> str:
    return fold(name).split()[-1] if fold(name) else ""


def _words(text: str) -> frozenset[str]:
    """The content words of a role or agreement, with "U.S." / "United States" / "American" as
    one word "us", so "US President" and "President of the United States" compare equal."""
    folded = f" {fold(text).replace(chr(39) + 's', '')} "
    for country in (" u s ", " united states ", " american ", " america "):
        folded = folded.replace(country, " us ")
    return frozenset(folded.split()) - _FILLER


@dataclass(frozen=True)
class Option:
    """A possible wrong option with its folded forms computed once."""

    text: str
    folded: str
    words: frozenset[str]
    surname: str = ""
    head: str = ""


def _option(text: str, head: str = "") -> Option:
    return Option(text, fold(text), _words(text), _surname(text), head)


@dataclass
class Pools:
    """Everything the corpus offers as wrong options, indexed for quick, deterministic picks."""

    dates: dict[str, list[tuple[tuple[int, int, int], str]]] = field(default_factory=dict)
    date_values: dict[str, list[tuple[int, int, int]]] = field(default_factory=dict)  # bisected
    names: list[Option] = field(default_factory=list)
    roles: list[Option] = field(default_factory=list)
    agreements: list[Option] = field(default_factory=list)
    roles_of: dict[str, set[frozenset[str]]] = field(default_factory=dict)  # surname -> roles
    role_words_of: dict[str, frozenset[str]] = field(default_factory=dict)  # all their words


def build_pools(facts: Iterable[Fact]) -> Pools:
    """Index the facts of every document; sorted so that picks are the same on every run."""
    pools = Pools()
    dates: dict[str, dict[tuple[int, int, int], str]] = {}
    names: dict[str, str] = {}
    roles: dict[str, str] = {}
    agreements: dict[str, tuple[str, str]] = {}
    for fact in facts:
        if fact.kind == DATE and fact.date is not None:
            d = fact.date
            dates.setdefault(d.granularity, {}).setdefault((d.year, d.month, d.day), d.text)
        elif fact.kind == OFFICIAL:
            if len(fact.answer.split()) >= 2:
                names.setdefault(fold(fact.answer), fact.answer)
            role = re.sub(r"^(?:former|acting|interim|outgoing)\s+", "", fact.role)
            if fold(role) not in roles:
                roles[fold(role)] = role
            pools.roles_of.setdefault(_surname(fact.answer), set()).add(_words(fact.role))
        elif fact.kind == AGREEMENT:
            agreements.setdefault(fold(fact.answer), (fact.answer, fact.head))
    pools.role_words_of = {s: frozenset().union(*held) for s, held in pools.roles_of.items()}
    pools.dates = {g: sorted(v.items()) for g, v in dates.items()}
    pools.date_values = {g: [value for value, _ in v] for g, v in pools.dates.items()}
    pools.names = sorted((_option(n) for n in names.values()), key=lambda o: _key(o.text))
    pools.roles = sorted((_option(r) for r in roles.values()), key=lambda o: _key(o.text))
    pools.agreements = sorted((_option(a, h) for a, h in agreements.values()),
                              key=lambda o: _key(o.text))
    return pools


def _scan(pool: list[Option], seed: str) -> list[Option]:
    """Up to _SCAN pool entries, starting at a place fixed by `seed`."""
    if not pool:
        return []
    start = int(_key(seed)[:8], 16) % len(pool)
    taken = pool[start: start + _SCAN]
    return taken + pool[: min(_SCAN, len(pool)) - len(taken)]  # wrapping round to the start


def _nearest_first(pos: int, size: int) -> Iterator[int]:
    """Pool indexes around `pos`, nearest first (pos, pos - 1, pos + 1, ...; about _SCAN), made
    as they are needed: three wrong options are usually found among the first few."""
    low, high, count = pos - 1, pos, 0
    while (low >= 0 or high < size) and count < _SCAN:
        if high < size:
            yield high
            high += 1
            count += 1
        if low >= 0:
            yield low
            low -= 1
            count += 1


def _date_choices(cand: Candidate, pools: Pools, banned: set[str]) -> list[str]:
    mention = cand.fact.date
    if mention is None:
        return []
    in_sentence = {(d.year, d.month, d.day) for d in cand.fact.sentence.dates}
    own = (mention.year, mention.month, mention.day)
    pool = pools.dates.get(mention.granularity, [])
    pos = bisect.bisect_left(pools.date_values.get(mention.granularity, []), own)
    out: list[str] = []
    for index in _nearest_first(pos, len(pool)):
        value, text = pool[index]
        if value == own or value in in_sentence:
            continue
        option = text if mention.granularity == "day-range" else render(mention, *value)
        folded = fold(option)
        if folded not in banned:
            out.append(option)
            banned.add(folded)
        if len(out) == CHOICES:
            return out
    for shift in (1, -1, 2, -2, 3, -3, 5, -5):
        if not mention.has_year:
            break
        option = with_year(mention, shift)
        moved = (mention.year + shift, mention.month, mention.day)
        folded = fold(option)
        if folded in banned or moved in in_sentence:
            continue
        out.append(option)
        banned.add(folded)
        if len(out) == CHOICES:
            break
    return out


def _closeness(role: frozenset[str], surname: str, pools: Pools) -> int:
    """The most words `role` shares with one office held by the person of `surname`.

    The words of all their offices bound it (and settle it when at most one is shared), so the
    offices, many for a much-quoted person, are looked at only when two or more words may be.
    """
    bound = len(role & pools.role_words_of.get(surname, frozenset()))
    if bound <= 1:
        return bound
    best = 0
    for held in pools.roles_of[surname]:
        best = max(best, len(role & held))
        if best == bound:
            break
    return best


def _name_choices(cand: Candidate, pools: Pools, banned: set[str]) -> list[str]:
    role = _words(cand.fact.role)
    own = _surname(cand.answer)
    out: list[str] = []
    # People who held a similar kind of office first ("Prime Minister" for a President).
    scanned = _scan(pools.names, cand.question)
    scanned.sort(key=lambda n: -_closeness(role, n.surname, pools))
    for name in scanned:
        if name.surname == own or name.folded in banned:
            continue
        if any(role <= r or r <= role for r in pools.roles_of.get(name.surname, ())):
            continue  # held the same (or a wider / narrower) office: possibly a right answer
        out.append(name.text)
        banned.add(name.folded)
        if len(out) == CHOICES:
            break
    return out


def _role_choices(cand: Candidate, pools: Pools, banned: set[str]) -> list[str]:
    held = pools.roles_of.get(_surname(cand.fact.answer), set())
    words = _words(cand.answer)
    seen: set[frozenset[str]] = set()
    out: list[str] = []
    scanned = _scan(pools.roles, cand.question)
    scanned.sort(key=lambda r: -len(r.words & words))  # roles sharing a word read as rivals
    for role in scanned:
        other = role.words
        if role.folded in banned or other <= words or words <= other:
            continue
        if any(other <= w or w <= other for w in seen) or any(other <= h or h <= other
                                                              for h in held):
            continue  # the same office as a right answer or as an option already chosen
        out.append(role.text)
        seen.add(other)
        banned.add(role.folded)
        if len(out) == CHOICES:
            break
    return out


_NUMBERED = re.compile(r"(?P<kind>[A-Z][a-z]+(?: [A-Z][a-z]+)*) (?P<number>\d+)")


def _agreement_choices(cand: Candidate, pools: Pools, banned: set[str]) -> list[str]:
    words = _words(cand.answer)
    scanned = _scan(pools.agreements, cand.question)
    same = [a for a in scanned if a.head == cand.fact.head]
    rest = [a for a in scanned if a.head != cand.fact.head]
    numbered = _NUMBERED.fullmatch(cand.answer)
    if numbered:  # "Article 12": other articles first, then nearby numbers not in the sentence
        kind, number = numbered.group("kind"), int(numbered.group("number"))
        near = [_option(f"{kind} {n}") for n in (number + 1, number - 1, number + 2, number + 3)
                if n > 0]
        same = [a for a in same if a.text.split()[0] == kind] + near
        rest = []
    topic = words - _HEADS
    sentence = f" {fold(cand.fact.sentence.text)} "
    out: list[str] = []
    for agreement in same + rest:
        other = agreement.words
        if agreement.folded in banned or other <= words or words <= other:
            continue
        if f" {agreement.folded} " in sentence:
            continue  # named in the same sentence: part of the answer's context, maybe true
        if topic & (other - _HEADS):
            continue  # "peace agreement" for "peace declaration" may name the same event
        out.append(agreement.text)
        banned.add(agreement.folded)
        if len(out) == CHOICES:
            break
    return out


def choices_for(cand: Candidate, pools: Pools) -> tuple[str, ...]:
    """Up to three wrong options for the candidate's question (fewer when the corpus is small)."""
    banned = {fold(cand.answer), *(fold(a) for a in cand.accept)}
    fact = cand.fact
    if fact.kind == DATE:
        out = _date_choices(cand, pools, banned)
    elif fact.kind == OFFICIAL and cand.form == "reverse":
        out = _role_choices(cand, pools, banned)
    elif fact.kind == OFFICIAL:
        out = _name_choices(cand, pools, banned)
    else:
        out = _agreement_choices(cand, pools, banned)
    return tuple(out)

