"""Read one source document: refuse what is not text, find its title and its own date.

A document that is missing, empty, binary or not UTF-8 raises GenerateError naming the file, so
the pipeline can warn about it and carry on with the others.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from quiz.errors import GenerateError
from quiz.generate.countries import COUNTRIES, NATION_ADJECTIVE, main_country
from quiz.generate.dates import DateMention, find_dates, render
from quiz.generate.headline_topic import headline_topic
from quiz.generate.inflect import is_present_only, parts_of_speech, present_base
from quiz.generate.names import family_name
from quiz.generate.peerage import bare_uses, called_by_peer, named_as_place, title_peer
from quiz.generate.references import named_phrases
from quiz.generate.sentences import (
    Sentence,
    front_matter_end,
    head_lines,
    heading_text,
    split_sentences,
    text_blocks,
)
from quiz.generate.subject import (
    AGREEMENT_HEADS,
    BODY_HEADS,
    Subject,
    document_subject,
    signed_in_headline,
    title_case,
    title_parts,
    words_in_capitals,
)
from quiz.generate.text import UPPER_LETTERS
from quiz.generate.topic import EVENT_HEADS, place_or_event, title_topic
from quiz.textsafe import UNSAFE, kind

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
_FACT_KEY = re.compile(r"^\s*(?:[-*+]\s+)?[A-Z][\w ’'()-]{0,40}:\s")  # "Signed: ...", "- Founded:"
# A name alone on a document's first line ("Casamance"), and the section names that are none
_ONE_WORD_TITLE = re.compile(rf"[{UPPER_LETTERS}][\w’'-]{{2,40}}")
_SECTIONS = frozenset({"abstract", "introduction", "summary", "contents", "overview",
                       "background", "preface", "foreword", "notes", "draft", "chronology"})
# A name's last word shortened with a full stop, not a sentence's end: "Merck & Co.",
# "Pfizer Inc.", "Berry Gordy Jr." (a first line that is a title; rounds 1550 and 1555 headed an
# article's cards with its first section's heading, "Founding:", "Darmstadt origins:")
_ENDS_ABBREVIATED = re.compile(r"\s(?:Co|Inc|Ltd|Corp|Bros|Jr|Sr|(?:[A-Z]\.)+[A-Z])\.$")
_META = re.compile(r"^\s*(?:date|published|posted|updated|last update[d]?|by)\b[:\s]", re.I)
_DATELINE_HEAD = 12  # lines at the top where a byline or date line is looked for
_BYLINE_WORDS = 16  # a byline's most words ("By Ivo Tamm, Staff Correspondent, May 2, 2024")
_DATELINE = re.compile(rf"^[{UPPER_LETTERS}][{UPPER_LETTERS} .'’-]{{2,40}},\s")  # "ISTANBUL,
# July 14, 2023 - ...", "GDAŃSK, 31 August 1980 — ..." (round 152: a Polish city's capital)
# CR ends lines: it stays. (Tested after the character class, so that the search runs at
# the speed of a class alone: it runs over a large document on every pass.)
_UNPRINTABLE = re.compile(f"{UNSAFE.pattern}(?<!\r)")
_TITLE_HEAD = 20_000  # characters at the top where a title sentence is looked for
_HEAD_LINES = 41  # lines at the top where a title line is looked for (and the date line)
LARGE_DOCUMENT = 1_000_000  # bytes; a larger document is not held in memory (Document.streamed)
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class Document:
    """A readable text document: its path as given, its text, title and date (if it states one).

    A large document (over LARGE_DOCUMENT bytes) is `streamed`: its text is not held (it would
    take up to four bytes a character) but read again from its file, a block at a time, each
    time it is gone through; `text` is then empty. Read it through `blocks` or `lines`.
    """

    path: Path
    text: str
    title: str
    date: DateMention | None = None
    streamed: bool = False

    def blocks(self) -> Iterator[str]:
        """The text in pieces that end just after a "\n" (joined, they are the text)."""
        return file_blocks(self.path) if self.streamed else text_blocks(self.text)

    def lines(self) -> Iterator[str]:
        """The lines of the text, as str.splitlines() gives them."""
        for block in self.blocks():
            yield from block.splitlines()

    def words(self) -> int:
        """How many words the text has (len(text.split()))."""
        return sum(count_words(block) for block in self.blocks())

    @cached_property
    def main_country(self) -> str | None:
        """The country the document names most often: what "the country" in it refers to."""
        return main_country(self.blocks())

    @cached_property
    def named_phrases(self) -> dict[str, Counter[str]]:
        """The specific conflicts, wars, ministries and sections the document names, counted:
        what "the conflict" in it refers to."""
        return named_phrases(self.blocks())

    @cached_property
    def subject(self) -> Subject | None:
        """The body or agreement the document is about, as its title names it: what "the
        Council" or "the Convention" in it refers to; else the place or the event it names
        (what "the territory" or "the crisis" refers to); else, to head its cards with, the
        short name its title gives ("Marshall Plan", "Yemeni unification"), or the name a news
        report's headline gives its story ("Agra summit", "Mercosur")."""
        title = self.cased_title
        if subject := (document_subject(title) or place_or_event(title, self.blocks())
                       or signed_in_headline(title)):
            return subject
        if self.main_person is not None:
            return None
        return title_topic(title) or headline_topic(title, self.blocks())

    @cached_property
    def cased_title(self) -> str:
        """The title as a name is written: an all-capitals one in title case, but for the words
        the text writes in capitals too ("EMI ENDS SEX PISTOLS CONTRACT" -> "EMI Ends Sex
        Pistols Contract")."""
        if any(ch.islower() for ch in self.title):
            return self.title
        capitals = words_in_capitals(_prose_head(self.blocks()))
        if " " not in self.title.strip():
            return self.title if self.title.strip() in capitals else self.title.capitalize()
        return title_case(self.title, capitals)

    @cached_property
    def main_person(self) -> tuple[str, str] | None:
        """(full name, "he" or "she") of the person a biography is about: the name its title
        opens with, when the text names that person often and refers to someone by the
        pronoun far more than by the other one. None for other documents."""
        return main_person(self.title, self.blocks())

    @cached_property
    def person_in_full(self) -> str | None:
        """A biography's person as its title names them in full ("Qian Qichen" for the text's
        "Qian"), or None for other documents."""
        return None if self.main_person is None else person_in_title(self.title,
                                                                      self.main_person[0])

    @cached_property
    def summarises_an_instrument(self) -> bool:
        """Whether the document is prose about one instrument its title names ("The Admiralty
        Mail Contract with Samuel Cunard (1839)", "The Ryder Cup Deed of Trust (1927)"), not a
        list of dated entries: a kind of document whose cards readers keep less often than the
        learned model expects (see quiz.generate.learned.UNLIKELY_IN)."""
        parts = title_parts(self.cased_title)
        if not parts or not _INSTRUMENT_NAMED.search(parts[0]):
            return False
        lines = [line.lstrip() for line in self.lines() if line.strip()]
        listed = sum(line.startswith(("-", "*", "|", "•")) for line in lines)
        return listed * 2 < len(lines)

    @property
    def name(self) -> str:
        """The path as the user gave it, with forward slashes (written in `source.file`)."""
        return self.path.as_posix()


