"""Resolve "the conflict", "the war", "the ministry", "the section" in a question to the named
thing the document means, so the card stands alone; None when the document does not say.

A document about one conflict calls it "the Nagorno-Karabakh conflict" once and "the conflict"
afterwards; a question copied from the later sentence would lean on the earlier one. When the
document names exactly one such thing most often, the question names it too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from quiz.generate.subject import AGREEMENT_HEADS, BODY_HEADS
from quiz.generate.text import ends_a_longer_name

_HEADS = ("conflict", "war", "ministry")
_NAMED = re.compile(
    r"(?:\b(?P<owner>[A-Z][\w-]*[’']s) )?(?<![\w–-])(?P<mods>(?:[A-Z][\w–-]* ){0,2}[A-Z][\w–-]*)"
    r" (?P<head>(?i:conflict|war|ministry))\Z"  # words on one line, one space apart
)
_HEAD = re.compile(r"\b(?i:conflict|war|ministry)\b")
_LOOK_BACK = 100  # characters before a head word where its name can stand
_SECTION = re.compile(r"\bSection \d+[A-Za-z]?\b")
# "the war between the United States and Spain", "the war with Spain" already say which
_BARE = re.compile(r"\b[Tt]he (?P<head>conflict|war|ministry|section)\b"
                   r"(?! between\b| with\b| against\b| of\s+\d| in\s+\d)"  # ("the war of 1948")
                   r"(?! in\s+(?:the\s+)?[A-Z])"  # ("the war in Cyrenaica" of 1912 is no
                   # "Arab-Israeli war" the document names for 1967: round 263)
                   r"(?! of\s+(?:the\s+)?[A-Z])"  # ("the ministry of the Duke of Broglie": the
                   # sentence says whose, round 237)
                   r"(?! and (?:peace|the peace)\b| that (?!followed\b|ensued\b|broke\b))"  # ("the
                   # war and peace of the other presidencies", "the war that the provinces had
                   # fought since 1568": a war the sentence itself says, or war in general)
                   r"(?! (?:party|parties|aims|effort|cabinet|council|crimes|criminals|office|"
                   r"minister|debts?|loans?|zone|years|guilt|chest|fleet|reparations|indemnity|"
                   r"veterans|memorial|officials?|spokesman|building)\b)")  # ("the war party")
_NOT_NAMES = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His",
                        "Her", "Our", "Cold", "World", "First", "Second",
                        # a sentence's opening word ("When war broke out": no "When War",
                        # round 237)
                        "When", "After", "Before", "As", "Once", "Until", "While", "If", "Since",
                        "During", "Though", "Although", "But", "And", "Then", "In", "On", "At",
                        "By", "With", "Throughout", "Through", "Because", "Where",
                        # a section heading before the sentence ("Towards war", round 246)
                        "Towards", "Toward", "Road", "Path", "Prelude", "Aftermath"})


# Words that go on a name past the head word it would otherwise end with: "the British War
# Minister", "the Federal War Insurance" (round 1606 wrote "After the Federal War" for "After
# the war"), "the North Atlantic Treaty Organization"
LONGER_NAME_WORDS = ("Minister|Ministry|Office|Cabinet|Council|Department|Secretary|College|"
                     "Memorial|Museum|Crimes|Criminals|Party|Committee|Graves|Bonds?|Loans?|"
                     "Insurance|Risks?|Claims|Damage|Relief|Scheme|Fund|Board|Commission|"
                     "Organi[sz]ation|Academy|Zone|Production|Powers|Rate")
_LONGER_NAME = re.compile(rf" (?:{LONGER_NAME_WORDS})\b")
_ORDINALS = frozenset({"First", "Second", "Third", "Fourth", "Fifth"})
_AND_BEFORE = re.compile(r"[A-Z][\w–-]*\s+and\s+$")


def named_phrases(text: str | Iterable[str]) -> dict[str, Counter[str]]:
    """For each head word, how often the document names each specific one. `text` may be
    given as blocks of whole lines (a name and its head word stand on one line)."""
    found: dict[str, Counter[str]] = {head: Counter() for head in (*_HEADS, "section")}
    for block in (text,) if isinstance(text, str) else text:
        for head in _HEAD.finditer(block):  # head words are rare: look back from each one
            if _LONGER_NAME.match(block, head.end()):
                continue  # "the British War Minister": "War" is part of another name (round
                # 236: "the war" had become "the British War")
            match = _NAMED.search(block, max(0, head.start() - _LOOK_BACK), head.end())
            if match is None:
                continue
            mods = match.group("mods").split()
            while mods and mods[0] in _NOT_NAMES and not (
                    mods[0] in _ORDINALS and len(mods) > 1 and mods[1] not in _NOT_NAMES):
                mods.pop(0)  # (but "First Taranaki War" keeps its "First": a second one may
                # follow, round 228)
            if not mods:
                continue
            if _AND_BEFORE.search(block, max(0, match.start() - 30), match.start()):
                continue  # "the Herero and Nama War": "Nama War" is half a name (round 226)
            phrase = " ".join(mods) + " " + match.group("head")
            if match.group("owner"):
                phrase = match.group("owner") + " " + phrase
            found[match.group("head").lower()][phrase] += 1
        found["section"].update(_SECTION.findall(block))
    return found


_NAME_WORDS = r"[A-Z][\w’'–-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w’'–-]*)*"


@lru_cache(maxsize=64)
def _named_pattern(head: str) -> re.Pattern[str]:
    """Names of things of kind `head` ("war": "Mad War", "War of the Breton Succession"), with
    its capital ("Meanwhile war broke out" names none)."""
    capital = head.capitalize()
    return re.compile(rf"(?<![\w’'-])(?:(?:[A-Z][\w’'–-]*\s+){{0,3}}{capital}\s+of\s+(?:the\s+)?"
                      rf"{_NAME_WORDS}|(?:[A-Z][\w’'–-]*\s+){{1,3}}"
                      rf"(?:\([A-Z][\w’'-]*\)\s+)?{capital}\b(?![\w’'-])"
                      rf"(?!\s(?:{LONGER_NAME_WORDS})\b))")  # ("Crofters Holdings (Scotland)
    # Act": a name in full; not "Federal War" of "the Federal War Insurance")


def last_named(head: str, context: str) -> str | None:
    """The thing of kind `head` ("war", "treaty") `context` names last: in the paragraph before a
    sentence, the one its "the war" means, whatever the document names most (round 460: "The
    war, part of the Hundred Years' War" after "the War of the Breton Succession" became the
    document's "Mad War"; round 464: "Trumbić defended the treaty" after the Treaty of Rapallo
    became its Treaty of London)."""
    if head not in context.lower():
        return None
    found = None
    for match in _named_pattern(head).finditer(context):
        if ends_a_longer_name(context, match):
            continue  # ("People Act" of "Representation of the People Act")
        words = match.group().split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        if len(words) > 1:
            found = " ".join(words)
    return found


def resolve_references(question: str, phrases: dict[str, Counter[str]],
                       context: str = "", title: str | None = None) -> str | None:
    """`question` with each bare "the conflict" (war, ministry, section) replaced by the one the
    paragraph before its sentence (`context`) names last, else the one the document names most
    often (a war, only when the document's `title` names it too, if a title is given); None
    when one cannot be resolved."""
    def replace(match: re.Match[str]) -> str:
        if last_named(match.group("head").lower(), question[: match.start()]) is not None:
            return match.group()  # "Frank took over the Bavarian Ministry of Justice, Ehard
            # asked to leave the ministry": the one the question has just named (round 1200
            # wrote "the Reich Ministry of Justice", the paragraph's)
        local = last_named(match.group("head").lower(), context) if context else None
        if local is not None:
            return match.group()[:4] + local
        counts = phrases[match.group("head").lower()].most_common(2)
        if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
            raise LookupError(match.group())
        if title is not None and match.group("head").lower() == "war" and (
                counts[0][0].lower() not in title.lower()):
            raise LookupError(match.group())  # a war named neither in the paragraph nor in
            # the title: the one the document names most was the wrong one in 15 of 32
            # verdicts of rounds 250-472 ("Romania entered the Second Balkan War" in 1916, of
            # a report naming only that war, as background)
        phrase = counts[0][0]
        ordinal, _, rest = phrase.partition(" ")
        if ordinal in _ORDINALS and any(other.endswith(" " + rest) and other != phrase
                                        for other in phrases[match.group("head").lower()]):
            raise LookupError(match.group())  # "the war" of a text with a First and a
            # Second Taranaki War: which one, the sentence does not say
        if phrase.startswith("Section") or "’s " in phrase or "'s " in phrase:
            return phrase
        return match.group()[:4] + phrase  # keep "the" / "The"

    if not _BARE.search(question):
        return question
    try:
        return _BARE.sub(replace, question)
    except LookupError:
        return None


_AGREEMENT_HEADS = ("treaty", "convention", "agreement", "protocol", "accord", "accords", "pact",
                    "charter", "act", "declaration")
# (Not "the treaty signed by Rio Branco and Velarde": a treaty the sentence identifies itself,
# which may be another than the document's.)
_BARE_AGREEMENT = re.compile(r"\b(?P<the>[Tt]he) (?P<head>treaty|convention|agreement|protocol|"
                             r"accords?|pact|charter|act|declaration)\b(?! of\b| between\b| on\b)"
                             # ("the convention at St. Louis": the sentence says where, so which;
                             # round 1744 wrote "the Denver convention at St. Louis")
                             r"(?! (?:at|in) (?:the )?[A-Z])"
                             r"(?! (?:signed|concluded|negotiated) by\b)"
                             # ("the treaty it signed with the Allied powers", "the agreement
                             # reached in Berlin": the sentence says which, round 462-463)
                             r"(?! (?:it|they|he|she|[A-Z][\w’'-]+) (?:had )?(?:signed|concluded|"
                             r"negotiated|made|ratified)\b)"
                             r"(?! (?:reached|made|concluded|negotiated|agreed|drawn up)\b)"
                             # ("the treaty establishing the Arab Maghreb Union": the sentence
                             # says which, and it is not the document's Treaty of Oujda; round 263)
                             r"(?! (?:establishing|creating|founding|setting|that|which|"
                             # ("approve the act authorising the purchase of 6,487 volumes":
                             # round 1293 wrote the Copyright Act a timeline had named before)
                             r"authori[sz]ing|granting|providing|abolishing|requiring|"
                             r"permitting|allowing|transferring|incorporating)\b)")


def names_an_agreement_bare(question: str) -> bool:
    """Whether `question` says "the treaty" (convention, pact...) with nothing after it that
    says which (what resolve_agreements completes)."""
    return _BARE_AGREEMENT.search(question) is not None


def main_agreements(names: list[tuple[str, str]]) -> dict[str, str]:
    """Head noun -> the agreement of that kind a document names most, when one clearly leads
    (at least twice, and twice as often as the next): what "the treaty" in it refers to.
    `names` are (head, name) of the agreements the document names."""
    counts: dict[str, Counter[str]] = {}
    for head, name in names:
        if head in _AGREEMENT_HEADS and any(ch.isupper() for ch in name) and not (
                head == "convention" and name.endswith(" convention")):
            # ("the Denver convention": a party's or a union's meeting named by its city, no
            # agreement; round 1744 wrote it for the 1953 convention at St. Louis)
            counts.setdefault(head, Counter())[name] += 1
    out: dict[str, str] = {}
    for head, counter in counts.items():
        ranked = counter.most_common(2)
        first = ranked[0]
        if first[1] >= 2 and (len(ranked) == 1 or first[1] >= 2 * ranked[1][1]):
            out[head] = first[0]
    return out


def resolve_agreements(question: str, answer: str, main: dict[str, str],
                       context: str = "", text: str = "") -> str:
    """`question` with a bare "the treaty" (convention, pact...) written as the one the
    paragraph before its sentence (`context`) names last, else the one the document is about
    ("the Treaty of Versailles"), unless that name is the answer or already there, or (with
    the document's `text`) the document dates that one only after the card's year."""
    if not (main or context) or not _BARE_AGREEMENT.search(question):
        return question
    years = [int(y) for y in _YEAR.findall(f"{question} {answer}")]

    def replace(match: re.Match[str]) -> str:
        head = match.group("head").lower()
        if last_named(head, question[: match.start()]) is not None:
            return match.group()  # "after the Treaty of Lausanne ..., the treaty": the one the
            # question has just named
        name = (last_named(head, context) if context else None)
        if name is None:
            name = main.get(head) or main.get(head.rstrip("s"))
            if name is not None and years and text and _first_year(name, text) > max(years):
                return match.group()  # "did the treaty enter into force in 1947" in a text on
                # the Treaty of Osimo of 1975: another treaty (round 549)
        if name is None or name in question or name in answer or answer in name:
            return match.group()
        if name.lower().startswith("the "):
            name = name[4:]
        return f"{match.group('the')} {name}"

    return _BARE_AGREEMENT.sub(replace, question)


_YEAR = re.compile(r"(?<![\d,.])(1\d{3}|20\d{2})(?![\d,])")


@lru_cache(maxsize=64)
def _first_year(name: str, text: str) -> int:
    """The earliest year `text` writes in a sentence naming `name` (0 when none); kept, as a
    document's candidates ask about its one main agreement again and again."""
    found = [int(year) for sentence in re.split(r"(?<=[.!?])\s+|\n", text) if name in sentence
             for year in _YEAR.findall(sentence)]
    return min(found, default=0)


def main_agreement(names: list[tuple[str, str]]) -> str | None:
    """The agreement a document is about: the one it names most, of any kind, when one clearly
    leads (at least twice, and twice as often as the next)."""
    counter = Counter(name for _, name in names if any(ch.isupper() for ch in name))
    ranked = counter.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


# "did North Korea accede on ...", "did Russia ratify?": what was acceded to or ratified is the
# document's own treaty, which the source sentence did not need to repeat.
_OBJECTLESS = re.compile(
    r"\bdid\b(?P<subject>.*?)\b(?:(?P<to>accede)(?!\s+to\b)|(?P<from>withdraw)(?!\s+from\b)|"
    r"(?P<plain>ratify|sign|join))(?=\s*(?:\?|,|\s(?:on|in|for|at|after|before|when|as)\b))")


# "did the United States join, although ...": a member joining a body's fact sheet's body (not
# withdrawing: "Ostria withdrew in 1970 and the project collapsed" left the project).
_BODY_OBJECTLESS = re.compile(
    r"\bdid\b.*?\b(?P<plain>join|rejoin)"
    r"(?=\s*(?:\?|,|\s(?:on|in|for|at|after|before|when|as|although)\b))")


# A country's own law by its head, perhaps with its year ("the Copyright Act 1911")
_A_LAW = re.compile(r"\b(?:Act|Acts|Bill|Law|Ordinance|Statute)(?:\s+(?:of\s+)?\d{4})?$")


# "What treaty did Japan sign?": the treaty signed is the one asked for.
_ASKS_THE_OBJECT = re.compile(r"\b(?:[Ww]hat|[Ww]hich)\s+(?:[a-z]+\s+)?(?:treaty|agreement|"
                              r"convention|accord|pact|protocol|charter|document|instrument)\b")


def complete_treaty_verbs(question: str, answer: str, agreement: str | None,
                          body: bool = False) -> str:
    """A question whose verb lacks the treaty it acts on gets the document's treaty (with
    `body`, one whose verb lacks the body a member joins gets the document's body:
    "did the United States join" the International Labour Organization)."""
    if agreement is None or not question.endswith("?") or agreement in question or (
            agreement in answer or answer in agreement) or _ASKS_THE_OBJECT.search(question):
        return question
    match = (_BODY_OBJECTLESS if body else _OBJECTLESS).search(question)
    if match is None:
        return question
    groups = match.groupdict()
    if _A_LAW.search(agreement) and groups.get("plain") != "sign":
        return question  # (a country's own law is signed, never joined, acceded to or
        # ratified: round 1694 asked "did the British National Bibliography and OSTI join the
        # British Library Act?", the Library itself having been joined)
    if groups.get("from") and not re.search(r"[A-Z]", groups.get("subject") or ""):
        return question  # ("did the besiegers withdraw": troops leave a place, not a treaty)
    verb_at = min(match.start(name) for name, found in groups.items()
                  if found and name != "subject")
    if re.search(r"\b(?:which|that|whom)\b", question[:verb_at]):
        return question  # "a league, which the other states were invited to join": the
        # relative pronoun is what they join
    name = agreement[4:] if agreement.lower().startswith("the ") else agreement
    named = name if re.match(r"[A-Z][\w.-]*[’']s\s", name) else f"the {name}"
    link = " to " if groups.get("to") else " from " if groups.get("from") else " "
    return question[: match.end()] + link + named + question[match.end():]


@dataclass(frozen=True)
class JoinedNames:
    """The agreement names of a document made of two names joined by "and", and one pattern
    that finds a part of any of them standing alone in a question."""

    wholes: dict[str, str]  # each part -> the whole name
    parts: re.Pattern[str] | None


def _headed(part: str) -> bool:
    """Whether `part` of a name joined by "and" holds a head noun of its own ("National
    Accord", "Reconciliation Agreement"; not "Mutual Assistance")."""
    return any(word in AGREEMENT_HEADS or word in BODY_HEADS or word in _OTHER_HEADS
               for word in part.split())


_OTHER_HEADS = frozenset({"Truce", "Ceasefire", "Armistice", "Settlement", "Act", "Memorandum",
                          "Understanding", "Communiqué", "Plan", "Programme", "Program"})


def joined_names(names: Iterable[str]) -> JoinedNames:
    """The agreement names made of two names joined by "and" ("National Accord and
    Reconciliation Agreement"), each part of two words or more. A clause cut at that "and" keeps
    only one part, which names no agreement at all; but a part the document also names alone
    is an agreement of its own ("the Camp David Accords" of "the Camp David Accords and Peace
    Treaty"), and the whole is then two names."""
    every = set(names)
    wholes: dict[str, str] = {}
    for name in sorted(every):  # (a set's order changes from one run to the next)
        for link in re.finditer(r" and (?=[A-Z])", name):
            first, last = name[: link.start()], name[link.end():]
            if first in every or last in every:
                continue
            if not (_headed(first) and _headed(last)):
                continue  # "Treaty of Friendship and Mutual Assistance": one name, its "of" two
            if first[-1:].isalnum() and min(len(first.split()), len(last.split())) >= 2:
                wholes.setdefault(first, name)
                wholes.setdefault(last, name)
    if not wholes:
        return JoinedNames({}, None)
    alternatives = "|".join(re.escape(part) for part in sorted(wholes, key=len, reverse=True))
    return JoinedNames(wholes, re.compile(
        rf"(?<![\w-])(?<!and\s)(?:{alternatives})(?![\w-])(?!\s+and\s)"
        # (nor a part with a capitalised word after it: another name that begins like it, "the
        # Trade Union Acts 1871 and 1876", which round 1743 read as "the Trade Union and Labour
        # Relations Act Acts")
        r"(?!\s+[A-Z])"))


def whole_joined_names(question: str, answer: str, joined: JoinedNames) -> str:
    """`question` with a part of a joined agreement name ("the Reconciliation Agreement") written
    as the whole name the document gives, unless the whole name is there already or holds the
    answer (it would give it away)."""
    if joined.parts is None:
        return question

    def whole(match: re.Match[str]) -> str:
        name = joined.wholes[match.group()]
        if name in question or answer in name or name in answer:
            return match.group()
        return name

    return joined.parts.sub(whole, question)
