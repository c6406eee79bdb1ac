"""The place or the event a document is about, when its title names no body or agreement.

A timeline of a country's road to independence calls it "the territory" and its vote "the
ballot"; a history of a crisis calls it "the crisis". The title names what the text leaves out:
"East Timor: From Colony to Independence", "Namibia's Road to Independence", "The Suez Crisis,
1954–1958: a timeline". quiz.generate.subject completes a question's reference to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quiz.generate.countries import COUNTRIES
from quiz.generate.dates import MONTH_WORD, WEEKDAY_WORD
from quiz.generate.inflect import is_past_tense, parts_of_speech
from quiz.generate.subject import AGREEMENT_HEADS, BODY_HEADS, Subject, name_in, title_parts

EVENT_HEADS = frozenset({"War", "Crisis", "Dispute", "Revolution", "Uprising", "Conflict",
                         "Blockade", "Airlift", "Emergency", "Intervention", "Rebellion",
                         "Insurgency", "Revolt", "Mutiny", "Coup", "Putsch"})
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
_POSSESSOR = re.compile(rf"^(?P<name>{_NAME})[’']s\s+[A-Za-z]")  # "Namibia's Road to ..."
_WHOLE_NAME = re.compile(rf"^{_NAME}$")  # "East Timor"
# "Ireland's Eye", "St Michael's Mount": a name that holds a possessive, its next word capitalised
_OWNED_NAME = re.compile(rf"{_NAME}[’']s\s+[A-Z][\w’'-]+")
# "Mozambique from Independence to ...", "Cyprus under British Rule": a name, then a
# lower-case preposition of time or rule.
_NAME_THEN_SPAN = re.compile(rf"^(?P<name>{_NAME})\s+(?:from|under|between|since|during|after|"
                             rf"before)\s")
_PLACE_USES = 2  # "in East Timor" at least this often: a place (people are not "in" anyone)


def _is_place(name: str, blocks: Iterable[str]) -> bool:
    """Whether the text speaks of `name` as a place ("in Namibia", twice or more)."""
    pattern = re.compile(rf"\bin\s+{re.escape(name)}\b")
    uses = 0
    for block in blocks:
        uses += len(pattern.findall(block))
        if uses >= _PLACE_USES:
            return True
    return False


# A news headline in sentence case names its event with a lower-case noun after the names
# ("Two states sign treaty ending Beagle Channel dispute"): the names, then the event noun.
_HEADLINE_EVENT = re.compile(r"(?<=\s)(?P<name>(?:[A-Z][\w’'-]+\s+){1,3}(?P<head>dispute|crisis|"
                             r"war|conflict|standoff|blockade|uprising|revolution|emergency))\b")
# A title part that is nothing but such a name ("the Chagos Archipelago dispute"): its first
# word is a name too, capitalised for itself, not for opening a headline.
_WHOLE_EVENT = re.compile(r"^(?P<name>(?:[A-Z][\w’'-]+\s+){1,3}(?P<head>dispute|crisis|war|"
                          r"conflict|standoff|blockade|uprising|revolution|emergency))$")
# The small words a headline in sentence case writes in lower case, as title case may too.
SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "to", "for", "with", "at",
                         "by"})


def _headline_event(part: str) -> Subject | None:
    """The event a sentence-case headline names ("... ending Beagle Channel dispute" ->
    "Beagle Channel dispute"), else None. Its capitals are then names, not title case; a
    name opening the headline may be capitalised only because it opens it."""
    if not any(w[:1].islower() and w not in SMALL_WORDS for w in part.split()):
        return None  # "Rains Return After Long Drought": title case, capitals say nothing
    match = _HEADLINE_EVENT.search(part) if _WHOLE_EVENT.match(part) is None else (
        _WHOLE_EVENT.match(part))
    if match is None:
        return None
    return Subject(match.group("name"), match.group("head"), False, kind="event")


# "Vietnam and the United States: from war's end to partnership": two countries whose
# relations the document tells (a card's "the trade embargo" is between them).
_PAIR = re.compile(rf"^(?P<first>{_NAME})\s+and\s+(?P<the>the\s+)?(?P<second>{_NAME})$")


def _pair(part: str) -> Subject | None:
    """The two countries a title part names ("Vietnam and the United States"), or None."""
    m = _PAIR.match(part)
    if m is None or m.group("first") not in COUNTRIES or m.group("second") not in COUNTRIES:
        return None
    return Subject(part, "", False, kind="pair")


# "Basilan from the French blockade to the Bangsamoro": what the title is about comes before
# its span's ends (round 1118 headed every card of such a timeline "French blockade:")
_BEFORE_SPAN = re.compile(r"\s(?:from|between)\s")


def place_or_event(title: str, blocks: Iterable[str]) -> Subject | None:
    """The event ("Suez Crisis"), the place ("East Timor") or the two countries ("Vietnam and
    the United States") a document's title names, or None. A place is a name the title opens
    with ("Namibia's Road ...", "East Timor: ...") that the text uses as one; an event is a
    name whose last word is a kind of event."""
    parts = title_parts(title)
    pair = _pair(parts[0]) if parts else None
    if pair is not None:
        return pair
    for part in parts:
        if part.startswith(("From ", "from ")):
            continue  # "From Murtala's Coup to Buhari's": the span's ends, not the subject
            # (round 186)
        found = name_in(_BEFORE_SPAN.split(part, maxsplit=1)[0], EVENT_HEADS)
        if found is not None:
            return Subject(found[0], found[1], False, kind="event")
    if not parts:
        return None
    for part in parts:
        event = _headline_event(_BEFORE_SPAN.split(part, maxsplit=1)[0])
        if event is not None:
            return event
    first = parts[0]
    possessor = _POSSESSOR.match(first)
    name = possessor.group("name") if possessor else first if _WHOLE_NAME.match(first) else None
    owned = _OWNED_NAME.match(first) if possessor else None
    if owned is not None and _is_place(owned.group(), blocks):
        return Subject(owned.group(), "", False, kind="place")  # "Ireland's Eye and Howth":
        # the island the text is in ("in Ireland's Eye"), not Ireland (round 937 labelled its
        # cards "Ireland:")
    spanned = _NAME_THEN_SPAN.match(first) if name is None else None
    if spanned is not None and spanned.group("name") in COUNTRIES:
        return Subject(spanned.group("name"), "", False, kind="place")  # a country is a place
    if name is not None and _is_place(name, blocks):
        return Subject(name, "", False, kind="place")
    return None


# What a title's part may be cut at: its story after the name ("Hawaii from independent
# kingdom to ...", "The Horn of Africa after Italy"), what goes with it ("Trieste and the
# Italian–Yugoslav frontier", "Brazilian independence and its recognition") or a comma.
_TOPIC_CUT = re.compile(r",(?!\d)|"  # (not "Law No. 16,441": a number's comma, round 716)
                        r"\s(?:from|under|between|since|during|after|before|in\s+and)(?:\s|$)|"
                        r"\s+and\s+(?:the|its|their)\s")
_MAX_TOPIC_WORDS = 5
_MONTH_AND_YEAR = re.compile(rf"\b{MONTH_WORD}\s+\d{{4}}\b")
# A date in brackets ("(Frankfurt, 20 September 1819)") or after "of" ("of 2 March 1895")
_DATED_PART = re.compile(rf"\([^()]*\b{MONTH_WORD}\s+\d{{4}}[^()]*\)|\s+of\s+(?:\d{{1,2}}\s+)?"
                         rf"{MONTH_WORD}\s+\d{{4}}\b")
# A body's name, then the place it is in: "Royal and Ancient Golf Club of St Andrews", "Anglo
# American Corporation of South Africa", "United States Military Academy at West Point" (round
# 1759 read a timeline of West Point with no label: "become the first Black graduate" of what)
_BODY_THEN_PLACE = re.compile(r"^(?P<short>[A-Z][\w’'&-]*(?:\s+(?:and\s+)?[A-Z][\w’'&-]*)*\s+"
                              r"(?:Club|Society|Company|Corporation|Association|Institution|Union|"
                              r"League|Brotherhood|Federation|Guild|Trust|Foundation|Bank|Academy|"
                              r"College|Institute|School|University|Observatory|Museum|Library|"
                              r"Hospital|Lines?|Railway))"
                              r"\s+(?:of|in|at)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$")
# A name of capitalised words, then "on", "in" or "at" the places it stood in
_NAME_ON_PLACES = re.compile(r"^(?P<short>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4})\s+"
                             r"(?:on|in|at)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:\s+and\s+"
                             r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?$")
_FIRST_PLACE = re.compile(r"^(?P<short>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+in\s+[A-Z][\w’'-]+)"
                          r"\s+and\s+[A-Z]")
_DATELINE = re.compile(rf"(?<!\bthe )\b(?:{WEEKDAY_WORD}|{MONTH_WORD})\b",
                       re.IGNORECASE)  # (not "the Friday Government": a name, round 678)
_LIFESPAN = re.compile(r"\(\d{3,4}\s*[–—-]\s*\d{3,4}\)\s*$")  # "U Thant (1909–1974)"


# A title's short name in brackets at its end: "The United Nations Stabilization Mission in Haiti
# (MINUSTAH)", "The Extraordinary Chambers in the Courts of Cambodia (Khmer Rouge Tribunal)".
_SHORT_NAME = re.compile(r"\((?P<short>[A-Z][^()\d]{1,40})\)\s*$")
# A word of a story's name, never of a person's: "British Expedition to Abyssinia (1867–1868)",
# "Black September in Jordan", "Scandinavian Defence Union Negotiations".
_STORY_WORD = re.compile(r"\s(?:to|in|and|on|for|at|against|with|over|between)\s|"
                         r"[a-z](?:ions|ion|ence|ment|ments)$|\b(?:Republic|Kingdom|Empire|"
                         r"Federation|Confederation|Union|Protectorate|Khanate|Sultanate|"
                         r"Emirate|Lines?|Company|Corporation|Society|Club|Association|Institute|"
                         r"Academy|Railway|Bank)\b")  # ("Democratic Republic of Georgia
# (1918–1921)": a state; "United States Lines (1921–1952)": a company, whose cards round 1758
# would have left unlabelled once it was no more read as a life)


def _a_life(title: str) -> bool:
    """Whether `title` is a name and a span of years that may be a person's life ("U Thant
    (1909–1974)"), not a story's ("Black September in Jordan (1970–1971)")."""
    if ":" in title or not _LIFESPAN.search(title):
        return False
    name = _LIFESPAN.sub("", title).strip()
    return _STORY_WORD.search(f" {name}") is None


# "1948 Winter Olympics (St. Moritz)": a year, a recurring event's name, and in brackets where
# it was held (a capitalised name, no date)
_YEAR_NAME_PLACE = re.compile(r"^\s*(?:#\s*)?\d{4}\s+(?P<name>[A-Z][^()\d:]*?)\s*"
                              r"\((?P<place>[A-Z][^()\d,;:]*?)\)\s*$")


def title_topic(title: str) -> Subject | None:
    """What a title names when it names no body, agreement, event or place the text speaks of
    as one ("Marshall Plan", "Yemeni unification, 1972–1994: a timeline", "Cod Wars", "Hawaii
    from independent kingdom to American state"): a short name a card can be headed with, of
    kind "topic" (nothing in a question is completed from it); for a name too long for a label,
    the short one the title gives in brackets ("MINUSTAH"). None for a headline (it has a
    verb), a dateline, a person's life ("U Thant (1909–1974)") or a name too long for a label."""
    if _DATELINE.search(_DATED_PART.sub("", title)) or _a_life(title):
        return None  # (a date in brackets or after "of" dates the thing named, no dateline:
        # "The Rudd Concession (30 October 1888): A Summary")
    held = _YEAR_NAME_PLACE.match(title)
    if held is not None and len(f"{held.group('place')} {held.group('name')}".split()) <= (
            _MAX_TOPIC_WORDS):
        return Subject(f"{held.group('place')} {held.group('name')}", "", False, kind="topic")
        # ("1948 Winter Olympics (St. Moritz)": the label keeps the host, "St. Moritz Winter
        # Olympics", where its year is dropped; round 1664 faulted "Winter Olympics:" as
        # naming no Games, pass 379)
    named = _title_name(title)
    if named is None or len(named.name.split()) <= _MAX_TOPIC_WORDS:
        return named
    short = _SHORT_NAME.search(title)
    if short is not None:
        return Subject(short.group("short").strip(), "", False, kind="topic")
    placed = _BODY_THEN_PLACE.match(named.name)
    if placed is not None and len(placed.group("short").split()) <= _MAX_TOPIC_WORDS:
        return Subject(placed.group("short"), "", False, kind="topic")  # "Royal and Ancient
        # Golf Club of St Andrews": the body without its town (round 1737 left every card of
        # its timeline unlabelled, and "the first captain from outside Britain" of nothing)
    first_place = _FIRST_PLACE.match(named.name)
    if first_place is not None and len(first_place.group("short").split()) <= _MAX_TOPIC_WORDS:
        # "French Campaign in Egypt and Syria": the story named with its first place (round 229)
        return Subject(first_place.group("short"), "", False, kind="topic")
    stationed = _NAME_ON_PLACES.match(named.name)
    if stationed is not None and len(stationed.group("short").split()) <= _MAX_TOPIC_WORDS and (
            not set(COUNTRIES).isdisjoint(re.split(r"\s+and\s+|\s+(?:on|in|at)\s+(?:the\s+)?",
                                              named.name)[1:])):
        return Subject(stationed.group("short"), "", False, kind="topic")  # "Knights
        # Hospitaller on Rhodes and Malta": the name without where it stood (round 1763 read
        # its timeline with no label, "the order" of nothing); a country among the places
        # ("General Agreement on Tariffs and Trade" names no place)
    possessor = _POSSESSOR.match(named.name)
    if possessor is not None and possessor.group("name") in COUNTRIES:
        # "Croatia's Road to the European Union": too long a label, but the country is the story
        return Subject(possessor.group("name"), "", False, kind="topic")
    return None


# "Royal Observatory, Greenwich", "Royal Botanic Gardens, Kew": a name of two words or more,
# then after one comma the one place it is in (no list: no "and" after the comma)
_NAME_THEN_ITS_PLACE = re.compile(r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]*)+)"
                                  r",\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")