# The kinds of instrument a title may name (a law, a contract, a deed, a ruling ...)
_INSTRUMENT_NAMED = re.compile(
    r"\b(?:Acts?|Laws?|Decrees?|Decisions?|Conventions?|Treat(?:y|ies)|Agreements?|Contracts?|"
    r"Deeds?|Charters?|Statutes?|Constitution|Resolutions?|Statements?|Declarations?|"
    r"Settlements?|Sale|Merger|Bull|Ordinances?|Edicts?|Warrants?|Proclamations?|Memorand(?:um|a)|"
    r"Letters?|Document|Appeal|Undertaking|Offer|Award|Concessions?|Clauses|Articles|Terms|"
    r"Orders?|Regulations?|Directive|Protocols?|Accords?|Pacts?|Code|Rules|Capitulations?|"
    r"Grants?|Ruling|Judgment|Verdict|Armistice|Truce|Communiqu[ée]|Covenant|Compact|Lease|"
    r"Cession|agreements?|contracts?|treat(?:y|ies)|conventions?|decisions?|settlements?|"
    r"statements?|letter\s+of\s+intent)\b")  # (a lower-case kind after a name: "The Imperial
# Airways subsidy agreement of 1923", "Publishing contract of 20 June 1843")


# A name's particles, up to two in a row ("Miguel de la Madrid Hurtado", "José Batlle y
# Ordóñez", "Lluís Companys i Jover", "Sebastião José de Carvalho e Melo")
_PARTICLES = r"(?:(?:de|da|di|du|dos|das|do|van|von|der|den|del|la|le|bin|ibn|al|arap|y|i|e)\s+)"
# (a capital of Latin Extended-A too: round 843 read "Željko Burić" as no one's name)
_NAME_PART = (r"(?:[A-Z]\.\s*)*(?:(?:al|el|ad|ud|ul|an|as|ash|at|az|ar)-)?"
              rf"[{UPPER_LETTERS}][\w’'-]+")
_TITLE_NAME = re.compile(rf"^(?!(?:The|A|An)\s)(?P<name>(?:[A-Z]\.\s*)*[{UPPER_LETTERS}][\w’'-]+"
                         rf"(?:(?:\s+{_PARTICLES}{{0,2}}{_NAME_PART}){{1,3}}"
                         r"(?:\s+[IVX]{1,4})?|\s+[IVX]{1,4}"  # ("Moshoeshoe I": a ruler)
                         r"|\s+the\s+[A-Z][a-z]+)"  # ("Henry the Navigator")
                         rf"|(?:[A-Z]\.\s*)+[{UPPER_LETTERS}][\w’'-]+"  # ("E. Sreedharan")
                         rf"|(?P<one>[{UPPER_LETTERS}][\w’'-]+(?=\s+of\s+[A-Z])))"  # ("Eleanor of
                         # Aquitaine": one name, and the place it is of)
                         r"(?=\s*(?:$|\(|:|,|\s[–—-]\s)|(?P<of>\s+of\s+(?:the\s+)?"
                         r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
                         r"(?=\s*(?:$|\(|:|,|\s[–—-]\s))))")  # ("King Alexander of
# Yugoslavia Assassinated": a headline, no one's name and place)
# The titles a ruler's name may open with, before "of" its place ("Prince Eugene of Savoy")
_RULERS_TITLES = frozenset({"Prince", "Princess", "Archduke", "Archduchess", "King", "Queen",
                            "Sultan", "Emperor", "Empress", "Duke", "Duchess", "Count",
                            "Countess", "Saint", "Tsar", "Grand"})


# What a life tells or its title gives: a birth, or a span of years after the name
_BORN = re.compile(r"\b(?:[Bb]orn|[Bb]irth)\b")
_LIFESPAN = re.compile(r"\((?:[^()]{0,25}?\b)?\d{3,4}(?:\s+BC)?\s*[–—-]\s*(?:[^()]{0,25}?\b)?"
                       r"\d{3,4}(?:\s+BC)?\)")  # ("(1770-1861)", "(19 January 1920 – 4 March
# 2020)" after the name the text opens with)
_LIFESPAN_REACH = 600  # (the characters a text opens with, where a lifespan is looked for)
_LIFESPAN_IN_TITLE = re.compile(r"\((?:[a-z.]+\s+)?\d{1,4}(?:\s+BC)?\s*[–—-]|\(born\b")
# A title that says it is a timeline or a fact sheet, or spans more years than a life
_NO_LIFE_TITLE = re.compile(r"\b(?:[Tt]imeline|[Ff]act [Ss]heet|[Cc]hronology)\b")
_TITLE_YEARS = re.compile(r"\b(\d{3,4})\s*[–—-]\s*(\d{3,4})\b")
_LONGEST_LIFE = 120


