"""What a news report is about, read from its headline, to head its cards with.

A report's title is a headline, a sentence ("Mercosur suspends Paraguay over Lugo's removal
...", "Agra summit ends without agreement as Musharraf leaves India early"), so no title rule
finds a subject in it and its cards went unlabelled: "On what date did President Hugo Chávez's
government sign a protocol of adhesion in Caracas?" (adhesion to what?), "On what date did
Cambodia bring the case to the International Court?" (which case?). Readers kept 51 % of the
cards of such reports in rounds 90-129, against 73-81 % of those of documents with a subject.

The headline names the story in one of two ways, and a card is headed with that name (kind
"topic": nothing in a question is completed from it):

- an event it names with a noun after names: "Agra summit", "Doha deal", "UN reunification
  plan", "Madrid peace conference";
- else a name the report itself repeats, that is no country, no nation's people, no person (a
  name the report also writes after a first name or a title: "Pervez Musharraf", "President
  Lugo"), not the place the report was filed from, not where the headline puts its action ("in
  Beijing", "near Paris") and not one of the parties the headline opens with ("Seoul and
  Pyongyang announce ..."): "Mercosur", "NATO", "African Union", "Hong Kong", "Okinawa".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from quiz.generate.countries import COUNTRIES
from quiz.generate.dates import MONTH_WORD, WEEKDAY_WORD
from quiz.generate.inflect import parts_of_speech
from quiz.generate.officials import NATIONAL_WORD
from quiz.generate.subject import Subject
from quiz.generate.text import UPPER_LETTERS
from quiz.generate.topic import SMALL_WORDS

_NAME_WORD = r"[A-Z][\w’'/.-]*"
# Nouns of an agreement ("Doha deal"), and of an event or an agreement ("Agra summit").
_AGREEMENT_NOUNS = (r"treaty|accords?|agreement|deal|pact|protocols?|declaration|charter|"
                    r"convention|plan")
_AGREEMENT_NOUN = re.compile(rf"\b(?:{_AGREEMENT_NOUNS})$", re.IGNORECASE)
_EVENT_NOUN = rf"summit|conference|talks|referendum|ceasefire|cease-fire|{_AGREEMENT_NOUNS}"
# "Agra summit", "UN reunification plan", "Madrid peace conference": names, at most one
# lower-case word that is no verb of the headline, then a noun of an event or an agreement.
_NAMED_EVENT = re.compile(rf"(?<![\w’'-])(?P<name>(?P<names>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
                          rf"(?:\s+(?P<modifier>[a-z][a-z-]+))?\s+(?:{_EVENT_NOUN}))\b")
# A name in a headline or a report: capitalised words, with "of" or "of the" between them
# ("Strait of Magellan").
_NAME = re.compile(rf"(?<![\w’'-]){_NAME_WORD}(?:\s+(?:of\s+(?:the\s+)?)?{_NAME_WORD})*")
_NOT_A_TOPIC = frozenset({"UN", "U.N.", "United Nations", "US", "U.S.", "EU", "White House"})
# The place a report was filed from, opening its first lines: "AGRA, 16 July 2001 —".
_DATELINE = re.compile(rf"(?m)^\s*(?P<place>[{UPPER_LETTERS}][{UPPER_LETTERS} .'’-]+?),"
                       r"[^\n]{0,80}?\s[—–]\s")
# Where the headline puts its action: "in Beijing", "near Paris", "at Brioni" (a city; not "in
# Northern Ireland", a region that may be the story).
_WHERE = re.compile(rf"\b(?:(?:at|near|opposite|outside|beside|facing)\s+(?:the\s+)?"
                    rf"(?P<place>{_NAME_WORD}(?:\s+{_NAME_WORD})*)|"  # ("stands opposite the
                    # KGB": where the boulder stands, round 1208 headed a Sakharov card "KGB:")
                    rf"in\s+(?P<city>{_NAME_WORD})(?![\w’'/.-]|\s+[A-Z]))")
# Whom the headline's subject turns from: "break with Moscow", "split from Belgrade" (a capital
# standing for a government, a party to the story).
_FROM_WHOM = re.compile(rf"\b(?:with|from|against)\s+(?P<party>{_NAME_WORD}(?:\s+{_NAME_WORD})*)")
# The parties a headline opens with: "Seoul and Pyongyang announce ...".
_PARTIES = re.compile(rf"^(?P<first>{_NAME_WORD}(?:\s+{_NAME_WORD})*)\s+and\s+(?:the\s+)?"
                      rf"(?P<second>{_NAME_WORD}(?:\s+{_NAME_WORD})*)")
_TITLES = frozenset({"President", "Prime", "Minister", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Dr",
                     "General", "King", "Queen", "Chancellor", "Secretary", "Judge", "Sir",
                     "Lord", "Premier", "Sheikh", "Prince", "Colonel", "Ambassador", "Senator",
                     "Governor", "Emperor", "Pope", "Chairman", "Marshal", "Admiral", "Bishop"})
# Words that open a sentence or a phrase before a name, and are no one's first name.
_FUNCTION_WORDS = frozenset({"The", "In", "On", "At", "By", "For", "From", "With", "And", "As",
                             "After", "Before", "When", "While", "Since", "Under", "Of", "To",
                             "A", "An", "But", "Or", "If", "That", "This", "Its", "Their", "His",
                             "Her", "Both", "All", "Until", "Over", "Into", "Across", "Within"})
# A headline's verb before the event noun ("Chou sign treaty"): not a kind of treaty.
_HEADLINE_VERB = re.compile(r"(?:sign|seal|strike|initial|reach|agree|approve|adopt|accept|"
                            r"announce|settle|reject|back|endorse|conclude|renew|break|end|hold|"
                            r"open|close|hail|draft|propose|join|leave|quit)s?")
# A people, not a topic: "Slovene", "Cypriots" (the nations' adjectives NATIONAL_WORD knows).
_PEOPLE = re.compile(r"[A-Z][a-z]+(?:ene|ot)s?")
_MIN_USES = 3  # a name the report repeats at least this often is what it is about
_CALENDAR = re.compile(rf"^(?:{MONTH_WORD}|{WEEKDAY_WORD})$")
_SPAN_OF_YEARS = re.compile(r"\b\d{4}\s*[–—-]\s*\d{2,4}\b|:")


def _is_headline(title: str) -> bool:
    """Whether `title` is a sentence-case headline: a verb, a lower-case word other than a
    small one (in title case every word is capitalised, and capitals say nothing of names),
    and no span of years or colon ("Russia, Ukraine and the gas transit disputes, 1993–2025":
    a history's title)."""
    words = [w.strip(",;\"“”") for w in title.split()]
    return (_SPAN_OF_YEARS.search(title) is None
            and any(w[:1].islower() and w not in SMALL_WORDS for w in words)
            and any(w[:1].islower() and w not in SMALL_WORDS and "VERB" in parts_of_speech(
                w.removesuffix("s") if w.endswith("s") and not w.endswith("ss") else w)
                for w in words))


def _is_verb(word: str) -> bool:
    return "VERB" in parts_of_speech(word) and not {"NOUN", "ADJ"} & parts_of_speech(word)


def _named_event(title: str) -> str | None:
    """The event the headline names with a noun after names ("Agra summit"), or None."""
    for match in _NAMED_EVENT.finditer(title):
        names = match.group("names").split()
        if match.start() == 0 and parts_of_speech(names[0].lower()):
            continue  # "Peace accord signed ...": a word capitalised as the headline's first
        modifier = match.group("modifier")
        if modifier and (_is_verb(modifier) or _HEADLINE_VERB.fullmatch(modifier)
                         or modifier in SMALL_WORDS or modifier.endswith("ing")):
            continue  # "Chou sign treaty": the headline's verb, not a kind of treaty
        if all(w.rstrip("’'s") in COUNTRIES for w in names):
            continue  # "Japan ... treaty": a party, not the name of what it signed
        if re.search(r"-[a-z]+ed$", names[-1]):
            continue  # "Arab-brokered accord": who brokered it, not its name
        return match.group("name")
    return None


def _is_person(name: str, text: str) -> bool:
    """Whether the report writes `name` after a title ("President Lugo") or after a word that
    is no word of the language ("Pervez Musharraf": a first name, or a longer name)."""
    for found in re.finditer(rf"(?P<before>[A-Z][\w’'.-]*)\s+{re.escape(name)}(?![\w’'-])", text):
        before = found.group("before")
        if before in _TITLES:
            return True
        if before not in _FUNCTION_WORDS and not NATIONAL_WORD.fullmatch(before) and (
                not parts_of_speech(before.lower().rstrip("."))):
            return True
    return False


# What follows a name used as one, not as an adjective ("Soviet republic", "Soviet troops"): a
# stop, a possessive, or a word that is no noun.
_AFTER_A_NAME = (r"\s*(?:[.,;:)’']|$)|\s+(?:and|or|in|of|to|was|is|has|had|said|would|will|on|"
                 r"at|for|from|with|by|as|that|were|are|have|could|should|may|might)\b")


def _uses(name: str, text: str) -> list[re.Match[str]]:
    """The report's uses of `name` on its own, not inside a longer name ("Supreme Soviet",
    "Soviet Union", "NATO Secretary-General")."""
    out = []
    for found in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", text):
        before = re.search(r"(?P<word>[A-Z][\w’'.-]*)\s+$", text[max(0, found.start() - 40):
                                                                   found.start()])
        if before is not None and before.group("word") not in _FUNCTION_WORDS:
            continue
        if re.match(r"\s+[A-Z]", text[found.end():found.end() + 3]):
            continue
        out.append(found)
    return out


def _stands_alone(name: str, text: str) -> bool:
    """Whether the report uses `name` as a name at least once, not only as an adjective
    ("Lithuania declares ..., first Soviet republic to break with Moscow": "Soviet" is
    "Soviet troops", "Soviet rule", or inside "Supreme Soviet")."""
    return any(re.match(_AFTER_A_NAME, text[found.end():]) for found in _uses(name, text))


# "(Rome, 12 March 2019)": a place and a date in a title's brackets
_SIGNED_AT = re.compile(r"\((?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),\s+\d")


def _excluded(title: str, text: str) -> set[str]:
    """Names of the headline that are not its topic: the place the report was filed from, where
    its action takes place, whom it turns from, the parties it opens with."""
    out: set[str] = set()
    dateline = _DATELINE.search(text[:600])
    if dateline:
        out.update(w.title() for w in dateline.group("place").split())
        out.add(dateline.group("place").title())
    out.update(m.group("place") or m.group("city") for m in _WHERE.finditer(title))
    out.update(m.group("party") for m in _FROM_WHOM.finditer(title))
    out.update(m.group("place") for m in _SIGNED_AT.finditer(title))  # "(Rome, 12 March
    # 2019)": where an instrument was signed, not its subject (round 1287 labelled a
    # convention's cards "Rome:")
    parties = _PARTIES.match(title)
    if parties:
        out.update({parties.group("first"), parties.group("second")})
    return out


def _repeated_name(title: str, text: str) -> str | None:
    """The name of the headline the report repeats most (at least _MIN_USES times) that can be
    its topic (see the module's docstring), or None."""
    excluded = _excluded(title, text)
    uses: Counter[str] = Counter()
    for found in _NAME.finditer(title):
        name = found.group().rstrip(".,;:")
        first = name.split()[0]
        if found.start() == 0 and parts_of_speech(first.lower()):
            continue  # "Regional force lands ...": capitalised as the first word
        if (name in COUNTRIES or name in _NOT_A_TOPIC or name in _TITLES or name in excluded
                or "’s" in name
                or "'s" in name or _CALENDAR.match(name)
                or NATIONAL_WORD.fullmatch(name.split()[-1].removesuffix("s"))
                or _PEOPLE.fullmatch(name)
                or _is_person(name, text) or not _stands_alone(name, text)):
            continue
        if re.search(rf"[A-Z][\w’'-]*\s+(?:and|of|for|&)\s+{re.escape(name)}\b", title):
            continue  # "World Cultural and Natural Heritage": the tail of a longer name, which
            # alone names another thing (round 737 labelled a convention "Natural Heritage")
        if " " not in name and "NOUN" in parts_of_speech(name.lower()) and not name.isupper():
            continue  # "... shot dead while saying Mass": a word of the language, capitalised
            # as a rite's name, not the report's story (round 184)
        count = len(_uses(name, text))
        if count >= _MIN_USES:
            uses[name] = count
    return uses.most_common(1)[0][0] if uses else None


def headline_topic(title: str, blocks: Iterable[str]) -> Subject | None:
    """What a news report's headline says it is about (see the module's docstring), of kind
    "topic", or None for a title that is no sentence-case headline."""
    if not _is_headline(title):
        return None
    text = "".join(blocks).replace(title, "", 1)
    name = _named_event(title) or _repeated_name(title, text)
    return None if name is None else Subject(name, "", False, kind="topic")


def names_an_agreement(name: str) -> bool:
    """Whether a topic's name is an agreement's ("Doha deal", "UN reunification plan"): a card
    asking for an agreement is not headed with it, which could be its answer."""
    return _AGREEMENT_NOUN.search(name) is not None
