"""A body that a document names once and then calls by its kind: "the Assembly", "the Court".

Inside a document "the Assembly" is clear, because an earlier sentence named the Constituent
Assembly. On a card alone it is not: readers rejected "the Assembly", "the Court" and "the
Council" as unresolved (rounds 105-111). The nearest name before the card's sentence whose head
is that kind ("Constituent Assembly", "International Court of Justice") is written in its place.
A question that already names such a body, or whose answer is that body, is left as it is.

quiz.generate.definites does the same for a lower-case noun ("the hills"); its name pattern is
looser (a word may end in a full stop, a number may open a name), which a capitalised kind,
common at a sentence's start ("Thirteen Council members"), cannot afford.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from quiz.generate.text import ends_a_longer_name

# Chambers and seats of government readers faulted bare (rounds 133-236: "the Diet", "the
# Parliament", "the Residency"). A country's chamber changes its name over a document's years
# (the Imperial Diet, then the National Diet), so only a name in the sentence's own paragraph
# is written in.
_CHAMBERS = ("Diet", "Parliament", "Chamber", "Senate", "Legislature", "Congress", "Residency",
             "Regency", "Directory")
# The kinds of body a document calls by their kind alone, capitalised as a name's head (those
# of subject.BODY_HEADS readers faulted bare, "Board", and the chambers).
_KINDS: tuple[str, ...] = (
    "Assembly", "Council", "Court", "Commission", "Committee", "Board", "League", "Tribunal",
    "Organisation", "Organization", "Association", "Society", "Company", "Regulation",
    "Statute", "Act", *_CHAMBERS)  # (rounds 254-255: "the Society", "the Regulation" of the
# American Colonization Society and the Organic Regulation)
# Kinds written in only when the document names one body of the kind before the sentence (or
# its title names one), never the nearest of several: "the Academy" of St Petersburg's Academy
# of Sciences, named before its Academy of Arts, is no guess to make. ("the Union", "the
# Office", "the Speedway", "the Library": rounds 1261-1710 kept 62 % of such verdicts, faulting
# "the Union" of the Save the Children International Union and "the Office" of the
# International Labour Office as unresolved.)
_ONE_NAMED_KINDS = ("Union", "Office", "Institute", "Library", "Museum", "Corporation",
                    "Conference", "Federation", "Foundation", "Agency", "Bureau", "Fund",
                    "Academy", "Trust", "Authority", "Institution", "Speedway", "University",
                    "College")
_KINDS += _ONE_NAMED_KINDS
# Kinds written in only from the sentence's own paragraph, as a chamber is: a union of one age
# is not another's ("crush the Union at Épila", of Aragon in 1348, is no European Union)
_PARAGRAPH_ONLY = (*_CHAMBERS, "Union")
# Words that make a kind no more a name than it was ("the Joint Commission" of a document that
# named the US–Soviet Joint Commission).
_QUALIFIERS = ("Joint", "Mixed", "Allied", "Permanent", "Standing", "Constituent", "Executive",
               "Special")
# "the Assembly", "the Joint Commission", "the Court's": a kind with nothing after it that says
# which one. (Not "the party": a life names the parties its subject left and fought, and the
# nearest is often not the one meant.)
_BARE = re.compile(
    r"(?<!State of )"  # ("the State of the Union address": the name of a speech)
    rf"\b(?P<the>[Tt]he) (?:(?P<qualifier>{'|'.join(_QUALIFIERS)}) )?(?P<kind>{'|'.join(_KINDS)})"
    r"(?P<owner>[’']s)?(?![\w’'-])"
    r"(?!\s+(?:of|for|to|on|in\s+[A-Z])\b|\s+[A-Z0-9(])"
    r"(?!\s+(?:stadium|campus|grounds|premises|headquarters|press|building|buildings|library|"
    r"museum|hospital|clinic|observatory|laboratory|laboratories|gardens|collection|"
    r"collections|staff|members|president|director|trustees|board|council|cabinet|"
    r"government|report|library's)\b)")  # ("the University stadium": a word of a longer phrase)
# A capitalised word of a name ("U.S." with its dots, never a sentence's full stop), not a
# number opening a sentence ("Thirteen Council members").
_NAME_WORD = (r"(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|"
              r"Fourteen|Fifteen|Twenty)\b)(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w’'–-]*)")
# Words after a kind that make it part of a longer phrase ("Council members", "Assembly
# elections"), not the head of a name.
_COMPOUND = (r"(?!\s+(?:member|members|membership|seat|seats|session|sessions|meeting|meetings|"
             r"election|elections|vote|votes|resolution|resolutions|president|presidency|"
             r"chairman|secretary|staff|building|hall|chamber)\b)")
# A first word that is part of the name, not its owner ("People's Assembly").
_NOT_OWNERS = frozenset({"People's", "People’s", "Peoples'", "Women's", "Women’s",
                         "Workers'", "Workers’"})
# Words that open a sentence rather than a name ("The", "In", "After").
_OPENING_WORD = re.compile(r"^(?:(?:The|A|An|In|On|At|By|For|From|After|Before|When|While|"
                           r"During|Under|With|Its|His|Her|Their|This|That)\s+)+")


@lru_cache(maxsize=64)
def _name_pattern(kind: str) -> re.Pattern[str]:
    """Names of a body of `kind`: "Liberal Party", "Economic and Social Council", "International
    Court of Justice", "US–Soviet Joint Commission"."""
    return re.compile(
        rf"(?<![\w’'-])(?:{_NAME_WORD}\s+(?:and\s+(?=[A-Z]))?){{0,4}}{kind}\s+of\s+(?:the\s+)?"
        rf"{_NAME_WORD}(?:\s+(?:of\s+|and\s+|(?:von|van|der|den|de|du|da|di|la|le)\s+)*"
        rf"{_NAME_WORD})*"  # ("the Commission of Ursula von der Leyen", once "of Ursula")
        rf"|(?<![\w’'-])(?:{_NAME_WORD}\s+(?:and\s+(?=[A-Z]))?){{1,5}}{kind}"
        rf"(?=[’']s\b|(?![\w’'-]))"
        rf"(?!\s+of\s+[A-Z]){_COMPOUND}")


