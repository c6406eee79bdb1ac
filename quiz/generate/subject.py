"""The body or agreement a document is about, and questions that name it in full.

A fact sheet on the Arctic Council calls it "the Council" after its title; a treaty summary
speaks of "the Convention", "the Ninth Review Conference" and "the parties". Inside the document
each is clear; on a card alone it is not. The document's subject is read from its title line
(or first heading), and a question that refers to the subject by a short form or one of its
parts is completed from it ("the Council" -> "the Arctic Council", "the chair" -> "the chair of
the Arctic Council"), or dropped when it cannot be completed with certainty.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from quiz.generate.countries import NATION_ADJECTIVE
from quiz.generate.dates import MONTH_WORD
from quiz.generate.grammar import bank_without_article
from quiz.generate.inflect import is_past_tense, is_plural_noun, parts_of_speech
from quiz.generate.numbers import CARDINALS_PATTERN, ORDINAL_WORDS
from quiz.generate.text import QUOTED

# Head nouns of the names of bodies and of agreements: what a short form ("the Council") keeps.
BODY_HEADS = frozenset({"Council", "Commission", "Committee", "Conference", "Organisation",
                        "Organization", "Union", "Alliance", "League", "Assembly", "Court",
                        "Community", "Forum", "Agency", "Bank", "Fund", "Tribunal", "Parliament",
                        "Association", "Movement", "Group", "Process", "Initiative", "Secretariat",
                        "Congress"})
AGREEMENT_HEADS = frozenset({"Treaty", "Convention", "Agreement", "Accord", "Accords", "Protocol",
                             "Pact", "Charter", "Declaration", "Covenant", "Statute", "Treaties",
                             "Conventions", "Agreements", "Protocols", "Peace"})
_HEADS = BODY_HEADS | AGREEMENT_HEADS
# Heads of bodies read only from a title ("The Commonwealth of Nations: Fact Sheet"): in a
# sentence "the Commonwealth" or "the Federation" may be another one, or a state.
_TITLE_BODY_HEADS = frozenset({"Commonwealth", "Federation", "Society", "Institute",
                               "Coalition", "Network", "Authority"})
# Heads of instruments read only from a title ("The Boulder Canyon Project Act of 1928",
# "The Edict of Rothari"): the summary's "the act", "the edict" is it (round 1265 read "the act"
# Hoover proclaimed as the Limitation Act the paragraph had named last); in a sentence "the Act"
# may be any other
TITLE_AGREEMENT_HEADS = frozenset({"Act", "Edict", "Recess", "Decree", "Ordinance", "Concordat"})
_SMALL_WORDS = frozenset({"of", "on", "for", "and", "the", "to", "in", "against", "between"})
# A capitalised word ("Åbo"), or two names joined by a dash ("Rush–Bagot")
_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'./-]*(?:–[A-ZÀ-ÖØ-Þ][\w’'./-]*)?"
# "Arctic Council", "Biological Weapons Convention", "Treaty of Lausanne", "Council of Europe",
# "Arusha Peace and Reconciliation Agreement for Burundi" (not "Arusha Peace").
_HEAD_LAST = re.compile(rf"^(?:(?:{_WORD}|\((?:{_WORD}\s+)*{_WORD}\))\s+){{1,6}}(?P<head>{_WORD})$")
# (a bracket inside an Act's name: "Corporation of London (Tower Bridge) Act")
# "United States–Iraq Status of Forces Agreement": an agreement's name with an "of" inside the
# words before its head (not "Act of Union", whose head comes first).
_AGREEMENT_HEAD_LAST = re.compile(rf"^(?:{_WORD}\s+){{1,4}}of\s+(?:(?:{_WORD}|\((?:{_WORD}\s+)*"
                                  rf"{_WORD}\))\s+){{1,3}}(?P<head>{_WORD})$")
_HEAD_FIRST = re.compile(rf"^(?:{_WORD}\s+(?:and\s+(?=[A-Z]))?){{0,4}}?(?P<head>{_WORD})\s+"
                         rf"(?:of|on|for)\s+(?:the\s+)?"
                         rf"(?:{_WORD}(?:\s+(?:{_WORD}|of|and|the|in))*|\d{{4}})$")
# "Kyoto Protocol to the ...", "Geneva Conventions of 1949 and their ...": a name, then words
# that describe it (the name alone is what the document calls it).
_HEAD_THEN_MORE = re.compile(rf"^(?P<name>(?:{_WORD}\s+){{1,5}}(?P<head>{_WORD}))\s+"
                             r"(?:to|on|of|and|for|in|[Rr]egarding|[Cc]oncerning|[Bb]etween)\s")
# "Fact Sheet", "Treaty summary", "A Timeline": a part of a title that says what kind of text
# it is; "Timeline of the ...": such a part in front of the name.
_LABEL_WORDS = r"fact\s*sheet|summary|overview|timeline|chronology|briefing|profile|history|" \
               r"background|introduction|guide|explainer|notes"
_LABEL_PART = re.compile(rf"^(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:{_LABEL_WORDS})$", re.I)
_LABEL_OF = re.compile(rf"^(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:{_LABEL_WORDS})\s+of\s+", re.I)
_PARTS_OF_TITLE = re.compile(r"\s*(?::|;|\|\s|\s[–—-]\s|[–—]\s)\s*")
# (not a bracket inside an Act's name: "Corporation of London (Tower Bridge) Act", "Government
# of Ireland (Amendment) Act")
_BRACKETS = re.compile(r"\s*\((?![A-Z][^()]*\)\s+(?:Act|Bill|Order|Regulations)\b)[^()]*\)")
_BRACKETED_SPLIT = re.compile(r"\s*\([^()]*(?::|;|\s[–—-]\s|[–—]\s)[^()]*\)")
_ETC_LAST = re.compile(r"\s+etc$")
# ", 1954–1958" (not the year of a name: "Anglo-Dutch Treaty of 1824")
# (not a number after "No.": "Executive Order No. 183" had become "Executive Order No", round 346)
# (and a lower-case "no.": "Law no. 136 of 10 February 1953" had labelled its cards "Law no",
# round 1651)
# (a month's or a season's name before the year, not any capitalised word: "The Forth Bridge
# Railway Act 1882" had labelled its cards "Forth Bridge Railway", round 1262)
_YEARS = re.compile(rf"(?<!\bof)(?<!\b[Nn]o\.)(?<!\b[Nn]o),?\s+(?:(?:\d{{1,2}}\s+)?(?:{MONTH_WORD}|"
                    rf"Spring|Summer|Autumn|Winter|Fall)\s+\d{{3,4}}|"
                    r"\d{3,4}(?:\s*[–—-]\s*\d{2,4})?|\d{3,4}s)$")


# " of 30 October 1864", ", 9–16 May 1916": the day an instrument was made, after its name ("The
# Treaty of Vienna of 30 October 1864: A Summary" names the Treaty of Vienna; a year alone after
# "of" may be the name's own: "Anglo-Dutch Treaty of 1824")
_DATED = re.compile(rf"(?:\s+of|,)\s+(?:\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+)?{MONTH_WORD}"
                    rf"\s+\d{{3,4}}$")  # ("of 22 November 643": round 1255 labelled no card)


@dataclass(frozen=True)
class Subject:
    """What a document is about: its full name ("Arctic Council"), the head noun its short
    form keeps ("Council"), and whether it is an agreement (else a body). `kind` is "" for a
    body or an agreement, "event" ("Suez Crisis", head "Crisis"), "place" ("East Timor", no
    head) or "pair" ("Vietnam and the United States", no head) for what quiz.generate.topic
    reads from the title of a timeline or a history, and "topic" ("Marshall Plan", no head) for
    a title's name that only heads cards."""

    name: str
    head: str
    agreement: bool
    kind: str = ""
    alias: str = ""  # the short name the title gives in brackets ("Warsaw Pact")

    @property
    def with_the(self) -> str:
        """The name as it reads after a preposition: "the Arctic Council"."""
        return self.name if re.match(rf"{_WORD}[’']s\s", self.name) else f"the {self.name}"

    @property
    def short_with_the(self) -> str:
        """The shortest name the title gives, after a preposition: "the Warsaw Pact"."""
        return f"the {self.alias}" if self.alias else self.with_the


