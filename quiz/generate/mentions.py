"""People a document names only in passing: asking their office tests nothing it teaches.

A news story on an accord quotes a foreign leader's reaction in one sentence ("Kaldoran
President Ana Ros, however, denounced the deal"); a card asking "What position did Ana Ros
hold?" asks what the reader of the story never needed to learn, and a famous leader's office is
general knowledge. A person named once or twice, and there only as the one who judged it, is a
passing mention; an actor of the document is named again and again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from quiz.generate.facts import OFFICIAL, Fact

PASSING_MENTIONS = 2  # a person named this often or less is not one the document is about
# Right after the name: the person judges what the story is about (not "responded ... and
# invited", an act that moves the story on).
# A name in apposition ("the Foreign Secretary, Ana Ros, said") has its comma first.
_REACTS = re.compile(
    r",?(?:,\s+(?:however|meanwhile|in turn|for (?:his|her) part|too),)?\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:also\s+|quickly\s+|sharply\s+|publicly\s+)?"
    r"(?:condemned|denounced|threatened|welcomed|praised|critici[sz]ed|warned|hailed|"
    r"dismissed|congratulated|lauded|applauded|deplored|protested|tweeted)\b")
# A statement: in a news report it is the news; in an undated account of history, one
# sentence of what someone said later is an aside ("In 2008 the Foreign Secretary said ...").
_SPEAKS = re.compile(r",?\s+(?:has\s+|had\s+)?(?:also\s+|later\s+)?(?:said|stated|told|remarked|"
                     r"commented|noted|wrote|testified|observed|argued|stressed|emphasi[sz]ed|"
                     r"insisted|claimed)\b")
# A sentence that lists who attended ("... attended, as did the ministers responsible for trade:
# A, Chile's Minister of Economy; B, ..."): its people are the audience, not the actors.
_ATTENDED = re.compile(r"\b(?:attended|as did|(?:was|were) (?:also )?present|in attendance|"
                       r"accompanied by|joined by|among the guests|among those present)\b")
# A spokesperson's office: the document's facts are what was said, not who said it.
_SPOKESPERSON = re.compile(r"\b(?:spokes(?:person|man|woman)|press\s+secretary)\b", re.I)


def reacts_in_passing(fact: Fact) -> bool:
    """Whether the sentence names the official only as the one who reacted ("X denounced ...")."""
    return fact.kind == OFFICIAL and _REACTS.match(fact.sentence.text, fact.end) is not None


def listed_as_present(fact: Fact) -> bool:
    """Whether the sentence names the official in a list of those who attended (an attendance
    phrase, and a list of three or more: two semicolons, or six commas)."""
    text = fact.sentence.text
    return fact.kind == OFFICIAL and (text.count(";") >= 2 or text.count(",") >= 6) and (
        _ATTENDED.search(text) is not None)


def mention_counter(blocks: Callable[[], Iterable[str]]) -> Callable[[str], int]:
    """A function telling how often a name's last word occurs in the document (read through
    `blocks` only when first asked, and each name counted once; "Sarkis" in "Sarkisian"
    counts too, which only makes a person seem less a passing mention)."""
    counted: dict[str, int] = {}

    def count(name: str) -> int:
        surname = name.split()[-1]
        if surname not in counted:
            counted[surname] = sum(block.count(surname) for block in blocks())
        return counted[surname]

    return count


def _after_name(fact: Fact) -> int:
    """Where the sentence goes on after the name and any "of the Bureau of ..." that qualifies
    the office there ("Thomas Melia of the Bureau of Democracy noted ...": before "noted")."""
    text, at = fact.sentence.text, fact.end
    context = fact.role_context.strip()
    rest = text[at:]
    if context and rest.lstrip().startswith(context):
        at += len(rest) - len(rest.lstrip()) + len(context)
    return at


def speaks_in_passing(fact: Fact) -> bool:
    """Whether the sentence names the official only as the one who said something."""
    return fact.kind == OFFICIAL and _SPEAKS.match(fact.sentence.text,
                                                   _after_name(fact)) is not None


def passing_mention(fact: Fact, mentions: Callable[[str], int], dated: bool = True) -> str:
    """Why a card on this official's office is trivial ("" when it is not): a person named in
    passing, once or twice and only as the one who reacted (or, in an undated document, spoke),
    or as one of a list of those who attended."""
    if fact.kind == OFFICIAL and _SPOKESPERSON.search(fact.role):
        return "trivial: a spokesperson's office (what was said is the fact, not who said it)"
    if (reacts_in_passing(fact) or (not dated and speaks_in_passing(fact))) and mentions(
            fact.answer) <= PASSING_MENTIONS:
        return ("trivial: the person is named only in passing (a reaction or a statement), not an "
                "actor of the document")
    if listed_as_present(fact) and mentions(fact.answer) <= PASSING_MENTIONS:
        return "trivial: the person is named only in a list of those who attended"
    return ""