# "President and Council", "Mayor and Council": one word joined to the kind by "and" (not
# "Economic and Social Council", whose "and" joins two words before it).
_PAIR = re.compile(r"^[\w’'–-]+\s+and\s+\S+$")


@lru_cache(maxsize=256)
def _names(kind: str, text: str) -> tuple[tuple[int, str], ...]:
    """Where and how `text` names a body of `kind` (two words or more), in order. Kept: the
    candidates of one document ask about the same kinds again and again."""
    if kind not in text:
        return ()
    found = []
    for match in _name_pattern(kind).finditer(text):
        whole = match.group()
        if "\n\n" in whole:  # "Institutions\n\nThe Regulation": a heading is no word of it
            whole = whole[whole.rindex("\n\n") + 2:]
        name = _OPENING_WORD.sub("", whole)
        if _CUT_AFTER_THE.search(text, 0, match.start() + len(whole) - len(name)):
            continue  # ("Save the Children International Union": "International Union" is the
            # end of a name whose "the" the pattern cannot cross, round 1683)
        if (of := name.find(" of ")) > 0 and set(name[of:].split()) & _OTHER_HEADS:
            continue  # ("the Library of Congress Trust Fund Board Act": an act's name, no
            # library's, round 1697's "put the Library in charge")
        if _PAIR.search(name):
            continue  # "the President and Council are elected": two things, not the name of
            # a council (round 1413 wrote "the President and Council was to recommend")
        if len(name.split()) >= 2 and not ends_a_longer_name(text, match):
            found.append((match.start() + len(match.group()) - len(name), name))
    return tuple(found)


# A capitalised word and "the" right before a name: the start of a longer name ("Save the
# Children International Union"), not a sentence's opening word ("In the ...")
_CUT_AFTER_THE = re.compile(r"(?<![\w’'-])(?!(?:In|On|At|By|For|From|After|Before|When|While|"
                            r"During|Under|With|And|But|Of|To)\s)[A-Z][\w’'-]*\s+the\s+$")
# Heads that make a name after "of" another thing's than the kind's
_OTHER_HEADS = frozenset({"Act", "Bill", "Law", "Treaty", "Convention", "Agreement", "Board"})


def _distinct(names: Iterable[str]) -> set[str]:
    """`names` with each one that holds another left out: "Organic Regulation of Wallachia and
    Moldavia" is the "Organic Regulation" the document names after it (round 254)."""
    found = set(names)
    return {name for name in found if not any(other != name and other in name
                                              for other in found)}