def _title_name(title: str) -> Subject | None:
    """The name title_topic reads from a title's first part that names something, of any
    length, or None."""
    for part in title_parts(title):
        if part[:1].islower() and re.match(rf"(?:#\s*)?the\s+{re.escape(part)}", title, re.I):
            part = part[:1].upper() + part[1:]  # "The federation of the Australian colonies"
        if part.startswith(("From ", "from ")):
            continue
        if len(part.split()) == 1 and "NOUN" in parts_of_speech(part.lower()):
            continue  # "Envoy: ...", a kind of text, not its subject
        placed = _NAME_THEN_ITS_PLACE.fullmatch(part)
        if placed is not None:
            part = placed.group("name")  # "Royal Observatory, Greenwich": an institution and
            # the place it stands in (round 1285 labelled none of its cards)
        if re.search(r",\s+(?:the\s+)?[A-Z]", part):
            return None  # "Britain, Russia and Central Asia", "Israel, the United Arab Emirates and
            # Bahrain sign ...": a list
        name = _TOPIC_CUT.split(part, maxsplit=1)[0].strip()
        if name.isupper() and len(part.split()) <= _MAX_TOPIC_WORDS:
            name = part  # "NAFTA and the USMCA": two of a kind, neither alone
        words = name.split()
        if len(words) > 1 and re.fullmatch(r"\d{4}", words[0]) and words[1][:1].isupper():
            words = words[1:]  # "The 1954 Guatemalan Coup d'État": the name after its year
            name = " ".join(words)  # (a label with the year would give a card's year away)
        if not words or not words[0][:1].isupper() or words[0] in {"A", "An"}:
            return None  # ("A test document": no name)
        if any(_is_verb(words[i]) and words[i + 1] != "of"  # ("Mixed Courts of Egypt": a noun)
               and f"{words[i - 1]} {words[i]}" not in COUNTRIES  # ("United States Lines")
               and words[i - 1] not in _NAME_JOINERS  # ("Thurn und Taxis Post")
               for i in range(1, len(words) - 1)) or (
                len(words) > 1 and words[-1].islower() and _is_verb(words[-1])):
            return None  # "Peace Signed at Ghent", "Nations vote to create ...", "Suharto
            # resigns after 32 years" (a sentence-case headline's verb, cut before "after")
        if _TITLE_CASED_SMALL_WORD.search(f" {name} "):
            return None  # "Sigel Beaten At New Market": a headline in capitals, cased word by
            # word; a name writes its "at", "of", "in" small (round 1764 labelled a report's
            # cards with it)
        if len(words) == 1 and words[0] in _GENERIC_HEADS:
            return _between_pair(part, words[0])
        if len(words) == 1 and "NOUN" in parts_of_speech(words[0].lower()) and (
                pair := _between_pair(part, words[0])) is not None:
            return pair  # "The Engagement between Charles I and the Scots": a common noun alone
            # tells a student nothing
        if _MONTH_AND_YEAR.search(name):
            return None  # "Treaty of 11 November 1743", "Polish Elections of June 1989": a label
            # with a date in it would give a card's date away
        return Subject(name, "", False, kind="topic")
    return None