def _a_rulers_name(name: str) -> bool:
    """Whether `name`, which a title puts before "of" a place, is a person's ("Eleanor",
    "Faisal I", "Prince Eugene"), not a place's or a thing's ("Grand Duchy", "Siege"): each
    word a title, a numeral or no word of the language."""
    words = name.split()
    return words[-1] not in _RULERS_TITLES and all(
        word in _RULERS_TITLES or re.fullmatch(r"[IVX]{1,4}", word)
        or not any(parts_of_speech(part.lower()) for part in word.split("-"))
        for word in words)  # ("Co-Principality of Andorra": a state)


_HE = re.compile(r"\b[Hh](?:e|is|im)\b")
_SHE = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b")


def person_in_title(title: str, name: str) -> str:
    """The name a biography's title gives its person in full ("Yoshida Shigeru", "Pridi
    Banomyong") when it holds `name`, the one the text calls them by ("Yoshida"); else
    `name`."""
    named = _TITLE_NAME.match(title.strip())
    full = named.group("name") if named is not None else ""
    if named is not None and named.group("of") and name in full:
        return f"{full} of {named.group('place')}"  # ("Eleanor of Aquitaine", not "Eleanor")
    return full if name in full else name


# What an opening sentence calls a place or a body, not a person: "is a French publishing house",
# "is a Paris department store", "is a volcanic island", "is a German orchestra" (a body, whose
# text says "his" of its conductors: round 1418 wrote "until Boston Symphony Orchestra's death";
# round 1473 wrote the founder's "Gallimard served" as "Éditions Gallimard"). The words before
# the kind noun are no preposition or relative ("was the founder of the club", "a general who
# commanded the country's artillery" are lives), at most one is a place's name ("a Paris
# department store"), and the kind noun ends its phrase ("a university professor", "a studio
# executive", "an institution-builder" are people) unless another kind follows ("an island
# nation").
_KIND_NOUNS = (r"publishing\s+house|studios?|corporation|conglomerate|department\s+stores?|"
               r"retail(?:\s+\w+)?\s+(?:group|chain)|retailer|(?:store|shop)\s+chain|"
               r"group\s+of\s+department\s+stores|"
               r"island|islands|city|town|country|state|territory|region|province|colony|"
               r"archipelago|county|kingdom|republic|port|village|peninsula|"
               r"orchestra|ensemble|choir|society|academy|company|school|university|college|"
               r"newspaper|magazine|club|team|firm|bank|foundation|institution|institute|"
               r"museum|library|band|hotel|"  # (pass 355: "The Hotel Adlon is a luxury hotel")
               r"agency|daily|broadcaster|"  # (pass 364: "Agence France-Presse (AFP) is a French
               # news agency", read as the life of "Agence": round 1585)
               r"house|label|brand|"  # (pass 358: "Christian Dior, generally known as Dior,
               # is a French luxury fashion house", "Louis Vuitton is a French luxury house": a
               # house its founder named, whose successors' "he" became "Christian Dior was
               # succeeded by", round 1535)
               r"bridge|stadium|terminus|station|exchange|zoo|tomb|mausoleum|monument|series|"
               r"operator|carrier|shipping\s+line|shipowner")  # ("The United States Lines was
# the leading American operator of transatlantic passenger liners": round 1748 read it as a life
# and wrote a liner's "her maiden voyage" as "United States Lines maiden voyage")
# (pass 375: "Ponte Vecchio ... is a medieval stone bridge", "Camp Nou ... is the home stadium",
# "Paris Bourse ... is the principal stock exchange", "Berlin Zoological Garden ... is the oldest
# zoo" had been read as lives)
_KIND_ENDS = (r"(?![\w’'-])(?![ \t]+(?!(?:in|at|of|on|with|and|or|for|from|that|which|whose|"
              r"over|across|near|between|beside|"  # (pass 375: "a stone bridge over the Arno")
              r"based|founded|established|owned|formed|created|headquartered|located|nation|"
              r"country|state|group|chain|since|until|[a-z]+ed)\b)[a-z])")
_A_BODY_OR_PLACE = (rf"(?:an?|the)\s+(?:[A-Z][a-z]+\s+)?"
                    rf"(?:(?:(?!(?:of|for|in|at|to|on|with|by|from|who|which|that|whose|where|"
                    rf"when)\b)[a-z-]+,?|{NATION_ADJECTIVE.pattern})\s+){{0,5}}"
                    rf"(?:{_KIND_NOUNS}){_KIND_ENDS}")


# Adjectives of continents and nations, which no family name is ("Anglo American")
_NATIONS_ADJECTIVES = frozenset({"American", "African", "European", "Asian", "Canadian",
                                 "Australian", "Mexican", "Brazilian", "Argentine", "Chilean",
                                 "Indian", "Chinese", "Japanese", "Italian", "Egyptian", "Iranian",
                                 "Persian", "Arabian", "Russian", "Norwegian", "Swedish",
                                 "Danish", "Dutch", "Belgian", "Swiss", "Austrian", "Hungarian",
                                 "Polish", "Spanish", "Portuguese", "Turkish", "Korean"})
# A word of capitals alone, no regnal number ("BHP", "RWE"; not "II", "XIV") and no ship's
# prefix ("RMS Lusitania", whose text says "she" of the ship)
_ACRONYM_WORD = re.compile(r"(?![IVXLC]+\b)(?!(?:RMS|SS|HMS|USS|MV|MS|SMS|HMAS|HMCS|HMY|TS)\b)"
                           r"[A-Z]{2,}(?:&[A-Z]+)?")
# "Jr." or "Sr." after a title's name, before its end, a bracket or a colon
_GENERATION_AFTER_NAME = re.compile(r"^(?P<name>[^,:(]+?),?\s+(?:Jr|Sr)\.?(?=\s*(?:$|[(:]))")


