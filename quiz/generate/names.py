"""A person named by surname alone ("O'Brien questioned ...") gets the full name the document
gives elsewhere ("James C. O'Brien"): a bare surname leaves a student asking who is meant."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from quiz.generate.countries import COUNTRIES, I_NATIONS
from quiz.generate.inflect import is_base_verb, is_past_tense, is_plural_noun, parts_of_speech
from quiz.generate.numbers import CARDINALS, is_compound_number
from quiz.generate.officials import NATIONAL_WORD, ORG_WORDS
from quiz.generate.peerage import without_peerage
from quiz.generate.subject import AGREEMENT_HEADS, BODY_HEADS
from quiz.generate.text import FUNCTION_WORDS, QUOTED

_TOKEN = re.compile(r"[\w’'.-]+")


def _in_quotes(question: str, position: int) -> bool:
    """Whether `position` of `question` is inside a quoted term ("the "Nixon shocks"",
    “MacArthur notes”): words as the document quotes them, never a name to write out in full
    (round 180)."""
    return any(quoted.start() < position < quoted.end() for quoted in QUOTED.finditer(question))


# Titles written after a name ("Mehmed Emin Âli Pasha"): the text calls him "Âli"; a ruler's
# number ("Moshoeshoe I"): the text calls him "Moshoeshoe".
_TITLES_AFTER = frozenset({"Pasha", "Bey", "Effendi", "Agha", "Jr.", "Sr.", "I", "II", "III", "IV",
                           "V", "VI", "VII", "VIII", "IX", "X"})


def family_name(name: str) -> str:
    """The word of a full name a text calls the person by: the last, but for a title written
    after it ("Âli" of "Mehmed Emin Âli Pasha")."""
    words = name.split()
    while len(words) > 1 and words[-1] in _TITLES_AFTER:
        words.pop()
    return words[-1]


# " von der Pfordten", " de Lesseps": a particle and the family name after a given name
_PARTICLE_NAME_AFTER = re.compile(r"\s+(?:von|van|de|der|den|du|da|di|del|della|des|zu|af)"
                                  r"(?:\s+(?:der|den|dem|la|le|los|las))?\s+[A-Z][\w’'-]*")


# A firm named after its partners: "Tancred, Arrol and Co.", "Dorman Long & Co", "Vell and Sons"
_FIRM = re.compile(r"(?:[A-Z][\w’'-]+,\s+)*[A-Z][\w’'-]+\s+(?:and|&)\s+(?:Co\b\.?|Company\b|"
                   r"Sons\b|Brothers\b|Partners\b)|"
                   r"[A-Z][\w’'-]+\s+&\s+[A-Z][\w’'-]+")  # ("Laurin & Klement": two names and an
# ampersand, a firm's; round 1498 wrote "Laurin & Václav Klement")


# "his wife, ", "Bouch's daughter, ": a kin noun and the comma before the kin's given name
_KIN_APPOSED_BEFORE = re.compile(r"\b(?:wife|husband|son|daughter|mother|father|brother|sister|"
                                 r"widow|nephew|niece|grandson|granddaughter),\s+$")


def full_names(officials: Iterable[str]) -> dict[str, str]:
    """Surname -> the full name of the one official of the document who bears it (a surname
    two people share, "Aliyev" for Heydar and Ilham, is left out: it cannot be resolved).
    `officials` are the names of the document's officials, as its facts give them."""
    names: dict[str, set[str]] = {}
    for official in officials:
        if len(official.split()) >= 2:
            surname = family_name(official)  # ("Osman" of "Hafız Osman Pasha", not "Pasha")
            # "Pierre Mendès France": a surname that is also a country's name is left bare, or
            # "France recognises ..." would become "Pierre Mendès France recognises ...".
            if surname not in _PLACES:
                names.setdefault(surname, set()).add(official)
    return {s: next(iter(n)) for s, n in names.items() if len(n) == 1}


def shared_surnames(names: dict[str, str], text: str) -> dict[str, list[tuple[int, str]]]:
    """The surnames of `names` (full_names) the document also gives another person, each with
    where it names each of them in full: (line, full name), in order. A bare "Adams" before
    "Charles Francis Adams" is named (in the Civil War) is the "John Quincy Adams" of Ghent;
    before any, or after both, it may be either (see named_before)."""
    shared: dict[str, list[tuple[int, str]]] = {}
    for surname, full in names.items():
        first = full.split()[0]  # ("Benjamin Bidlack" is "Benjamin Alden Bidlack")
        others = {name for name in document_full_names(surname, text)
                  if name.split()[0] != first or _generation(name) != _generation(full)}
        # ("Arthur Guinness" is not his son "Arthur Guinness II": round 1558 wrote the
        # founder's marriage as "did Richard Guinness marry", the one other Guinness named by
        # then)
        if len(_one_person(frozenset(others | {full}))) > 1:
            found = [(text.count("\n", 0, m.start()) + 1, name)
                     for name in (full, *others)
                     for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}"
                                          rf"(?=[’']s\b|(?![\w’'-]))", text)]
            # ("Chancellor Helmut Kohl's visit": a mention too, though a possessive; round
            # 1392 wrote "Chancellor Michael Kohl" after both had been named)
            shared[surname] = sorted(found)
    return shared


# "Jr." or "Sr." after a family name: no name read family name first ("Culp Jr")
_JUNIOR_WORD = r"(?:Jr\.?|Sr\.?|Junior|Senior)"
_JUNIOR = re.compile(rf"\s{_JUNIOR_WORD}")
# A name's last word that says which of a father and son of one name it is
_GENERATION = re.compile(rf"\s(?:[IVX]+|{_JUNIOR_WORD})$")


def _generation(name: str) -> str:
    """"II" of "Arthur Guinness II", "Jr." of "Berry Gordy Jr.", else ""."""
    found = _GENERATION.search(name)
    return found.group().strip() if found else ""


def named_before(shared: dict[str, list[tuple[int, str]]], line: int) -> dict[str, str]:
    """Each shared surname (shared_surnames) with the one person of that name the document has
    named in full by `line` (on it too: a paragraph is one line); a surname no one, or more
    than one, bears by then is left out (after "Woodrow Wilson" and "Henry Lane Wilson" a bare
    "Wilson" may be either: the nearer is not always the one meant)."""
    found: dict[str, str] = {}
    for surname, mentions in shared.items():
        earlier = {name for at, name in mentions if at <= line}
        if len(earlier) == 1:
            found[surname] = earlier.pop()
    return found


# A list going on after a name: ", Philadelphia and New York"
_PLACES_LISTED = re.compile(r",\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,|\s+and\s)")


def with_full_names(question: str, answer: str, names: dict[str, str], text: str = "") -> str:
    """`question` with each bare surname of `names` written once as the full name (not after an
    office the `text` gives that man under another name only: _another_office_s)."""
    if not names or not any(surname in question for surname in names):
        return question  # most questions name no one by surname: one cheap scan
    done: set[str] = set()
    firms = [firm.span() for firm in _FIRM.finditer(question)]
    for match in reversed(list(_TOKEN.finditer(question))):  # from the end: spans stay valid
        if any(start <= match.start() < end for start, end in firms):
            continue  # "Tancred, Arrol and Co.": a firm's name (see with_document_names)
        word = match.group().rstrip(".,")
        for surname in (word, word.removesuffix("’s").removesuffix("'s")):
            full = names.get(surname)
            if full is None or surname in done or full in question or surname in answer:
                continue
            if _in_quotes(question, match.start()):
                continue
            if _in_a_lawsuit_s_name(question, match.start(), match.start() + len(word)):
                continue  # "Murray v. La Guardia": a lawsuit's name (round 1600 wrote "Murray
                # v. Fiorello H. La Guardia")
            before = question[: match.start()].split()
            particled = bool(before) and before[-1] in _CAPITAL_PARTICLES and (
                f" {before[-1]} {surname}" in f" {full}") and not (
                len(before) > 1 and before[-2][:1].isupper() and before[-2] not in _TITLES)
            if particled:
                before = before[:-1]  # "did Le Maire die" in a life of Isaac Le Maire: the
                # family name with its particle, bare (round 1434 left five cards "Le Maire", a
                # name the text gives his sons too)
            if _NAMED_AFTER.match(question, match.start() + len(surname)) or question.startswith(
                    ("–", "—"), match.start() + len(surname)):
                continue  # "the Balfour Declaration", "the Lansing–Ishii Agreement": a name of
                # its own, not the person
            if before and before[-1][:1].isupper() and before[-1].rstrip(",") not in _TITLES:
                continue  # "James C. O'Brien": part of a longer name already
            if before and text and _another_office_s(before[-1], full, text):
                continue  # (see with_document_names: "President Kennedy", "Senator Robert F.")
            if _NAME_AND_PARTICLE_BEFORE.search(question, 0, match.start()):
                continue  # "Santa Cruz de Bravo": a longer name's end, not Ignacio A. Bravo
            if surname != word and _OWNED_TITLE.match(question, match.start() + len(surname)):
                continue  # "King's College", "Hudson's Bay": a name of its own, not the person's
                # (round 624 wrote "George Edwin King's College")
            if _an_epithet_after(question, match.start() + len(surname)):
                continue  # "Charles the Bold", not "Charles of Egmond the Bold"
            if before and before[-1] in {"in", "into", "at", "near"} and surname == word:
                continue  # "the Princess Hotel opened in Hamilton": the town, not Governor
                # Henry Hamilton it is named after (round 620)
            if before and before[-1] == "between" and surname == word and _PLACES_LISTED.match(
                    question, match.start() + len(surname)):
                continue  # "air mail between Washington, Philadelphia and New York": towns
                # (round 1766 wrote "between George Washington, Philadelphia and New York")
            if _NAMED_OF.search(question, 0, match.start()) and surname == word:
                continue  # "Metropolitan of Novgorod": the see a title is of, not a person
                # (round 826 wrote "Metropolitan of Nizhny Novgorod")
            if before and before[-1] in {"the", "The", "a", "an"}:
                continue  # "the Shah kings", "the Wilson administration", "a Han woman": a
                # name describing what follows, not the person (rounds 157, 383)
            if len(before) > 1 and before[-1] in _TITLES and before[-2] in {"the", "The"}:
                continue  # "of the President Roosevelt": a ship named after the man, the
                # title part of its name (round 1748 wrote "the President Kermit Roosevelt")
            after = match.start() + len(surname)
            rest = full[full.index(surname) + len(surname):]
            if not (rest and question.startswith(rest, after)) and _NAME_GOES_ON.match(
                    question, after):
                continue  # "José Bonifácio": a first name here, not Luís José's last
            given = full.split()[:-1]
            if before and given and before[-1] == given[-1]:
                continue  # "Pérez de Cuéllar": the name's own "de" before the surname
            done.add(surname)
            start = end = match.start()
            end += len(surname)
            if particled:
                start = question.rindex(" ", 0, start - 1) + 1 if " " in question[
                    : start - 1] else 0
            if before and before[-1] in _HONORIFICS:  # "Mr. Reagan" -> "Ronald Reagan"
                start = question.rindex(before[-1], 0, start)
            rest = full[full.index(surname) + len(surname):]
            if rest and question.startswith(rest, end):
                end += len(rest)  # "Âli Pasha" -> "Mehmed Emin Âli Pasha", not "... Pasha Pasha"
            question = question[:start] + full + question[end:]
            break
    return question


# A family name's particle written with a capital ("Le Maire", "Van Buren", "De Gaulle")
_CAPITAL_PARTICLES = frozenset({"Le", "La", "De", "Du", "Da", "Di", "Van", "Von", "Del", "Della",
                                "Des", "Ten", "Ter"})
# A name word after the word: "José [Bonifácio]", "Maurice [of Nassau]" is another name's part.
_NAME_GOES_ON = re.compile(r"\s+(?:(?:de|da|do|dos|das|van|von|of|la|y)\s+){0,2}"  # ("Miguel de la
                           # Madrid", not "Miguel de la Madrid Hurtado de la Madrid")
                           r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ſ’'-]+|[A-Z]\.|"  # ("George K. C. Yeh")
                           r"[IVX]{1,4}(?![\w’'-]))"  # ("Charles II", a father, in a life of
                           # Charles III)
                           r"(?!\s+(?:Declaration|Plan|Doctrine|Treaty|Agreement|Accord|Pact))")
# "Balfour Declaration", "Marshall Plan", "Monroe Doctrine", "Curzon Line": a surname before a
# capitalised head noun is part of the name of a document, a plan or a line.
_NAMED_AFTER = re.compile(r"(?:’s|'s)?\s+(?:plan|doctrine|report|line|formula|proposals?|"
                          r"mission|award|amendment|initiative|"  # ("the Vance plan")
                          r"Declaration|Plan|Doctrine|Report|Line|Commission|"
                          r"Treaty|Note|Memorandum|Award|Agreement|Accord|Pact|Protocol|Act|Law|"
                          r"Proposals?|Initiative|Formula|Telegram|Letter|Mission|Round|Rule|"
                          r"Convention|Amendment|Resolution|Principles?|Programme|Program|"
                          r"Statement|Speech|Corollary|Compromise|Settlement|Scheme|Era)\b")
# A person named by one word where a question's verb wants its subject or object: "did Li
# arrive", "was Botchwey, formerly ...", "with Mr. Deng in Beijing".
# Also a possessive or a pair of names after "of", "to" or "and": "the marriage of Henry and
# Catherine", "fell to Charles's troops".
# ("Early in ____ Peters obtained", "..., Sadako was four" too: after a blank or a comma;
# "In López's second administration": a possessive after "in")
# (The lookaheads hold the first letters of the words below, for speed; the first one also a
# name's, for the branches that are only a look behind: no other position is tried.)
# The titles a name may be written after and its full name written without ("Mr Sonoda",
# "Professor Schlick"): what _BARE_NAME reads and _LEADING_HONORIFIC takes off
_HONORIFIC = r"(?:Mr|Mrs|Ms|Dr|Prof)\.?|Professor|Doctor"
_BARE_NAME = re.compile(r"(?=[A-ZÀ-ÖØ-Þdwhbotaufi])(?:(?=[dwhbotaMWABufiISPD]|(?<=\d{4} ))"
                        r"(?:\b(?:did|was|were|had|with|by|of|to|and|[Ii]n|[Ww]hen|[Aa]fter|"
                        r"[Bb]efore|[Ww]hile|until|on|against|from|which|whom|that|where|"
                        r"once|because|but|then)\s+|(?<=\d{4} )|"
                        # ("Sir Richard": a knight by his given name, round 902)
                        # ("Professor Schlick" of a news report, its "Moritz Schlick":
                        # round 1414)
                        rf"(?P<hon>\b(?:{_HONORIFIC})\s+|\bSir\s+))"
                        r"|(?<=____ )|(?<=, )|^)"
                        r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ſ’'-]+?)\b"
                        # (after "Mr." a name before an office too: "elect Mr. Karamanlis
                        # President", round 249)
                        # (not a name an Arabic particle goes on with: "Khalid al-Falih",
                        # round 1650 wrote "King Khalid al-Falih")
                        r"(?!\s+(?:(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-|(?:bin|ibn|bint|ben|"
                        r"ould|abu)\s+)[A-Z])"
                        r"(?=\s+[a-z]|,|[’']s\s|(?(hon)\s+(?:President|Prime|Premier|Chancellor|"
                        r"Minister|Secretary|Governor|Chairman|Ambassador)\b|(?!)))")