# The head of a name that says nothing alone: "Treaty" of "Treaty between India and Portugal
# on ...", "Uprising" of "The 8888 Uprising", "Congress" of "...; Congress names Micheletti".
_GENERIC_HEADS = AGREEMENT_HEADS | BODY_HEADS | frozenset({
    "Uprising", "Revolution", "War", "Crisis", "Coup", "Rebellion", "Revolt", "Mass",
    "Massacre", "Election", "Referendum", "Act", "Law", "Order", "Decree"})
_PAIR_NAME = r"[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|[IVX]+\b))?"  # ("Charles I", "Royce Limited")
_BETWEEN_PAIR = re.compile(rf"\s+between\s+(?:the\s+)?(?P<first>{_PAIR_NAME})"
                           rf"\s+and\s+(?:the\s+)?(?P<second>{_PAIR_NAME})\b(?!\.)")
# (no initial: "and C. S. Rolls and Company" made the label "Royce Limited–C Agreement", round
# 1500)


def _between_pair(part: str, head: str) -> Subject | None:
    """A generic head named by the pair it is between ("Treaty between India and Portugal
    on ..." -> "India–Portugal Treaty"), or None: a label of the head alone ("Treaty:") tells
    a student nothing (round 686)."""
    pair = _BETWEEN_PAIR.match(part, part.find(head) + len(head))
    if pair is None:
        return None
    return Subject(f"{pair.group('first')}–{pair.group('second')} {head}", "", False,
                   kind="topic")