def title_case(text: str, capitals: frozenset[str] = frozenset()) -> str:
    """An all-capitals title in the case a name is written in ("THE BIOLOGICAL WEAPONS
    CONVENTION" -> "The Biological Weapons Convention"), but for the words in `capitals`: those
    its text writes in capitals too ("EMI", not "Emi"; round 1542 labelled every card "Emi:")."""
    if any(ch.islower() for ch in text) or " " not in text.strip():
        return text  # (one word: "EMI", "ALHAMBRA"; only its text can say which is a name in
        # capitals, so Document.cased_title decides)
    words = [w if w.strip(_WORD_EDGES) in capitals
             else w.lower() if i and w.lower() in _SMALL_WORDS else w.capitalize()
             for i, w in enumerate(text.split())]
    return " ".join(words)


_WORD_EDGES = "\"'‘’“”()[],.:;!?"
_CAPITALS_WORD = re.compile(r"(?<![\w&.-])[A-Z][A-Z0-9&]*[A-Z0-9](?![\w&-])")


def words_in_capitals(text: str) -> frozenset[str]:
    """The words of two letters or more `text` writes in capitals ("EMI", "UBS", "A&M")."""
    return frozenset(_CAPITALS_WORD.findall(text))


# A company's legal form closing a title ("Pfizer Inc.", "Unilever plc", "Nestlé S.A.")
_LEGAL_FORM_LAST = re.compile(r",?\s+(?:Inc|Ltd|Corp|plc|PLC|AG|N\.V|S\.A|GmbH)\.?$")
# A bracketed date, then "and" and what else the title is about
_DATED_THEN_AND = re.compile(r"\s*\([^()]*\d{3,4}[^()]*\)\s+and\s+.*$")


