"""Find agreements in a sentence: treaties, acts and their sections, statements, programmes...

Three shapes, all ending (or starting) with a head noun from a fixed list:
  section of an act   "Section 907 of the Freedom Support Act" (answer "Section 907", and the act)
  proper name         "the Freedom Support Act", "NATO's Partnership for Peace program",
                      "the November 10, 2020, Trilateral Statement", "the Treaty of Kars"
  described           "a bilateral investment treaty", "the framework peace agreement"
A bare head ("the agreement") says too little to ask about and is not a fact.
"""

from __future__ import annotations

import re

from quiz.generate.countries import COUNTRIES, NATION_ADJECTIVE
from quiz.generate.facts import AGREEMENT, Fact
from quiz.generate.inflect import parts_of_speech
from quiz.generate.numbers import CARDINALS
from quiz.generate.sentences import Sentence
from quiz.generate.text import UPPER, alternation

HEADS = ("treaty", "treaties", "agreement", "agreements", "accord", "accords", "act", "statement",
         "declaration", "program", "programme", "partnership", "charter", "memorandum",
         "protocol", "resolution", "resolutions", "convention", "initiative", "rules",
         "principles", "pact", "deal", "communiqué", "communique", "compact", "doctrine", "plan",
         "roadmap", "protocols", "conventions", "declarations", "statements", "pacts", "deals",
         "charters", "memoranda", "acts", "programs", "programmes", "partnerships", "plans")
_GATE_WORDS = (*HEADS, "section", "article", "title", "chapter", "resolution", "directive",
               "executive order", "public law")
_ANY_HEAD = re.compile(rf"\b(?:{alternation(_GATE_WORDS)})\b")  # in lower-cased text
_HEAD_CAP = "|".join(h.capitalize() for h in sorted(HEADS, key=len, reverse=True))
_CAP = rf"(?:U\.S\.|[{UPPER}][\w’'–-]*|[A-Z]{{2,}}|\([A-Z]{{2,}}\))"
_DATE_PREFIX = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|"
                r"November|December)\s+\d{1,2},\s+\d{4},?\s+|\d{4}\s+)")
_POSSESSIVE = r"(?:[A-Z][\w.]*[’']s\s+)"
# "..., Friendship and Cooperation", "..., Separatism and Extremism": a name's closing list of
# abstract nouns (a list of places or people after a comma is the sentence's, not the name's).
_ABSTRACT = r"[A-Z][a-z-]*(?:ship|tion|sion|ism|ity|ness|ment|ance|ence|ing|ure|ry|cy)"
_ABSTRACT_LIST = rf"(?:,\s+{_ABSTRACT})*,?\s+and\s+{_ABSTRACT}(?![\w-])"
# A capitalised word after "on"/"of" that starts a date, not a name ("the INF Treaty on August 2").
_NOT_DATE = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|"
             r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")