_ES_ENDINGS = ("ches", "shes", "sses", "xes", "zes", "oes")


# Small words joining the words of a name in other languages ("Thurn und Taxis", "Casa de la
# Moneda"): the capitalised word after one is a name's, no headline's verb (round 1767 left the
# Thurn und Taxis post's timeline and fact sheet unlabelled)
_NAME_JOINERS = frozenset({"und", "de", "da", "di", "del", "della", "la", "le", "les", "von",
                           "van", "der", "den", "du", "y", "e", "i"})
# A small word written with a capital inside a title: a headline cased word by word
_TITLE_CASED_SMALL_WORD = re.compile(r"(?<=\S)\s(?:At|In|On|Of|To|For|By|With|From|As|Into|Over)\s")


def _is_verb(word: str) -> bool:
    """Whether a title's word reads as a headline's verb ("sign", "Signed", "accepts")."""
    folded = word.lower()
    if folded in {"is", "are", "was", "were", "has", "have", "had"}:
        return True  # ("Malaya Is Free: Tunku Proclaims Merdeka", round 221)
    if re.fullmatch(r"[a-z]+(?:ed|s)|sign|vote|leave|strike|approve|meet|agree|accept|adopt|"
                    r"end|reach", folded) and not folded.endswith("ss") and any(
                        "VERB" in parts_of_speech(base) for base in (
                            folded, folded.removesuffix("s"),
                            folded.removesuffix("es") if folded.endswith(_ES_ENDINGS) else "")):
        return True  # ("launches", "goes": the verb before its "es"; not "James", "Paredes")
    # a lower-case verb no noun shares ("Conspirators seize Genoese steamer"), a past of its own
    # form ("Vasa laid waste by fire", "Six shot at Goudi") or a present participle ("Pag Bridge
    # still standing after ..."): a sentence-case headline's verb (rounds 1083 and 1096 read
    # such a label as a headline cut off)
    kinds = parts_of_speech(folded)
    return word.islower() and len(folded) > 3 and "VERB" in kinds and (
        "NOUN" not in kinds or is_past_tense(folded) or folded.endswith("ing"))