def title_parts(title: str) -> list[str]:
    """The parts of a title that may name what the document is about, in order: split at
    colons and dashes, without brackets, years, labels ("Fact sheet", "a timeline") or a
    leading "The" ("Fact Sheet: The Arctic Council (1996), 1996–2024" -> ["Arctic Council"])."""
    parts = []
    whole = _BRACKETED_SPLIT.sub("", title_case(" ".join(title.split())))  # ("Absalon (c. 1128
    # – 21 March 1201)": a life's span in brackets, whose dash splits no title; round 1212
    # labelled every card "Absalon (c:")
    for part in _PARTS_OF_TITLE.split(whole):
        part = _DATED_THEN_AND.sub("", part)  # ("The Royal Charter of Rhode Island ... (8 July
        # 1663) and Block Island": the name ends at its date, round 1160)
        part = _YEARS.sub("", _DATED.sub("", _BRACKETS.sub("", part))).strip()
        part = _LEGAL_FORM_LAST.sub("", part)  # ("Pfizer Inc.": the company is "Pfizer")
        part = part if part.endswith(" Co.") else part.rstrip(".,")  # ("Merck & Co.")
        part = _ETC_LAST.sub("", part)  # ("Local Government etc. (Scotland) Act 1994": round
        # 998 labelled every card "Local Government etc:")
        part = _LABEL_OF.sub("", part)
        if not part or _LABEL_PART.match(part):
            continue
        parts.append(part[4:] if part.startswith(("The ", "the ")) else part)
    return parts


# A capitalised small word: a headline in title case ("Summit Ends Without Agreement"), not a name.
# (Or a headline's verb: "De Gaulle and Adenauer Sign Treaty of ...")
_HEADLINE_WORD = re.compile(r"\s(?:Without|With|After|Before|Over|Into|From|At|As|By|Against|Under|"
                            r"Amid|To|In|On|Of|And|The|A|An|Is|Are|Was|Were|Ends|Opens|Signs?|"
                            r"Signed|Agrees?|Reach(?:es)?|Adopts?|Ratif(?:y|ies)|Concludes?|"
                            r"Meets?|Approves?|Initial(?:s|led)?)\s")


def name_in(text: str, heads: frozenset[str]) -> tuple[str, str] | None:
    """(name, head) when `text` is the name of a thing of a kind in `heads` ("Treaty of
    Lausanne"), or opens with one followed by a description ("Kyoto Protocol to the ...")."""
    if _HEADLINE_WORD.search(text):
        return None
    for pattern in (_HEAD_LAST, _HEAD_FIRST):
        match = pattern.match(text)
        if match is not None and match.group("head") in heads:
            if any(w[:1].islower() and w not in _SMALL_WORDS for w in text.split()):
                return None
            return text, match.group("head")
    match = _HEAD_THEN_MORE.match(text)
    if match is not None and match.group("head") in heads:
        return match.group("name"), match.group("head")
    match = _AGREEMENT_HEAD_LAST.match(text)
    if match is not None and match.group("head") in heads & (
            AGREEMENT_HEADS | TITLE_AGREEMENT_HEADS):
        return text, match.group("head")
    return None