# The linking words of a hyphenated place's name ("Maine-et-Loire", "Châlons-sur-Marne")
_PLACE_LINKER = re.compile(r"-(?:et|sur|en|lès|les|sous|le|la|aux|am|an|upon|on)-")
# "Joseph de-Graft Johnson": a name going on after a particle
_PARTICLE_NAME_NEXT = re.compile(r"\s+(?:(?:de|da|do|du|di|del|van|von|der|le|la|al|bin|ibn|"
                                 r"de[’'])[\s-]?){1,2}[A-Z]")  # ("Marie de' Medici": round
# 569; "Miguel de la Madrid", not "Miguel de la Madrid Hurtado de la Madrid")
# (a given name may be hyphenated, "Charles-Édouard"; a rank is not, "Major-General")
_NAME_WORD = (r"(?!(?:Secretary|Major|Lieutenant|Governor|Attorney|Director|Brigadier|Vice|Under|"
              r"Rear|Field|Deputy|Prime|Lord|Chief|Minister)-)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ſ’'-]+"
              r"(?:-(?!(?:General|Governor|Admiral|Marshal|Colonel|Commander)\b)"
              r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ſ’']+)*")
# ", Landgrave of Hesse", ", Elector of Saxony": a title and its land after a name.
# ", the last offshore lighthouse of the Iroise": an apposition saying the name is a thing's
_THING_APPOSED = re.compile(r",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,6}?(?:light|lighthouse|island|"
                            r"islet|ship|vessel|church|chapel|fort|tower|castle|manor|station|"
                            r"reserve|park|village|town|river|bridge|bay)\b")
_TITLED_AFTER = re.compile(r",\s+(?:[A-Z][a-z]+\s+){1,3}of\s+(?:the\s+)?[A-Z]")  # (and "Donald,
# Lord of the Isles": round 983 wrote "Donald Monro", a dean of the same text)
# " the German", " the Pious": an epithet after a name, which makes it whole
_EPITHET = re.compile(r"\s+the\s+[A-Z][a-z]")
_EPITHET_WORD = re.compile(r"\s+the\s+(?P<word>[A-Z][a-z]+)(?![\w’'-])(?!\s+(?:of\b|[A-Z]))")


def _an_epithet_after(question: str, at: int) -> bool:
    """Whether an epithet follows a name at `at` ("Charles the Bold", "Henry the Navigator"),
    not an object ("gave Colombo the Ministry of Agriculture")."""
    epithet = _EPITHET_WORD.match(question, at)
    return epithet is not None and epithet.group("word") not in ORG_WORDS


# " of Nassau": a given name and its house or land ("Louis of Nassau", "John of Albret"), a name
# whole, not "Louis Bonaparte of Nassau" (round 509) or "John Talbot of Albret" (round 507)
_OF_HOUSE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][a-z]")
REGNAL = r"(?:(?=[XVI])X{0,3}(?:IX|IV|V?I{1,3}|V)?)"  # "X" too: "Charles X Gustav"
_NOT_NAMES = frozenset(
    "the a an in on at by of for and but or with from to as after before when while then "
    "this that these those his her its their our my your he she it they we i there here "
    "during under until since upon into over between against among without within "
    "sir lord lady king queen prince princess emperor empress sultan shah chief "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    # words of places' names the lexicon lacks ("Northern Rhodesia", "Imperial Russia")
    "northern southern eastern western north south east west upper lower greater central "
    "imperial st saint fort port mount lake cape "
    # a saint's name opening a place's ("São Miguel", an island, is not the regent Miguel:
    # round 295)
    "são santa santo san sankt sainte ste "
    # the articles of other languages opening a title's name ("Il Trentino", a newspaper, is
    # no full name of the region "Trentino": round 502)
    "il lo les los las der die das het".split())


def _counts(word: str) -> bool:
    """Whether `word` is a count in words ("Thirty Soviet bombers" is no one's name: round
    294 wrote "Soviet troops" as "Thirty Soviet troops")."""
    low = word.lower()
    return low in CARDINALS or is_compound_number(low)


def _is_name_word(word: str) -> bool:
    """A word that is nothing but a name: no part of speech in the lexicon ("Hongzhang"), and
    no function word ("The"), month ("July") or title."""
    if word in _NAME_ENDINGS:
        return True  # "Yaqub Khan", "Najib Pasha": a word of the name, though a noun too
    if "-" in word.strip("-") and all(parts_of_speech(part.lower())
                                      for part in word.split("-") if part):
        return False  # "Self-Government", "Vice-President": words of the language (round 148:
        # "assembly of Sámi" had become "assembly of Sámi Self-Government")
    return not (parts_of_speech(word.lower()) or word in _PLACES or word in _TITLES
                or word.lower() in _NOT_NAMES or _counts(word))


_NAME_ENDINGS = frozenset({"Khan", "Pasha", "Bey"})
# Given names that are words of the language too: the first of three names, no title before
# the name ("Jack Hood Vaughn", not "Hood Vaughn": round 1734 asked "did Hood Vaughn leave")
# (not "Don", "Earl", "Dean" or "Grace": titles before a name as well)
_GIVEN_NAMES_ALSO_WORDS = frozenset({"Jack", "Bill", "Frank", "Mark", "Grant", "Rose", "Will",
                                     "Guy", "Victor", "Pat", "Dick", "Bob", "Ray", "Art", "Hope",
                                     "Joy", "Faith", "Harry", "Jimmy", "Sterling", "Drew", "Wade",
                                     "Clay", "Bud", "Chase"})
# The lands and words a firm's name ends with when it names a branch or a group: "Corus
# Nederland", "Siemens Schweiz", "Nestlé International"
_SUBSIDIARY_ENDINGS = frozenset({"Nederland", "Deutschland", "Schweiz", "Suisse", "Österreich",
                                 "España", "Italia", "Polska", "Sverige", "Norge", "Danmark",
                                 "Suomi", "Belgique", "Belgium", "France", "Japan", "Nippon",
                                 "Brasil", "Brazil", "Canada", "Australia", "India", "China",
                                 "America", "Europe", "Asia", "Africa", "International",
                                 "Holdings", "Group", "UK", "USA"})


@lru_cache(maxsize=1024)
def _used_only_as_a_name(word: str, text: str) -> bool:
    """Whether `text` writes `word`, a word of the language too ("Frank"), only with its
    capital, and at least once inside a sentence: a given name there ("Frank C. Vell", "Frank
    settled money on his son"; round 1613 left three cards' "Frank" bare)."""
    if (word in _PLACES or word in _TITLES or word.lower() in _NOT_NAMES or _counts(word)
            or not word.isalpha() or not word[:1].isupper() or not word[1:].islower()):
        return False
    if re.search(rf"\b{word.lower()}\b", text):
        return False  # ("frank talks", "the mars of Vell": a word of the language there)
    return re.search(rf"[a-z0-9,;]\s+{word}\b", text) is not None


# "in Rhodesia", "across Manchuria": a word after these is a place.
# (not the "in" of a verb that brings someone in: "in 1819 brought in Augustin Fresnel", whose
# given name round 1115 read as a place, so a bare "Fresnel" became his brother Léonor)
_AFTER_IN = re.compile(r"(?<!\bbrought\s)(?<!\bbring\s)(?<!\bbrings\s)(?<!\bcalled\s)"
                       r"(?<!\bcalls\s)(?<!\bvoted\s)(?<!\bushered\s)(?<!\bsworn\s)(?<!\bswore\s)"
                       r"\b(?:in|into|across|throughout|within)\s+([A-Z][\w’'-]*)")
# "Oscar II": a monarch's name and regnal number, which the bare name leaves out.
# A name and its number, and a second name after it ("Charles X Gustav", not a month's name)
_WITH_NUMBER = re.compile(rf"(?<![\w’'-])([A-Z][\w’'-]*)\s+{REGNAL}(?=[’']s\b|(?![\w’'-]))"
                          # (not a middle initial: "Paul V. Galvin", round 1630 wrote "Paul V's
                          # son"; but "succeeded by Charles V. The emperor")
                          r"(?!\.[ \t]+(?!(?:The|He|She|His|Her|It|Its|In|On|At|After|Before|When|"
                          r"This|That|A|An|They|Their|There)\b)[A-Z][a-z]+)"
                          # (not the speaker's "I": "to Mompox I owe my glory", round 1243)
                          r"(?!(?<=\sI)\s+(?:am|owe|will|shall|must|think|know|believe|hope|"
                          r"want|wish|say|feel|love|beg|swear|promise|pray|can|cannot)\b)"
                          r"(?:[ \t]+(?!(?:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December|The|In|On|At)\b)[A-Z][a-z]+"
                          r"(?![\w’'-])(?![ \t]+[A-Z]))?")


@lru_cache(maxsize=8)
def places_of(text: str) -> frozenset[str]:
    """The words `text` puts after "in" and its like: places (one scan a document)."""
    return frozenset(_AFTER_IN.findall(text))


@lru_cache(maxsize=8)
def _regnal_names(text: str) -> dict[str, frozenset[str]]:
    """Each name `text` gives a regnal number, with its numbered forms ("Oscar": "Oscar I",
    "Oscar II"), from one scan of the document."""
    found: dict[str, set[str]] = {}
    for match in _WITH_NUMBER.finditer(text):
        found.setdefault(match.group(1), set()).add(" ".join(match.group().split()))
    return {name: frozenset(forms) for name, forms in found.items()}


def _later_holders_only(name: str, numbered: Iterable[str], text: str) -> frozenset[str]:
    """The numbered forms of `name` the text gives ("Faisal II"), unless it calls someone plain
    "Faisal" before it names any of them and names no "Faisal I": that earlier one may be the
    first of the name, whom the text never numbers (round 163)."""
    forms = frozenset(numbered)
    if not forms or f"{name} I" in forms:
        return forms
    first_numbered = min(text.find(form) for form in forms)
    bare = re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-]|\s+[IVX]+\b)", text)
    return frozenset() if bare is not None and bare.start() < first_numbered else forms


# The endings of a nation's adjective ("Americ-an", "Chin-ese", "Iraq-i")
_DEMONYM_ENDING = re.compile(r"(?:ican|ian|ean|an|ese|ish|ic|ch|i)$")
_LANDS = tuple(COUNTRIES) + ("America", "Africa", "Asia", "Europe", "Oceania", "Arabia",
                             "Persia", "Britain", "England", "Scotland", "Prussia", "Bohemia")
# A given name or an initial right before a name ("John Dennis Ryan", "J. P. Morgan")
_GIVEN_OR_INITIAL = (r"(?:(?P<initial>[A-Z]\.)[ \t]*|(?P<given>[A-Z][a-z]+)[ \t]+)"
                     r"(?:[A-Z]\.[ \t]*|(?P<middle>[A-Z][a-z]+)[ \t]+)?")


@lru_cache(maxsize=1024)
def surname_of_a_nation_s_form(name: str, text: str) -> bool:
    """Whether `name`, which ends as a nation's adjective does ("Ryan", "Duncan", "Morgan",
    "Heinrich"), names no land and the text writes it after a given name or an initial ("John
    Dennis Ryan"): a family name, whose full form completes it (pass 377; round 1659 left
    "did Ryan die" bare, the documents naming "John Dennis Ryan")."""
    if name.endswith("s"):
        return False  # ("Americans": a people)
    stem = _DEMONYM_ENDING.sub("", name)
    if len(stem) >= 3 and any(land.startswith(stem) for land in _LANDS):
        return False  # ("American", "German", "Iraqi": a land's adjective)
    if re.search(rf"(?<![\w’'-]){re.escape(name)}[ \t]+(?!(?:Jr|Sr)\b)[A-Z][a-z]", text):
        return False  # ("Nathan Mayer Rothschild": a given name in the text too, whose "his son,
        # Lionel Nathan," is another man; the regeneration had written "Lionel Nathan" for him)
    for m in re.finditer(rf"(?<![\w’'.-]){_GIVEN_OR_INITIAL}{re.escape(name)}(?![\w’'-])"
                         rf"(?![ \t]+(?:de|da|di|du|del|van|von|der|le|la|[A-Z]))", text):
        # (the name ends the full one: not "Lionel Nathan de Rothschild", whose "Nathan" is a
        # given name; the regeneration had written "Lionel Nathan" for Nathan Mayer Rothschild)
        if m.group("initial") or any(_a_given_name(m.group(part)) for part in ("given", "middle")):
            return True
    return False


def _a_given_name(word: str | None) -> bool:
    """Whether `word` may be a given name: no opening word, place, nation's adjective or word
    of the language ("Under", "South", "African", "Royal")."""
    return word is not None and not (word in OPENING_WORDS or word in _PLACES
                                     or _NATION_ADJECTIVE.fullmatch(word)
                                     or NATIONAL_WORD.fullmatch(word)
                                     or parts_of_speech(word.lower()))


# "Francesco di ": a given name and the particle of an Italian father's name before it
_GIVEN_AND_PARTICLE_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)\s+(di)\s+$")
_GIVEN_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)[ \t]+$")


class _NamePatterns(NamedTuple):
    """The patterns document_full_names reads a name's full forms with, compiled once a name
    (compiling them took half the generator's time: their letter classes are wide)."""
    of_name: re.Pattern[str]  # "of Guise": the name is a title's place
    bare: re.Pattern[str]  # "Emiliano Chamorro", "Li Hongzhang"
    with_particle: re.Pattern[str]  # and "Simon Arnauld de Pomponne"
    initialled: re.Pattern[str]  # "D. S. Senanayake", "Shuja-ud-Daula"
    of_land: re.Pattern[str]  # "Maurice of Saxony"


# An office a verb gives the name before it ("elects Count Ioannis Kapodistrias Governor of
# Greece"): the name ends there (round 604 missed him and wrote his brother Viaros for a bare
# "Kapodistrias")
_OFFICE_AFTER_NAME = (r"(?:Governor|President|Prime\s+Minister|Premier|Chancellor|Regent|"
                      r"Viceroy|Consul|Ambassador|Commander|Chairman)\s+of\b")