def main_person(title: str, blocks: Iterable[str]) -> tuple[str, str] | None:
    """The person a biography is about and the pronoun the text uses for them (see
    Document.main_person); the text comes in blocks (Document.blocks)."""
    # ("Berry Gordy Jr.": the life of Berry Gordy, whom the text calls "Gordy")
    title = _GENERATION_AFTER_NAME.sub(r"\g<name>", title.strip(), count=1)
    named = _TITLE_NAME.match(title.strip())
    if named is None or (named.group("of") and not _a_rulers_name(named.group("name"))):
        return None
    if _NO_LIFE_TITLE.search(title) or any(int(end) - int(start) > _LONGEST_LIFE for start, end
                                           in _TITLE_YEARS.findall(title)):
        return None  # "Saint Lucia, 1605–1979: From the Olive Blossom to Independence",
        # "Tristan da Cunha: Administrators ... — Fact Sheet": a place's story, which says "he"
        # of its governors (round 677 read the first as a life and left its cards unlabelled)
    name = named.group("name")
    if any(_ACRONYM_WORD.fullmatch(word) for word in name.split()):
        return None  # ("BHP Billiton": an acronym is no one's given name; round 1657 read the
        # group's article as a life and wrote Gilbertson's "he resigned" as "BHP Billiton
        # resigned", pass 376)
    surname = family_name(name)
    if " " in name and surname in _NATIONS_ADJECTIVES:
        return None  # ("Anglo American": a nation's adjective is no family name; its fact
        # sheet had been read as a life, pass 376)
    if surname in _NOT_PERSON_WORDS or name.split()[0] in _PLACE_FIRST_WORDS:
        return None  # ("Mount Athos": a place, whose text says "him" of Murad II, round 311)
    country = _COUNTRY_AFTER.match(title.strip(), named.end("name"))
    if country and country.group("country") in _COUNTRY_NAMES:
        return None  # "La Rioja, Argentina: A Timeline": a place and its country, whose text
        # says "him" of Quiroga (round 570 wrote "did Paz rout La Rioja")
    place_of = re.compile(rf"\b(?:[Pp]rovince|[Cc]ity|[Rr]egion|[Kk]ingdom|[Cc]ounty|[Tt]own|"
                          rf"[Dd]uchy|[Ii]sland|[Rr]epublic) of {re.escape(name)}\b")
    # What may stand between the name and its "is" ("Isola Bella (Italian for ...) is",
    # "Iwanami Shoten, Publishers (...) is", "Paramount Pictures Corporation is"; not a life's
    # years, "Carl August Ehrensvärd (1745–1800), was an admiral of the archipelago fleet")
    suffix = (r"(?:,?\s+(?:Corporation|Company|Inc\.|Ltd\.?|Limited|AG|SA|S\.A\.|"
              r"(?:Football\s+)?Club|"
              r"F\.C\.|FC|AFC|CF|"  # ("Manchester United Football Club is")
              r"[A-Z][\w’'-]+(?=\s+\()))?(?:\s+\([^()\d]{0,80}\))?"
              r"(?:,\s+(?:(?:commonly|also|usually|popularly|generally|widely|simply|better)\s+)?"
              r"(?:known|written)\s+"
              r"[^.;]{1,120}?,)?"  # ("Futbol Club Barcelona, known everywhere as Barça, is",
              # "The Waldorf Astoria New York, written ... as the Waldorf-Astoria, is")
              r"(?:,\s+(?:renamed|formerly|later|now|originally|officially|in\s+full|"
              r"whose\s+(?:legal|full|official)\s+name\s+is)\s+[^.;,]{1,80},)?"
              # ("Royal Dutch Shell, renamed Shell plc in January 2022, is a multinational oil,
              # gas and energy company": pass 375, round 1648 wrote Kessler's "on his way home"
              # as "on Royal Dutch Shell's way home"; "Atlantic Records, whose legal name is
              # ...,", "The Solvay Conferences ... are a series")
              r",?\s+(?:is|was|are|were)\s+")
    named_as = rf"\b{re.escape(name)}{suffix}"
    # (or the text's own fuller name ending in the title's last word, opening its first
    # paragraph: "Futbol Club Barcelona" of the title "FC Barcelona", round 1503 wrote a
    # murdered club president's "he" as "FC Barcelona")
    opened_as = rf"^(?:The\s+)?(?:[A-Z][\w’'-]*\s+){{0,4}}{re.escape(name.split()[-1])}{suffix}"
    # (or the name and a kind in apposition: "on El Corte Inglés, the Madrid department-store
    # company", "The Taj Mahal, the tomb built by", pass 375)
    beside = rf"\b{re.escape(name)},\s+"
    place_is = re.compile(rf"(?:{named_as}|{opened_as}|{beside}){_A_BODY_OR_PLACE}")
    place_among = re.compile(rf"{named_as}one\s+of\s+the\s+"
                             r"(?:[\w’'-]+\s+){0,3}(?i:islands|isles|cities|towns|countries|states|"
                             r"territories|regions|provinces|colonies|counties|kingdoms|republics|"
                             r"ports|villages)\b")  # ("Isola Bella ... is one of the Borromean
    # Islands", round 1201)
    other = _OTHER_NAME.match(title.strip(), named.end("name"))
    placed = tuple(f"{at} {either}" for at in ("in", "on")
                   for either in (name, other.group("name"))) if other else ()  # "Fernando Po
    # (Bioko) from ... to ...": a name and another one, in one word: a place, when the text
    # puts either after "in" or "on" (round 316 wrote a king's "his death" as "Fernando
    # Po's"); read in the one pass over the blocks below
    if any(word.endswith(("’s", "'s")) or (word in _COUNTRY_NAMES and word not in _ALSO_NAMES)
           for word in name.split()):
        return None  # ("Gran Colombia": a state, whose text says "he" of Bolívar; "Indonesia's
        # Reformasi": a country's story, no one's life: round 175)
    if any(word.lower() in _TITLE_VERBS or is_present_only(word.lower())
           for word in name.split()[1:]):
        return None  # ("Malaya Is Free: Tunku Proclaims Merdeka": a headline, a sentence, whose
        # text says "he" of the Tunku: round 221)
    if _ABSTRACT_NOUN.search(surname) and "NOUN" in parts_of_speech(surname.lower()):
        return None  # ("Ryukyu Disposition": an act, whose text says "he" of Shō Tai)
    # "Talleyrand-Périgord" the text may call "Talleyrand": then that is the name's last word
    short = surname.split("-")[0] if "-" in surname and surname[:1].isupper() else ""
    # "Itō Hirobumi": the family name first, as the text calls him ("Itō resigned ..."); and
    # "Faisal bin Abdulaziz Al Saud", called "Faisal" (his brother is King Saud). A word of
    # the language ("The Western Sahara Question") is no one's name.
    first = name.split()[0]
    given_last = first if " " in name and first not in {"The", "A", "An"} and not parts_of_speech(
        first.lower()) else ""
    patronymic = re.search(r"\s(?:bin|ibn|bint)\s", name) is not None
    # "Óscar Arias Sánchez": a Spanish name's first surname, which the text calls him by
    words = name.split()
    paternal = words[-2] if len(words) >= 3 and words[-2][:1].isupper() and not short and (
        words[0] not in {"The", "A", "An"} and not parts_of_speech(words[0].lower())) else ""
    # "Goryōkaku Surrenders: ...": a headline whose last word is a word of the language the
    # text writes in lower case ("Its surrender ends ..."): no family name, so its first word is
    # no given name either (round 324 wrote "his two sons" as "Goryōkaku Surrenders's")
    common = surname.lower() if given_last and parts_of_speech(surname.lower()) else ""
    common = present_base(common) or common
    common_mentions = peer_mentions = 0
    peer = title_peer(title.strip(), named.end("name"))
    peer_placed = False
    mentions = short_mentions = first_mentions = paternal_mentions = he = she = 0
    born = _LIFESPAN_IN_TITLE.search(title) is not None
    seen = 0  # characters of the text before this block
    for block in blocks:
        born = born or _BORN.search(block) is not None or (
            seen < _LIFESPAN_REACH and _LIFESPAN.search(block, 0, _LIFESPAN_REACH - seen)
            is not None)
        seen += len(block)
        if common and not common_mentions:
            common_mentions = len(re.findall(rf"(?<![\w’'-]){re.escape(common)}(?![\w’'-])",
                                             block))
        if placed and any(place in block for place in placed):
            return None
        if place_of.search(block) or place_is.search(block) or place_among.search(block):
            return None  # "the province of La Rioja", "Saint Helena is a volcanic island": a
            # place, no one's life (round 618 wrote the governor's "He arrived" as "Saint
            # Helena arrived")
        mentions += block.count(surname)
        paternal_mentions += block.count(paternal) if paternal else 0
        short_mentions += block.count(short) - block.count(surname) if short else 0
        first_mentions += block.count(given_last) - block.count(name) if given_last else 0
        he += len(_HE.findall(block))
        she += len(_SHE.findall(block))
        if peer:
            peer_mentions += bare_uses(peer, block)
            peer_placed = peer_placed or named_as_place(peer, block)
    if mentions < 3 and short_mentions >= 3:
        name, mentions = name[: name.rindex(surname)] + short, short_mentions
    elif mentions < 3 and paternal_mentions >= 3:
        name, mentions = " ".join(words[:-1]), paternal_mentions
    elif first_mentions >= 3 and not common_mentions and (
            mentions < 3 or patronymic or first_mentions >= 2 * mentions):
        name, mentions = given_last, first_mentions
    if peer and peer != name.split()[-1] and called_by_peer(peer_mentions, mentions, peer_placed):
        name, mentions = peer, peer_mentions  # "Honoré Gabriel Riqueti, Comte de Mirabeau":
        # "Mirabeau", as the text calls him; "Wenzel Anton, Prince of Kaunitz-Rietberg", whose
        # given names alone it seldom writes: "Kaunitz" (quiz.generate.peerage)
    if mentions < 3 or not born:
        return None  # (no birth and no lifespan: "Nova Scotia", "Operation Condor", "Red Army
        # Takes Kirkenes" say "he" of governors and generals; 658 of 659 judged lives say
        # "born" or "birth", 18 of the 21 other documents read as lives did not)
    if he >= 3 * max(she, 1):
        return name, "he"
    if she >= 3 * max(he, 1):
        return name, "she"
    return None