_ACRONYM = re.compile(r"[A-Z]{2,}(?:[–-][A-Z]{2,})*")  # ("AFL–CIO")


def document_subject(title: str) -> Subject | None:
    """The body or agreement a document's title names ("Fact Sheet: The Arctic Council",
    "Treaty of Lausanne", a headline's "... sign treaty creating the Arab Maghreb Union"), or
    None when the title names none (a person, an event, a headline of no such founding)."""
    for part in title_parts(title):
        found = name_in(part, _HEADS | _TITLE_BODY_HEADS | TITLE_AGREEMENT_HEADS)
        if found is not None and re.sub(r"^(?:An?|The)\s+", "", found[0]) == found[1]:
            found = None  # "An Act to Incorporate the Carnegie Institution": the head alone is
            # no name (round 1286 labelled every card "An Act:")
        if found is not None:
            name, head = found
            first, joined, rest = name.rpartition(" and ")
            if joined and head in first.split() and (_ACRONYM.fullmatch(rest.removeprefix(
                    "the ")) or (rest.startswith("the ") and not _HEADS.isdisjoint(rest.split()))):
                name = first  # "The American Federation of Labor and the AFL–CIO", "... and the
                # Reinsurance Treaty": two things; the head's is the subject, not both written as
                # one (round 1744 asked of an 1894 convention of "the American Federation of
                # Labor and AFL–CIO"); not "... in Germany and the Administration of Greater
                # Berlin", one protocol's name
            alias = bracketed_name(title, name)
            return Subject(name, head, head in AGREEMENT_HEADS | TITLE_AGREEMENT_HEADS,
                           alias="" if alias.isupper() else alias)  # "(NC)" is no name to add
    founded = _FOUNDED_IN_HEADLINE.search(title) or _BECAME.search(title)
    parts = title_parts(title)
    if founded is not None and founded.re is _BECAME and parts and (
            parts[0].split()[0] not in founded.group("name").split()):
        founded = None  # "The Marylebone Cricket Club, 1787–1968: from Dorset Fields to the
        # Cricket Council": the story's end is another body than the subject the title opens
        # with (round 1735 labelled a timeline of the MCC "Cricket Council:"); still
        # "Benelux, 1919–2023: from customs union to the Benelux Union"
    if founded is not None:
        return Subject(founded.group("name"), founded.group("head"), False)
    return None


def signed_in_headline(title: str) -> Subject | None:
    """The agreement a news report's headline says was signed ("EU leaders sign Lisbon Treaty,
    ending ..."), or None."""
    signed = _SIGNED_IN_HEADLINE.search(title)
    return None if signed is None else Subject(signed.group("name"), signed.group("head"), True)


# A headline that reports the signing of a named agreement: "EU leaders sign Lisbon Treaty,
# ending ...", "Angola's government and UNITA sign Lusaka Protocol as ...", "Four powers sign
# Munich accord; ..." (what the report calls "the treaty" or "the accord" is it).
_SIGNED_IN_HEADLINE = re.compile(
    rf"\bsigns?\s+(?P<name>(?:{_WORD}\s+){{1,3}}(?:peace\s+)?(?P<head>[Tt]reaty|[Aa]ccords?|[Pp]rotocol|"
    r"[Dd]eclaration|[Aa]greement|[Pp]act))(?=$|[,;:]|\s+(?:as|on|in|at|with|to|after|for|[a-z]+ing)\b)")


# "Benelux, 1919–2023: from customs union to the Benelux Union": what the title's story ends in
_BECAME = re.compile(
    rf"\bfrom\s+[^:]+?\s+to\s+the\s+(?P<name>(?:{_WORD}\s+){{1,5}}(?P<head>"
    rf"{'|'.join(sorted(BODY_HEADS))}))$")


# A sentence-case headline that founds a body: "Five leaders sign treaty creating the Arab
# Maghreb Union" (its name is what the report is about).
_FOUNDED_IN_HEADLINE = re.compile(
    rf"\b(?:creating|establishing|founding|forming|launching|set\s+up)\s+(?:the\s+)?"
    rf"(?P<name>(?:{_WORD}\s+){{1,5}}(?P<head>{'|'.join(sorted(BODY_HEADS))}))$")