def _leading(before: list[tuple[int, str]], distinct: set[str]) -> str:
    """Of the `distinct` names `before` a sentence, the one named last when it is named at
    least twice and at least twice as often as all the others together, else ""."""
    times = dict.fromkeys(distinct, 0)
    last = ""
    for _, name in before:
        for one in distinct:
            if one in name:
                times[one] += 1
                last = one
    if not last:
        return ""
    others = sum(count for one, count in times.items() if one != last)
    return last if times[last] >= 2 and times[last] >= 2 * others else ""


def _written(the: str, name: str, owner: str) -> str:
    """`name` as it stands where "the <kind>" stood: with "the" unless a possessor opens it
    ("Ghana's National Assembly"), and with the possessive the phrase had."""
    first = name.split()[0]
    opened = "" if (first.endswith(("'s", "’s")) and first not in _NOT_OWNERS
                    and " " in name) else the + " "
    return opened + name + owner


_NUMBER_NEXT = re.compile(r"\s+(?:[Nn]o\.|[Nn]umber|[Nn]r\.)\s*\d")


def name_bodies(question: str, answer: str, text: str, quote: str, own: str = "",
                title: str = "") -> str:
    """`question` with each "the Assembly" or "the Joint Commission" written as the body the
    document named last before the sentence `quote` ("the Constituent Assembly", "the
    US–Soviet Joint Commission"), where it named one.
    The question is returned unchanged when it already names a body of that kind, when the
    answer is that body, when the document names none before, or when it names several and
    none in the sentence's own paragraph. `own` is the head of the agreement the document is
    about ("Act" of an Act's summary): its "the Act" is that one, not the last named ("the
    Designs and Patents Act" a paragraph named, round 1271). Of several named in earlier
    paragraphs, the one the document's `title` names is meant ("the Office" of a history of
    the United States Patent Office that names the General Post Office too, round 1717)."""
    if "he " not in question:
        return question
    matches = list(_BARE.finditer(question))
    if not matches:
        return question
    at = text.find(quote) if quote else -1
    if at < 0 and len(quote) > 60:
        at = text.find(quote[-60:])
    if at < 0:
        return question
    for match in reversed(matches):
        kind, qualifier = match.group("kind"), match.group("qualifier")
        if kind == own and not qualifier:
            continue
        if _NUMBER_NEXT.match(question, match.end()):
            continue  # "The Act no. 276 of 30 June 1922": an act its number names, not the
            # one named before (round 1056 wrote "The Compulsory Sterilisation Act no. 276")
        phrase = f"{qualifier} {kind}" if qualifier else kind
        found = [(where, name) for where, name in _names(kind, text)
                 if phrase in name and name != phrase]
        if any(name in question or name in answer or answer in name for _, name in found):
            continue  # (the question names one already, or asks for it)
        before = [(where, name) for where, name in found if where < at]
        if not before:
            continue
        where, name = before[-1]
        paragraph = text.rfind("\n\n", 0, at)
        distinct = _distinct(name for _, name in before)
        titled = [name for name in distinct if name in title]
        if kind in _ONE_NAMED_KINDS and len(distinct) > 1 and len(titled) != 1:
            continue  # (several academies named: which one, the nearest does not tell)
        if len(distinct) > 1 and len(titled) == 1 and kind not in _PARAGRAPH_ONLY:
            name = titled[0]  # (several offices named, the document's own among them; so too
            # within the sentence's paragraph when the title names a body of this kind: "The
            # Society later supported Shackleton" in a history of the Royal Geographical Society
            # is it, not the Royal Society the paragraph named, round 1773)
        elif where < paragraph and len(distinct) > 1 and kind not in _PARAGRAPH_ONLY and (
                leading := _leading(before, distinct)):
            name = leading  # (the one the document names most, and last: "the Board" after
            # the National Science Board three times and the President's Scientific Research
            # Board once, round 1713)
        elif where < paragraph:
            if len(distinct) > 1 or kind in _PARAGRAPH_ONLY:
                continue  # (several councils named, none in the sentence's paragraph: which?)
            name = next(iter(distinct))  # "the World Health Assembly", not the "Thirty-third
            # World Health Assembly" of an earlier year's paragraph
        owner = match.group("owner") or ""
        if owner and re.search(r"\bof\b", name):
            continue  # ("the Court of Justice's": left as the document wrote it)
        written = _written(match.group("the"), name, owner)
        if match.group("the") == "The" and written[0].islower():
            written = written[0].upper() + written[1:]
        question = question[:match.start()] + written + question[match.end():]
    return question
