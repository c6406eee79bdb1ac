"""A ruler named by name and number alone ("Leopold I") gets the rank the document gives them
("Emperor Leopold I"), or the land ("Charles II of Spain").

Inside a document about the Habsburgs "Leopold I" is clear; on a card alone it may be the
emperor or a king of the Belgians. The document says which where it introduces them, with a rank
before the name or a land after it; the card is given that form when the document gives the name
only one. (A ruler named by one word, "Christina", is quiz.generate.names's: "Queen Christina".)
"""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.generate.names import REGNAL, first_mention
from quiz.generate.quality import MAX_QUESTION_WORDS

# The ranks of rulers and their families, as a document writes them before a name
_RANK = (r"(?:(?:Holy\s+Roman\s+)?Emperor|Empress|King|Queen|Tsar|Tsarina|Tsaritsa|Sultan|Shah|"
         r"Pope|Prince(?:\s+Regent)?|Princess|Archduke|Archduchess|Grand\s+Duke|Duke|Duchess|"
         r"Elector|Electress|Regent|Infante|Infanta|Margrave|Landgrave|Khan|Negus|Emir|Caliph|"
         r"Kaiser|Shogun|Khedive)")
# The words of _RANK: a ruler's name is none of them
_RANK_WORDS = frozenset("Holy Roman Emperor Empress King Queen Tsar Tsarina Tsaritsa Sultan Shah "
                        "Pope Prince Regent Princess Archduke Archduchess Grand Duke Duchess "
                        "Elector Electress Infante Infanta Margrave Landgrave Khan Negus Emir "
                        "Caliph Kaiser Shogun Khedive".split())
_NAME = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ſ’'-]+"
# "Leopold I" in a question: a name and its number, not part of a longer name after it
_NUMBERED = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME})\s+(?P<number>{REGNAL})(?![\w’'-])"
                       r"(?!\s+(?:of|the)\b)(?!\s+[A-Z])")
# "Maria Theresa, Queen of Hungary": the rank given after the name, as good as before it
_RANKED_AFTER = re.compile(rf",?\s+(?:the\s+)?{_RANK}\b")


@lru_cache(maxsize=64)
def _introduced(name: str, text: str) -> str:
    """`name` as `text` first names it: with the rank before it ("Emperor Leopold I") or the
    land after it ("Charles II of Spain"), or as it is. Only the first naming counts: a later
    "Charles II of Spain" in a document whose first "Charles II" was England's is another man.
    Kept: a document's candidates ask about the same rulers again and again."""
    first = first_mention(name, text)
    if first is None:
        return name
    land = _LAND_AFTER.match(text, first.end())
    if land:
        return f"{name} of {' '.join(land.group('land').split())}"
    rank = _RANK_BEFORE.search(text[max(0, first.start() - 40): first.start()])
    return f"{' '.join(rank.group('rank').split())} {name}" if rank else name


_LAND_AFTER = re.compile(rf"\s+of\s+(?P<land>{_NAME}(?:\s+{_NAME})?)(?![\w’'-])")
_RANK_BEFORE = re.compile(rf"(?<![\w’'-])(?P<rank>{_RANK})\s+$")


def _unranked(question: str, start: int, end: int) -> bool:
    """Whether the name at `start`-`end` has no rank, title or other name before it, and no
    rank after it ("Emperor Leopold I", "Maria Theresa, Queen of Hungary" have)."""
    before = question[:start].split()
    if before and before[-1][:1].isupper():
        return False  # ("Emperor Leopold I", "Holy Roman Emperor Leopold I": a rank or a name)
    return not _RANKED_AFTER.match(question, end)


_YEAR = re.compile(r"(?<!\d)(?:1[0-9]{3}|20[0-9]{2})(?!\d)")
_LIFETIME = 90  # years: no ruler reigns further from the years of his first naming


def _another_age(name: str, asked: str, text: str) -> bool:
    """Whether the years `asked` (a question and its answer) gives are all more than a
    lifetime from the years around the first naming of `name`: the text's first "Henry III"
    ("of England", 1259) is not the one asked of 1589 (rounds 531 and 541 wrote "Henry III of
    England" for Henry III of France, round 540 "Philip IV of France" for Philip IV of
    Spain)."""
    first = first_mention(name, text)
    asked_years = [int(year) for year in _YEAR.findall(asked)]
    if first is None or not asked_years:
        return False
    near = [int(year) for year in _YEAR.findall(text, max(0, first.start() - 300),
                                                 first.end() + 300)]
    return bool(near) and all(abs(a - n) > _LIFETIME for a in asked_years for n in near)


def with_ranks(question: str, answer: str, text: str) -> str:
    """`question` with each ruler it names by name and number alone ("did Leopold I die") given
    the rank or land the document gives them ("did Emperor Leopold I die")."""
    if not any(c in question for c in "IVX"):
        return question  # (most questions hold no regnal number: one cheap scan)
    for m in reversed(list(_NUMBERED.finditer(question))):
        name = f"{m.group('name')} {m.group('number')}"
        if name in answer or m.group("name") in _RANK_WORDS:
            continue
        if not _unranked(question, m.start(), m.end()):
            continue
        ranked = _introduced(name, text)
        if ranked != name and _another_age(name, question + " " + answer, text):
            continue  # "Henry III of England" (1259) is not the Henry III of 1589
        if ranked != name and ranked not in question and (
                len(question.split()) + len(ranked.split()) - 2 <= MAX_QUESTION_WORDS):
            question = question[:m.start()] + ranked + question[m.end():]
    return question


# "Queen Victoria" in a question: a rank and one name, with no land, number or name after it
_RANKED_ONE_NAME = re.compile(rf"(?<![\w’'-])(?P<rank>King|Queen|Emperor|Empress|Tsar|Tsarina)\s+"
                              rf"(?P<name>{_NAME})(?![\w’'-])(?!\s+(?:of\b|the\b|{REGNAL}\b|[A-Z]))")


@lru_cache(maxsize=256)
def _realms(rank: str, name: str, text: str) -> frozenset[str]:
    """The lands `text` makes `rank` `name` the ruler of: "Queen Victoria of Sweden",
    "Victoria, Queen of Sweden"."""
    escaped = re.escape(name)
    lands = {" ".join(m.group("land").split()) for m in re.finditer(
        rf"\b(?:{rank}\s+{escaped}|{escaped},\s+(?:the\s+)?{rank}){_LAND_AFTER.pattern}", text)}
    return frozenset(lands)


def with_realms(question: str, answer: str, text: str) -> str:
    """`question` with a ruler it names by rank and one name ("did Queen Victoria die in
    Rome?") given the one land the document makes them ruler of ("Queen Victoria of Sweden"):
    alone on a card the name is another, better-known ruler's (round 938's readers took it for
    Britain's Queen Victoria)."""
    if "King " not in question and "Queen " not in question and "Emp" not in question and (
            "Tsar" not in question):
        return question
    for m in reversed(list(_RANKED_ONE_NAME.finditer(question))):
        if m.group("name") in answer:
            continue
        lands = _realms(m.group("rank"), m.group("name"), text)
        if len(lands) != 1:
            continue
        land = next(iter(lands))
        if land in question or len(question.split()) + len(land.split()) + 1 > (
                MAX_QUESTION_WORDS):
            continue
        question = f"{question[:m.end()]} of {land}{question[m.end():]}"
    return question