@lru_cache(maxsize=4096)
def _name_patterns(name: str) -> _NamePatterns:
    escaped = re.escape(name)

    def full(particle: str) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w’'-])(?P<full>(?:{_NAME_WORD}[ \t]+){{1,2}}"
                          rf"(?:[\"“]{_NAME_WORD}[\"”][ \t]+)?{particle}{escaped}"
                          rf"|{escaped}[ \t]+(?:[A-Z]\.[ \t]+)?{particle}{_NAME_WORD}"
                          rf"(?:[ \t]+{_NAME_WORD}(?=[ \t]*[,.;:)]|[ \t]+[a-z]))?)"
                          rf"(?![\w-]|[’'](?!s\b))"  # ("Collis P. Huntington" for "Collis")
                          rf"(?![ \t]+(?!{_OFFICE_AFTER_NAME})[A-Z])")  # (and "James Pliny
    # Whitney's Conservatives": a full name before its possessive)

    return _NamePatterns(
        re.compile(rf"\bof[ \t]+{escaped}\b"),
        full(""),
        full(r"(?:(?:de|du|da|van|von|der|di|del)[ \t]+)?"),
        re.compile(rf"(?<![\w’'.-])(?:[A-Z]\.[ \t]?){{1,3}}[ \t]*{escaped}(?![\w-]|[’'](?!s\b))"
                   rf"|(?<![\w’'-]){escaped}-[a-z]{{1,3}}-[A-Z][\w’']+"),
        # (not a saint's abbreviation: "Frank B. Kellogg of St. Paul", round 1647 wrote
        # "examined by Kellogg of St")
        re.compile(rf"(?<![\w’'-]){escaped}[ \t]+of[ \t]+(?!(?:St|Ste|Sta|Mt|Ft|Pt)\.)"
                   rf"(?P<land>{_NAME_WORD}(?:-{_NAME_WORD})?)"
                   rf"(?![\w’'-])(?![ \t]+[A-Z])"))


def _initials_agree(initials: list[str], full: str) -> bool:
    """Whether a name's initials ("R. G. H.") may be the given names of `full`, which the name
    pattern reads two given names deep ("Gardiner Herbert Casey" of "Richard Gardiner Herbert
    Casey")."""
    given = [word[0] for word in full.split()[:-1]]
    return bool(given) and initials[-len(given):] == given and (
        len(given) >= min(len(initials), 2))  # (one given name is not the last of two
    # initials: "J.C. Jacobsen" is the father of "Carl Jacobsen", round 1560 wrote "did Carl
    # Jacobsen die in Rome" of J.C.)


_STATE_WORDS = ("Republic", "Kingdom", "Sultanate", "Protectorate", "Colony", "Emirate",
                "Principality", "Duchy", "Grand Duchy", "Khanate", "Government", "President",
                "Province", "Territory")


# A place phrase opening a sentence or an entry ("At Salemi", "In Kell"), after which a name's
# run of capitals is the place's and then the person's
_PLACE_OPENERS = frozenset({"At", "In", "From", "Near", "Outside", "Beyond", "Under", "Off"})
# The article a place's name opens with ("El Hierro", "La Gomera", "Le Havre")
_PLACE_ARTICLES = frozenset({"El", "La", "Las", "Los", "Le", "Les", "Il", "Lo", "Al"})
_OPENING_PLACE = re.compile(r"(?:^|[.:;!?—–]\s*|\n\s*(?:[-*]\s+)?)(?:[Aa]t|[Ii]n|[Ff]rom|[Nn]ear|"
                            r"[Oo]utside|[Bb]eyond|[Uu]nder|[Oo]ff)\s+$")
# (and "; at Canala Éloi Machoro smashes": a clause after a semicolon opening with its place,
# round 612; "Under Rome Tenedos sank into obscurity": the state it was under, round 747 wrote
# "Venice occupied Rome Tenedos"; "; off El Hierro Columbus divides it", round 1103)


def _mostly_after_the(name: str, text: str) -> bool:
    """Whether `text` writes `name` after "the" at least as often as without it: a body's name
    ("the Praja Mandal"), not a man's."""
    mentions = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    after_the = sum(1 for at in mentions if re.search(r"\b[Tt]he\s+$", text[max(0, at - 4): at]))
    return after_the > 0 and 2 * after_the >= len(mentions)


@lru_cache(maxsize=256)
def document_full_names(name: str, text: str) -> frozenset[str]:
    """The full names `text` gives people it may also call `name`: with the family name last
    ("Shirley Ayorkor Botchwey" for "Botchwey") or first, as in East Asian names ("Li
    Hongzhang" for "Li"), a monarch's regnal number ("Oscar II" for "Oscar"), or failing
    those the one rank it gives the name ("Queen Christina" for "Christina"). One is the
    person; two ("Li Hongzhang", "Li Jingfang"; "Oscar I", "Oscar II") leave the
    one-word name unresolved. A name the text puts after "in" ("in Rhodesia") is a place, and
    none: its longer names ("Northern Rhodesia") are other places. Kept: each asking scans the
    whole text, and a document's candidates ask about the same names."""
    if name in places_of(text):
        return frozenset()  # "in Rhodesia": a place; "Northern Rhodesia" is another
    if (NATIONAL_WORD.fullmatch(name.removesuffix("s")) or _NATION_ADJECTIVE.fullmatch(name)) and (
            name not in _regnal_names(text)) and not surname_of_a_nation_s_form(name, text):
        # ("Soviet rule" is not "Soviet Yakutia rule", round 310)
        # ("Ivan", whose "-an" reads as a nation's, is "Ivan III" and "Ivan IV": round 297)
        return frozenset()  # "Americans": a people, not "African Americans"
    if f"the {name} " in text and re.search(rf"\b[Tt]he\s+{re.escape(name)}\s+(?:who|had|have|were|"
                                            r"are)\b", text):
        return frozenset()  # "the Métis had", "the Métis who": a people, no one's surname
        # (round 606 read "offers Archibald Métis help" as "Archibald Métis")
    if any(f"{state} of {name}" in text for state in _STATE_WORDS):
        return frozenset()  # "the Republic of Somaliland": a state, not the person
        # "Jamhuuriyadda Somaliland" (its name in Somali, round 195)
    found: set[str] = set(_later_holders_only(name, _regnal_names(text).get(name, ()), text))
    # A name never runs over a line ("... career in Burma" as a heading, then "Thant was born")
    # "Simon Arnauld de Pomponne" for "Pomponne"; not where the name is also a title's place
    # ("Francis, Duke of Guise": "Charles de Guise" is another of the house)
    patterns = _name_patterns(name)
    pattern = patterns.bare if patterns.of_name.search(text) else patterns.with_particle
    places = places_of(text)
    titled: set[str] = set()  # "Queen Christina": the name with a rank, and no other name
    ruler = _ranked_at_first_mention(name, text)
    for match in pattern.finditer(text):
        full = re.sub(r"[’']s$", "", match.group("full")).rstrip("’'")  # ("Kraft Foods'
        # approach": the plural's possessive mark is no part of the name; round 1607 wrote
        # "Kraft Foods''s closure"; nor "Francis of Assisi's first companions": round 1761 wrote
        # "did Gregory IX canonise Francis of Assisi's at Assisi")
        longer = _GIVEN_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if longer and full.split()[-1] == name and _is_name_word(longer.group(1)) and (
                longer.group(1) not in _RANKS) and (
                longer.group(1).split("-")[0] not in _OFFICE_WORDS) and (
                longer.group(1) not in _HONORIFICS and longer.group(1) not in _PLACE_OPENERS
                and longer.group(1) != "The"):
            full = f"{longer.group(1)} {full}"  # "Augustus Willington Shelton Agar": a third
            # given name before the two the pattern reads (round 1001 wrote "Willington
            # Shelton Agar")
        patronymic = _GIVEN_AND_PARTICLE_BEFORE.search(text, max(0, match.start() - 30),
                                                       match.start())
        if patronymic and full.split()[-1] == name and _is_name_word(patronymic.group(1)) and (
                patronymic.group(1) not in _RANKS and patronymic.group(1) not in _HONORIFICS
                and patronymic.group(1) not in _PLACE_OPENERS and patronymic.group(1) != "The"):
            full = f"{patronymic.group(1)} {patronymic.group(2)} {full}"  # "Francesco di Marco
            # Datini": "di Marco" is his father's name, not his own (round 1401 wrote "did Marco
            # Datini die")
        words = full.split()
        if ruler is not None and words[0] == name and words[1:2] != [ruler[1]]:
            found.add(ruler[0])  # "Abdullah Sarraj", a prime minister in a table, is not the
            # only "Abdullah": the text first named "Emir Abdullah bin al-Hussein", so a bare
            # "Abdullah" may be either (round 214); "Prince Mihailo Obrenović" is one man
        if words[0] in _PLACE_FIRST and any(w in _NAME_PARTICLES for w in words):
            continue  # "Santa Cruz de Tenerife": a place's name, not a person "Cruz de
            # Tenerife" (round 592 wrote "Los Rodeos, Cruz de Tenerife")
        if _inside_quotes(text, match.start()):
            continue  # "Zu Mantua in Banden", a song's title: no one's (or no place's) full
            # name (round 462 read "the citadel of Zu Mantua")
        opening = match.start() + (len(words[0]) + 1 if words[0] in _PLACE_OPENERS else 0)
        if _OPENING_PLACE.search(text, max(0, opening - 14), opening):
            if len(words) < 3 or words[0] in _PLACE_OPENERS:
                continue  # "13 May: At Salemi Garibaldi proclaims himself dictator": a place,
                # then the person (round 278 read "Salemi Garibaldi" as his full name)
            words = words[2:] if words[0] in _PLACE_ARTICLES else words[1:]  # "; at Canala
            # Éloi Machoro smashes": the place, then his name ("; off El Hierro Columbus
            # divides": a place of two words, round 1103 wrote "did El Hierro Columbus reach")
            if len(words) < 2:
                continue
            full = " ".join(words)
        if (len(words) == 2 and text.endswith(("the ", "The "), 0, match.start())
                and words[0] not in _RANKS):
            continue  # "a speech to the Reichstag Hitler": a body's name, then the person's
            # ("the Liberal Benjamín Zeledón": a description, then the person's full name)
        while words and (words[0] in _RANKS or words[0] in _HONORIFICS and len(words) > 2):
            words = words[1:]  # "Count János Pálffy": the name after the title (and "Mr John
            # Ballance": after the honorific, round 228)
        if len(words) > 2 and not _is_name_word(words[0]) and words[0] != name and (
                words[0] not in _GIVEN_NAMES_ALSO_WORDS):
            words = words[1:]  # "General Emiliano Chamorro", "Communist Joseph Garang" (not
            # the family name first: "Lee Hsien Loong", though "lee" is a word)
        elif len(words) > 2 and text.endswith((" der ", " des "), 0, match.start()):
            words = words[1:]  # "General der Infanterie Eberhard Kinzel": the rank's last word,
            # then the name (round 725 asked "did Infanterie Eberhard Kinzel commit suicide")
        if len(words) < 2:  # "Queen Christina", "Prince Regent João": titles, no other name
            titled.add(" ".join(full.split()))
            continue
        owners = [word[:-2] for word in words[:-1] if _OWNERS_FORM.search(word)]
        if owners:
            continue  # "Bimala Prasad Chaliha's Assam government": an owner and his state, no
            # one's full name (round 309's "of Assam" became "of Prasad Chaliha's Assam"); "the
            # Defence League's Tallinn fortress district": a body's (round 831 asked "did
            # League's Tallinn become a main base"); "von Döbeln's Åland corps": a general's,
            # though the text never puts Åland after "in" (round 987 asked "did the Treaty of
            # Fredrikshamn cede Finland and Döbeln's Åland to Russia")
        words[-1] = re.sub(r"[’']s$", "", words[-1])  # "Ayub Khan's rule": the name only
        full = " ".join(words)
        if _BODY_NOUN_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "the movement Teruel Existe": a body named after its kind, not the
            # full name of "Teruel" (round 419: "succeeded in Zaragoza, Huesca and Teruel
            # Existe")
        if _heading_only(match, text) or (len(words) > 1 and _mostly_after_the(
                f"{words[-2]} {words[-1]}", text)):
            continue  # "Mughal Burhanpur", a section's heading; "the Praja Mandal", a body's
            # name: no one's full name (round 397: "the parganas of Mewar Praja Mandal"); but
            # not a man's name the text writes mostly without "the", once before what is named
            # after him ("The George Williams memorial building": round 1720 wrote his father
            # "Amos Williams" for "Williams")
        others = [w.strip("\"“”") for w in full.split()
                  if w != name and w not in _NAME_PARTICLES]  # (a nickname: Ernesto "Che")
        # ("Mr Sonoda" is no other name; "de" of "Simon Arnauld de Pomponne" is none either)
        if full.split()[0] in _BODY_FIRST_WORDS:
            continue  # "Comité Spécial du Katanga": a body named after a land, no one's full
            # name (round 1275 wrote "the connection to Comité Spécial du Katanga")
        given_words = full.split()[:-1] if full.split()[-1] == name and not (
            _CAPITAL_BEFORE.search(text, max(0, match.start() - 40), match.start())) else []
        # (not "College Dublin" of "University College Dublin": a longer name's words)
        if full.split()[0] == name and len(full.split()) == 3:
            middle, last = full.split()[1:]
            if re.search(rf"(?<!{re.escape(middle)} )\b{re.escape(last)}\b", text):
                continue  # "Robert Louis Stevenson": a given name first, whose family name
                # stands elsewhere ("Robert Stevenson", another man), not "Robert" named
                # family first (pass 346 wrote the writer for the engineer)
            given_words = full.split()[1:]  # "Lee Kuan Yew", "Lee Boon Yang": the family name
            # first and two given names, one of them also a word ("yew"); round 1440 wrote the
            # text's one "Desmond Lee" for a bare "Lee" who was Lee Kuan Yew
        lord = len(full.split()) == 3 and full.split()[1] == "Lord" and _is_name_word(
            full.split()[0])  # "Nathaniel Lord Britton": a middle name, no rank (round 1443
        # wrote the wife "Elizabeth Gertrude Britton" for a bare "Britton")
        family_first = full.split()[0] == name
        if family_first and full.split()[-1] in _SUBSIDIARY_ENDINGS:
            continue  # "Corus Nederland", "Siemens Schweiz": a firm's branch in a land, no
            # one's name given family first (round 1619 wrote "did Corus Nederland announce")
        if all((_is_name_word(w) or (w in given_words and w in _GIVEN_NAMES_ALSO_WORDS)
                or (w in given_words and _given_name_and_a_word(w, text)
                                     and not (family_first and is_plural_noun(w)))
                or (lord and w == "Lord"))
               and w not in places and w not in _HONORIFICS
               and not (_NATION_ADJECTIVE.fullmatch(w) and w not in _GIVEN_LIKE_PEOPLES)
               for w in others) and (
                not _NAMED_AFTER.match(
                text, match.end())):
            found.add(" ".join(full.split()))
    # "D. S. Senanayake" (a father the text also calls "Senanayake"), "Shuja-ud-Daula": names
    # the pattern above cannot read
    initialled = (patterns.initialled.finditer(text)
                  if f".{name}" in text or f". {name}" in text or f"{name}-" in text else ())
    for m in initialled:
        named = " ".join(m.group().split())
        if _PLACE_LINKER.search(named):
            continue  # "Maine-et-Loire": a department named after rivers, not a person whose
            # name goes on (round 569 wrote "Anjou and Maine-et-Loire" of 1246)
        given = _GIVEN_BEFORE.search(text, 0, m.start())
        if given and _RANK_BEFORE.search(text, 0, given.start()):
            continue  # "King George I. Ithaca becomes": a ruler's number ending a sentence, no
            # initial (round 605 wrote "did a strong earthquake damage George I. Ithaca")
        if given:  # "F. Roosevelt" of "Franklin D. Roosevelt": a middle initial, and the name
            if given.group(1) in _RANKS or not _is_name_word(given.group(1)):
                continue  # ("Sir ...", "General ...")
            found.add(f"{given.group(1)} {named}")
            continue
        initials = re.findall(r"[A-Z](?=\.)", m.group())
        if initials and any(_initials_agree(initials, full) for full in found):
            continue  # "R. G. Casey" is "Richard Gardiner Casey"
        found.add(named)
    if not found and _is_name_word(name):  # "Maurice of Saxony" (not "Minister of Defence")
        lands = [m.group("land") for m in patterns.of_land.finditer(text)
                 if not _foreign_words_after(text, m.end("land"))
                 and not _PEERAGE_BEFORE.search(text, max(0, m.start() - 12), m.start())]
        found.update(re.sub(r"[’']s$", "", f"{name} of {land}") for land in lands
                     if not _named_persons_time(land, text)
                     and (_is_name_word(land) or _only_a_name_in(land, text)))
        # ("William of Orange": a word of the language, but only ever a name in the text)
        if found:
            found.update(re.sub(r"[’']s$", "", f"{name} of {land}") for land in lands
                         if land in _PLACES)  # "Margaret of Austria" beside "Margaret of
            # Bourbon": either (round 584 wrote the one for the other); a country's alone
            # completes nothing ("King Mindon" is no "Mindon of Burma")
        if f"{name} ap " in text or f"{name} ab " in text or f"{name} ferch " in text:
            found.update(" ".join(m.group().split()) for m in re.finditer(
                rf"(?<![\w’'-]){re.escape(name)}[ \t]+(?:ap|ab|ferch)[ \t]+{_NAME_WORD}"
                rf"(?![\w’'-])", text))  # "Dafydd ap Gruffudd", "Dafydd ap Llywelyn": a Welsh
            # name by its father's; two of them leave "Dafydd" alone unresolved (round 575)
    if (not found and _is_name_word(name)) or (found and name not in places and not any(
            " of " in full for full in found)):  # "Mircea the
        # Elder", "Michael the Brave": the one epithet the text gives the name (round 471 read
        # "did Mircea die" alone as vague); with another full name, two people ("Peter the
        # Great" and "Peter Alekseyevich", his grandson: round 517 wrote the grandson for him)
        epithets = {m.group() for m in re.finditer(
            rf"(?<![\w’'-]){re.escape(name)} the (?P<epithet>[A-Z][a-z]+)(?![\w’'-])"
            r"(?!\s+[A-Z])", text) if _is_epithet(m.group("epithet"))
            and not _plural_noun_after(text, m.end())}  # (not "cedes to Savoy the
        # Alpine valleys": an adjective of the noun after it, round 578)
        if len(epithets) == 1 and name not in places:
            found.update(epithets)
    if not found and len(titled) == 1 and _introduced_as(next(iter(titled)), name, text):
        found.update(titled)  # "Christina" alone: the document's "Queen Christina"
    elif found and titled and not any(re.search(rf"\s(?:{REGNAL}|of|the)(?:\s|$)", full)
                                      for full in found):
        found.update(titled)  # "the Infante Alfonso" and "Alfonso Carrillo, Archbishop of
        # Toledo": a bare "Alfonso" may be the prince (round 546 wrote the archbishop's death
        # for the prince's)
    if found and f"({name})" in text and f"({name})" not in text[: max(text.find("\n"), 0)]:
        found.update(m.group("full") for m in re.finditer(
            rf"(?<![\w’'-])(?P<full>[A-Z][\w’'-]+)\s+\({re.escape(name)}\)", text)
            if m.group("full") not in found and _is_name_word(m.group("full")))  # "his
        # younger brother Ottone (Otto)": another man the text calls by the name, so a bare
        # "Otto" is not only the "Otto III" it also names (round 1217 wrote "drove Emperor Otto
        # III and Orso out of the city", of the doge); not the title's "Nazary (Lavrinenko)",
        # the life's own man by his religious name
    return frozenset(full for full in found if not _JUNIOR.fullmatch(full[len(name):]))
    # (not "Culp Jr", the name and its generation read as a family name first: round 1574
    # wrote "did Culp Jr announce" of "H. Lawrence Culp Jr.")