# The lookaheads name the characters a match can start with, so that most positions are ruled
# out at once rather than by trying each alternative (same matches, less time).
SECTION = re.compile(
    rf"(?=[SATC])(?<![\w-])"
    rf"(?P<section>(?:Section|Article|Title|Chapter)\s+\d+[A-Za-z]?(?:\([a-z0-9]+\))*)"
    rf"(?P<of>\s+of\s+(?:the\s+)?(?P<act>(?:{_CAP}\s+){{0,6}}(?:{_HEAD_CAP})))(?![\w-])"
)
NUMBERED = re.compile(
    r"(?=[UGSRDEP])(?<![\w-])"
    r"(?P<name>(?:(?:UN|U\.N\.|United Nations)\s+)?(?:Security Council\s+|General "
    r"Assembly\s+)?(?:Resolution|Directive|Executive Order|Public Law)\s+\d[\d/.-]*\d|"
    r"(?:Resolution|Directive|Executive Order|Public Law)\s+\d)(?![\w-])"
)
# Capitalised words (with 'for', 'of', 'on' between them) ending in a head noun; after the head,
# its object's words may be joined by "or" ("Charter for Regional or Minority Languages", once
# cut at "Regional": round 1062).
PROPER = re.compile(
    rf"(?=[{UPPER}0-9(])(?<![\w’'-])(?P<name>{_POSSESSIVE}?{_DATE_PREFIX}?"
    rf"(?:{_CAP}(?:\s+(?:for|of|and)\s+(?:the\s+)?{_CAP})*\s+)+"
    rf"(?:(?:{_HEAD_CAP})(?:\s+(?:on|of|for)\s+(?:the\s+)?{_NOT_DATE}{_CAP}"
    rf"(?:\s+(?:(?:and|or)\s+)?{_CAP})*(?:{_ABSTRACT_LIST})?)?"
    rf"|program|programme|partnership|initiative|rules|principles|agreements?|accords?|treaty|"
    rf"resolutions?|declaration|memorandum|protocol|deal|pact))(?![\w-])"
)
# One party of a "between" name: "the Kingdom of Denmark", "the Federal Republic of Germany"
_PARTY = rf"(?:the\s+)?{_CAP}(?:\s+(?:of(?:\s+the)?\s+)?{_NOT_DATE}{_CAP})*"
HEAD_FIRST = re.compile(
    rf"(?=[TACDMP])(?<![\w-])"
    # ("Treaty between the Kingdom of Denmark and the Federal Republic of Germany on a Fixed
    # Link": the second party's "the", and the subject's "a", had cut the name after Denmark,
    # round 879)
    rf"(?P<name>(?:Treaty|Agreement|Accord|Convention|Charter|Declaration|Memorandum|"
    rf"Protocol|Pact)\s+between\s+{_PARTY}\s+and\s+{_PARTY}(?:\s+(?:on|for|concerning)\s+"
    rf"(?:an?\s+|the\s+)?{_NOT_DATE}{_CAP}(?:\s+(?:of(?:\s+the)?\s+|and\s+)?{_CAP})*)?"
    rf"|(?:Treaty|Agreement|Accord|Convention|Charter|Declaration|Memorandum|"
    rf"Protocol|Pact)\s+(?:of|on|for|between)\s+(?:the\s+)?{_NOT_DATE}{_CAP}"
    rf"(?:\s+(?:of(?:\s+the)?|on|in|and|or)?\s*{_NOT_DATE}{_CAP})*(?:{_ABSTRACT_LIST})?)"
)
# Heads that name an agreement even in lower case ("a bilateral investment treaty"); "program",
# "protocol", "rules", "resolution" in lower case are as often software or procedure.
_DESCRIBED_HEADS = ("treaties|treaty|agreements|agreement|accords|accord|pact|deal|declaration|"
                    "memorandum|charter|convention|partnership|statement|communiqué|communique|"
                    "compact|principles|ceasefire")
# Lower-case modifiers before a head: "bilateral investment treaty", "framework peace agreement".
DESCRIBED = re.compile(
    rf"(?<![\w’'-])(?P<mods>(?:(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[a-z][a-z-]+|\d{{4}})\s+){{0,3}})"
    rf"(?P<head>{_DESCRIBED_HEADS})(?P<of>\s+of\s+(?:independence|friendship|understanding|"
    rf"cooperation|alliance|intent|accession|surrender|union))?(?![\w-])"
)
_STOP_MODS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "of", "to", "in", "on", "for", "with", "by", "and", "or", "as", "at", "from", "into", "any",
    "is", "was", "were", "are", "be", "been", "has", "had", "have", "not", "no", "such", "same",
    "which", "who", "whose", "what", "new", "other", "proposed", "signed", "adopted", "under",
    "about", "over", "after", "before", "between", "against", "toward", "towards", "all",
    "some", "each", "every", "both", "also", "more", "most", "recent", "upcoming", "possible",
    "lasting", "eventual", "final", "said", "set", "one", "two", "three", "four", "six",
    "seven", "eight", "nine", "ten", "would", "could", "should", "will", "can", "may", "might",
    "must", "so-called", "last", "next", "first", "second", "within", "through", "per", "via",
})
_FOLLOWING_NOUN = re.compile(r"\s+(?:proposals?|process|talks|negotiations|text|draft|terms|"
                             r"implementation|talks|signing|provisions?|obligations?|"
                             r"commitments?)\b")
_NOT_VERB = frozenset({"united", "red", "bed", "hundred", "landmark", "armed", "long-standing",
                       "ceasefire", "so-called"})
_SENTENCE_OPENERS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "Their",
                               "In", "On", "At", "After", "Before", "Under", "Both", "All"})
# What each pattern cannot match without: one quick scan for it skips the pattern in most
# sentences (the gate above lets every head noun in, "plan" and "act" included).
_SECTION_KEY = re.compile(r"(?:Section|Article|Title|Chapter)\s+\d")
_NUMBERED_KEY = re.compile(r"(?:Resolution|Directive|Executive Order|Public Law)\s+\d")
_HEAD_FIRST_KEY = re.compile(r"(?:Treaty|Agreement|Accord|Convention|Charter|Declaration|"
                             r"Memorandum|Protocol|Pact)\s+(?:of|on|for|between)\s")