def bracketed_name(title: str, name: str) -> str:
    """The short name `title` gives in brackets right after `name` ("Economic Community of
    West African States (ECOWAS)", "the Warsaw Treaty Organisation (Warsaw Pact)"), else ""."""
    found = re.search(rf"{re.escape(name)}\s*\((?P<short>(?:{_WORD}\s+)*{_WORD})\)", title)
    if found is None:
        return ""
    short = found.group("short")
    # "(Heligoland–Zanzibar Treaty)" is another name; "(Canada–United States)" says whose it is
    return "" if "–" in short and short.split()[-1] not in _HEADS else short


def _proper_name_cut(prefix: str) -> bool:
    """Whether `prefix`, cut from before a shorter name, is a proper name the lexicon does not
    know ("Königstein " of the Königstein State Agreement): the shorter "State Agreement" is
    then no name at all (round 1718 labelled its cards "State Agreement:")."""
    words = prefix.split()
    return bool(words) and all(w[:1].isupper() and not parts_of_speech(w.lower()) for w in words)


def with_short_name(subject: Subject, names: Iterable[str]) -> Subject:
    """`subject` with the shorter name its document also gives it ("Genocide Convention" for
    the "Convention on the Prevention and Punishment of the Crime of Genocide": the same head,
    every word from the full name), the one named most, when the title gives none."""
    if subject.alias or subject.head in TITLE_AGREEMENT_HEADS:
        return subject  # (an Act's shorter names, "the Special Act", "the Bihar Act", may be
        # any of several: pass 317's comparison labelled cards with them)
    words = set(subject.name.lower().split())
    counts = Counter(name.removeprefix("the ").removeprefix("The ") for name in names)
    for short, _ in counts.most_common():
        if (len(short) < len(subject.name) and short.split()[-1] == subject.head
                and len(short.split()) >= 2 and set(short.lower().split()) <= words
                and not _CUT_AT_ABBREVIATION.search(subject.name.removesuffix(short))
                and not _proper_name_cut(subject.name.removesuffix(short))):
            return replace(subject, alias=short)
    return subject


# "Great Lakes–St. ": the full name goes on before the shorter one after an abbreviation's
# stop, where a sentence was wrongly ended ("Lawrence Deep Waterway Treaty" is no name of its
# own: round 1401 labelled every card of the treaty's summary so)
_CUT_AT_ABBREVIATION = re.compile(r"\b(?:St|Ste|Mt|Ft|Pt)\.\s*$")
_WORD_ORDINALS = "|".join(ORDINAL_WORDS[:15])  # "First" to "Fifteenth"
_ORDINALS = rf"{_WORD_ORDINALS}|\d{{1,2}}(?:st|nd|rd|th)"
_SESSION_NOUNS = "Conference|Meeting|Session|Summit|Congress"
# (nor before a plural possessive: "the foreign ministers' meeting")
_ANCHORED_AFTER = r"(?!\s+(?:of|on|for|to|in\s+[A-Z]|at\s+[A-Z])\b)(?![\w-]|[’']\s)"
# "the Ninth Review Conference", "a Special Conference": one meeting of a series, whose series
# the name does not say (an indefinite one in a list, "a Council, a ...", is an organ).
# (not "a Peruvian Congress": a nation's own body, no meeting of a series: round 181)
_SESSION = re.compile(rf"\b(?:[Tt]he\s+(?=(?:{_ORDINALS})\s)|[Aa]n?\s+"
                      rf"(?!(?:{NATION_ADJECTIVE.pattern})\s)(?!(?:[A-Z][\w-]*\s+){{1,2}}"
                      rf"(?:{_SESSION_NOUNS})(?:\s*,|\s+and\b)))"
                      rf"(?:[A-Z][\w-]*\s+){{1,2}}(?:{_SESSION_NOUNS}){_ANCHORED_AFTER}")