# Epithets that are nouns ("William the Conqueror"); an adjective the lexicon knows is one too
# ("the Elder", "the Brave"), a rank or a people is not ("at Chambéry the Emperor", "Badajoz the
# Almoravid")
_NOUN_EPITHETS = frozenset({"Conqueror", "Lion", "Navigator", "Liberator", "Lawgiver",
                            "Confessor", "Magnificent", "Victorious", "Catholic", "Unready"})


def _plural_noun_after(text: str, at: int) -> bool:
    """Whether a plural noun follows `at` ("the Alpine valleys"): the capitalised word before it
    was its adjective, no epithet (not "Peter the Great was")."""
    m = _NEXT_LOWER_WORD.match(text, at)
    return m is not None and is_plural_noun(m.group(1)) and m.group(1) not in {"was", "has"}


def _is_epithet(word: str) -> bool:
    """Whether `word` after "the" makes a ruler's epithet ("Mircea the Elder")."""
    return word in _NOUN_EPITHETS or "ADJ" in parts_of_speech(word.lower())


def _inside_quotes(text: str, at: int) -> bool:
    """Whether `at` stands inside a quotation on its line (an odd number of quotation marks
    before it, or an opening curly one not yet closed)."""
    line = text[text.rfind("\n", 0, at) + 1: at]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


# "British Nigeria", "German Kamerun": a nation's adjective before a place, no one's first name
# (narrower than officials.NATIONAL_WORD, whose "-an" takes "Morgan" too)
_NATION_ADJECTIVE = re.compile(rf"[A-Z][a-z]+(?:ish|ese|ian|ean|ican)|{I_NATIONS}|German|French|"
                               r"Dutch|Soviet|Greek|Swiss")


# People known by one name, whom no other full name of a text completes
# (given names: "Vasari" or "Rembrandt" is rightly written "Giorgio Vasari", "Rembrandt van Rijn")
# (each with the ends of his own full names: "Leonardo da Vinci", "Napoleon Bonaparte")
_MONONYMS = {"Michelangelo": ("Buonarroti",), "Raphael": ("Sanzio", "Santi"),
             "Leonardo": ("da Vinci",), "Titian": ("Vecellio", "Vecelli"),
             "Donatello": ("Bardi",), "Tintoretto": ("Robusti",), "Giotto": ("Bondone",),
             "Napoleon": ("Bonaparte", "I"), "Charlemagne": ("the Great",),
             "Saladin": ("Ayyubi",), "Dante": ("Alighieri",), "Petrarch": ("Petrarca",),
             "Voltaire": ("Arouet",), "Galileo": ("Galilei",), "Molière": ("Poquelin",)}
# The first words of bodies' names in several languages, which no person's name opens
_BODY_FIRST_WORDS = frozenset({"Comité", "Compagnie", "Société", "Banque", "Conseil", "Comisión",
                               "Compañía", "Banco", "Companhia", "Sociedade", "Gesellschaft",
                               "Committee", "Company", "Council", "Bank", "Commission", "Union",
                               "Syndicat", "Office", "Crédit", "Caisse", "Junta", "Consejo"})
# Given names that end as a people's adjective does ("-ian", "-ese"): "Maximilian Haushofer" is
# a person's full name, not a people's painter (round 1254 left "did Haushofer marry" bare)
_GIVEN_LIKE_PEOPLES = frozenset({"Maximilian", "Julian", "Adrian", "Christian", "Sebastian",
                                 "Damian", "Florian", "Fabian", "Cyprian", "Kilian", "Lucian",
                                 "Vivian", "Brian", "Marian", "Dorian", "Hadrian", "Valerian",
                                 "Aurelian", "Justinian", "Emilian", "Bastian", "Gratian",
                                 "Octavian", "Therese", "Maximillian", "Cristian", "Kristian",
                                 "Christiaan", "Adriaan", "Florean"})


# "the movement ", "the party ": a body's kind before its name
_BODY_NOUN_BEFORE = re.compile(r"\b[Tt]he\s+(?:new\s+)?(?:movement|party|group|organi[sz]ation|"
                               r"association|front|alliance|coalition|league|company|firm|"
                               r"newspaper|magazine|journal|platform|campaign|network|society|"
                               r"union|bloc)\s+$")