_DESCRIBED_KEY = re.compile(rf"(?:{_DESCRIBED_HEADS})(?![\w-])")


# A body's name, then a lower-case head that is a verb of it as well ("Supreme Court rules")
_BODY_THEN_VERB = re.compile(r"\b(?:Court|Council|Assembly|Commission|Parliament|Congress|"
                             r"Senate|Tribunal|Committee|Government|Cabinet|Board|Party|Union)\s+"
                             r"(?:rules|plans|programs|programmes|deals|pacts)$")
_CLAUSE_AFTER = re.compile(r"\s+(?:that|on|in\s+favour|against|out)\b")


def _head_of(name: str) -> str:
    for word in reversed(name.split()):
        if word.lower() in HEADS:
            return word.lower()
    return name.split()[0].lower()


# ", Social and Cultural Collaboration and Collective Self-Defence": the rest of a name whose
# words are listed with commas ("Treaty of Economic, Social and Cultural ...").
_LISTED_REST = re.compile(r",\s+(?P<words>[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)*\s+and\s+[A-Z][\w-]*"
                          r"(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w-]*)*)")


def _listed_rest(text: str, end: int, name: str) -> int:
    """How far a name ending at `end` runs on through a list of words of its own ("Treaty of
    Friendship" + ", Cooperation and Mutual Assistance"): common words all, as a name's are;
    "the Treaty of Versailles, Britain and France" lists states."""
    if text[end:end + 1] != ",":
        return 0
    rest = _LISTED_REST.match(text, end)
    if rest is None:
        return 0
    words = [w.strip(",") for w in rest.group("words").split()]
    listed = [w for w in words + name.split()[-1:] if w not in {"and", "of", "the"}]
    if all(parts_of_speech(w.split("-")[0].lower()) for w in listed):
        return rest.end() - end
    return 0


# "In Article 1 of the Treaty of Shimonoseki China recognised ...": a country after a place
# name, the subject of the verb that follows (no comma between), not part of the name.
_COUNTRY_AS_SUBJECT = re.compile(r"\b[Oo]f [A-Z][\w’'-]{2,} (?P<country>" + "|".join(
    sorted((re.escape(c) for c in COUNTRIES if " " not in c), key=len, reverse=True)) + r")$")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]{3,}")


_NUMBER_AFTER = re.compile(r"\s+\d")
_NUMBERED_AFTER = re.compile(r"\s+No\.?\s*\d")
_DEMONSTRATIVES = frozenset({"This", "That", "These", "Those"})
_ENDS_IN_ADJECTIVE = re.compile(rf"\s+(?:on|of|for)\s+(?:{NATION_ADJECTIVE.pattern})$")


# ", 2002" after an act's name, as Commonwealth statutes are named ("the Criminal Code Act, 2002")
_YEAR_OF_ACT = re.compile(r",\s+(?P<year>1[5-9]\d\d|20\d\d)(?=[,;.]|\s+(?!(?:and|or)\b)[a-z])")
_DATED_ACTS = ("Act", "Decree", "Ordinance", "Proclamation")


# A name whose last word is a capitalised gerund, and a "the" and a capital after it: the name
# goes on ("Special Act on Discovering the Truth of ...")
_CUT_AFTER_GERUND = re.compile(r"\s[A-Z][a-z]{3,}ing$")
_THE_NAME_GOES_ON = re.compile(r"\s+(?:the|a|an)\s+[A-Z]")