# "The Third set up ...": an ordinal standing for a name given in an earlier sentence.
_ELLIPTIC_ORDINAL = re.compile(rf"\b[Tt]he\s+(?:{_WORD_ORDINALS})(?=\s+[a-z(]|\s*,)")
# "the Council", "the new Council": a body or agreement by the head noun of its name alone.
_SHORT_FORM = re.compile(rf"\b(?P<the>[Tt]he)\s+(?P<mods>(?:new|present|current|whole|full|"
                         rf"original|revised|amended)\s+)?(?P<head>{'|'.join(sorted(_HEADS))})"
                         rf"{_ANCHORED_AFTER}(?!\s+(?:[A-Z]|[a-z]+ing\b|against\b|between\b|"
                         r"with\b|establishing\b))")  # "the Treaty establishing ...": a name
_BODY_PARTS = ("chair|chairmanship|presidency|secretariat|member states|members|ministers|"
               "delegates")
_AGREEMENT_PARTS = "states parties|parties|signatories|depositaries"
_MEMBER_STATES = "states|countries|governments"  # "the four states" of a body
_PART = re.compile(rf"\b(?P<the>[Tt]he)\s+(?P<mods>(?:[a-z]+\s+){{0,2}}?)"
                   rf"(?P<part>{_AGREEMENT_PARTS}|{_BODY_PARTS})\b{_ANCHORED_AFTER}(?!\s+[A-Z])"
                   rf"|\b(?P<the_n>[Tt]he)\s+(?P<number>(?:{CARDINALS_PATTERN}|\d+|other|remaining)\s+)"
                   rf"(?:[a-z]+\s+)?"
                   rf"(?:{_MEMBER_STATES})\b{_ANCHORED_AFTER}(?!\s+[A-Z])")

# "urging ratification", "a Secretariat draft", "at the signing": an act on an agreement, or a
# draft of it, that does not say which; in the summary of one agreement it is that one.
_BARE_ACT = re.compile(r"(?:\b(?:urging|urged|urge|for|after|before|awaiting|pending|await)\s+"
                       r"(?P<act>ratification|accession)"
                       r"|\b(?:[Aa]n?|[Tt]he)\s+(?:(?:[A-Z][\w-]*|first|second|final|revised|"
                       r"new)\s+)?(?P<draft>draft)"
                       r"|\b[Tt]he\s+(?P<signing>signing))"
                       r"(?=\s*[,.;?]|\s+(?:on|in|at|by|from|until|after|before|during|when|"
                       r"was|were|is|had|with|[a-z]+ed)\b|$)")
# "the military organisation" in a fact sheet on an organisation: a part of the subject named
# by the subject's own head noun in lower case ("the organisation" is the subject itself).
_LOWER_HEAD = (r"\b(?P<the>[Tt]he)\s+(?P<mods>(?:[a-z]+\s+){{0,2}}?){head}\b"
               r"(?!\s+(?:of|to|for|on|between)\b)(?!\s+[A-Z])(?![\w-])")
_OTHER_BODY = re.compile(rf"(?:{_WORD}\s+)+(?:{'|'.join(sorted(_HEADS))})\b")
# "When it reconvened", "did it agree": "it" doing something, with nothing before it to be it.
_SUBJECT_IT = re.compile(r"\b(?:did\s+)?it\s+(?!is\b|was\b|has\s+been\b)[a-z]{2,}")
_NOUN_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s|(?<=\s)[A-Z]")
# "Bahrain's move", "the Emirati decision": an act named by its actor alone.
_ACT_BY_ACTOR = re.compile(r"\b(?:the\s+[A-Z][\w-]*|[A-Z][\w-]*[’']s)\s+(?:move|decision|step|"
                           r"announcement)\b(?!\s+(?:to|of|on)\b)")
# The words each pattern cannot match without (kept in step with the patterns above): a
# question holding none of them is not searched. (_SHORT_FORM's are _HEADS.)
_ORDINAL_GATE = ORDINAL_WORDS[:15]  # _ELLIPTIC_ORDINAL's _WORD_ORDINALS
_SESSION_GATE = tuple(_SESSION_NOUNS.split("|"))
_ACT_GATE = ("move", "decision", "step", "announcement")  # _ACT_BY_ACTOR's nouns


class Unanchored(Exception):
    """A question refers to something it cannot name; the message says what."""


def _outside_quotes(question: str, rewrite: Callable[[str], str]) -> str:
    """`rewrite` applied to the parts of `question` outside direct quotations."""
    if '"' not in question and "“" not in question:
        return rewrite(question)  # (no quotation: what the loop below comes to)
    parts, last = [], 0
    for quote in QUOTED.finditer(question):
        parts += [rewrite(question[last:quote.start()]), quote.group()]
        last = quote.end()
    return "".join([*parts, rewrite(question[last:])])