def _heading_only(match: re.Match[str], text: str) -> bool:
    """Whether `match` is a whole line of `text` other than its title: a section's heading."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    line = text[start: end if end >= 0 else len(text)]
    return start > 0 and line.strip(" #*\t") == match.group().strip()


def _opens_the_title(name: str, full: str, text: str) -> bool:
    """Whether the title (the first line) of `text` opens with `name`, which the text then
    names alone twice or more before it first gives `full`: the document is about what
    "Mewar" names, a state, not about "Vishvaraj Singh Mewar" of its last paragraph. (A
    person's life names "Ivo Tamm" before it calls him "Tamm".)"""
    end = text.find("\n")
    if end < 0:
        return False
    words = text[:end].lstrip("# ").split()
    if not words or words[0].strip(":,;") != name or full in text[:end]:
        return False
    first_full = text.find(full, end)
    before = text[end: first_full if first_full >= 0 else len(text)]
    return len(re.findall(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", before)) >= 2


def first_mention(name: str, text: str) -> re.Match[str] | None:
    """Where `text` first names `name` as a whole word: how a document introduces a person is
    how it means them to be known (quiz.generate.ranks reads a ruler's rank there too)."""
    return re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text)


def _introduced_as(titled: str, name: str, text: str) -> bool:
    """Whether `text` first names `name` as `titled` ("Queen Christina"): a rank it gives the
    name later may be one the person rose to ("Faisal bin Abdulaziz", later "Prince Faisal")."""
    first = first_mention(name, text)
    return first is not None and text[:first.end()].endswith(titled)


# What a word before a family name may be that is no given name: a person's role or rank
# ("Professor Kessler", "Bishop Tamm", "Conductor Tamm")
# (besides _RANKS and _TITLES, which _given_name_and_a_word reads as well)
_PERSON_NOUNS = frozenset({"Professor", "Doctor", "Maestro", "Judge", "Bishop", "Captain",
                           "Saint", "Dame", "Rabbi", "Imam", "Sheikh", "Canon", "Abbot", "Prior",
                           "Dean", "Friar", "Monk", "Nun", "Deacon", "Vicar", "Rector", "Pastor",
                           "Reverend", "Coach", "Chairman", "Alderman", "Comrade", "Citizen",
                           "Uncle", "Aunt", "Cousin", "Madame", "Monsieur", "Herr", "Frau",
                           "Signor", "Chief", "Colonel", "Major", "Marshal", "Sergeant", "Deputy",
                           "Delegate"})
_AGENT_ENDING = re.compile(r"(?:or|er|ist|ian|ant|ent|ee)$")
# A capitalised word right before (a longer name the match is the end of)
_CAPITAL_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w’'-]*[ \t]+$")


def _given_name_and_a_word(word: str, text: str) -> bool:
    """Whether `word`, also a noun of the language ("Serge", a cloth; "Basil"), may be a given
    name before a family name: the text never writes it in lower case (not "Later Tamm", a
    sentence's adverb). Left out, the one
    other "Natalie Koussevitzky" the text names was written for every bare "Koussevitzky"
    (round 1418)."""
    return word[:1].isupper() and parts_of_speech(word.lower()) <= {"NOUN"} and (
        re.fullmatch(_PLACE_HEADS, word) is None) and (
        word not in _RANKS) and word not in _TITLES and word not in _PERSON_NOUNS and (
        not _AGENT_ENDING.search(word)) and word not in _HONORIFICS and (
        word not in _BODY_FIRST_WORDS) and word.lower() not in _NOT_NAMES and (
        not _counts(word)) and _only_a_name_in(word, text)


@lru_cache(maxsize=256)
def _only_a_name_in(word: str, text: str) -> bool:
    """Whether `word`, though also a common word ("Peters", "Bush"), is only ever a person's
    name in `text`: it never stands there in lower case, and is no country or place."""
    if word in _PLACES or word in _BODY_WORDS or word in places_of(text):
        return False  # ("Commission and Court": a body's word, no one's name)
    return re.search(
        rf"\b{re.escape(word.lower())}\b", text) is None


def _told_by_name(word: str, found: frozenset[str], text: str) -> bool:
    """Whether `text`, which also has `word` as a common word ("white ancestors"), calls the one
    person of `found` ("John White") by it alone mid-sentence ("Eleanor Dare, White's
    daughter"): then a bare "White" is he (round 1163 asked "did White sail for England")."""
    if len(found) != 1 or word in _PLACES or word in _BODY_WORDS or word in places_of(text):
        return False
    full = next(iter(found))
    return any(not re.search(rf"(?:^|\s)(?:the|a|an|{re.escape(full.split()[0])})\s+$",
                             text[max(0, m.start() - 30): m.start()])
               for m in re.finditer(rf"(?<=[a-z,] ){re.escape(word)}(?:[’']s)?\b(?![ \t]+[A-Z])",
                                    text))


def _one_person(names: frozenset[str]) -> frozenset[str]:
    """The shortest of `names` when every other one ends with it ("Krishna Menon" of "Krishnan
    Krishna Menon"): one person named more or less fully; else `names`."""
    if len(names) < 2:
        return names
    shortest = min(names, key=lambda full: (len(full), full))
    if all(full == shortest or full.endswith(" " + shortest) for full in names):
        return frozenset({shortest})
    if all(full == shortest or full.startswith(shortest + " ") for full in names) and (
            len(shortest.split()) >= 2):
        return frozenset({shortest})  # "Macías Nguema" and "Macías Nguema Biyogo": one man,
        # his family names first, named more or less fully
    ends = {(full.split()[0], full.split()[-1]) for full in names}
    if len(ends) == 1:  # "Luis de Haro" and "Luis Méndez de Haro": one man, named in full
        return frozenset({max(names, key=lambda full: (len(full), full))})
    return names


# "years of ": a name after "of", whose noun may follow it
_OF_BEFORE = re.compile(r"\bof\s+$")
_KIN = ("brother|sister|son|daughter|father|mother|wife|husband|uncle|aunt|cousin|nephew|niece|"
        "grandson|granddaughter|grandfather|stepson|stepfather|brother-in-law|son-in-law")
_KIN_BEFORE = re.compile(rf"\b(?:{_KIN})\b")
# ", younger brother of Henry III", ", the king's son": an apposition naming a person by a
# ruler kin to him (not "Lila, the daughter of a Pardhan family", whom the text names "Lila
# Elwin"; round 575 wrote "Edward I, the king's son, born at Caernarfon" of Edward II)
# ", daughter and co-heiress of", ", the eldest son of": an apposition naming a person by kin
_KIN_APPOSITION = re.compile(rf",\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+)?(?:{_KIN})\b")
_KIN_AFTER = re.compile(
    rf",\s+(?:(?:the\s+|a\s+)?(?:[a-z]+\s+)?(?:{_KIN})\s+of\s+(?:the\s+late\s+)?"
    r"(?:(?:King|Queen|Emperor|Empress|Duke|Count|Prince|Sultan|Tsar)\s+)?"
    r"[A-Z][\w’'-]+\s+[IVX]+\b|the\s+(?:king|queen|emperor|duke|count)[’']s\s+"
    rf"(?:[a-z]+\s+)?(?:{_KIN})\b"
    # (or a daughter of a man named with his title: "Anne, daughter of Sir William Rawlinson",
    # not the text's "Queen Anne", round 1794)
    rf"|(?:daughter|son|widow|wife|sister|brother)\s+of\s+(?:Sir|Lord|Lady|Dr|Mr|Mrs)\s+[A-Z])")


_OWNERS_FORM = re.compile(r"[’']s$")
# Ranks and offices before a name, which a third given name is not ("Brigadier Félix María
# Calleja", "Brigadier-General Charles Brownlow")
_OFFICE_WORDS = frozenset("Brigadier General Colonel Major Captain Admiral Lieutenant Commander "
                          "Marshal Field Governor President Minister Bishop Archbishop Father "
                          "Doctor Dr Judge Senator Ambassador Consul Chancellor Mayor Chief "
                          "Commodore Corporal Sergeant Private Professor Rev Reverend Saint St "
                          "Abbot Prior Dean Canon Vice Deputy Prime Secretary Rear".split())
# "third Lord Fairfax of Cameron": a peer's title, which his surname and its "of" alone are not
# (round 985 asked "did Fairfax of Cameron retake Maidstone?")
_PEERAGE_BEFORE = re.compile(r"\b(?:Lord|Baron|Baroness|Viscount|Lady)\s+$")
_TO_A_PLACE = re.compile(r"\s+to\s+[A-Z]")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)(?![\w’'-])")  # (letters of any language: "kulturförening")


def _named_persons_time(land: str, text: str) -> bool:
    """Whether "of Fogelholm's" is a person's possessive, whom the text names in full ("Gustav
    Fogelholm"): "The Houtskär of Fogelholm's chaplaincy" is the place in his time, no one's
    name (round 833), while "Francis of Assisi's body" is the saint's."""
    owner = _OWNERS_FORM.sub("", land)
    return owner != land and re.search(rf"\b[A-Z][\w’'-]*\s+{re.escape(owner)}\b", text) is not None


def _foreign_words_after(text: str, at: int) -> bool:
    """Whether a lower-case word no English lexicon knows follows `at`: a name in another
    language going on ("Houtskärs kyrkliga folkhögskola", round 833)."""
    following = _NEXT_WORD.match(text, at)
    if following is None:
        return False
    word = following.group(1)
    return word[:1].islower() and len(word) > 3 and word not in FUNCTION_WORDS and not (
        parts_of_speech(word))


# A capitalised noun and "of" before a name: a see, a decoration, a title of it ("Metropolitan
# of Novgorod", "the Medal of Ushakov"), not the person to be written out in full (round 826
# wrote "Metropolitan of Nizhny Novgorod", round 602 "the Order of Fyodor Ignatievich Ushakov")
_NAMED_OF = re.compile(r"\b(?:[A-Z][\w’'-]+|priest|parish|vicar|rector|curate|dean|provost|"
                       r"bishop|sheriff|bailiff|governor|mayor|magistrate)\s+of\s+$")  # (and
# "parish priest of Slidre": the parish, not "Vestre Slidre", round 1017)
_PEERAGE_OF = re.compile(r"\b(?:Earl|Duke|Marquess|Marquis|Baron|Baroness|Viscount|Viscountess|"
                         r"Count|Countess|Duchess|Prince|Princess"
                         # ("the dukes of Pomerania": not "of Gdańsk Pomerania", round 522)
                         r"|(?:[Ee]arl|[Dd]uke|[Cc]ount|[Pp]rince|[Kk]ing|[Bb]ishop)s)\s+of\s+$")
# A publication, a place or a house named after a person ("Pearson's Magazine", "Lloyd's
# Register", "King's College", "Hudson's Bay": round 624 wrote "George Edwin King's College")
_PLACE_HEADS = (r"College|University|School|Hospital|Bay|Island|Islands|Land|Sound|Strait|Cross|"
                r"Park|Hall|Inn|Church|Chapel|Abbey|Cathedral|Gate|Square|Bridge|Road|Street|Fort|"
                r"Landing|Point|Harbour|Creek")
_OWNED_TITLE = re.compile(r"[’']s\s+(?:Magazine|Journal|Review|Weekly|Gazette|Register|Almanac|"
                          r"Digest|Monthly|Quarterly|Chronicle|Annual|Encyclopaedia|"
                          rf"Encyclopedia|Dictionary|Guide|Handbook|List|Stores?|Limited|Ltd|"
                          rf"Company|Bank|Brewery|{_PLACE_HEADS})\b")  # ("Harrod's Stores
# Limited": a company, not "Charles Henry Harrod's Stores", round 1510)


# The "v." of a lawsuit's name, before or after a party's name ("Murray v. La Guardia")
_CASE_PARTY_BEFORE = re.compile(r"\bv(?:s)?\.\s+(?:[A-Z][\w’'-]*\s+)*$")
_CASE_PARTY_AFTER = re.compile(r"\s+vs?\.\s+[A-Z]")
def _in_a_lawsuit_s_name(question: str, start: int, end: int) -> bool:
    """Whether the name at question[start:end] is a party in a lawsuit's name ("Murray v. La
    Guardia"), which is written as the court writes it, not completed."""
    return (_CASE_PARTY_BEFORE.search(question, 0, start) is not None
            or _CASE_PARTY_AFTER.match(question, end) is not None)


# A possessive's "s" and the verb right after it: "Lloyd's admitted", "Sainsbury's was"
_OWNED_THEN_VERB = re.compile(r"[’']s\s+(?P<verb>[a-z]+)\b")


def _owned_form_is_the_name(question: str, at: int) -> bool:
    """Whether the name ending at `at` is written in the possessive and a verb follows, so the
    possessive form is itself a name ("Lloyd's admitted corporate members", "Sainsbury's
    opened"), not a person's ("Edward Lloyd's")."""
    m = _OWNED_THEN_VERB.match(question, at)
    if m is None:
        return False
    verb = m.group("verb")
    return verb in {"was", "is", "had", "has"} or (
        is_past_tense(verb) and "NOUN" not in parts_of_speech(verb))


# A one-word name right after a verb, its object ("to congratulate Ibrahim", "threw back
# Tusun's troops"): readers rejected such bare first names as unresolved (round 238).
_NAME_AFTER_VERB = re.compile(r"\b(?P<verb>[a-z]{3,})\s+(?P<hon>(?!))?"
                              r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ſ’'-]+?)\b"
                              r"(?=\s+(?:and|to|in|at|on|with|for|as|a|an)\b|,|[’']s\s|[?.]$)")


def _bare_names(question: str) -> list[re.Match[str]]:
    """The one-word names of `question` in the places _BARE_NAME reads, and those right after
    a verb (_NAME_AFTER_VERB), in order."""
    found = {m.start("name"): m for m in _BARE_NAME.finditer(question)}
    for m in _NAME_AFTER_VERB.finditer(question):
        verb = m.group("verb")
        if m.start("name") not in found and verb not in _NOT_VERBS_BEFORE_NAMES and (
                is_past_tense(verb) or is_base_verb(verb)):
            found[m.start("name")] = m
    return [found[at] for at in sorted(found)]


# Words a name may follow that are no verb whose object it is ("the", "of": read elsewhere)
_NOT_VERBS_BEFORE_NAMES = frozenset({"the", "and", "but", "for", "nor", "yet", "its", "his",
                                     "her", "their", "our", "this", "that", "these", "those",
                                     "said", "called", "named", "known", "titled", "entitled",
                                     "renamed", "rename", "name", "call",
                                     "led", "became", "become", "becomes",
                                     # (prepositions the lexicon has as verbs: "near Guadalajara")
                                     "near", "like", "round", "off", "opposite", "inside",
                                     "outside", "beyond", "unlike", "save", "via"})
# A name a place's or a language's word completes ("studied Latin": "Latin America"), no person
_PLACE_ENDINGS = re.compile(r"\s(?:America|Africa|Asia|Europe|Empire|Republic|Kingdom|Islands?|"
                            r"Sea|River|Mountains|Coast|Gulf|Bay|Valley|Province|State|States)$")
# A region's name's last word ("Gdańsk Pomerania", "East Friesland")
_LAND_ENDING = re.compile(r"\s[A-Z][a-zà-ÿ]+(?:ia|land)$")
# A unit of government a town's name completes ("Arad County"): a place, never the town itself
# nor a person (round 524 wrote "the counties of Bihor and Arad County")
_ADMINISTRATIVE_ENDINGS = re.compile(r"\s(?:County|Region|District|Oblast|Krai|Okrug|Voivodeship|"
                                     r"Department|Governorate|Canton|Municipality|Prefecture|"
                                     r"Province|Raion|Rayon|Comitat|Parish)$")


def _alone_before_longer(name: str, full: str, text: str) -> bool:
    """Whether the text's body speaks of `name` alone before it first gives the longer `full`
    that `name` opens ("Lorient" long before "Lorient Agglomération", its district): a thing of
    its own, which a reader has met by that name (round 760 asked "did German troops enter
    Lorient Agglomération"); a person is named in full first."""
    rest_words = full[len(name) + 1:].split()
    if not full.startswith(name + " ") or " of " in full or rest_words[-1] in _TITLES_AFTER or (
            re.fullmatch(REGNAL, rest_words[-1])):
        return False  # ("Maurice, Duke and Elector of Saxony", then "Maurice of Saxony"; "Selim"
        # of "Selim I", "Ahmed" of "Ahmed Pasha": a man, his title or number after his name)
    body = text[text.find("\n") + 1:]
    first_full = body.find(full)
    rest = re.escape(full[len(name) + 1:])
    alone = re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-]| {rest})", body)
    placed = rf"\b(?:in|at|to|into|from|near|off|of)\s+{re.escape(name)}\b(?!\s+[A-Z])"
    return first_full > 0 and alone is not None and alone.start() < first_full and (
        re.search(placed, body) is not None)  # (a place: "the roadstead of Lorient"; not
    # "married Lila", then "Lila Elwin")


def _place_in(name: str, text: str) -> bool:
    """Whether `text` speaks of `name` as a place ("in Sarawak", "Rajah of Sarawak"; not "the
    fall of Nkrumah")."""
    return _place_pattern(name, offices=False).search(text) is not None


@lru_cache(maxsize=256)
def _places_in(name: str, text: str) -> int:
    """How often `text` speaks of `name` as a place: after "in", "on" (an island: "on Mahé",
    not the governor it is named after), a ruler's rank or an office and "of" ("in Puntland",
    "Presidents of Puntland", "the capital of Puntland")."""
    if name not in text:
        return 0
    return len(_place_pattern(name, offices=True).findall(text))


@lru_cache(maxsize=512)
def _place_pattern(name: str, offices: bool) -> re.Pattern[str]:
    """`name` after "in" or a ruler's rank and "of" (with `offices`, an office's too)."""
    holders = f"{_PLACE_HOLDERS}|{_PLACE_OFFICES}" if offices else _PLACE_HOLDERS
    return re.compile(rf"(?:\b(?:in|into|across|throughout|on)|\b(?:{holders})\s+of)\s+"
                      rf"{re.escape(name)}\b(?![\w’'-])")


# What only a place is the "... of" ("the Presidents of Puntland", "the capital of Kell")
_PLACE_OFFICES = (r"Presidents?|Vice-Presidents?|Governors?|[Mm]inisters?|Parliament|"
                  r"Constitution|Charter|[Cc]apital|[Pp]eoples?|[Cc]oast|[Bb]orders?|"
                  r"[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Pp]arts?|[Rr]egions?|Straits?|Gulf|"
                  r"Bay|[Ss]iege|[Ss]ack|Battle|Treaty|Peace|Bishops?|Archbishops?|Diocese|"
                  r"University|[Pp]ort")  # ("the Strait of Messina", "the siege of Messina")


# A list of names ("Palermo, Catania and Messina", "Messina and Reggio Calabria")
_NAME_LIST = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?, )*[A-Z][\w’'-]+"
                        r"(?: [A-Z][\w’'-]+)? and [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?(?![\w’'-])")


@lru_cache(maxsize=256)
def _given_name_of(name: str, text: str) -> frozenset[str]:
    """The people `text` names `name` "of" a land ("Margaret of France", "Margaret of
    Austria"): a given name, which alone is any of them."""
    return frozenset(m.group() for m in re.finditer(
        rf"(?<![\w’'-]){re.escape(name)} of (?:the )?[A-Z][\w’'-]+", text))


# A given name and the family name after it: "Daniel Macmillan", "Collis P. Huntington", "Cecilia
# de Madrazo"
_GIVEN_THEN_FAMILY = (r"(?:[ \t]+[A-Z]\.)*(?:[ \t]+(?:de|da|van|von|di|del|du|la|le)){0,2}"
                      r"[ \t]+(?P<family>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ſ’'-]+)(?![\w-]|[ \t]+[A-Z]|"
                      r"[ \t]+(?:de|da|van|von|di|del|du|la|le)[ \t]+[A-Z])")  # (not "Lionel
# Nathan" of "Lionel Nathan de Rothschild", a second given name: round 1527)
# (on one line: not "Daiei", a list's last word, and "Drafter:" on the next, round 1492; not
# "Amazon MGM Studios", a company's name, round 1488 asked "did Amazon MGM announce")