def find_agreements(sentence: Sentence) -> list[Fact]:
    """Every agreement named or described in the sentence, left to right, without overlaps."""
    text = sentence.text
    if not _ANY_HEAD.search(text.lower()):
        return []  # most sentences name no agreement: one cheap scan rules them out
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, head: str) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        subject = _COUNTRY_AS_SUBJECT.search(text[start:end])
        if subject and _LOWER_WORD_AFTER.match(text, end):
            end = start + subject.start("country") - 1  # "the Treaty of Shimonoseki China
            # recognised": China is the one who recognised
        if _FOLLOWING_NOUN.match(text, end):
            return  # "peace agreement proposals": the agreement is not the thing named
        if (_NUMBER_AFTER.match(text, end) and text[start:end].rsplit(" ", 1)[-1].islower()) or (
                _NUMBERED_AFTER.match(text, end)):
            return  # "General Assembly resolution 3385 (XXX)", "Republic Act No. 11054": its
            # number names it (rounds 274, 279)
        if _CUT_AFTER_GERUND.search(text, start, end) and _THE_NAME_GOES_ON.match(text, end):
            return  # "the Special Act on Discovering [the Truth of ...]": a name cut inside
            # (round 304 asked of "the Special Act on Discovering")
        if text[start:end].split(" ", 1)[0] in _DEMONSTRATIVES:
            return  # "This treaty threatens no one": which treaty, the sentences before say
        adjective = _ENDS_IN_ADJECTIVE.search(text, start, end)
        if adjective and _LOWER_WORD_AFTER.match(text, end):
            end = adjective.start()  # "the Akkerman Convention on Serbian autonomy": the
            # adjective goes with the noun after the name
        dated = _YEAR_OF_ACT.match(text, end) if text[start:end].endswith(_DATED_ACTS) else None
        if dated:
            end = dated.end("year")  # "the National Reconciliation Commission Act, 2002,
            # creating ...": the year is the act's name (round 186)
        taken.append((start, end))
        facts.append(Fact(AGREEMENT, text[start:end], start, end, sentence, head=head))

    for m in SECTION.finditer(text) if _SECTION_KEY.search(text) else ():
        add(m.start("section"), m.end("section"), "section")
        act = m.group("act")
        if len(act.split()) > 1:
            taken.append((m.start("section"), m.end("section")))
            facts.append(Fact(AGREEMENT, act, m.start("act"), m.end("act"), sentence,
                              head=_head_of(act)))
            taken.append((m.start("act"), m.end("act")))
    for m in NUMBERED.finditer(text) if _NUMBERED_KEY.search(text) else ():
        add(m.start("name"), m.end("name"), "resolution")
    for pattern in (PROPER, HEAD_FIRST) if _HEAD_FIRST_KEY.search(text) else (PROPER,):
        for m in pattern.finditer(text):
            name = m.group("name")
            start = m.start("name")
            # Drop sentence-initial function words captured as capitals ("The", "In").
            while name.split()[0] in {"The", "A", "An", "In", "On", "Under", "After", "Its"}:
                first = name.split()[0]
                cut = name.index(first) + len(first)
                cut += len(name[cut:]) - len(name[cut:].lstrip())
                name, start = name[cut:], start + cut
                if len(name.split()) < 2:
                    break
            if name.endswith(("’s", "'s")):
                name = name[:-2]  # "the Treaty of London's list": the name, not its owner's
                # form (round 827 offered "Treaty of London's" as an option)
            before_head = name.split()[:-1]
            if before_head and all(w.endswith(("’s", "'s")) for w in before_head):
                continue  # "Azerbaijan's initiative": a possessive alone does not name it
            if _BODY_THEN_VERB.search(name) and _CLAUSE_AFTER.match(text, start + len(name)):
                continue  # "The Supreme Court rules that ...": a body and its verb (round 166)
            if len(name.split()) >= 2:
                add(start, start + len(name) + _listed_rest(text, start + len(name), name),
                    _head_of(name))
    for m in DESCRIBED.finditer(text) if _DESCRIBED_KEY.search(text) else ():
        # Keep the modifiers after the last word that cannot modify a head ("signed a joint
        # energy memorandum" -> "joint energy memorandum").
        spans = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group("mods"))]
        keep = 0
        for index, (_, word) in enumerate(spans):
            low = word.lower()
            if low in _STOP_MODS or (low.endswith(("ed", "ing", "ly")) and low not in _NOT_VERB):
                keep = index + 1
        words = [w for _, w in spans[keep:]]
        start = m.start("mods") + spans[keep][0] if keep < len(spans) else m.start("head")
        if not words and m.group("of"):
            add(m.start("head"), m.end(), m.group("head"))  # "a declaration of independence"
            continue
        if not words or all(w.lower() in CARDINALS or w.isdigit() for w in words):
            continue
        if words[0][:1].isupper() and words[0] in _SENTENCE_OPENERS:
            continue
        if m.group("head") == "deal" and words[-1].lower() in {"great", "good", "big", "fair",
                                                               "whole", "raw"}:
            continue  # "a great deal of": an amount, not an agreement
        if m.group("head") == "principles" and words[0].lower() not in CARDINALS:
            continue  # "five basic principles" is a set proposed; "general principles" is not
        add(start, m.end(), m.group("head"))
    return sorted(facts, key=lambda f: f.start)