def _other_body_named(text: str, subject: Subject) -> bool:
    """Whether `text` names a body or agreement other than the subject ("the Saami Council")."""
    if not any(map(text.__contains__, _HEADS)):
        return False  # (no head noun: the pattern cannot match, and need not try)
    for match in _OTHER_BODY.finditer(text):
        name = match.group().removeprefix("The ").removeprefix("the ")
        if name != subject.name and name.split()[0] not in {"The", "A", "An"}:
            return True
    return False


# What a place's history calls the place, its people's vote, and what was done to it.
_PLACE_ITSELF = re.compile(r"\b(?P<np>[Tt]he\s+(?:territory|colony|protectorate|province))\b"
                           r"(?!\s+(?:of|to)\b)(?!\s+[A-Z])")
_PLACE_VOTE = re.compile(r"\b(?P<np>[Tt]he\s+(?:[a-z-]+\s+)?(?:ballot|referendum|plebiscite|"
                         r"popular\s+consultation))\b(?!\s+(?:in|on|of|for|over)\b)(?!\s+[A-Z])")
_PLACE_TAKEN = re.compile(r"\b(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:[a-z-]+\s+)?(?:invasion|"
                          r"occupation|annexation))\b(?!\s+(?:of|from|in|into|on|against)\b)"
                          r"(?!\s+[A-Z])")
_EVENT = re.compile(r"\b(?P<the>[Tt]he)\s+(?P<head>[a-z]+)\b(?!\s+(?:of|over|between|in|on)\b)"
                    r"(?!\s+[A-Z])")


def _complete_topic(text: str, subject: Subject) -> str:
    """One stretch of a question outside quotes with its references to the document's place
    or event completed: "the territory" -> "the territory of Namibia", "the ballot" -> "the
    ballot in East Timor", "an invasion" -> "an invasion of East Timor", "the crisis" -> "the
    Suez Crisis". Nothing is added where the name is there already."""
    name = subject.name
    if name in text or subject.kind in {"pair", "topic"}:
        return text  # (two countries, or a title's topic: the label names them; nothing to
        # complete)
    if subject.kind == "event":
        head = subject.head.lower()
        return _EVENT.sub(lambda m: f"{m.group('the')} {name}" if m.group("head") == head
                          else m.group(), text)
    text = _PLACE_ITSELF.sub(lambda m: f"{m.group('np')} of {name}", text)
    text = _PLACE_VOTE.sub(lambda m: f"{m.group('np')} in {name}", text)
    return _PLACE_TAKEN.sub(lambda m: f"{m.group('np')} of {name}", text)


def _complete(text: str, whole: Subject | None) -> str:
    """One stretch of a question outside quotes, with its short forms completed (raises
    Unanchored when one cannot be)."""
    if whole is not None and whole.kind:
        text, subject = _complete_topic(text, whole), None
    else:
        subject = whole
    def session(match: re.Match[str]) -> str:
        if subject is None:
            raise Unanchored(f"names a meeting of a series without the series "
                             f"(“{match.group().strip()}”)")
        return f"{match.group()} of {subject.with_the}"

    def short_form(match: re.Match[str]) -> str:
        head = match.group("head")
        if subject is None or head.rstrip("s") != subject.head.rstrip("s") or (
                subject.name in text):
            return match.group()  # an organ of the subject ("the Assembly"), or named already
            return match.group()
        return f"{match.group('the')} {match.group('mods') or ''}{subject.name}"

    def part(match: re.Match[str]) -> str:
        if match.group("number"):  # "the four states" of a body
            return match.group() if subject is None or subject.agreement else (
                f"{match.group()} of {subject.with_the}")
        word = match.group("part")
        if subject is None or (word in _AGREEMENT_PARTS.split("|")) != subject.agreement:
            return match.group()
        link = "to" if word in {"parties", "states parties", "signatories"} else "of"
        return f"{match.group()} {link} {subject.with_the}"

    if any(map(text.__contains__, _ORDINAL_GATE)) and _ELLIPTIC_ORDINAL.search(text):
        raise Unanchored("an ordinal stands for a name given elsewhere (“the Third ...”)")
    if any(map(text.__contains__, _SESSION_GATE)):
        text = _SESSION.sub(session, text)
    if any(map(text.__contains__, _HEADS)):
        text = _SHORT_FORM.sub(short_form, text)
        if subject is not None and subject.name.endswith("s"):  # "the Charter's limits": the
            # "... of Southeast Asian Nations’ limits", not "Nations’s" (round 136)
            for mark in ("’", "'"):
                text = text.replace(f"{subject.name}{mark}s ", f"{subject.name}{mark} ")
    if subject is not None and subject.name not in text and not _other_body_named(text, subject):
        text = _PART.sub(part, text)
        text = _name_bare_parts(text, subject)
    return text