def _the_one_given_name(name: str, text: str) -> frozenset[str]:
    """The one person `text` names in full with the given name `name` ("Daniel Macmillan" for
    a bare "Daniel"), as first written, when the family name is one the text gives another
    person too ("Alexander Macmillan"): kin, whom a text calls by their given names. None when
    it names two families' ("Henry Clay", "Henry Ford"), the word after the name is no name
    ("Daniel died"), or `name` is a place or a people's ("in Perth", "Venice", "Khmer")."""
    if name in places_of(text) or name in _PLACES or NATIONAL_WORD.fullmatch(name) or (
            _NATION_ADJECTIVE.fullmatch(name)):
        return frozenset()
    found: dict[str, str] = {}
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}{_GIVEN_THEN_FAMILY}", text):
        family = re.sub(r"[’']s$", "", m.group("family"))
        if _is_name_word(family) and family not in _RANKS:  # (a family name the lexicon
            # knows as a word stays out: "Transkei Act", "Delhi Gate", "Macdonald Tunnel" are
            # no given and family names, though the text writes "Act" only with its capital)
            written = " ".join(text[m.start(): m.start("family")].split())
            found.setdefault(family, f"{written} {family}")
    if len(found) != 1:
        return frozenset()
    family = next(iter(found))
    if family in _PLACES or re.search(rf"\b(?:in|at|near)\s+{re.escape(family)}"
                                      rf"(?![\w’'-]|\s+(?:[A-Z]|and\b|&))", text):
        return frozenset()  # "Euronext Paris": a company's branch, the text says "in Paris"
        # (not "a partner in Macmillan and Co.", a firm)
    kin = any(_is_name_word(other.group("given")) for other in re.finditer(
        rf"(?<![\w’'-])(?!{re.escape(name)}\b)(?P<given>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ſ’'-]+)"
        rf"(?:[ \t]+[A-Z]\.)*(?:[ \t]+(?:de|da|van|von|di|del|du|la|le)){{0,2}}"
        rf"[ \t]+{re.escape(family)}(?![\w-])", text))  # ("Ann Vellmann's brother"; not "The
    # Paris Bourse", of "Euronext Paris")
    return frozenset(found.values()) if kin else frozenset()


# "the new town of ", "the city of ": what a place's name follows, right before it
_TOWN_OF = re.compile(r"\b(?:town|city|village|port|borough|county|province|district|"
                      r"municipality) of\s+$")


def _leads_a_longer_name(name: str, found: frozenset[str]) -> bool:
    """Whether `name` opens or stands inside each full name in `found` ("Messina" of "Messina
    Denaro"), none of them "of" a land ("Magnus of Holstein"): no family name alone, which a
    list of places would not make a town ("France, Bazaine, Canrobert and Le Bœuf")."""
    return all(len(full.split()) > 1 and full.split()[-1] != name and " of " not in full
               and " the " not in full for full in found)


def _listed_with_places(name: str, text: str) -> bool:
    """Whether `text` lists `name` with a place ("Palermo, Catania and Messina"): a town, not
    the "Matteo Messina Denaro" the text also names (round 547: "did the Allies enter Messina
    Denaro")."""
    return any(any(_a_place_of(item, text) for item in others)
               for others in _listed_with(name, text))


def _listed_with(name: str, listing: str) -> Iterator[list[str]]:
    """For each list of names in `listing` that holds `name` ("Palermo, Catania and Messina"),
    its other items."""
    for match in _NAME_LIST.finditer(listing):
        items = re.split(r", | and ", match.group())
        if name in items:
            yield [item for item in items if item != name]


def _a_place_of(item: str, text: str) -> bool:
    """Whether `text` speaks of `item` as a place (see places_of, _places_in)."""
    return item in places_of(text) or item in _PLACES or _places_in(item, text) > 0


def _listed_as_a_place(name: str, question: str, text: str) -> bool:
    """Whether `question` lists `name` with a place of `text` and with no one else the text
    names in full ("opening Valparaíso, Coquimbo, Talcahuano and Valdivia": ports, not the
    text's "Pedro de Valdivia", round 1371; but "France, Bazaine, Canrobert and Le Bœuf" are
    men)."""
    for others in _listed_with(name, question):
        if any(document_full_names(item, text) - {item} for item in others):
            return False
        return any(_a_place_of(item, text) for item in others)
    return False


# What opens a place's name before the name itself ("County Galway", "Lough Neagh", "Fort
# William"): such a name completes no one's one-word name
_PLACE_BEFORE_ITS_NAME = frozenset({"County", "Province", "Lake", "Lough", "Loch", "Mount",
                                    "Cape", "Port", "Fort", "Isle", "River", "Glen", "Bay"})


_NUMBERED_SUBJECT = re.compile(rf"(?P<given>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+"
                               rf"(?P<number>{REGNAL})")


def with_regnal_number(question: str, answer: str, subject: str) -> str:
    """`question` with a biography's numbered subject ("Adolf Friedrich I") written with the
    number where the sentence named him by his given names alone: another ruler may bear them
    (round 1043 read "On what date was Adolf Friedrich born?" as vague)."""
    numbered = _NUMBERED_SUBJECT.fullmatch(subject)
    if numbered is None or numbered.group("given") not in question:
        return question
    bare = re.compile(rf"\b{re.escape(numbered.group('given'))}\b(?!\s+(?:[A-Z]|of\b))")  # (not
    # before a number, another name or "of": "Adolf Friedrich II", "Adolf Friedrich of Kask")
    found = bare.search(question)
    if found is None or subject in answer:
        return question
    return question[: found.end()] + " " + numbered.group("number") + question[found.end():]


# " and Tomasz Markowski": a second given name and the family name both share
_SHARED_FAMILY_NAME = re.compile(r"\s+and\s+[A-Z][\w’'-]+\s+(?P<family>[A-Z][a-z][\w’'-]*)"
                                 r"(?![\w’'-])(?!\s+[A-Z])")


def _shares_a_family_name(name: str, found: frozenset[str], question: str, end: int) -> bool:
    """Whether the given name `name` (ending at `end`) is joined by "and" to another given name
    and a family name ("Józef and Tomasz Markowski"), which it shares, while every full name the
    document gives it (`found`: "Józef Waydowicz") opens with it and ends otherwise."""
    shared = _SHARED_FAMILY_NAME.match(question, end)
    return shared is not None and all(
        full.split()[0] == name and full.split()[-1] != shared.group("family") for full in found)


@lru_cache(maxsize=512)
def _known_as_kin(name: str, fulls: frozenset[str], text: str) -> bool:
    """Whether the text calls one person by a kin noun and the given name `name` alone ("Their
    daughter Lydia") and the person of the full name by another kin noun ("his mother was
    Lydia Zollikofer"): two people, the bare name not the full one's."""
    if name not in text or not fulls:
        return False
    bare = {m.group("kin").lower() for m in re.finditer(
        rf"\b(?P<kin>(?i:{_KIN}))\s*,?\s+{re.escape(name)}\b(?!\s+[A-Z])", text)}
    if not bare:
        return False
    named = {m.group("kin").lower() for full in fulls for m in re.finditer(
        rf"\b(?P<kin>(?i:{_KIN}))(?:\s*,|\s+(?:was|is))?\s+{re.escape(full)}\b", text)}
    return bool(named) and not bare & named


_YEAR = re.compile(r"\b1\d{3}\b")
_ENDS_REGNAL = re.compile(r"\s[IVX]+$")  # "Ferdinand III"
_YEAR_HEADING = re.compile(r"^#+\s*(?P<year>1\d{3})\b", re.MULTILINE)  # a timeline's "## 1246"
_RULERS_SPAN = 60  # years: more than a ruler's reign and adult life apart


def _named_long_before(fulls: frozenset[str], text: str, asked: str) -> bool:
    """Whether every place a timeline names each of `fulls` ("Ferdinand III") is under a year
    heading more than a ruler's span from every year `asked` gives."""
    asked_years = [int(year) for year in _YEAR.findall(asked)]
    if not asked_years or "\n#" not in text:
        return False
    for full in fulls:
        for found in re.finditer(rf"\b{re.escape(full)}\b", text):
            headings = list(_YEAR_HEADING.finditer(text, 0, found.start()))
            if not headings or min(abs(int(headings[-1].group("year")) - year)
                                   for year in asked_years) <= _RULERS_SPAN:
                return False
    return True