_COUNTRY_NAMES = frozenset(COUNTRIES)
# ", Argentina" after a title's name: the country it is in
_COUNTRY_AFTER = re.compile(r",\s+(?P<country>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_TITLE_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "can"})
# The endings of an abstract noun, which no family name has ("Disposition", "Settlement"), when
# the lexicon knows the word ("Montmorency" it does not: round 491 left his "he" unnamed).
_ABSTRACT_NOUN = re.compile(r"[a-z](?:tion|sion|ment|ance|ence|ency|ity|ism|ship|acy)$")
_ALSO_NAMES = frozenset({"Jordan", "Chad", "Israel", "Georgia"})  # (people's names as well)
# "(Bioko)" after a title's name: another name of it, in one word
_OTHER_NAME = re.compile(r"\s*\((?P<name>[A-Z][a-z]{2,})\)")
# The first word of a place's name: "Mount Athos", "Lake Chad", "Cape Verde"
_PLACE_FIRST_WORDS = frozenset({"Mount", "Mt", "Lake", "Cape", "Port", "Fort", "Isle", "Gulf",
                                "Bay", "River", "Sierra", "Monte", "Puerto", "Ciudad",
                                # the same words in the languages places keep their names in
                                # ("Isola Bella": an island, whose text says "him" of a Borromeo,
                                # round 1201 asked "did the Duke create Isola Bella Count of
                                # Arona")
                                "Isola", "Isla", "Île", "Ile", "Ilha", "Illa", "Insel", "Lago",
                                "Lac", "Golfo", "Golfe", "Cabo", "Porto", "Pulau", "Nosy",
                                # a town's saint ("Santa Cruz de Mompox": round 1243 wrote
                                # Bolívar's "he" as "Mompox")
                                "Santa", "Santo", "São", "Sankt"})
_NOT_PERSON_WORDS = frozenset({"Rule", "Rising", "Uprising", "Famine", "Emergency", "Troubles",
                               "Mandate", "Reform", "Reforms",  # ("Irish Home Rule": a cause,
                               # whose text says "he" of Parnell: round 182)
                               "Treaty", "Agreement", "Convention", "Protocol", "Accords", "Accord",
                               "Act", "Pact", "Declaration", "Charter", "Union", "Crisis", "War",
                               "Conference", "Plan", "Organisation", "Organization", "Area",
                               "Relations", "Statute", "Deal", "Summit", "Council", "Court",
                               "Question", "Issue", "Problem", "Affair", "Dispute", "Doctrine",
                               "Wars", "Revolution", "Programme", "Program", "Movement",
                               # things named after a person: "Platt Amendment", "Curzon Line",
                               # "Gadsden Purchase", "Zimmermann Telegram", "Lytton Report"
                               "Amendment", "Resolution", "Bill", "Law", "Compact", "Settlement",
                               "Mission", "Commission", "Initiative", "Incident", "Proclamation",
                               "Memorandum", "Communiqué", "Purchase", "Line", "Award",
                               "Ultimatum", "Telegram", "Report", "Formula", "Points", "Note",
                               "Ordinance", "Ordinances", "Decree", "Decrees", "Edict", "Laws",
                               "Acts", "Statutes", "Manifesto", "Theses",
                               "Constitution", "Coup", "Putsch", "Massacre", "Trial", "Trials",
                               # ("Badeni Language Ordinances": a measure named after its
                               # minister, whose text says "he" of him: round 209)
                               # a state's name: "Central African Republic" (round 155)
                               "Republic", "Kingdom", "Empire", "Federation", "Confederation",
                               "Emirates", "Islands", "States", "Sultanate", "Caliphate",
                               "Principality", "Dominion", "Protectorate", "Territory", "Colony",
                               "Khanate", "Emirate", "Duchy", "Shogunate",
                               "Khaganate", "Margraviate", "Electorate", "Regency",
                               # a company's name: "Ford Motor Company" (round 1494 wrote a
                               # jury's award "to him", Henry Ford, as "to Ford Motor Company")
                               "Company", "Corporation", "Motors", "Industries", "Limited",
                               "Pictures", "Studios", "Airlines", "Airways", "Publishers",
                               "Lines",  # ("United States Lines": a shipping company)
                               "Holdings", "Shoten", "Verlag", "Bros", "Brothers",
                               "Viceroyalty", "Captaincy", "Bailiwick",  # ("Kazan Khanate":
                               # "his position" had become "Kazan Khanate’s", round 297)
                               # events and works named after a person: "Pullman Strike",
                               # "Jameson Raid", "Hoover Dam" (round 244: "he" of George Pullman
                               # had become "Pullman Strike")
                               "Strike", "Strikes", "Boycott", "Lockout", "Riot", "Riots",
                               "Raid", "Expedition", "Campaign", "Siege", "Battle", "Scandal",
                               "March", "Trek", "Corps", "Railway", "Railroad", "Canal", "Dam",
                               "Bridge", "Highway", "Corollary", "Case",
                               # ("Klondike Gold Rush": "his" of Carmack had become "Klondike
                               # Gold Rush's", round 264)
                               "Rush", "Boom", "Panic", "Depression", "Exodus", "Migration",
                               "Airlift", "Blockade", "Occupation", "Invasion", "Evacuation",
                               # a land's division or kind: "Ningxia Hui Autonomous Region",
                               # whose text says "he" of Ma Hongkui (round 380)
                               "Region", "Province", "Prefecture", "Oblast", "Krai", "Okrug",
                               "District", "County", "Municipality", "Governorate", "Canton",
                               "Valley", "Hills", "Highlands", "Tracts", "Peninsula", "Island",
                               "Plateau", "Basin", "Coast", "Delta",
                               # institutions and buildings named after a person or a place:
                               # "Lick Observatory", "Royal Observatory, Greenwich", whose texts
                               # say "he" of their astronomers (round 1285 wrote "Royal
                               # Observatory tested John Harrison's marine watch")
                               # (not the words that are surnames too: "Mill", "Castle",
                               # "Hall", "House", "Church", "Park")
                               "Observatory", "Library", "Museum", "Institution", "Gardens",
                               "Palace", "Cathedral", "Hospital", "Theatre", "Theater", "Opera",
                               "Stadium", "Tunnel", "Lighthouse", "Monument", "Memorial", "Zoo",
                               "Harbour", "Harbor", "Docks", "Works", "Fortress", "Prison",
                               "Asylum",
                               # ("Forbidden City": "he" of the Yongle Emperor had become
                               # "Forbidden City seized the throne", round 1320)
                               "City", "Temple", "Mosque", "Abbey", "Basilica", "Shrine",
                               "Pagoda", "Mausoleum", "Citadel", "Tower", "Square",
                               # ("Boston Symphony Orchestra", "Vienna Philharmonic": "his" of
                               # a conductor had become "Boston Symphony Orchestra's", round 1418)
                               "Orchestra", "Philharmonic", "Symphony", "Philharmonia",
                               "Sinfonietta", "Ensemble", "Choir", "Chorus", "Quartet",
                               "Academy", "Conservatory", "Conservatoire", "University",
                               "Gymnasium", "Lyceum", "Seminary"}
                              ) | BODY_HEADS | AGREEMENT_HEADS | EVENT_HEADS  # ("Dhofar
# Rebellion", "Inter-American Development Bank", "Geneva Agreements": round 134's "Dhofar's
# residence" was a biography's "his" written as the rebellion's first word)


def read_document(path: Path) -> Document:
    """Read `path` as a UTF-8 text document; raise GenerateError if it cannot be used."""
    try:
        with path.open("rb") as stream:
            if os.fstat(stream.fileno()).st_size > LARGE_DOCUMENT:  # checked, then not held
                head = _checked_head(path, stream.read(8192))
                title = document_title(head, path)
                return Document(path, "", title, document_date(head, title), streamed=True)
            raw = stream.read()
    except FileNotFoundError:
        raise GenerateError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise GenerateError(f"{path}: is a folder, not a document") from None
    except OSError as exc:
        raise GenerateError(f"{path}: cannot be read ({exc.strerror})") from None
    _check_start(path, raw)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _not_utf8(path, exc) from None
    text = printable(text)
    if not text or text.isspace():  # (not text.strip(): a copy of the whole document)
        raise GenerateError(f"{path}: is empty; nothing to generate")
    title = document_title(text, path)
    return Document(path, text, title, document_date(text, title))


def _check_start(path: Path, start: bytes) -> None:
    """Refuse UTF-16 text and binary files, from the first bytes of the file."""
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise GenerateError(f"{path}: is UTF-16 text, not UTF-8; save it as UTF-8")
    if b"\x00" in start[:8192]:
        raise GenerateError(f"{path}: looks like a binary file, not a text document; skipped")


def _not_utf8(path: Path, exc: UnicodeDecodeError) -> GenerateError:
    return GenerateError(f"{path}: is not UTF-8 text (bad byte at offset {exc.start}); "
                         "save it as UTF-8")


def _checked_head(path: Path, start: bytes) -> str:
    """For a large document: refuse it as read_document refuses a small one, reading it a block
    at a time; return its head, enough of its text to find its title and date in."""
    _check_start(path, start)
    head, blank, lines = "", True, 0
    try:
        for block in file_blocks(path):
            blank = blank and (not block or block.isspace())
            if len(head) <= _TITLE_HEAD or lines < _HEAD_LINES:  # whole lines: blocks end at one
                head += block
                lines += block.count("\n")
    except UnicodeDecodeError:
        try:  # decoded whole, for the offset of the bad byte in the file
            path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _not_utf8(path, exc) from None
        raise
    if blank:
        raise GenerateError(f"{path}: is empty; nothing to generate")
    return head


def file_blocks(path: Path, size: int = 1 << 16) -> Iterator[str]:
    """The text of the file at `path` as read_document gives it (UTF-8, without a byte order
    mark, cleaned by `printable`), in pieces of about `size` characters that end just after a
    "\n" (after a CR, a character printable drops might stand between it and its LF)."""
    with path.open(encoding="utf-8-sig", newline="\n") as stream:  # line ends left as they are
        while block := stream.read(size):
            yield printable(block + stream.readline())


def printable(text: str) -> str:
    """`text` without what a deck may not hold (quiz.textsafe): a control character becomes a
    space (CR stays: it ends lines), a bidirectional control or an invisible character is
    dropped. Lines keep their numbers, and the generated deck passes `quiz check`."""
    if _UNPRINTABLE.search(text) is None:
        return text
    return _UNPRINTABLE.sub(lambda m: " " if kind(m.group()) == "control" else "", text)


def document_title(text: str, path: Path) -> str:
    """The first heading, else the first short title-like line near the top, else the file name.
    Only the head of `text` is read: _HEAD_LINES lines, and _TITLE_HEAD characters."""
    all_lines = head_lines(text, _HEAD_LINES)  # front matter ends by line 40; the title is here
    matter = front_matter_end(all_lines)
    for line in all_lines[1:matter - 1]:
        key, _, value = line.partition(":")
        if key.strip().lower() == "title" and value.strip().strip("\"'"):
            return value.strip().strip("\"'")
    lines = [ln.strip() for ln in all_lines[matter:40] if ln.strip()]
    for line in lines:
        heading = heading_text(line)
        if heading:
            return heading
    first = next((ln.strip() for ln in all_lines[matter:] if ln.strip()), "")
    for line in lines[:6]:
        words = line.split()
        shortest = 2 if line == first else 3  # "Armenia–Turkey relations" as the first line
        if line == first and _ONE_WORD_TITLE.fullmatch(line) and line.lower() not in _SECTIONS:
            shortest = 1  # "Casamance" alone on the first line, not the "Land and people"
            # heading below it (round 300 labelled every card "Land and people:")
        if (_META.match(line) or line.startswith(("|", "-", "*"))
                or not shortest <= len(words) <= 20):
            continue
        if line.endswith((".", ",", ";")) and not line.endswith("...") and not (
                line == first and _ENDS_ABBREVIATED.search(line)):
            continue
        return line
    return _first_sentence_title(text) or path.stem.replace("_", " ")


# A line's start in capitals before a comma: a news report's dateline ("LONDON, 7 January")
_CAPITALS_BEFORE_COMMA = re.compile(r"^[A-Z][A-Z .'’-]{2,40},", re.M)


def _prose_head(blocks: Iterable[str]) -> str:
    """The lines of the text's top (_TITLE_HEAD characters) that hold lower-case letters, their
    datelines left out: the text's prose, without its title or other headings in capitals."""
    head = []
    size = 0
    for block in blocks:
        head.append(block)
        size += len(block)
        if size >= _TITLE_HEAD:
            break
    lines = "".join(head)[:_TITLE_HEAD].splitlines()
    return _CAPITALS_BEFORE_COMMA.sub("", "\n".join(
        line for line in lines if any(ch.islower() for ch in line)))


def _head(text: str, size: int = _TITLE_HEAD) -> str:
    """The start of `text`, up to `size` characters, cut at a line end where there is one."""
    if len(text) <= size:
        return text
    cut = text.rfind("\n", 0, size)
    return text[:cut if cut > 0 else size]


def count_words(text: str, chunk: int = 1 << 20) -> int:
    """len(text.split()), counted a chunk at a time (each cut at a space): a 50 MB document
    does not become a list of eight million words just to be counted."""
    total = start = 0
    while start < len(text):
        end = start + chunk
        space = _SPACE.search(text, end) if end < len(text) else None
        end = space.start() if space else len(text)
        total += len(text[start:end].split())
        start = end
    return total


def _first_sentence_title(text: str) -> str:
    """The opening words of the first sentence of prose (bylines and date lines skipped)."""
    for sentence in split_sentences(_head(text))[:8]:
        words = sentence.text.split()
        if _META.match(sentence.text) or len(words) < 6 or sentence.is_table_row:
            continue
        if len(words) <= 14:
            return sentence.text.rstrip(".")
        return " ".join(words[:10]).rstrip(",;:") + "…"
    return ""


# "PEKING, 12 August 1978 — ", "MAASTRICHT, Netherlands, 7 February 1992 - ": a dateline, its
# place (and country) in capitals, its date, and the dash before the report's first sentence.
_DATELINE_PREFIX = re.compile(r"^[A-Z][A-Z .'’-]{2,40},\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?"
                              r",\s+)?(?P<date>[\w ,.]{4,40}?)\s*(?:\([^()]{1,40}\)\s*)?"
                              r"(?:—|–|-{1,2})\s+(?=\S)")


def without_dateline(sentence: Sentence, date: DateMention | None) -> Sentence:
    """The first sentence of a dated report as its question text reads it: without the dateline
    (no card asks the report's own date from it), and with its "today" or "tonight" the
    dateline's day, which is then a fact like any date ("VELL, 12 August 1978 — Kaldora and
    Ostria today signed ..." -> "On 12 August 1978, Kaldora and Ostria signed ..."). The card's
    quote is still the whole sentence, dateline and all, which holds that date."""
    prefix = _DATELINE_PREFIX.match(sentence.text)
    if date is None or prefix is None or not opens_with_dateline(sentence.text, date):
        return sentence
    body = sentence.text[prefix.end():]
    today = _TODAY.search(body)
    if today is None:
        return replace(sentence, text=body, raw=sentence.quote)
    day = render(date, date.year, date.month, date.day)
    first, rest = (body[: today.start()] + body[today.end():]).split(" ", 1)
    if first in {"The", "A", "An"} or _OPENING_WORD.fullmatch(first):
        first = first.lower()  # ("On 25 July 2000, after fifteen days of talks, the summit")
    return replace(sentence, text=f"On {day}, {first} {rest}", raw=sentence.quote)


_OPENING_WORD = re.compile(r"On|In|At|After|Before|With|For|During|As|When|Amid|Despite")
# "today", "tonight" or "this morning" ("in the early hours of this morning") outside quotation
# marks, with the space before it.
_TODAY = re.compile(r" (?:(?:in\s+the\s+early\s+hours\s+of|early|late)\s+)?"
                    r"(?:today|tonight|this\s+(?:morning|afternoon|evening))\b(?![^“”\"]*[”\"])")


def opens_with_dateline(text: str, date: DateMention | None) -> bool:
    """Whether a sentence opens with the report's dateline ("MOSCOW, May 26, 1972 — ...")."""
    if date is None or not _DATELINE.match(text):
        return False
    return any(d.year == date.year and d.month == date.month and d.day == date.day
               for d in find_dates(text[:70]))


def document_date(text: str, title: str = "") -> DateMention | None:
    """The document's own date from a date line or byline near the top ("By X, May 2, 2024").

    Relative dates ("last August", "this year") are anchored to it. "Last update" lines are used
    only when nothing better is stated. A date the head states as a fact is not the document's
    own: a list item ("- Marshal of the Empire, 19 May 1804"), a line with more than a date on
    it ("The agreement of 5 November 1918", "Date: signed 3 October 1866; ratified ..."), or the
    date of the year the title names ("Date: 25 November 1491" under "The Capitulations of
    Granada, 1491": the agreement's date, which dated "2 January" of 1492 to 1491).
    """
    fallback: DateMention | None = None
    for line in head_lines(text, _DATELINE_HEAD):
        stripped = line.strip()
        if _DATELINE.match(stripped):  # "ISTANBUL, July 14, 2023 (Wire) - ..."
            early = [d for d in find_dates(stripped[:70]) if d.granularity == "day"]
            if early:
                return early[0]
        if _LIST_ITEM.match(stripped):
            continue
        byline = stripped[:3].lower() == "by "
        meta = _META.match(stripped) and not (byline and len(stripped.split()) > _BYLINE_WORDS)
        if not stripped or not (meta or len(stripped.split()) <= 8):
            continue  # ("By the late 1780s Gustav III, who had ... on 19 August 1772, saw ...":
            # a paragraph that opens with "By", no byline)
        if _FACT_KEY.match(stripped) and not _META.match(stripped):
            continue  # "Signed: 4 April 1949": a fact sheet's fact, not the document's date
        full = [d for d in find_dates(stripped) if d.granularity == "day"]
        if not full:
            continue
        if not byline and not _only_a_date(stripped, full[0], bool(meta)):
            continue
        if not byline and re.search(rf"\b{full[0].year}\b", title):
            continue
        if stripped.lower().startswith(("last update", "updated")):
            fallback = fallback or full[0]
            continue
        return full[0]
    return fallback


_LIST_ITEM = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b,?", re.I)


def _only_a_date(line: str, date: DateMention, meta: bool) -> bool:
    """Whether a head line is a date line: the date right after its key ("Date: 12 May 2024",
    "date 2025-09-25 BAKU, ...": the report follows on the same line), or the date alone with
    at most one word beside it ("Reported 18 August 2003", "Tuesday, 12 May 2024")."""
    if meta:
        key = _META.match(line)
        assert key is not None
        return not _WEEKDAY.sub("", line[key.end():date.start]).strip(" ,:-–—")
    rest = _WEEKDAY.sub("", line[:date.start] + " " + line[date.end:])
    return len(re.findall(r"[^\W\d_]+", rest)) <= 1