_BASE_VERB_BEFORE = re.compile(r"\b(?:did|does|do|to|will|would|could|can|may|might|must|"
                               r"shall|should)\s+$")


def _compound_noun_next(word: str, before: str) -> bool:
    """Whether `word`, after a head noun, is a noun the head describes ("the league game",
    "the league night game"): a noun of the lexicon in no finite form (no past, no "-s"
    present), where no "did" or "to" before the phrase asks for a base verb next ("did the
    league vote")."""
    return ("NOUN" in parts_of_speech(word) and not is_past_tense(word)
            and not word.endswith("s") and _BASE_VERB_BEFORE.search(before) is None)


def _name_bare_parts(text: str, subject: Subject) -> str:
    """`text` with an act on the subject agreement that does not say on what ("urging
    ratification", "a draft") or the subject's head noun in lower case ("the organisation",
    "the military organisation") completed by the subject's name, once."""
    if subject.alias and subject.alias in text:
        return text
    if subject.agreement:
        def act(match: re.Match[str]) -> str:
            link = " to " if match.group("act") == "accession" else " of "
            return f"{match.group()}{link}{subject.short_with_the}"
        return _BARE_ACT.sub(act, text, count=1)

    def head(match: re.Match[str]) -> str:
        after = re.match(r"\s+([a-z]+)\b", match.string[match.end():])
        if after and _compound_noun_next(after.group(1), match.string[: match.start()]):
            return match.group()  # "the first major league game": a word of a compound,
            # not the league itself (round 1740 wrote "the first major league of the National
            # League game")
        if not match.group("mods"):
            if bank_without_article(subject.name):
                return subject.name  # "chaired the bank" -> "chaired Lloyds Bank", not "the
                # Lloyds Bank" (round 1533 faulted four such cards)
            return f"{match.group('the')} {subject.name}"
        return f"{match.group()} of {subject.short_with_the}"
    if not subject.head:
        return text
    pattern = _LOWER_HEAD.format(head=re.escape(subject.head.lower()))
    named = re.sub(pattern, head, text, count=1)
    last = subject.name.split()[-1]
    if last.endswith("s") and is_plural_noun(last.lower()):
        named = re.sub(rf"(?<={re.escape(subject.name)})([’'])s\b", r"\1", named)  # "the
        # society's" of the Royal Society for the Protection of Birds: "Birds'", not "Birds's"
        # (round 1778)
    return named


def name_the_subject(question: str, answer: str, subject: Subject | None
                     ) -> tuple[str, str]:
    """`question` with each short form or part of the document's subject written in full
    ("the Council" -> "the Arctic Council", "the chair" -> "the chair of the Arctic Council"),
    and "" ; or the question unchanged and the reason it cannot stand alone (a short form that
    is not the subject's, "When it reconvened", "Bahrain's move"). Direct quotations are left
    as they are, and nothing is added when the subject is itself the answer."""
    unquoted = QUOTED.sub(" ", question) if '"' in question or "“" in question else question
    act = _ACT_BY_ACTOR.search(unquoted) if any(
        map(unquoted.__contains__, _ACT_GATE)) else None
    if act is not None:
        return question, f"names an act by its actor alone (“{act.group()}”)"
    pronoun = _SUBJECT_IT.search(unquoted)
    if pronoun is not None and not _NOUN_BEFORE.search(unquoted, 1, pronoun.start()):
        return question, "its subject is “it”, named in another sentence"
    if subject is not None and (subject.name in answer or answer in subject.name):
        return question, ""  # the card asks for the subject itself: it must not be named
    try:
        return _outside_quotes(question, lambda text: _complete(text, subject)), ""
    except Unanchored as exc:
        return question, str(exc)