def with_document_names(question: str, answer: str, text: str,
                        subject: str = "", shared: frozenset[str] = frozenset()
                        ) -> tuple[str, str]:
    """`question` with a person it names by one word ("did Li arrive", "Mr. Deng") written
    with the full name the document gives that person (document_full_names), and ""; or the
    question and why it cannot stand alone when the document gives two people that name. In a
    biography of `subject` ("Galo Plaza Lasso"), a word of the subject's name before its last
    ("Plaza") is the subject, though the document names a father "Leónidas Plaza Gutiérrez"."""
    title = re.findall(r"[\w’'-]+", text[: text.find("\n")]) if not subject else []
    firms = [firm.span() for firm in _FIRM.finditer(question)]
    for match in reversed(_bare_names(question)):
        name = match.group("name")
        if any(start <= match.start("name") < end for start, end in firms):
            continue  # "Tancred, Arrol and Co.": a firm's name, written as the firm writes it
            # (round 1262 wrote "Thomas Tancred, William Arrol and Co.")
        if name in _MONONYMS and not all(full.endswith(_MONONYMS[name])
                                         for full in document_full_names(name, text)):
            continue  # "Michelangelo", "Napoleon": one man by one name, not the text's
            # "Michelangelo Simonetti" or "Louis Napoleon" (round 1310 wrote "Michelangelo
            # Simonetti returned to the chapel to paint the Last Judgment")
        if question.startswith(" of ", match.end("name")) and question[
                match.end("name") + 4: match.end("name") + 5].isupper() and (
                "NOUN" in parts_of_speech(name.lower())):
            continue  # "Arnaud Amalric, Abbot of Cîteaux": an office of a place, no one's
            # name (round 1768 wrote "Abbot Alberic of Cîteaux", the text's "Abbot Alberic")
        if question.endswith(("the ____ ", "The ____ "), 0, match.start("name")):
            continue  # "awarded the ____ Games": the blank's year names them, with the "the"
            # before it; no longer name's word goes between (a set of rounds 1251-1796
            # regenerated by pass 410 wrote "the ____ Angeles Games"; but "In ____ Tamm won")
        if _KIN_APPOSED_BEFORE.search(question, 0, match.start("name")):
            continue  # "Bouch's wife, Margaret,": the kin's own name, said in full by the kin
            # noun, not the text's "Queen Margaret" (round 1262)
        if name in title and (len(title) == 1 or _place_in(name, text) or re.search(
                rf"\b[Tt]he {re.escape(name)}\b(?!\s+[a-z])", text)):  # (a title that is the
            # name alone: "Gorgona" is the island, not its peak "Punta Gorgona", round 762)
            continue  # "Sarawak under the Brooke Rajahs", "Rajah of Sarawak", "The Veneto": the
            # document's subject, a state or a region, not the "Sarawak Malays" of its text
            # (round 245) or "Vittorio Veneto" (round 456)
        if name in answer or name in OPENING_WORDS or _NAMED_AFTER.match(
                question, match.end("name")) or (
                NATIONAL_WORD.fullmatch(name) and name not in _regnal_names(text)
                and not (surname_of_a_nation_s_form(name, text)
                         and len(document_full_names(name, text)) == 1)) or (
                name in _FAITHS_AND_PEOPLES and not (
                    _NAME_USE_NEXT.match(question, match.end("name"))
                    and name in _regnal_names(text))):
            continue  # "did Turkish troops enter": a nation's adjective, no one's name (but
            # "which Christian had tried", in a text of "Christian IV": a king, round 494)
        after = _NEXT_LOWER_WORD.match(question, match.end("name"))
        if NATIONAL_WORD.fullmatch(name) and after and "NOUN" in parts_of_speech(
                after.group(1)) and not (is_base_verb(after.group(1))
                                         or is_past_tense(after.group(1))):
            continue  # "on French territory": the nation's adjective before its noun, not the
            # physicist "J. Bruce French" the document names (round 1714 wrote "on Bruce French
            # territory")
        if _NAME_AND_PARTICLE_BEFORE.search(question, 0, match.start("name")):
            continue  # "Santa Cruz de Bravo": the last word of a longer name, not the
            # "Ignacio A. Bravo" the text also names
        particled = _PARTICLE_NAME_AFTER.match(question, match.end("name"))
        if particled and not any(f"{name}{particled.group()}" in full
                                 for full in document_full_names(name, text)):
            continue  # "Baron Ludwig von der Pfordten": a given name before its particle and
            # family name, not the text's "Ludwig II" (round 1321 wrote "Baron Ludwig II von
            # der Pfordten")
        if _THING_APPOSED.match(question, match.end("name")):
            continue  # "Kéréon, the last offshore lighthouse of the Iroise": a thing named after
            # a person, not "Le Dall de Kéréon", the officer (rounds 995, 1004)
        if _KIN_AFTER.match(question, match.end("name")):
            continue  # "Richard, younger brother of Henry III": named by his kin, not the
            # document's "Richard Trevithick" (round 552)
        if _TITLED_AFTER.match(question, match.end("name")) or _EPITHET.match(
                question, match.end("name")) or _OF_HOUSE.match(question, match.end("name")):
            continue  # "Philip, Landgrave of Hesse", "Louis the German": complete names
        if question.startswith((" v ", " v. "), match.end("name")) or question.endswith(
                (" v ", " v. "), 0, match.start("name")):
            continue  # "Qarase v Bainimarama": a case is named as the court wrote it
        following = _NEXT_LOWER_WORD.match(question, match.end("name"))
        if following and is_plural_noun(following.group(1)) and not is_base_verb(
                following.group(1)):
            continue  # "Li leaders": a people's name before its noun, not the "Li Aichun" the
            # document also names (round 308)
        if following and _OF_BEFORE.search(question, 0, match.start("name")) and (
                "NOUN" in parts_of_speech(following.group(1))) and not is_past_tense(
                following.group(1)):
            continue  # "ending more than 360 years of Paulsen tenure": a family's name before
            # its noun, no one man (round 957 wrote "of Hermann Neuton Paulsen tenure")
        if _foreign_words_after(question, match.end("name")):
            continue  # "Houtskärs kyrkliga folkhögskola": a name in another language going on
            # in lower case, not the "Houtskärs Kulturgille" the document also names (round 833)
        if _in_a_lawsuit_s_name(question, match.start("name"), match.end("name")):
            continue  # "Murray v. La Guardia": a lawsuit's name, written as the court does
            # (round 1600 wrote "Murray v. Fiorello H. La Guardia")
        if _OWNED_TITLE.match(question, match.end("name")) or _owned_form_is_the_name(
                question, match.end("name")):
            continue  # "Pearson's Magazine", "Lloyd's Register": a title named after the
            # person, not "Weetman Pearson's Magazine" (round 223); "Lloyd's admitted": the
            # market itself (round 1599 wrote "Edward Lloyd's admitted corporate members")
        if question.endswith(("from ", "From "), 0, match.start("name")) and _TO_A_PLACE.match(
                question, match.end("name")):
            continue  # "moved their residence from Steyr to Graz": a place, not the "Magna
            # Steyr" the document also names (round 833)
        if _PEERAGE_OF.search(question, 0, match.start("name")) or _NAMED_OF.search(
                question, 0, match.start("name")):
            continue  # "John George Lambton, Earl of Durham": a peerage's place, not the
            # "Lord Durham" the text also says (round 231: "Earl of Lord Durham")
        if _in_quotes(question, match.start("name")) or name in _TITLES:
            continue  # (a quoted term; "of Minister for Justice Kevin O'Higgins": an office,
            # which "appointed Lemass Minister for ..." does not make a name: round 182)
        after_verb = match.re is _NAME_AFTER_VERB  # (completed when one person; a name
        # readers took as clear there, "pardon Dreyfus", is not refused when it may be two)
        if name in shared:
            if after_verb:
                continue
            return question, f"“{name}” alone may be any of the people of that name"
        if _KIN_BEFORE.search(question, 0, match.start("name")) and re.search(
                rf"\b(?:{_KIN})\s+{re.escape(name)}\b", question):
            continue  # "engaged to his elder brother Mikhail before Mikhail was killed": a
            # relative known by the given name, not the document's "Mikhail Gorchakov"
            # (round 207)
        if named_as_company(name, text):
            continue  # "From 2005 Porsche, controlled by the Porsche and Piëch families,
            # bought": a company the text also names "Porsche SE", not "Ferdinand Porsche"
            # (round 1496)
        found = (frozenset({subject}) if name in subject.split()[:-1]
                 else _one_person(frozenset(
                     full for full in document_full_names(name, text)
                     if not named_as_company(full, text))))  # ("Glaxo Wellcome plc": what
        # "Glaxo" became by merger, no man's full name; round 1550 wrote "in 1924 Glaxo
        # Wellcome launched Ostelin")
        if found and subject and name == family_name(subject):
            found = _without_formal_name(found, subject, text)
        if found and name == subject:
            found = without_peerage(name, found)  # ("Count Mercy" is the biography's "Mercy")
            titled = {full for full in found if full in text[: text.find("\n")]}
            if len(titled) == 1 or len(found) == 1:
                found = frozenset(titled)  # a life of "Shidehara Kijūrō" (its title), who is
                # "Shidehara" in the text: the subject, not the brother "Shidehara Taira"; nor
                # the park "Liaquat Bagh" in a life of Liaquat Ali Khan (round 116): a name the
                # title does not give is not the subject's
        if found and _shares_a_family_name(name, found, question, match.end("name")):
            continue  # "by Józef and Tomasz Markowski": two given names of one family name, not
            # the text's "Józef Waydowicz" (round 1326 wrote "by Józef Waydowicz and Tomasz
            # Markowski")
        if _known_as_kin(name, found, text):
            continue  # "Their daughter Lydia was born in 1858 ... Lydia married Friedrich Emil
            # Welti": the daughter, not her grandmother, of whom "his mother was Lydia
            # Zollikofer" (round 1325 wrote "did Lydia Zollikofer marry")
        if found and all(_ENDS_REGNAL.search(full) for full in found) and (
                _named_long_before(found, text, question + " " + answer)):
            continue  # "Ferdinand and Isabella sign the edict" of 1492: not the "Ferdinand III"
            # the text names only under 1246 (round 1324 wrote "did Ferdinand III and Isabella
            # I sign")
        if found and _KIN_APPOSITION.match(question, match.end("name")) and all(
                re.search(rf"\s{REGNAL}$", full) for full in found):
            continue  # "married Elizabeth, daughter and co-heiress of William Philipps": a
            # woman her apposition names by her kin, not the queen "Elizabeth I" of the same
            # text (round 935)
        if found and all(full.split()[0] in _PLACE_BEFORE_ITS_NAME for full in found):
            continue  # "the corporation of Galway": the town, not the "County Galway" the
            # document also names, no one's full name (round 904 wrote "County Galway surrender")
        if not found and _is_name_word(name) and len(namesakes := _given_name_of(name, text)) > 1:
            return question, f"“{name}” alone may be any of {', '.join(sorted(namesakes))}"
            # ("Margaret dies" in a text of "Margaret of France" and "Margaret of Austria":
            # which one, no reader can tell, round 540)
        given_only = not found and (_is_name_word(name) or _used_only_as_a_name(name, text)) and (
            not match.group("hon")) and not (
            re.search(rf"\b(?:in|at|into|near|off)\s+{re.escape(name)}\b(?!\s+[A-Z])", text))
        if given_only:
            found = frozenset(full for full in _the_one_given_name(name, text)
                              if not named_as_company(full, text))  # "did Daniel die" in a
            # life of his brother Alexander Macmillan: the text's one "Daniel Macmillan", though
            # it says "his brother Daniel" first (round 1483); no place ("in Lorient"), no
            # company ("Glaxo Wellcome plc": what "Glaxo" became by merger; round 1550 wrote "in
            # 1924 Glaxo Wellcome launched Ostelin")
        if (match.group("hon") or "").startswith("Sir"):
            others = frozenset(full for full in found if full != f"Sir {name}")
            found = others if len(others) == 1 and all(
                full.startswith("Sir ") or f"Sir {full}" in text for full in others) else (
                frozenset())  # the one man of that name, whom the document calls "Sir": not
            # "Donal Gilroy", a chairman of 2023, for the "Sir Donal" of "Sir Donal O'Connor
            # Sligo" (round 914 asked "did Sir Donal Gilroy submit"); nor, of a Sir Richard
            # Bingham and a Richard Bourke, the knight alone
        if not found and (match.group("hon") or "").startswith("Sir") and not (
                _PARTICLE_NAME_NEXT.match(question, match.end("name"))):
            return question, f"“Sir {name}” is a knight the card does not name in full"
            # ("did Sir Richard die": of two knights Richard, which one, round 902)
        if not found or not (match.group("hon") or _is_name_word(name)
                             or _only_a_name_in(name, text)
                             or _told_by_name(name, found, text)):
            continue  # ("Peters", a word too, looked for in lower case only when it may be one)
        if _places_in(name, text) >= 2 or (_leads_a_longer_name(name, found)
                                            and _listed_with_places(name, text)) or (
                " and " in question and _listed_as_a_place(name, question, text)):
            continue  # a place the text is in more than once, not the "Dowladda Puntland" of
            # its Somali name (round 322); (counted only now: it reads the whole text)
        if _TOWN_OF.search(question, 0, match.start("name")):
            continue  # "the new town of Craigavon": the town, not "Viscount Craigavon" (round
            # 558)
        if re.search(rf"\b{re.escape(name)}\s+[IVX]+\b", question):
            continue  # "was Frederick crowned Emperor Frederick III": the numbered name the
            # question gives is his, not the document's "Frederick Barbarossa" (round 474)
        if _PARTICLE_NAME_NEXT.match(question, match.end("name")) and any(
                full.startswith(name + " ") for full in found):
            continue  # "Javier de Burgos" written whole: not one "Javier" of two; "with Joseph
            # de-Graft Johnson": a given name whose name goes on, not the "Joseph Ankrah" the
            # document also names (round 155)
        if len(found) > 1:
            found = _the_ruler(name, found, text)
        if len(found) > 1:
            if after_verb and not all(re.fullmatch(rf"{re.escape(name)}\s+{REGNAL}", full)
                                      for full in found):
                continue  # (but "rout Alfonso at Sagrajas" in a text of Alfonso VI, VII and
                # VIII: which king, no reader can tell, round 546)
            return question, f"“{name}” alone may be any of {', '.join(sorted(found))}"
        full = next(iter(found), None)
        if full is None or full in question:
            continue
        office_before = _OFFICE_BEFORE.search(question, 0, match.start("name"))
        if office_before and _another_office_s(office_before.group("office"), full, text):
            continue  # "President Kennedy" of a text that names "Senator Robert F. Kennedy"
            # only: another man of the name holding another office (round 1720 asked "was
            # President Robert F. Kennedy shot dead ... in Dallas?")
        rest = full.replace(name, "", 1).strip()
        if rest and (question.startswith(f" and {rest}", match.end("name")) or question.endswith(
                f"{rest} and ", 0, match.start("name"))):
            continue  # "did Ericsson and Sony sign": two firms, not "Ericsson and Sony
            # Ericsson", the joint venture they later formed (round 1581)
        if not subject and _opens_the_title(name, full, text):
            continue  # "Mewar became tributary": the state the document is about (round 397)
        if after_verb and (full in COUNTRIES or _PLACE_ENDINGS.search(full)
                           or (_LAND_ENDING.search(full) and " of " not in full)):
            continue  # ("seized Gdańsk": not "Gdańsk Pomerania", a region, round 522)
        if _ADMINISTRATIVE_ENDINGS.search(full) or (
                not given_only and _alone_before_longer(name, full, text)):
            continue
        if " of " in full and re.match(rf"\s+(?:at|in)\s+{re.escape(full.split(' of ', 1)[1])}\b",
                                       question[match.end("name"):]) and re.search(
                rf"\b[Tt]he {re.escape(name)}\b", text):  # (a body, "the Parlement"; not
            # "Francis of Assisi at Assisi", a man)
            continue  # "the rank of Parlement at Grenoble": where it sat, said already (round
            # 578 wrote "Parlement of Grenoble at Grenoble")
        start = match.start("hon") if match.group("hon") and not (
            match.group("hon").startswith("Sir") and not full.startswith("Sir ")) else (
            match.start("name"))  # ("Sir Albert" is "Sir Albert Henry", a knight still)
        end = match.end("name")
        at = full.find(name + " ")
        if at >= 0 and question.startswith(full[at + len(name):], end):
            end += len(full) - at - len(name)  # "Pinto da Costa" of "Manuel Pinto da Costa":
            # the name goes on as the full one does (round 403: "Pinto da Costa da Costa")
        if match.group("hon") and not match.group("hon").startswith("Sir"):
            full = _LEADING_HONORIFIC.sub("", full)  # "Professor Carnap" of a text's "Dr
            # Rudolf Carnap": the name, not one title for another
        if full[:1].islower() and not question[:start].strip(" \"“‘'("):
            full = full[0].upper() + full[1:]  # "De Vaudreuil was imprisoned": a particle that
            # opens the sentence takes its capital (round 1204 wrote "de Vaudreuil was")
        question = question[:start] + full + question[end:]
    return question, ""


# Offices written before a holder's family name ("President Kennedy", "Senator Kennedy")
_HOLDER_OFFICES = (r"President|Senator|Governor|Congressman|Representative|Secretary|Premier|"
                   r"Chancellor|Minister|Mayor|Judge|Justice|General|Admiral|Ambassador|Attorney")
_OFFICE_BEFORE = re.compile(rf"\b(?P<office>{_HOLDER_OFFICES})\s+$")


def _another_office_s(office: str, full: str, text: str) -> bool:
    """Whether `text` writes `full` only after another office than `office` ("Senator Robert F.
    Kennedy", never "President Robert F. Kennedy"): the "President Kennedy" of the question is
    another man of the family name."""
    return (re.fullmatch(_HOLDER_OFFICES, office) is not None and f"{office} {full}" not in text
            and re.search(rf"\b(?!{office}\b)(?:{_HOLDER_OFFICES})\s+{re.escape(full)}\b",
                          text) is not None)


# The legal forms of a company's name after the name it bears ("Porsche SE", "Porsche AG")
_COMPANY_FORM = (r"(?:SE|AG|GmbH|KGaA|Inc\.|Ltd\.?|plc|PLC|S\.A\.|S\.p\.A\.|N\.V\.|B\.V\.|"
                 r"SpA)(?![\w-])")


# Who works for, heads or owns a firm, before "of": "president of Philips", "shares of Siemens"
_FIRM_ROLE_OF = (r"(?:president|vice-president|chairman|chairwoman|chief\s+executive|director|"
                 r"managing\s+director|general\s+manager|manager|employees?|staff|shares?|"
                 r"shareholders?|subsidiary|subsidiaries|factories|plants?|laboratories)\s+of")
# What a firm is called after its name: "the Philips group", "the Siemens concern"
_FIRM_NOUN = (r"(?:group|company|concern|firm|corporation|works|combine|conglomerate|agency)"
              r"(?![\w-])")
# A firm's kind before its name, in the languages that put it there: "the Agence Havas"
_FIRM_BEFORE = (r"(?:Agence|Agenzia|Banque|Banca|Banco|Maison|Compagnie|Société|Casa|"
                r"Éditions|Editions|Librairie|Verlag|Bankhaus)")


@lru_cache(maxsize=1024)
def named_as_company(name: str, text: str) -> bool:
    """Whether `text` uses `name` as a company's: with its legal form ("Porsche SE", after a
    partner's name: "Siemens & Halske AG"; before it: "AB Bofors"), as "the Philips group", or
    after a firm's office ("president of Philips"). A bare "Porsche" or "Philips" may then be
    the company, not the text's one "Ferdinand Porsche" or "Frits Philips" (round 1543 wrote
    "did Ernst von Siemens and Philips form the Grammophon-Philips Group" of "Siemens and
    Philips form ...")."""
    if f"{name} " not in text:
        return False
    named = re.escape(name)
    return re.search(rf"\b{named}(?:\s+(?:&|and)\s+[A-Z][\w-]+)?\s+{_COMPANY_FORM}|"
                     rf"\b(?:AB|Oy|Oyj|A/S|ASA)\s+{named}\b|"  # (a Nordic form before the
                     # name: "AB Bofors", round 1573 wrote "did Bofors Nobelkrut sign")
                     rf"\b{_FIRM_BEFORE}\s+{named}\b(?!\s+[A-Z])|"  # ("the Agence Havas": round
                     # 1585 wrote "did Charles-Louis Havas become a société anonyme")
                     rf"\b[Tt]he\s+{named}\s+{_FIRM_NOUN}|"
                     rf"\b{_FIRM_ROLE_OF}\s+{named}(?![\w-]|\s+[A-Z&])", text) is not None


# What follows a name used as a person's, not a faith's adjective ("Christian's own landing",
# "Christian had tried"; not "Christian troops")
_NAME_USE_NEXT = re.compile(r"[’']s\s|\s+(?:had|was|did|has|is|[a-z]{3,}ed)\b|\s*[,.?;]")


_LEADING_HONORIFIC = re.compile(rf"^(?:{_HONORIFIC})\s+(?=[A-Z])")
# A father's name after a given name: "Llywelyn ap Gruffudd", "Faisal bin Abdulaziz"
_PATRONYMIC = re.compile(r"\s(?:ap|ab|ibn|bin|ben|mac|fitz|ferch|verch)\s+[A-Z]")


def _the_ruler(name: str, found: frozenset[str], text: str) -> frozenset[str]:
    """Of the people `text` may call `name`, the one monarch ("Christian IV", "Peter the Great"),
    when the others are commoners the text names in full ("Christian Friis") and the monarch is
    named at least twice as often: a text calls a commoner by the family name, a monarch by the
    given name (round 494 left "Christian's own landing" unresolved)."""
    rulers = [full for full in found
              if re.fullmatch(rf"{re.escape(name)}\s+(?:[IVX]+|the\s+[A-Z][a-z]+)", full)]
    if len(rulers) != 1:
        return found
    others = [full for full in found if full != rulers[0]]
    if any(not _is_name_word(full.split()[-1]) or re.search(r"\s(?:[IVX]+|the\s+\w+)$", full)
           or _PATRONYMIC.search(full) for full in others):
        return found  # ("Llywelyn ap Gruffudd" beside "Llywelyn the Great": a prince known by
        # his given name too, no commoner; round 720 wrote "Llywelyn the Great" for him)
    if text.count(rulers[0]) < 2 * max(text.count(full) for full in others):
        return found
    return frozenset(rulers)


def _without_formal_name(found: frozenset[str], subject: str, text: str) -> frozenset[str]:
    """`found` with a biography's formal name of its subject (in_formal_name) taken as the
    subject as the title names them; others of the name ("Feroze Gandhi") are kept."""
    formal = {full for full in found if full != subject and in_formal_name(full, text)}
    return frozenset((found - formal) | ({subject} if formal else set()))


def in_formal_name(full: str, text: str) -> bool:
    """Whether `full` is the end of a longer name the document's opening paragraph gives
    ("Joseph Odhiambo Mboya" of "Thomas Joseph Odhiambo Mboya", as a name pattern reads two
    given names deep): in a biography, the subject's formal name, so a bare "Mboya" is the
    subject as the title names them ("Tom Mboya"), not that fragment (round 150)."""
    body = text[text.find("\n") + 1:].lstrip()
    opening = body[: body.find("\n\n")] if "\n\n" in body else body
    return re.search(rf"[A-Z][\w’'-]*\s+{re.escape(full)}(?![\w’'-])", opening) is not None or (
        len(full.split()) > 2 and re.match(rf"{re.escape(full)}(?![\w’'-])", opening) is not None)
    # (or the whole of it, when the name pattern read a third given name: "Thomas Jaan Ivo
    # Tamm" opening the life)


# Faiths and peoples, whose words the lexicon may lack: no one's name ("equal Christian and
# Muslim representation" is not "Sunni Muslim": round 163)
_FAITHS_AND_PEOPLES = frozenset(
    "Muslim Muslims Christian Christians Sunni Sunnis Shia Shiite Shiites Jewish Jew Jews "
    "Catholic Catholics Protestant Protestants Orthodox Hindu Hindus Buddhist Buddhists Sikh "
    "Sikhs Druze Maronite Maronites Arab Arabs Kurd Kurds Tutsi Hutu Berber Berbers Bedouin "
    "Copt Copts Coptic Alawite Alawites".split())
# A capitalised word and a particle right before a name: the name ends a longer one
_NAME_AND_PARTICLE_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+(?:de|del|da|do|dos|das|du|di|la|le)"
                                       r"(?:\s+(?:la|las|los|le|les))?\s+$")  # ("Adolfo de la
# Huerta" is not Victoriano Huerta: round 636 wrote "Adolfo de la Victoriano Huerta")
# Words that open places' names ("Santa Cruz de Tenerife", "Puerto de la Cruz")
_PLACE_FIRST = frozenset({"San", "Santa", "Santo", "São", "Saint", "Sainte", "St", "Porto",
                          "Puerto", "Villa", "Vila", "Ciudad", "Castel", "Mont", "Monte"})
_NAME_PARTICLES = frozenset({"de", "du", "da", "van", "von", "der", "di", "del"})
# A rank or title before a name ("Count János Pálffy"), not a part of it
_RANKS = frozenset("Count Countess Baron Baroness Prince Princess Duke Duchess Earl Lord "
                   "Lady Sir King Queen Emperor Empress Cardinal Pope Regent Archduke Archduchess "
                   "Tsar Tsarina Tsarevich Sultan Shah Amir Emir Khedive Infante Infanta Margrave "
                   "Landgrave Marquess Marquis Viscount Dowager".split())  # ("Empress Dowager
# Cixi": round 230 had "Dowager Cixi" as a full name)
_RANK_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_RANKS))})\s+$")

# Ranks and offices held of a place ("Rajah of Sarawak", "Governor of Bengal")
_PLACE_HOLDERS = "|".join(sorted(_RANKS | {"Rajah", "Governor", "Viceroy", "Kingdom", "Republic",
                                           "Colony", "Protectorate", "State", "Sultanate"}))


def _ranked_at_first_mention(name: str, text: str) -> tuple[str, str] | None:
    """(the rank and `name`, the word after it) where the text first names it after a rank
    ("Emir Abdullah", "bin" of "Emir Abdullah bin al-Hussein"), or None when the first mention
    has no rank before it."""
    first = first_mention(name, text)
    rank = first and _RANK_BEFORE.search(text, max(0, first.start() - 20), first.start())
    if not first or not rank:
        return None
    after = text[first.end():].split(maxsplit=1)
    return f"{rank.group().strip()} {name}", after[0].strip(",.;:") if after else ""
# Words that open a sentence with a capital and are no one's name ("When war broke out")
OPENING_WORDS = frozenset("When While After Before Since Although Though If As Once Until "
                          "Unless Because During Under In On At By For With From The A An This "
                          "That These Those His Her Its Their Then There Here".split())
_PLACES = frozenset(country.split()[-1] for country in COUNTRIES) | {
    "Britain", "England", "Scotland", "Wales", "Holland", "Prussia", "Bohemia", "Castile",
    "Aragon", "Muscovy", "Persia", "Siam", "Burma", "Ceylon", "Flanders", "Brabant",
    "Byzantium"}  # ("Under Byzantium Thebes became": no "Byzantium Thebes", round 595)
# ("France", "Jordan", "Africa"; and the lands no modern state is called: "promised Britain
# Gibraltar and Minorca" names no "Britain Gibraltar", round 579)
_HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms"})
_BODY_WORDS = frozenset(BODY_HEADS | AGREEMENT_HEADS | set(ORG_WORDS))
_TITLES = frozenset({"President", "Minister", "Secretary", "Ambassador", "Senator", "Sen.",
                     "Governor", "Chancellor", "Premier", "General", "Admiral", "Director",
                     "Envoy", "Speaker", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "On", "In",
                     # ("was again appointed Regent": an office, not "Kountouriotis Regent" of
                     # "elected Kountouriotis Regent", round 433)
                     "Regent", "Viceroy", "Consul", "Mayor", "Commissioner", "Resident",
                     "During", "After", "Before", "When", "While", "Did", "did"})


# "de Gaulle", "van der Lubbe": a name's particle, capitalised only where it opens a sentence.
_PARTICLE = re.compile(r"(?<=\s)(?P<particle>De|Van|Von|Du|Da|Di|Der|Den|Ter|Le|La)"
                       r"(?P<rest>\s+(?:[a-z]+\s+)?[A-Z][\w’'-]+)"
                       # ("did D'Ogeron die", of a sentence that opened "D'Ogeron died": the
                       # elided particle, round 1156; "D'Elbée", round 1114)
                       r"|(?<=\s)(?P<elided>D)(?P<tail>['’][A-Z][\w’'-]+)")


# A capitalised word standing alone mid-sentence (after an all-lower-case word or a comma, and
# before no other capitalised word): "in 1899, Smuts first served"; not "Prime Minister", not
# "Japan's Surrender", not a timeline's "1951: Negotiations resume",
# nor a name's last word after a linking word ("Instrument of Surrender", "the Convention")
_STANDALONE_CAPITAL = re.compile(r"(?:(?<![\w’'])(?!(?:of|the|and|for|on|de|du|la|von|van) )"
                                 r"[a-z]+|,) ([A-Z][a-z]{2,})\b(?![ -][A-Z])")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
# The kind a question asks for is the generator's word, not the document's ("What convention")
_ASKED_WORD = re.compile(r"(?<![\w’'])(?<!hat )(?<!hich )[a-z]{3,}\b")
_LOWER_RUN = re.compile(r"[a-z]{3,}")  # (what _ASKED_WORD matches, without its bounds)


# The words questions are built with, never a name however a text writes them ("What's My
# Line?", a title: round 1481 asked "On What date was Bennett Cerf born")
_QUESTION_WORDS = frozenset({"what", "which", "who", "whom", "whose", "when", "where", "why",
                             "how", "date", "dates", "year", "month", "day", "position"})
# A quoted title or phrase on one line, whose words are capitalised as a title's
_QUOTED_TITLE = re.compile(r"\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”")
# Any capitalised word after another word: mid-sentence ("the Transfer of Sovereignty")
_CAPITAL_MID_SENTENCE = re.compile(r"(?<=[\w,;’'] )[A-Z][a-z]{2,}\b")
# A capitalised word alone mid-question: "did Sovereignty pass", "did News of the treaty"
# (Not a word that heads a name: "the Charter of the Union" opened its line in the document.)
_LONE_CAPITAL = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{2,}\b(?= [a-z])"
                           r"(?! (?:of|for|on) (?:the )?[A-Z])")


_MONTH_WORDS = frozenset({"march", "may", "august"})
_NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)\b")


# Articles that open a title in another language mid-sentence ("Die attischen Grabreliefs") and
# are English words too: no name's word (round 603 asked "did Conze Die in Berlin").
_TITLE_ARTICLES = frozenset({"die", "den", "der", "das", "la", "le", "les", "el", "il", "los",
                             "las", "un", "une"})


@lru_cache(maxsize=8)
def _case_as_written(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Lower-cased words the document writes with a capital mid-sentence and never in lower
    case: names, whatever the lexicon says of them ("Smuts" is not "smuts"); and words it
    writes in lower case and never with a capital mid-sentence ("sovereignty")."""
    lower = set(_LOWER_WORD.findall(text))
    unquoted = _QUOTED_TITLE.sub(" ", text) if '"' in text or "“" in text else text
    names = {word.lower() for word in _STANDALONE_CAPITAL.findall(unquoted)
             if "AUX" not in parts_of_speech(word.lower())}.difference(
        lower, _MONTH_WORDS, _TITLE_ARTICLES, _QUESTION_WORDS)  # ("march", "may": a verb the
    # document only writes as a month, round 305 asked "did ... Pemberton March a force"; not a
    # quoted title's "All the News That's Fit to Print", nor the "Was" of a German title "Was
    # bleibt": round 1423 asked "did the paper Print", round 1428 "in 1949 Was the Basic Law")
    capitalised = {word.lower() for word in _CAPITAL_MID_SENTENCE.findall(text)}
    return frozenset(names), frozenset(lower.difference(capitalised))


def names_as_written(question: str, text: str) -> str:
    """`question` with a word lower-cased as a common noun ("did smuts found") given back the
    capital the document always writes it with ("did Smuts found"), and a sentence's first
    word moved inside ("did Sovereignty pass") written in lower case as the document does."""
    if not text:
        return question
    names, common = _case_as_written(text)

    def as_written(match: re.Match[str]) -> str:
        word = match.group()
        return word.capitalize() if word in names else word

    # (Each word _ASKED_WORD finds is a whole run of lower-case letters: a question none of
    # whose runs is one of `names` is left as it is, found with one findall, not a call a word.)
    if names and not names.isdisjoint(_LOWER_RUN.findall(question)):
        question = _ASKED_WORD.sub(as_written, question)
    if common and _LONE_CAPITAL.search(question):
        question = _LONE_CAPITAL.sub(
            lambda m: m.group().lower() if m.group().lower() in common else m.group(), question)
    return question


def particles_as_written(question: str, text: str) -> str:
    """`question` with a name's particle in the case the document gives it mid-sentence: a
    sentence that opened with "de Gaulle" capitalised it, but a question that moves the name
    inside must not ("did de Gaulle concede")."""
    if not text:
        return question

    def as_written(match: re.Match[str]) -> str:
        if match.groupdict().get("elided"):
            lower = "d" + match.group("tail")
            return lower if f" {lower}" in text else match.group()
        lower = match.group("particle").lower() + match.group("rest")
        if f" {lower}" not in text:
            return match.group()
        # (not "la Hougue" of "the Tour de la Hougue", where the document writes "the wrecks
        # of La Hougue": round 1003 wrote "the wrecks of la Hougue")
        alone = re.search(rf"(?<!\bde)(?<!\bdu)(?<!\bof)\s{re.escape(lower)}", text)
        if alone is not None and re.search(rf"\b[a-z]+\s{re.escape(match.group())}", text):
            return match.group()  # "the Van den Bergh", "and Van den Bergh": the firm's name,
            # capitalised mid-sentence, beside "Simon van den Bergh" (round 1608 wrote "did van
            # den Bergh move its headquarters")
        return lower if alone is not None else match.group()

    return _ARTICLE_PARTICLE.sub(as_written, _PARTICLE.sub(as_written, question))


def common_words_as_written(question: str, text: str) -> str:
    """`question` with a common noun that opened its sentence ("Quarantine passed from the
    Department of Agriculture ...") in lower case where the question moves it after "did"
    ("did quarantine pass"): when the document writes the word in lower case and never
    capitalises it mid-sentence, where a name ("Congress", "the Harbor Accord") keeps it
    (round 1182 asked "did Quarantine pass", "did Inspection on the St. Lawrence move")."""
    if not text or not _MOVED_OPENING.search(question):
        return question

    def as_written(match: re.Match[str]) -> str:
        word = match.group("word")
        lower = word.lower()
        if "NOUN" not in parts_of_speech(lower) or re.search(rf"\b{lower}\b", text) is None:
            return match.group()
        if re.search(rf"(?<=[\w,;’')] ){word}\b", text):
            return match.group()  # capitalised mid-sentence too: a name's word
        return match.group()[: match.start("word") - match.start()] + lower

    return _MOVED_OPENING.sub(as_written, question)


# "did Quarantine pass": a capitalised word right after "did" (or "was", "were"), then a lower-case
# one (not "did Bill Clinton visit")
_MOVED_OPENING = re.compile(r"\b(?:did|was|were)\s+(?P<word>[A-Z][a-z]{2,})(?=\s+[a-z])")


# "Al-Hamdi", "El-Baradei": an Arabic article written with a capital where it opened a line
_ARTICLE_PARTICLE = re.compile(r"(?<=\s)(?P<particle>Al|El|Ad|Ar|As|Ash|An|At|Az)"
                               r"(?P<rest>-[A-Z][\w’'-]+)")
