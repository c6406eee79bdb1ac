"""A timeline entry told in the historic present, put into the past in every verb.

Timelines write "22 May: A mission under General Ortiz reaches Lima, days after the congress
has closed". Asked as a past question, every finite verb of the entry must move to the past,
not only the one the question inverts: "On what date did a mission under General Ortiz reach
Lima, days after the congress had closed?". A question that still holds a present verb after
its "did" or "was" ("was Tonga suspended after its government fails ...") is refused.
"""

from __future__ import annotations

import re

from quiz.generate.countries import NATION_ADJECTIVE
from quiz.generate.grammar import (
    AUXILIARIES,
    CLAUSE_OPENERS,
    IDIOM_NOUNS,
    NOUNS_BEFORE_OF,
    be_verb_later,
)
from quiz.generate.inflect import (
    IRREGULAR_PLURALS,
    is_base_verb,
    is_participle,
    is_past_tense,
    is_plural_noun,
    is_present_only,
    parts_of_speech,
    past_tense,
    present_base,
)
from quiz.generate.numbers import CARDINALS, QUANTIFIERS, is_compound_number
from quiz.generate.subject import BODY_HEADS
from quiz.generate.text import QUOTED

# Words that own the noun after them ("his will", "their will")
_OWNERS = frozenset({"his", "her", "its", "their", "my", "our", "your", "whose"})


def a_testament(word: str, previous: str) -> bool:
    """Whether `word` after `previous` is the noun "will", a testament ("two days after making
    his will"), not the modal a timeline's present puts in the past as "would" (round 753)."""
    return word == "will" and (previous.lower() in _OWNERS or previous.endswith(("'s", "’s")))


_PAST_OF = {
    "is": "was",
    "are": "were",
    "has": "had",
    "have": "had",
    "does": "did",
    "do": "did",
    "will": "would",
    "shall": "should",  # ("resolve that the seal shall no longer be used", round 296)
    "can": "could",  # ("before he can leave" -> "before he could leave")
    "cannot": "could not",  # ("replies that it cannot agree")
    "goes": "went",  # ("the Reuter Monitor service goes live": round 1585 asked "did ... goes
    # live"; "goes" is no noun a timeline uses)
}
# After these a "have" or "do" is not finite ("to have signed", "would have", "must do").
_NOT_FINITE_AFTER = frozenset(
    {
        "to",
        "would",
        "could",
        "should",
        "might",
        "must",
        "may",
        "can",
        "will",
        "shall",
        "not",
        "never",
    }
)
# Plural nouns that read as verbs after a capitalised word ("British forces", "Paris talks").
_PLURAL_NOUNS = frozenset(
    {
        "forces",
        "talks",
        "arms",
        "relations",
        "members",
        "ministers",
        "leaders",
        "troops",
        "nations",
        "states",
        "affairs",
        "powers",
        "islands",
        "waters",
        "works",
        "plans",
        "claims",
        "terms",
    }
)
# A word, never begun inside a longer one (not the "are" of "Šare": round 812 wrote "Šwere")
_WORD = re.compile(r"(?<![\w’'&-])[A-Za-z][\w’'-]*(?:&[A-Z][\w’'-]*)*")  # ("L&G", "AT&T": one
# name; round 1603 read "G" alone and left "L&G confirm" in the present)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_CLAUSE_OPENERS = CLAUSE_OPENERS  # (see quiz.generate.grammar)
_NATIONAL = NATION_ADJECTIVE  # ("British", "French": "-ish", "-ch")
# Nouns of time that open a clause after "the" ("the day the revolution reaches Berlin")
_TIME_NOUNS = frozenset({"day", "night", "moment", "week", "month", "year", "morning",
                         "evening", "afternoon"})


_RELATIVES = frozenset({"which", "who", "that"})
_PREPOSITIONS_BEFORE_THAT = frozenset({"to", "at", "in", "on", "by", "for", "of", "from", "with",
                                       "until", "after", "before", "since", "like", "than"})
# Verbs a relative clause of a timeline entry keeps in the present after a plural ("which
# continue", "who meet"): only those that are no noun as well.
_BASE_AFTER_RELATIVE = frozenset({"continue", "last", "remain", "follow", "meet", "become",
                                  "begin", "end", "include", "run", "take", "give", "lead",
                                  "bring", "keep", "leave", "seek", "grow", "hold",
                                  # ("the fifteen factions that sign the Addis Ababa
                                  # Agreement", round 322)
                                  "sign", "join", "adopt", "reject", "oppose", "form"})
# The last word of a body's name, which the lexicon also reads as an adjective ("party"): a
# name ending with it is a subject, and the word after it may be its verb
_NAME_HEADS = frozenset({"Party", "Front", "Union", "League", "Movement", "Alliance", "Congress",
                         "Council", "Government", "Army", "Assembly", "Parliament", "Committee",
                         "Court", "Senate", "Company", "Association", "Federation"})


def _is_verb_word(word: str) -> bool:
    low = word.lower()
    if low in _PREPOSITIONS_ALSO_VERBS:
        return False  # "when his helicopter crashes near Basra": a place after it (round 257)
    return low in _PAST_OF or is_past_tense(low) or is_base_verb(low)


# Prepositions the lexicon also knows as verbs
_PREPOSITIONS_ALSO_VERBS = frozenset({"near", "round", "like", "past", "off", "outside",
                                      "inside", "opposite", "via"})


def _present_to_past(
    word: str, previous: str, following: str, name_after_verb: bool = False,
    noun_subject: bool = False,
) -> str | None:
    """The past of `word` when it is a finite present verb in its place, else None.
    `name_after_verb`: the names before `word` follow a verb ("to adopt Mercosur rules"), so
    they are its object, not a subject. `noun_subject`: a noun phrase opening a subordinate
    clause comes before `word` ("when his aircraft crashes"), so it may be its subject."""
    if word in _PAST_OF:
        if word in {"have", "do"} and previous.lower() in _NOT_FINITE_AFTER:
            return None
        if word == "do" and previous[:1].isupper() and following[:1].isupper():
            return None  # "Francisco Xavier do Amaral": a name's particle
        if a_testament(word, previous):
            return None  # (round 753 asked "did Wizlaw II die ..., two days after making his
            # would")
        return _PAST_OF[word]
    if not word.endswith("s") or present_base(word) is None:
        return None
    if following == "of" and word in NOUNS_BEFORE_OF:
        return None  # "Both houses of the legislature", "heads of state": a plural noun and
        # its "of" (round 267: "housed"), never a verb ("consists of" is no plural noun)
    if (previous.lower() in {"he", "she"} or (previous.lower() == "it" and following)
            or (previous.lower() == "never" and len(word) > 3)
            or _particle_verb(word, previous, following)):
        # "a post he holds until 1929", "a council that he chairs." (not "it" of "make it",
        # which may end a clause); "which never meets again" (round 156); "where shooting
        # breaks out": a verb and its particle
        base = present_base(word)
        return past_tense(base) if base else None
    if previous.lower() in _NOT_FINITE_AFTER or previous.lower() in {
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
    }:
        return None
    # "the United States states that ...": a name, then a plural noun's form before "that" is
    # the name's verb of saying
    ambiguous = not is_present_only(word) and not (following == "that" and previous[:1].isupper())
    if ambiguous:  # "reaches", "closes": a plural noun too; a verb only after a name, and
        # with something after it ("Ortiz reaches Lima"; not "to adopt Mercosur rules.")
        if previous.lower() in CARDINALS or is_compound_number(previous.lower()):
            return None  # "Twenty-one heads of state meet": a count's noun
        if (
            word in _PLURAL_NOUNS
            or not (previous[:1].isupper() or noun_subject or (
                following in IDIOM_NOUNS and "NOUN" in parts_of_speech(previous.lower())))
            # ("Ram Kishan's ministry leaves office": a noun, then a verb and its set phrase,
            # round 396)
            or _NATIONAL.fullmatch(previous)
            or not following
            or (_is_verb_word(following) and following not in _PARTICLES  # ("blows up")
                and following not in IDIOM_NOUNS  # ("the Act takes effect", round 369)
                and not (following == "fire" and word in {"catches", "opens", "sets"})
                # ("the liner L'Atlantique catches fire": round 1282 wrote "catches fired")
                and not (noun_subject and "NOUN" in parts_of_speech(following)))  # (but "when
            # his boat catches fire": a clause's subject, then its verb and a noun, round 348)
            or is_participle(following)  # "exiles known as Rebels": a noun, then what it is
            # called (a present verb is not followed by a participle)
            or name_after_verb
        ):
            return None
        if "ADJ" in parts_of_speech(previous.lower()) and previous not in _NAME_HEADS:
            return None  # ("Soviet forces"; not "the National People's Party wins", round 321)
    base = present_base(word)
    return past_tense(base) if base else None


def _spelled_count(word: str) -> bool:
    """Whether `word` ends a count written in words ("two", "thousand", "twenty-five")."""
    return word in CARDINALS or word in {"hundred", "thousand", "dozen"} or (
        is_compound_number(word))


def _particle_verb(word: str, previous: str, following: str) -> bool:
    """Whether `word`, a noun's plural too, is a verb with its particle after a lower-case
    noun ("shooting breaks out", "fighting flares up"): no noun is followed by "out"."""
    return (following in {"out", "up"} and previous[:1].islower()
            and previous.lower() not in _DETERMINERS | _NOT_FINITE_AFTER
            and "NOUN" in parts_of_speech(previous.lower()) | (
                {"NOUN"} if previous.endswith("ing") else set())
            and present_base(word) is not None)


def entry_in_the_past(text: str) -> str:
    """`text` (a timeline entry) with each finite present verb outside quotes in the past:
    "reaches" -> "reached", "has closed" -> "had closed", "is suspended" -> "was suspended"."""
    parts: list[str] = []
    last = 0
    for quote in QUOTED.finditer(text):
        parts += [_in_the_past(text[last : quote.start()]), quote.group()]
        last = quote.end()
    text = "".join([*parts, _in_the_past(text[last:])])
    if any(map(text.__contains__, (" which ", " when ", " where ", " whom ", " as ", " after ",
                                   " before ", " until "))):
        text = _PLURAL_THEN_BASE.sub(_plural_in_the_past, text)
        text = _SINGULAR_THEN_PRESENT.sub(_singular_in_the_past, text)
    if any(map(text.__contains__, (" after ", " when ", " while ", " before ", " until ",
                                   " once ", " because "))):
        text = _LONG_CLAUSE_SUBJECT.sub(_long_subject_s_verb_in_the_past, text)
    return text


def _long_subject_s_verb_in_the_past(m: re.Match[str]) -> str:
    """"after irregular accounting at the corporation comes" -> "... came": a singular noun's
    present closing a long subject after a clause's opener."""
    verb = m.group("verb")
    if _singular_noun_s_present(m.group("words").split()[-1], verb):
        return m.group()[: m.start("verb") - m.start()] + (past_tense(present_base(verb) or "")
                                                           or verb)
    return m.group()


def _singular_noun_s_present(before: str, verb: str) -> bool:
    """Whether `verb` is an "-s" present after `before`, a singular common noun ("its garrison
    mutinies", "the corporation comes"): the noun's verb, not a plural noun."""
    base = present_base(verb)
    return (verb.endswith("s") and not before.endswith("s") and before[:1].islower()
            and "NOUN" in parts_of_speech(before) and base is not None
            and "VERB" in parts_of_speech(base) and verb not in _NOUN_LIKE_PRESENT)


# "in which the Social Democrats win half the seats": a plural subject's present, which has no
# -s to tell it from the base form (round 492 kept "did ... elect an assembly, in which the
# Social Democrats win")
_PLURAL_THEN_BASE = re.compile(r"\b(?P<head>(?:which|where|when|whom|as|after|before|until)\s+"
                               r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:[A-Z][\w-]*s|they|we"
                               # ("when protests in Leh turn violent", round 501)
                               r"|[a-z]{3,}s(?:\s+(?:in|of|at)\s+[A-Z][\w-]*)?))\s+"
                               r"(?P<verb>[a-z]{2,})\b(?!\s+(?:of|who|which)\b)")


# "when his boat capsizes": a singular common noun's present after "when" (round 517 kept "did
# Pontus De la Gardie drown when his boat capsizes")
_SINGULAR_THEN_PRESENT = re.compile(r"\b(?P<head>(?:when|as|after|before|until|while)\s+"
                                    r"(?:his|her|its|their|the)\s+[a-z]{3,}(?<!s))\s+"
                                    r"(?P<verb>[a-z]{3,}s)\b")


_SILENT_E_PRESENT = re.compile(r"[bcdgklnprtvz]es$")


def _singular_in_the_past(m: re.Match[str]) -> str:
    verb = m.group("verb")
    base = present_base(verb)
    if base is None and not parts_of_speech(verb) and _SILENT_E_PRESENT.search(verb):
        base = verb[:-1]  # ("capsizes", which the lexicon lacks: "capsize")
    if base is None or base in BASE_AFTER:
        return m.group()
    noun = m.group("head").split()[-1]
    if noun in _ORDINALS and is_plural_noun(verb):
        return m.group()  # "as the first champions of the Premier League": an ordinal and its
        # noun, no subject and verb (round 1504 asked "the first championed")
    return f"{m.group('head')} {past_tense(base)}"


_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "only", "next",
                       "new", "joint", "sole", "reigning", "former", "future"})


def _plural_in_the_past(m: re.Match[str]) -> str:
    verb = m.group("verb")
    if not is_base_verb(verb) or verb in BASE_AFTER or verb in AUXILIARIES:
        return m.group()
    return f"{m.group('head')} {past_tense(verb)}"


# Words after which a verb keeps its base form ("would win", "to win")
BASE_AFTER = frozenset({"to", "would", "could", "should", "might", "may", "must", "will",
                        "shall", "can", "cannot", "not"})


# What is founded ("found a fortification", "found the city of ..."), not found
_FOUNDED_THING = re.compile(r"\s+(?:new\s+|first\s+)?(?:[A-Z][\w’'&-]*\s+){0,4}"  # ("found the
                            # Alpha Tau Omega fraternity": round 1764 asked "did three VMI
                            # cadets find the Alpha Tau Omega fraternity")
                            r"(?:fortification|fortress|fort|town|city|fraternity|sorority|"
                            r"brotherhood|guild|movement|"
                            r"colony|settlement|school|college|university|monastery|abbey|"
                            r"church|company|party|society|order|newspaper|journal|bank|port|"
                            r"mission|academy|library|museum|hospital|shipyard|dockyard|yard|"
                            r"firm|factory|works|club|institute|league|union|association|"
                            r"foundation|magazine)\b")  # ("found their shipyard", round 1366)
# A body's name after "found": "Nokia, Ericsson, Motorola and Psion found Symbian Ltd" (round
# 1578 asked "did ... find Symbian Ltd")
_FOUNDED_NAME = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+){1,4}"
                           r"(?:Ltd|Limited|Inc|Corporation|Company|"
                           r"AG|GmbH|plc|S\.A|Society|Party|Club|Institute|League|Union|"
                           r"Association|Foundation|Bank|College|University|Academy|"
                           r"Federation|Trust|Museum|Library|Mandal|Sangh|Brewery|Assembly)\b")
# "to cross the Thames ", "across the Kask ": a base verb after "to", or a preposition, then
# "the" and a name: what follows it is the name's noun, an object, no verb
_OBJECT_NAME_BEFORE = re.compile(
    r"(?:\bto\s+[a-z]+|\b(?:across|over|along|under|into|onto|through|past|beyond|near)|"
    r"\b[a-z]{3,}ing)\s+"  # ("gathering the leading Atlantic lines": round 1742 wrote "lined")
    r"the\s+(?:[a-z]+(?:est|ing)\s+)?(?:[A-Z][\w’'-]*\s+){1,3}$")
# Words after which "found" is the base form ("to found", "helps found")
_BASE_BEFORE = frozenset({"to", "help", "helps", "helped", "helping"})
_MODALS_AFTER_A_SUBJECT = frozenset({"may", "might", "can", "could", "will", "would", "must",
                                     "shall", "should"})


_ACRONYM_WORD = re.compile(r"[A-Z]{2,4}")


def _plural_in_a_list(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Whether words[index], ending in "s", is a list's plural noun: after the list's comma or
    an acronym, before "and" or "or", and not joined to another present ("hears and
    dismisses")."""
    if not 0 < index < len(words) - 2 or words[index + 1].group() not in {"and", "or"}:
        return False
    between = text[words[index - 1].end(): words[index].start()]
    if between != ", " and not (between == " " and (_ACRONYM_WORD.fullmatch(
            words[index - 1].group()) or (words[index - 1].group()[:1].isupper()
                                           and text.endswith(", ", 0, words[index - 1].start())))):
        return False  # (and ", Lenovo shares and a promissory note": a name's plural noun as
        # a list's item, round 1630 wrote "Lenovo shared")
    after = words[index + 2].group()
    return not (after.endswith("s") and present_base(after) is not None)


def _last_noun_of_a_list(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Whether words[index], a plural noun's form after "and" and before a comma, ends a list
    of nouns: after another plural ("for exercises and manoeuvres,") or after a list's comma
    ("the state's arms, seal and colours,"); not a verb ("burns his ship and escapes,")."""
    word = words[index].group()
    if index < 2 or words[index - 1].group() not in {"and", "or"} or not is_plural_noun(
            word) or not text.startswith(",", words[index].end()):
        return False
    noun = words[index - 2]
    return not is_past_tense(noun.group()) and (
        is_plural_noun(noun.group()) or (index > 2 and text[words[index - 3].end(): noun.start()]
                                         == ", "))


def _owned_name_before(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Whether one capitalised word owned by a possessive comes right before words[index], a
    plural noun closing its phrase ("JAL's Taiwan routes, and ..."): the noun that word
    describes, no verb (but "the Senate's Committee votes", "Lerno's Sajudis meets in Ostra":
    a body and its verb)."""
    if index < 2 or not words[index - 2].group().endswith(("’s", "'s")):
        return False
    name = words[index - 1].group()
    return (name[:1].isupper() and name not in BODY_HEADS and is_plural_noun(words[index].group())
            and text[words[index - 2].end(): words[index].start()] == f" {name} "
            and _PHRASE_ENDS.match(text, words[index].end()) is not None)


def _in_the_past(text: str) -> str:
    words = list(_WORD.finditer(text))
    out: list[str] = []
    last = 0
    converted = -2  # the index of the word last put in the past
    for index, m in enumerate(words):
        word = m.group()
        if index and last == words[index - 1].end():
            converted = index - 1  # (the word before was just replaced: `last` is its end)
        if not word[:1].islower() or index == converted + 1:
            continue  # (two finite verbs never stand side by side: "caught fire", not "fired")
        if index and (words[index - 1].group().endswith(("’s", "'s")) or (
                word.endswith("s") and _owned_name_before(text, words, index))) and (
                text[words[index - 1].end(): m.start()] == " "):
            continue  # "most of Sindh's seats": a possessive's noun, no verb ("Sindh's seated",
            # round 356)
        if not word.endswith("s") and be_verb_later(text, m.end()):
            continue  # "The German arms ship Aud, intercepted ..., is scuttled": a noun before
            # the subject's "is", no verb (round 900 wrote "arms shipped")
        if word.endswith("s") and 0 < index < len(words) - 2 and is_plural_noun(word) and (
                parts_of_speech(words[index - 1].group()) == {"NOUN"}
                and text[words[index - 1].end(): m.start()] == " "
                and (index < 2 or words[index - 2].group().lower() not in _DETERMINERS)
                and is_base_verb(words[index + 1].group()) and words[index + 2].group() in (
                    _AFTER_A_NOUNS_VERB)):
            continue  # "as church bells ring across Finland": a noun's plural, its verb next
            # (round 886 wrote "as church belled ring"; but "his aircraft catches fire": the
            # noun after a determiner heads its phrase, the word after it is the verb)
        if word.endswith("s") and index + 2 < len(words) and is_plural_noun(word) and (
                text[m.end(): words[index + 1].start()] == " "
                and _present_verb_next(words[index + 1].group(), words[index + 2].group())):
            continue  # "Fire in the Yellow Jacket and Crown Point mines kills": a plural noun,
            # the clause's present right after it (round 1331 asked "did fire in ... mine kills")
        if "-" in word and not word.startswith(("re-", "co-", "de-")):
            continue  # "on human-rights grounds": a compound, no verb ("human-righted")
        if word.endswith("s") and index + 2 < len(words) and is_plural_noun(word) and (
                words[index + 1].group().endswith("ly")
                and is_base_verb(words[index + 2].group())
                and not is_past_tense(words[index + 2].group())):
            continue  # "the CDU/CSU, SPD and FDP groups jointly introduce": the plural noun,
            # an adverb, then its verb (round 1626 wrote "groups" as "grouped")
        if word.endswith("s") and (count := _COUNT_BEFORE.search(text, 0, m.start())) and not (
                _NUMBERED_NAME_END.search(text, 0, count.start())):
            continue  # "with 230 votes and all thirteen seats": a count's noun, no verb
            # (round 844 wrote "with 230 voted"; "Resolution 12 asks" is a name's number)
        if word.endswith("s") and _NUMBERED_NAME_AFTER_PREPOSITION.search(text, 0, m.start()):
            continue  # "approves the list of Natura 2000 sites": a numbered name's noun after
            # a preposition, no verb (round 974 wrote "Natura 2000 sited")
        if word.endswith("s") and _second_object(text, words, converted, index):
            continue  # "grants the Soviet Union bases on Saaremaa": what is given, no verb
            # (round 825 asked "did Estonia grant the Soviet Union based on Saaremaa")
        if word.endswith("s") and index and text[words[index - 1].end(): m.start()] == " " and (
                words[index - 1].group() in _PEOPLES_ADJECTIVES
                or words[index - 1].group() in _NOUN_PREPOSITIONS_ONLY):
            continue  # "before Greek courts for acts of its forces": a people's noun, and a
            # preposition's, no verbs (round 595 wrote "Greek courted for acted")
        after_word = words[index + 1].group() if index + 1 < len(words) else ""
        if word in _PREPOSITIONS_LIKE_VERBS and (after_word[:1].isupper() or after_word in {
                "the", "a", "an", "its", "his", "her", "their"}):
            continue  # "the troops near Souda Bay have reached": where, no verb (round 552
            # asked "the troops neared Souda Bay")
        if word.endswith("s") and not word.endswith("ss") and index and (
                words[index - 1].group()[:1].isupper() or words[index - 1].group()[:1].isdigit()
        ) and "NOUN" in parts_of_speech(word[:-1]) and parts_of_speech(after_word) == {"VERB"} and (
                is_base_verb(after_word) and not is_past_tense(after_word)
                and text[m.end(): words[index + 1].start()] == " "):
            continue  # "Junkers 52 transports begin landing": a name's plural noun, its verb
            # next (round 552 asked "did Junkers 52 transport begin")
        if word.endswith("s") and _OBJECT_NAME_BEFORE.search(text, 0, m.start()):
            continue  # "forbids its procession to cross the Thames bridges": a name's plural
            # noun, the object of a verb or a preposition (round 1719 wrote "the Thames
            # bridged"; still "where the Commons votes")
        if word.endswith("s") and _plural_in_a_list(text, words, index):
            continue  # "by AEG, Siemens & Halske, banks and engineering firms", "polyphase AC
            # motors and transmission": a list's plural noun, no verb (round 1576 wrote "banked",
            # round 1575 "motored"); still "hears and dismisses"
        if word == "found" and index and words[index - 1].group().lower() in _BASE_BEFORE:
            continue  # "agree to found the ZDF", "helps found the Lone Star Brewing Company":
            # the base after "to", no verb of its own ("agreed to founded")
        if word == "found" and index + 1 < len(words) and ((words[index + 1].group() in {
                "a", "an", "the", "their", "his", "her", "its"} and _FOUNDED_THING.match(
                text, words[index + 1].end())) or _FOUNDED_NAME.match(text, m.end())):
            out += [text[last: m.start()], "founded"]  # "Rayevsky and Lazarev found a
            last = m.end()  # fortification": the present of "found", not the past of "find"
            continue  # (round 527 asked "did ... find a fortification")
        if word.endswith("s") and index + 1 < len(words) and (
                words[index + 1].group() in _MODALS_AFTER_A_SUBJECT) and (
                text[m.end(): words[index + 1].start()] == " "):
            continue  # "by which Dutch troops and supplies may travel": a modal's subject, no
            # verb ("supplied may", round 510)
        previous = words[index - 1].group() if index else ""
        following = words[index + 1].group() if index + 1 < len(words) else ""
        if word in {"is", "are"} and following == "now" and previous in {"what", "which", "that"}:
            continue  # "born in what is now Dearborn": a place as named today (round 1494
            # asked "in what was now Dearborn")
        run = index - 1
        while run > 0 and words[run - 1].group()[:1].isupper():
            run -= 1  # the run of capitalised words before `word`
        before_run = words[run - 1].group().lower() if run > 0 else ""
        before_names = before_run
        if before_run == "and" and run > 1 and words[run - 2].group()[:1].isupper():
            first = run - 1
            while first > 0 and words[first - 1].group()[:1].isupper():
                first -= 1  # ("the Granite Mountain and Speculator shafts": two names joined)
            before_names = words[first - 1].group().lower() if first > 0 else ""
        if following == "of" and previous[:1].isupper() and before_names in _DETERMINERS:
            continue  # "at the Auckland heads of government meeting": a noun after a name
            # (and after two: "Fire in the Granite Mountain and Speculator shafts of the North
            # Butte Mining Company kills", round 1659 asked "did fire in ... shaft ... killed")
        if word.endswith("s") and previous.islower() and parts_of_speech(previous) == {"ADJ"} and (
                index and text[words[index - 1].end(): m.start()] == " "):
            continue  # "to permit vacant sees to be administered": an adjective's noun, no verb
            # (round 236: "vacant saw")
        if following == "of" and previous[:1].isupper() and word.endswith("s") and (
                before_run in _PREPOSITIONS_BEFORE_NAMES and is_plural_noun(word)):
            continue  # "in fighting with Ngāpuhi allies of the Crown": a noun after a
            # name after a preposition, no verb (round 228)
        two_back = words[index - 2].group().lower() if index > 1 else ""
        if previous == "now" and two_back in _RELATIVES:
            continue  # "the town that now bears his name": how it is today (round 245)
        if previous in _RELATIVES and word in _BASE_AFTER_RELATIVE and not (
                previous == "that" and (not two_back or two_back in _PREPOSITIONS_BEFORE_THAT)
        ):  # "terms that include", not "to that end" (nor "that end", what came before unseen)
            out += [text[last: m.start()], past_tense(word) or word]  # "hearings, which
            last = m.end()  # continue into January": a plural's verb in the relative clause
            continue
        if previous == "that" and two_back and two_back not in _PREPOSITIONS_BEFORE_THAT and (
                word.endswith("s") and present_base(word) in _BASE_AFTER_RELATIVE):
            out += [text[last: m.start()], past_tense(present_base(word) or word)]  # "a
            last = m.end()  # frontier that remains unchanged": the verb of a clause that
            continue  # says which (", which takes effect": an aside, cut from the question)
        if index == len(words) - 1 and _closing_relative_verb(text, words, index):
            out += [text[last: m.start()], past_tense(present_base(word) or word) or word]
            last = m.end()  # "..., which Palermo rejects.", "on terms the Sicilian parliament
            continue  # rejects.": the present of a relative clause closing the entry (round 278)
        if _relative_clause_verb(words, index):
            out += [text[last: m.start()], past_tense(present_base(word) or "") or word]
            last = m.end()  # "the fortress, which soon surrenders", "a campaign that strikes
            continue  # Yemeni towns": a relative clause's present (round 201, 203)
        if word.endswith("s") and following in _NOUN_PREPOSITIONS and not is_present_only(
                word) and (index == 1 or previous.islower() or (
                    previous[:1].isupper() and two_back in _DETERMINERS)) and (
                _PASSIVE_LATER.match(text, m.end())):
            continue  # "Customs controls on the borders are lifted": "controls" is the noun
            # (and "The Elbe locks at Brunsbüttel are opened": round 1267 asked "were the Elbe
            # locked at Brunsbüttel opened")
        if text.endswith("____ ", 0, m.start()) and is_base_verb(word) and not is_past_tense(
                word) and word not in _PARTICLES and word not in _PAST_OF and (
                _opens_a_predicate(following) or following in _PARTICLES):
            out += [text[last: m.start()], past_tense(word)]  # "The ____ enter into force":
            last = m.end()  # a blanked plural name's verb
            continue
        if previous == "and" and index > 1 and last == words[index - 2].end() and (
                is_base_verb(word) and not is_past_tense(word) and word not in _PAST_OF
                and "VERB" in parts_of_speech(word) and not is_plural_noun(word)
                and ("NOUN" not in parts_of_speech(word) or after_word[:1].isupper()
                     or after_word in _DETERMINERS)
                and text[m.end(): m.end() + 1] == " "):  # (not "and fuel prices rise", "and
            # air raids": a noun opening the next clause's subject)
            out += [text[last: m.start()], past_tense(word)]  # "Dutch forces invade and
            last = m.end()  # occupy Madura": the second verb of a pair whose first was just
            continue  # put in the past
        if _plural_subject_before(words, index) and _CLAUSE_CLOSES.match(text, m.end()) and (
                parts_of_speech(word) == {"VERB"} and is_base_verb(word)
                and word not in _STILL_SO_VERBS
                and not is_past_tense(word) and word not in _PAST_OF):
            out += [text[last: m.start()], past_tense(word)]  # "GIMCU and SMF merge and MSF
            last = m.end()  # is founded": a verb with no object, closing its clause (round
            continue  # 1685 asked "was GIMCU and SMF merge and MSF founded")
        if _plural_subject_before(words, index) and _opens_a_predicate(following) and (
                is_base_verb(word) and not is_past_tense(word) and word not in _PARTICLES
                and word not in _PAST_OF):  # ("troops are to leave": "were", below)
            out += [text[last: m.start()], past_tense(word)]  # "as Austria and Italy apply
            last = m.end()  # the rules", "after Peruvian aircraft attack the flotilla"
            continue
        if word.endswith("s") and previous[:1].isupper() and before_run in _DETERMINERS and (
                run > 1 and words[run - 2].group() in _PREPOSITIONS_BEFORE_PHRASE
                and is_plural_noun(word) and _PHRASE_ENDS.match(text, m.end())
                and not any(mark in text[words[run - 1].end(): m.start()] for mark in ",;:()")):
            continue  # "returns from the Tripura camps": a noun after "from the" and a name,
            # no verb ("the Tripura camped", round 353)
        if word.endswith("s") and previous[:1].isupper() and (
                before_run in _PREPOSITIONS_BEFORE_NAMES and converted >= 0
                and is_plural_noun(word) and (_PHRASE_ENDS.match(text, m.end())
                                              or _AT_A_NAMED_PLACE.match(text, m.end()))
                and not any(mark in text[words[converted].end(): m.start()] for mark in ",;:()")):
            continue  # "removes the buttons from Macmillan titles;": the names' noun closing
            # the phrase of a verb already put in the past, no verb of its own (round 1483
            # asked "did Amazon remove the purchase buttons from Macmillan titled")
        if word.endswith("s") and previous[:1].isupper() and before_run in _ONLY_PREPOSITIONS and (
                text[words[index - 1].end(): m.start()] == " "):
            continue  # "despite RUF attacks", "amid UN protests": the names' noun, no verb
            # (but "escorted towards Queenstown, is scuttled": the subject's verb, round 900)
        if word.endswith("s") and previous[:1].isupper() and (
                words[run].group().lower() in CARDINALS) and is_plural_noun(word) and not any(
                    mark in text[words[run].end(): m.start()] for mark in ",;:()"):
            continue  # "Three High Court judges, ...": a count's noun after the names
        if word.endswith("s") and index and "-" in words[index - 1].group() and (
                words[index - 1].group().endswith("ed") or is_participle(
                    words[index - 1].group().rsplit("-", 1)[1])) and is_plural_noun(word) and (
                text[words[index - 1].end(): m.start()] == " "):
            continue  # "its British-flagged ships": a compound participle's noun, no verb
            # (round 1279 wrote "British-flagged shipped")
        if word.endswith("s") and previous[:1].isupper() and _spelled_count(before_run) and (
                is_plural_noun(word) and index - run <= 3 and not any(
                    mark in text[words[run - 1].end(): m.start()] for mark in ",;:()")):
            continue  # "for some two thousand Olympic guests;": a count in words, names, then
            # the count's noun (round 1259 asked "... two thousand Olympic guested")
        if word.endswith("s") and previous[:1].isupper() and before_run in {"and", "or"} and (
                run > 1 and words[run - 2].group()[:1].isupper() and is_plural_noun(word)
                and _PHRASE_ENDS.match(text, m.end())):
            continue  # "with emerging Democrat and Moderate parties.": a noun closing the
            # phrase after two names (a verb there would have its object or its end after it)
        if word.endswith("s") and previous[:1].isupper() and before_run in _DETERMINERS and (
                run > 1 and is_past_tense(words[run - 2].group().lower())
                and words[run - 2].group().lower() not in {"was", "were", "had", "did"}
                and is_plural_noun(word)):
            continue  # "which opened the Tanzimat reforms": the object of a verb already in
            # the past, no verb of its own (round 1357 asked "opened the Tanzimat reformed")
        past = _present_to_past(
            word,
            previous,
            following,
            _object_after(words, run, before_run)
            or bool(before_run)
            and _is_verb_word(before_run)
            and ("NOUN" not in parts_of_speech(before_run)
                 or _verb_after_noun(words, run - 1)),
            _noun_subject_before(words, index) or (
                _entry_subject_before(words, index) and not _COPULA_LATER.match(text, m.end())),
        )
        if past is None and out and _joined_by_and(words, index) and word.endswith("s") and (
                word not in _PLURAL_NOUNS and present_base(word) is not None
                and following[:1].islower()
                and following not in {"with", "of", "between", "and", "or", "for"}
                and not is_past_tense(following)  # ("salaries and pensions paid by the state")
                and not (previous in {"and", "but"} and index > 1
                         and words[index - 2].group().islower()
                         and parts_of_speech(two_back) == {"NOUN"})  # "infrastructure and
                # services": a second noun, not a verb
                and not (previous == "and" and following in _PLACE_PREPOSITIONS
                         and is_plural_noun(two_back) and is_plural_noun(word))
                and not _last_noun_of_a_list(text, words, index)):
            # ("damages houses and schools in villages": two plurals, round 431)
            past = past_tense(present_base(word) or "")  # "is elected President and takes
            # office": a second verb of the subject whose first was put in the past
        if past is None and word.endswith("s") and not text[m.end():].strip(" .;") and (
                word not in _PLURAL_NOUNS and word not in _NOUN_LIKE_PRESENT
                and present_base(word) is not None and (_entry_subject_before(words, index)
                                                        or _and_the_subject_before(words, index))):
            past = past_tense(present_base(word) or "")  # "The charter ends.", "and the last
            # barricade in Belleville falls.": a noun's verb closing the entry (round 237)
        if past is None and two_back == "and" and previous[:1].isupper() and word.endswith(
                "s") and not text[m.end():].strip(" .;") and present_base(word) is not None:
            past = past_tense(present_base(word) or "")  # "..., and Paraguay protests.": a
            # name's verb closing the entry
        if past is None and word.endswith("s") and _DESCRIBED_SUBJECT.fullmatch(
                text, 0, m.start()) and present_base(word) is not None and (
                following in _PLACE_PREPOSITIONS_AFTER_VERB or following in _DETERMINERS):
            past = past_tense(present_base(word) or "")  # "An American bombing raid aimed at
            # the port falls on the district": the subject, its participle and one phrase,
            # then the verb (round 1365 asked "did ... raid aim at the port falls on")
        if past is not None:
            out += [text[last : m.start()], past]
            last = m.end()
    return "".join([*out, text[last:]])


# "An American bombing raid aimed at the port ": a subject an article opens, a participle that
# describes it and one phrase after the participle, before the subject's verb
_DESCRIBED_SUBJECT = re.compile(r"(?:An?|The)\s+(?:[\w-]+\s+){0,3}[a-z]+ed\s+(?:at|on|by|in|for|"
                                r"against|to|from|with)\s+(?:(?:the|a|an|its|their)\s+)?"
                                r"(?:[\w-]+\s+){0,2}[\w-]+\s+")
_PLACE_PREPOSITIONS_AFTER_VERB = frozenset({"on", "in", "at", "into", "onto", "upon", "over"})


# Words that follow a verb with no object: where or how it happened
def _present_verb_next(word: str, after: str) -> bool:
    """Whether `word` is a present verb of the third person ("kills") with its object or a
    quantity after it (`after`: "at least", "the", "two")."""
    return word.endswith("s") and present_base(word) is not None and (
        after in _OBJECT_AFTER_PRESENT or after in CARDINALS or after[:1].isdigit())


_OBJECT_AFTER_PRESENT = frozenset({"the", "a", "an", "at", "all", "some", "his", "her", "its",
                                   "their", "several", "many", "most", "more", "over", "about",
                                   "nearly"})


_AFTER_A_NOUNS_VERB = frozenset({"across", "through", "out", "in", "at", "on", "over", "from",
                                 "into", "throughout", "around", "along", "towards"})


# A count before a word, not a year ("230 votes", "1,200 Tatars"; not "1905")
# (not "C-47", not "No. 06/03")
_COUNT_BEFORE = re.compile(r"(?<![\w,./-])(?:\d{1,3}(?:,\d{3})+|\d{1,3})\s+"
                           r"(?:[A-Z][\w’'-]*\s+){0,2}$")  # ("to sell 610,000 J-Com shares":
# a count, a name, its noun; round 1439 wrote "J-Com shared")
_NUMBERED_NAME_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|for|the|to|from|on|with|under)\s+"
                                              r"[A-Z][\w’'-]*\s+\d+\s+$")
_NUMBERED_NAME_END = re.compile(r"(?:[A-Z][\w’'-]*|No\.)\s+$")  # ("Resolution 12", "No. 4")
# Verbs of giving, whose first object is whom ("grants the Soviet Union bases")
_GIVING = frozenset({"grant", "give", "offer", "award", "lend", "sell", "hand", "pay", "send",
                     "promise", "deny", "allow", "assign", "owe", "show", "bring", "leave"})
_SECOND_OBJECT_GAP = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their)\s+)?"
                                r"(?:[A-Z][\w’'-]*\s+){1,4}$")


def _second_object(text: str, words: list[re.Match[str]], converted: int, index: int) -> bool:
    """Whether words[index] is the thing given after a verb of giving just put in the past
    and the name it is given to ("granted [the Soviet Union] bases"), not a verb of its own."""
    if not is_plural_noun(words[index].group()):
        return False
    for giver in range(index - 2, max(-1, index - 7), -1):
        word = words[giver].group()
        gerund = word.endswith("ing") and _gerund_base(word) in _GIVING
        if (giver == converted and present_base(word) in _GIVING) or gerund:
            return bool(_SECOND_OBJECT_GAP.fullmatch(text, words[giver].end(),
                                                     words[index].start()))
    return False  # (and "giving the Soviet Union bases on Estonian soil": a gerund's second
    # object, round 971 wrote "giving the Soviet Union based")


def _gerund_base(word: str) -> str:
    """The base of a gerund of _GIVING ("giving" -> "give", "granting" -> "grant")."""
    stem = word[:-3]
    return stem + "e" if stem + "e" in _GIVING else stem


# Adjectives of peoples the endings do not tell ("Greek courts", "Dutch ships")
_PEOPLES_ADJECTIVES = frozenset({"Greek", "Dutch", "Thai", "Swiss", "Czech", "Welsh", "Basque",
                                 "Arab", "Catalan", "Breton", "Flemish", "Walloon", "Maltese",
                                 "Filipino"})
# Prepositions after which a word is never a finite verb
_NOUN_PREPOSITIONS_ONLY = frozenset({"for", "of", "with", "by", "from", "into", "onto", "upon",
                                     "among", "between", "during", "without", "against",
                                     "towards", "toward", "via", "amid", "despite"})


# Prepositions that are also verbs' base forms ("near", "like"): before a name or an article,
# where something is, not an act
_PREPOSITIONS_LIKE_VERBS = frozenset({"near", "like", "opposite", "round", "outside", "inside",
                                      "beyond", "behind", "along", "across", "alongside"})


# Adverbs of time between "and" and a second verb ("and soon afterwards sails into exile")
_TIME_ADVERBS = frozenset({"soon", "shortly", "afterwards", "afterward", "later", "then", "again",
                           "eventually", "finally", "promptly", "subsequently", "immediately"})


def _joined_by_and(words: list[re.Match[str]], index: int) -> bool:
    """Whether "and" or "but", with at most two adverbs of time after it, comes right before
    words[index] (round 223: "and soon afterwards sails")."""
    back = index - 1
    while back >= 0 and index - back <= 2 and words[back].group().lower() in _TIME_ADVERBS:
        back -= 1
    return back >= 0 and words[back].group() in {"and", "but"}


_PREPOSITIONS_BEFORE_NAMES = frozenset({"with", "by", "against", "among", "from", "to", "for",
                                        "of", "between"})


# Where a plural noun's place follows it ("schools in villages", "farms near the river")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "across", "around", "along",
                                 "throughout", "outside", "inside"})
# What opens a clause whose subject is a plural noun phrase
_PLURAL_CLAUSE_OPENERS = (_CLAUSE_OPENERS - {"and", "but"}) | {"then", "which", "whom", "whose"}
_SUBJECT_WORDS = 4  # words of a plural subject before its verb ("some 35,000 people")
# What follows a verb, not a noun of a compound ("attack the flotilla", not "control talks")
_PREDICATE_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "to", "at",
                                "in", "on", "into", "for", "from", "with", "across", "over",
                                "up", "off", "out", "back", "down", "that", "against", "as",
                                # a count opening the object ("SS guards shoot about 2,000
                                # prisoners", round 241)
                                "about", "some", "nearly", "almost", "around", "roughly",
                                "several", "hundreds", "thousands", "dozens", "many"})


def _object_after(words: list[re.Match[str]], run: int, before_run: str) -> bool:
    """Whether the run of names starting at `run` follows a determiner after a verb ("apply
    the Schengen rules"): the names and what follows them are the verb's object."""
    if before_run not in _DETERMINERS or run < 2:
        return False
    verb = words[run - 2].group()
    return verb[:1].islower() and is_base_verb(verb) and "NOUN" not in parts_of_speech(verb)


# A people named by its adjective, plural with "the" ("the British", "the Japanese")
_PEOPLE = re.compile(r"British|English|French|Dutch|Spanish|Irish|Welsh|Scottish|Swiss|"
                     r"[A-Z][a-z]+ese")
# Words after a verb, never a plural's verb themselves ("sets up": "up" is no verb here)
_PARTICLES = frozenset({"up", "down", "out", "off", "over", "back", "away", "in", "on", "around"})


def _opens_a_predicate(word: str) -> bool:
    return word in _PREDICATE_OPENERS or word[:1].isupper() or word in IDIOM_NOUNS or (
        word in {"fire", "ranks", "sides", "hands"})  # ("when police open fire at his palace",
    # round 373; "after its ministers break ranks", round 554)


_COLLECTIVE_PLURALS = frozenset({"police", "people", "personnel", "clergy", "gendarmerie"})
# The head of a plural name ("the Paris Agreements", "the Camp David Accords")
PLURAL_NAME_HEADS = frozenset({"agreements", "accords", "protocols", "conventions", "treaties",
                                "talks", "negotiations", "allies", "powers"})


def _plural_subject_before(words: list[re.Match[str]], index: int) -> bool:
    """Whether the words before `index` are a whole plural subject of a historic-present verb:
    a plural noun phrase opening the text or a clause ("Colombian forces retake", "after
    Peruvian aircraft attack"), two names joined by "and" ("as Austria and Italy apply"), or
    "many of whom"."""
    if index < 1:
        return False
    previous = words[index - 1].group()
    if (previous in _ADVERBS_IN_A_CLAUSE or (previous.endswith("ly") and "ADV" in parts_of_speech(
            previous))) and index > 1:
        index -= 1  # "whose troops still wear the queue" (round 189; "groups jointly
        # introduce")
        previous = words[index - 1].group()
    if previous in {"that", "which", "who"} and index >= 2 and (
            words[index - 2].group().islower() and is_plural_noun(words[index - 2].group())) and (
            words[0].string[words[index - 2].end(): words[index - 1].start()] == " "):
        return True  # "generates waves that strike the shores": a plural noun's relative
        # clause (round 789 asked "did a landslide ... generate waves that strike")
    if previous in {"they", "we"}:  # "as they prepare to fly abroad" (round 254)
        return index >= 2 and words[index - 2].group().lower() in _PLURAL_CLAUSE_OPENERS
    if previous == "whom":
        return index >= 3 and words[index - 2].group() == "of" and words[index - 3].group(
            ).lower() in {"many", "most", "some", "all", "both", "several", "few"}
    if (_PEOPLE.fullmatch(previous) and index >= 3 and words[index - 2].group() == "the"
            and words[index - 3].group() in {"which", "whom"}):
        return True  # "which the British regard" (not "before the German attack on")
    if previous.lower() in PLURAL_NAME_HEADS or previous.lower() in _COLLECTIVE_PLURALS:
        first = index - 1  # "The Paris Agreements enter": a plural name's head; "Police open
        # fire": a plural with no "s" (round 169)
    elif previous[:1].isupper():  # "Austria and Italy"
        if index >= 5 and words[index - 4].group() == "and" and words[index - 3].group() == (
                "the") and parts_of_speech(words[index - 2].group()) == {"NOUN"}:
            first = index - 4  # "the schooner Drengen and the cutter Dagmar sail in": named
            # ships of a list (round 839 asked "as ... the cutter Dagmar sail in")
            if _OPENER_THEN_NAMED_KINDS.search(words[0].string, 0, words[first].start()):
                return True  # ("as the steamer Olympia, the schooner Drengen and ...")
        elif index < 3 or words[index - 2].group() != "and" or not words[index - 3].group(
                )[:1].isupper():
            return False
        else:
            first = index - 3
    elif previous in IRREGULAR_PLURALS or is_plural_noun(previous):
        first = index - 1
    else:
        return False
    if previous[:1].isupper() and _OPENING_PHRASE_THEN_NAMES.fullmatch(
            words[0].string, 0, words[first].start()):
        return True  # "By the London Protocol, Britain, France and Russia declare": names
        # after an opening phrase (round 824 asked "did France and Russia declare")
    if _NAME_AND_PLURAL_OPENING.match(" ".join(w.group() for w in words[:first + 1])):
        return True  # "Konstantinos Lachanas and his followers kill": a name and a plural
        # opening the entry, one subject (round 432: "did ... kill Ottoman merchants lodge")
    lower_words = 0
    for back in range(first - 1, max(first - 1 - _SUBJECT_WORDS - _NAME_WORDS, -1), -1):
        word = words[back].group()
        lower_words += not word[:1].isupper()  # ("after its Flemish Christian Democrat
        if lower_words > _SUBJECT_WORDS:  # ministers break": names' words are not counted,
            break  # round 554)
        if word.lower() in _PLURAL_CLAUSE_OPENERS:
            return True
        if word.lower() in _PREPOSITIONS_BEFORE_THAT or word.lower() in {"with", "without"}:
            return False  # "with troops present": no subject
        if word == "and" and back > 0 and words[back - 1].group()[:1].isupper() and (
                words[back + 1].group()[:1].isupper()):
            continue  # "as Soviet and Mongolian troops approach" (round 253)
        if word[:1].islower() and word not in _DETERMINERS and "ADJ" not in parts_of_speech(
                word) and word not in {"some", "two", "three", "four", "both", "all"} and (
                parts_of_speech(word) != {"NOUN"}):  # ("as alliance leaders gather": a
            return False  # noun describing the plural, round 188)
    return first - 1 < _SUBJECT_WORDS and all(
        words[back].group().lower() not in {"and", "but"} for back in range(first))


# "as the steamer Olympia, the schooner Drengen ": a clause's opener and the first of a list of
# things named with their kind
_OPENER_THEN_NAMED_KINDS = re.compile(
    r"\b(?:as|when|while|after|before|until|once|because)\s+(?:the\s+[a-z]+\s+[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)?,\s+)*the\s+[a-z]+\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+$")
# An opening phrase and its comma, then perhaps the first names of a list ("By the London
# Protocol, Britain, "): what stands before the last two names of a plural subject
_OPENING_PHRASE_THEN_NAMES = re.compile(
    r"(?:By|Under|In|On|At|With|After|Following|Through|During|Despite|For|From|Before)\s"
    r"[^,;:]*,\s+(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+)*")
# The whole text before the verb: a name, "and", a possessive and the plural
_NAME_AND_PLURAL_OPENING = re.compile(r"(?:[A-Z][\w’'.-]*\s){1,4}and\s(?:his|her|their)\s"
                                      r"[a-z]+$")
_NAME_WORDS = 4  # capitalised words a plural subject may hold beyond its _SUBJECT_WORDS
_ADVERBS_IN_A_CLAUSE = frozenset({"still", "also", "now", "often", "again", "already", "soon",
                                  "then"})
# The rest of a clause with a passive or perfect present of its own ("... on the internal
# borders of the three states are lifted"): the plural before it was its subject's noun.
_PASSIVE_LATER = re.compile(r"(?:\s+(?!that\b|which\b|who\b|and\s+[a-z])[^\s,;:]+){0,12}?\s+(?:is|"
                            r"are|has|have)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ld|nt)\b")
# (or "and" and a lower-case word: "a dial tracking the cycle of the Panhellenic games and month
# names", round 876 wrote "the Panhellenic gamed")
# A named place after a noun: "by fire from United States helicopters in Baghdad" (round 1585
# wrote "helicoptered")
_AT_A_NAMED_PLACE = re.compile(r"\s+(?:in|at|near|over|off)\s+[A-Z]")
_PHRASE_ENDS = re.compile(r"\s*(?:[.,;:)]|$)|\s+and\s+(?=[a-z])")
_NOUN_PREPOSITIONS = frozenset({"on", "between", "of", "in", "at", "for", "from", "with",
                                "along", "across", "against", "over", "under"})
# Prepositions that never open a clause nor front a place before one ("At Potsdam Truman
# tells" has its subject after the names): what follows them is a noun phrase (round 138).
# Prepositions before "the", a name and a noun ("from the Tripura camps", "in the Kell hills")
_PREPOSITIONS_BEFORE_PHRASE = _PREPOSITIONS_BEFORE_NAMES | {"in", "into", "at", "on", "near",
                                                            "across", "over", "under"}
_ONLY_PREPOSITIONS = frozenset({"despite", "amid", "amidst", "during", "against", "without",
                                "between", "among", "amongst", "towards", "toward", "through"})


# A relative clause's subject closing an entry: "which Palermo", "that the Sicilian parliament",
# or a contact clause after a plural noun ("terms the Sicilian parliament")
_CLOSING_RELATIVE = re.compile(r"(?:\b(?:which|that|whom)\s+(?:(?:the|its|his|her|their)\s+)?"
                               r"|\b(?:on|under|with|in|at|by|for)\s+[a-z]+s\s+"
                               r"(?:the|its|his|her|their)\s+)"
                               r"(?:[A-Za-z][\w’'-]*\s+){0,2}(?:[A-Z][\w’'-]*|[a-z]+)\s+$")


def _closing_relative_verb(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Whether words[index], the entry's last word, is the present verb of a relative clause
    whose subject comes between it and its "which" ("which Palermo rejects") or a plural noun
    ("on terms the Sicilian parliament rejects")."""
    word = words[index].group()
    if text[words[index].end():].strip(" .;!") != "":
        return False
    before = text[max(0, words[index].start() - 60): words[index].start()]
    if not word.endswith("s") and is_base_verb(word) and not is_past_tense(word) and (
            "VERB" in parts_of_speech(word)) and word not in _PARTICLES:
        plural = _CLOSING_PLURAL_RELATIVE.search(before)  # "which the Moldovan authorities
        return plural is not None and is_plural_noun(plural.group("noun"))  # boycott" (301)
    if not word.endswith("s") or word in _PLURAL_NOUNS or word in _NOUN_LIKE_PRESENT or (
            present_base(word) is None):
        return False
    return _CLOSING_RELATIVE.search(before) is not None


# "which the Moldovan authorities": a relative clause's plural subject closing an entry
_CLOSING_PLURAL_RELATIVE = re.compile(r"\b(?:which|that|whom)\s+(?:the|its|his|her|their)\s+"
                                      r"(?:[A-Za-z][\w’'-]*\s+){0,2}(?P<noun>[a-z]+s)\s+$")


def _relative_clause_verb(words: list[re.Match[str]], index: int) -> bool:
    """Whether words[index] is the present verb of a relative clause right after its "which",
    "who" or a noun's "that" (an adverb such as "soon" between them): "which soon surrenders",
    "a campaign that strikes"; not "which forces were", "that claims of fraud"."""
    word = words[index].group()
    if not word.endswith("s") or word in _PLURAL_NOUNS or word in _NOUN_LIKE_PRESENT:
        return False
    back = index - 1
    while back > 0 and words[back].group() in _ADVERBS_IN_A_CLAUSE:
        back -= 1
    if back >= 0 and words[back].group() in {"whoever", "whatever"}:
        return present_base(word) is not None  # "with whoever holds Visby": the relative word
        # is the verb's subject (round 296)
    if back < 1:
        return False
    relative = words[back].group()
    noun = words[back - 1].group()
    if relative == "that":
        kinds = parts_of_speech(noun)  # (none: a noun the lexicon lacks, "county")
        if not (noun.islower() and noun not in _PREPOSITIONS_BEFORE_THAT
                and ("NOUN" in kinds or not kinds) and not is_past_tense(noun)):
            return False  # (not "to that end", "said that ...")
    elif relative not in {"which", "who"} or noun.lower() in _NOUN_PREPOSITIONS | {"under", "by",
                                                                              "to", "through"}:
        return False  # (not "under which salaries ... were cut": the clause's subject follows)
    if present_base(word) is None:
        return False
    following = words[index + 1].group() if index + 1 < len(words) else ""
    if following and relative != "that" and "," in words[0].string[
            words[back - 1].end(): words[back].start()]:
        return False  # ("the White Paper, which favours a renewed relationship": an aside,
        # which a question cut to length leaves out; only one closing the entry is put in
        # the past, "the fortress, which soon surrenders.")
    return not (following and _is_verb_word(following) and following not in _PARTICLES)


def _verb_after_noun(words: list[re.Match[str]], index: int) -> bool:
    """Whether words[index] is a plural subject's verb in its base form, after a noun of
    lower-case words ("Kaldoran aircraft attack"): the names after it are then its object
    ("attack Greek Cypriot positions"), and "positions" a noun."""
    if index < 1 or not is_base_verb(words[index].group()):
        return False
    noun = words[index - 1].group()
    return noun.islower() and noun not in _DETERMINERS and "NOUN" in parts_of_speech(noun)


def _noun_subject_before(words: list[re.Match[str]], index: int) -> bool:
    """Whether a noun phrase of lower-case words led by a determiner, itself after a clause
    opener ("when his presidential aircraft"), ends just before words[index]."""
    previous = words[index - 1].group() if index else ""
    kinds = parts_of_speech(previous)
    if not previous.islower() or previous in _DETERMINERS or (kinds and "NOUN" not in kinds):
        return False  # (a word the lexicon lacks, "speedboat", is read as a noun)
    if index > 1 and words[index - 2].group().lower() in _CLAUSE_OPENERS - {"and", "but"} and (
            not is_plural_noun(previous)):
        return True  # "because turnout falls", "as tension rises": a mass noun needs no article
    for at in range(index - 2, max(index - 5, 0) - 1, -1):
        low = words[at].group()
        if low in _DETERMINERS:
            return at > 0 and (words[at - 1].group().lower() in _CLAUSE_OPENERS or (
                words[at - 1].group() in _TIME_NOUNS and at > 1
                and words[at - 2].group() == "the"))  # ("on the day the revolution reaches
            # Berlin": a clause of time with no "when"; round 1744 asked "did Ballin die ...,
            # on the day the revolution reaches Berlin")
        if not low.islower() and not _NATIONAL.fullmatch(low):
            return False  # (a nation's adjective is no name: "after an American mission")
    return False


# A copula later in the clause: the plural before it was its subject's noun ("The boundary
# awards for Lerno are made public"), not a verb.
_COPULA_LATER = re.compile(r"[^;.]*?\b(?:is|are|was|were|has|have)\b")


def _entry_subject_before(words: list[re.Match[str]], index: int) -> bool:
    """Whether a singular noun phrase of lower-case words, opened by the article that opens
    the entry, ends just before words[index] ("The company's charter ends"): a subject the
    present verb after it belongs to. Not a relative pronoun ("which favours": a clause a
    question may cut), nor an adjective's noun ("other supplies"). (After "and" a noun may be
    the second of two: "the registration and deportation provisions".)"""
    previous = words[index - 1].group() if index else ""
    kinds = parts_of_speech(previous)
    if (not previous.islower() or previous in _DETERMINERS or previous in _RELATIVE_WORDS
            or previous in _QUANTIFYING or "NOUN" not in kinds or "ADJ" in kinds
            or is_plural_noun(previous)):
        return False
    named = False
    for at in range(index - 2, max(index - 5, -1), -1):
        word = words[at].group()
        low = re.sub(r"[’']s$", "", word.lower())  # ("the company's charter")
        if low in _DETERMINERS:
            return at == 0 and (not named or _verb_s_place(words, at, index))
        if at > 0 and _NAME_MODIFIER.fullmatch(word):
            named = True
            continue  # "The Taipei committee files suit": a name before the noun, as an
            # adjective (round 1677 asked "did the Taipei committee files suit")
        if not parts_of_speech(low) & {"NOUN", "ADJ"} or low in _AFTER_NOUN_WORDS:
            return False  # ("protests against higher bus fares": a preposition's noun)
        if not word.islower() or at == 0:  # (no article: "Suicide car bombs at ..." may
            # be a noun phrase whose verb comes later)
            return False
    return False


# A one-word name a noun phrase may carry as its adjective ("the Minorco bid"), not an
# abbreviation or a possessive ("the UN's")
_NAME_MODIFIER = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")


def _verb_s_place(words: list[re.Match[str]], article: int, index: int) -> bool:
    """Whether words[index] stands where a subject's verb does after the noun phrase the
    article words[article] opens: no mark inside the phrase, and a word or the entry's end
    after it that is no past ("the Jelling mounds, rune stones", "the Endeavour sugar mill
    ruins;", "the Athenian quota lists recorded" are nouns)."""
    text = words[index].string
    following = words[index + 1].group() if index + 1 < len(words) else ""
    after_following = words[index + 2].group() if index + 2 < len(words) else ""
    return not any(mark in text[words[article].end(): words[index].start()] for mark in
                   ",;:()–—") and bool(_VERB_S_FOLLOWED.match(text, words[index].end())) and (
        not is_past_tense(following)) and not (
        is_base_verb(following) and (after_following in _DETERMINERS
                                     or after_following[:1].isdigit()))


# The end of a clause right after a verb: "and", a mark or the entry's end
_CLAUSE_CLOSES = re.compile(r"\s+and\b|\s*[,;.](?!\s*\d)|\s*$")
# Verbs whose present tells what is still so ("the community from which most islanders
# descend", "Belle-Île, on which Houat and Hoëdic depend"): kept in the present
_STILL_SO_VERBS = frozenset({"descend", "belong", "depend", "derive"})
_VERB_S_FOLLOWED = re.compile(r"\.?$| [\w“\"]")
_RELATIVE_WORDS = _RELATIVES | {"whom", "whose"}
# Words the lexicon has as nouns that only count or pick out the noun after them ("other
# supplies")
_QUANTIFYING = QUANTIFIERS | {"other", "such", "same", "own", "few", "various", "more",
                              "further", "certain"}


def _and_the_subject_before(words: list[re.Match[str]], index: int) -> bool:
    """Whether "and the" opens a phrase of nouns and adjectives closed by a place ("and the
    last barricade in Belleville falls") just before words[index]: the subject of the entry's
    closing verb (a noun there might be the second of two: "and the deportation provisions")."""
    if index < 3 or not words[index - 1].group()[:1].isupper() or (
            words[index - 2].group() not in _AFTER_NOUN_WORDS):
        return False
    for at in range(index - 3, max(index - 8, 0), -1):
        low = words[at].group().lower()
        if low == "the" and words[at - 1].group().lower() in {"and", "but"}:
            return True
        if low in _AFTER_NOUN_WORDS or not words[at].group().islower():
            continue
        kinds = parts_of_speech(low)
        if not kinds & {"NOUN", "ADJ"} or is_past_tense(low):
            return False  # (a verb ends the phrase: "and the rules adopted")
    return False


_AFTER_NOUN_WORDS = frozenset({"in", "of", "at", "on", "near", "outside"})


_ASKED_IN_THE_PAST = re.compile(r"\b(?:did|was|were)\b")
# Plural nouns that are verbs too, before "for" or "that" ("arms for", "talks that")
_NOUN_LIKE_PRESENT = frozenset({"arms", "talks", "forces", "funds", "plans", "claims", "hopes",
                                "demands", "fears", "needs", "means", "works", "rights"})


def rest_in_the_past(question: str) -> str:
    """A question asked in the past ("did", "was") with the present verbs after its auxiliary
    put in the past, as a timeline's entry is: "was the suspension lifted after Mara Dorn takes
    office" -> "... took office", "setting off the protests that bring down" -> "brought"."""
    fronted = _FRONTED_RELATIVE.match(question)
    if fronted is not None:  # "By the Treaty of Brömsebro, which ends the Torstenson War, on what
        # date in 1645 did Denmark cede ...": the opening's relative clause into the past too
        # (round 815 kept "ends")
        base = present_base(fronted.group("verb"))
        past = past_tense(base) if base and "VERB" in parts_of_speech(base) and (
            base not in _STILL_TRUE) else None
        if past:
            question = (question[: fronted.start("verb")] + past
                        + question[fronted.end("verb"):])
    asked = _ASKED_IN_THE_PAST.search(question)
    opener = None if asked is None else _LATER_CLAUSE.search(question, asked.end())
    while opener is not None and opener.group().strip() in {"until", "before", "after"} and (
            _TIME_NEXT.match(question, opener.end())):
        opener = _LATER_CLAUSE.search(question, opener.end())  # "delayed until the early
        # hours, fail to retake": a time, no clause (round 552: "fail" put back in the past)
    if opener is None:  # (the main verb is not touched: "did X arrives" stays wrong, and left
        return question  # out by present_left)
    start = question.rfind(" ", 0, opener.start() - 1) + 1  # (with the word before it: "the
    # protests that bring", not "that end" of "to that end")
    if _STILL_SO.search(question, opener.end()):
        return question  # "the emblem by which the studio is still known": true today, kept in
        # the present (round 1490 asked "by which the studio was still known")
    closing = _COMMA_THEN_WORD.search(question, opener.end())
    subject_end = question.find(", ", asked.end() if asked else 0, opener.start())
    subject_words = re.findall(r"\b[a-z]+\b", question[asked.end(): subject_end]) if (
        asked is not None) else []
    in_aside = asked is not None and subject_end >= 0 and not any(
        is_base_verb(word) for word in subject_words)
    # (the aside of the subject, before its verb; not "did Portes Gil found the Partido ...,
    # which gathered the peasant leagues, trade unions ...": a list after the verb)
    if (in_aside and asked is not None and asked.group() == "did"
            and closing is not None and is_base_verb(closing.group("word"))
            and not is_past_tense(closing.group("word"))):
        # "did Maxime Viala, the first of the doctors who would serve, take office": the aside's
        # clause goes into the past, the question's own verb after it stays as asked (round 397
        # asked "did Maxime Viala, ..., took office")
        end = closing.start()
        return question[:start] + entry_in_the_past(question[start:end]) + question[end:]
    return question[:start] + entry_in_the_past(question[start:])


# An opening phrase with a relative clause in it, before the question word ("By the Treaty of
# Brömsebro, which ends the Torstenson War, on what date ...")
_FRONTED_RELATIVE = re.compile(r"^[^?]*?,\s+(?P<relative>which|who|that)\s+(?P<verb>[a-z]+s)\s+"
                               r"(?P<next>[\w’'-]+)[^?]*?,\s+(?=(?:on|in)\s+what\b)")
# A present said to hold today ("is still known", "are still used", "to this day")
_STILL_SO = re.compile(r"\b(?:is|are|has|have)\s+still\b|\bstill\s+[a-z]+s\b|"
                       r"\b(?:to\s+this\s+day|today)\b")
# Verbs whose present may still be true in a history told in the past ("the treaty, which remains
# in force"): not put in the past
_STILL_TRUE = frozenset({"remain", "lie", "include", "contain", "hold", "stand", "exist",
                         "belong", "bear", "cover", "form", "serve", "house", "host", "mark",
                         "mean", "list", "name", "govern", "regulate", "protect", "require",
                         "apply", "define", "guarantee", "recognise", "recognize", "provide",
                         "allow", "forbid", "keep", "stay", "border", "face", "overlook"})
# ", take office": a comma and the word after it
_COMMA_THEN_WORD = re.compile(r",\s+(?P<word>[a-z]+)\b")
# What opens a clause of its own after the question's main verb: its verbs follow the question
# into the past.
_LATER_CLAUSE = re.compile(r"\b(?:after|when|until|before|once|because|while|that|which|who|"
                           r"whose|where|(?<=, a post )(?:he|she)|"  # ("a post he holds")
                           r"as(?=\s(?:they|he|she|it|we|the)\s|\s[A-Z]))\s")  # ("as they
# prepare to fly abroad", "as Soviet and Mongolian troops approach": rounds 253-254)


# A time after "until", "before" or "after": a phrase, no clause ("until the early hours")
_TIME_NEXT = re.compile(r"(?:the\s+(?:early|small|late)\s+hours|"
                        r"the\s+(?:next|following)\s+(?:day|morning|evening|night|week|month|"
                        r"year)|dawn|dusk|noon|midnight|nightfall|daybreak|then)\b")


# A present verb after a comma, opening the next of a list of acts ("..., presses for").
_COMMA_PRESENT = re.compile(r",\s+(?!(?:arms|talks|forces|funds|plans|claims|hopes|demands|"
                            r"fears|needs|means|works|rights|as|its|his|this|thus|has|was)\b)"
                            r"(?P<verb>[a-z]{3,}(?:es|s))\s+(?:for|to|the|a|an|its|his|her|their)\b")


# "and soon moves to a farm": a second predicate's present, an adverb of time before it
_AND_ADVERB_PRESENT = re.compile(r"\band\s+(?:(?:soon|shortly)\s+(?:afterwards?|after)\s+|"
                                 r"(?:soon|later|then|again|eventually|finally|quickly|"
                                 r"promptly|subsequently|afterwards?)\s+)(?P<verb>[a-z]{3,}s)\b")
# ("and soon afterwards sails into exile": round 223)
_OBJECT_OPENERS = r"(?:the|a|an|its|his|her|their|all|most)\b"


# "and become martyrs": "and", then a verb in its base form before its complement
_AND_BASE = re.compile(r"\band\s+(?P<verb>[a-z]{3,})\s+(?:the|a|an|its|his|her|their|[a-z]+s)\b")


# A subordinate or joined clause's subject: a linking word, then at most four words before
# its verb ("after its garrison mutinies", "as rebel forces enter", ", and the state collapses").
_CLAUSE_SUBJECT = re.compile(r"(?:\b(?:after|as|when|while|before|until|once|because)|,\s+and)"
                             r"\s+(?P<words>(?:[\w’'-]+\s+){1,4}?)(?P<verb>[a-z]{3,})\b"
                             r"(?=\s+(?:the|a|an|its|his|her|their|to|in|on|at|into)\b|\s*[,.?]|$)")
# (a longer subject, its "-s" verb the last before a preposition: "after irregular accounting
# at the corporation comes to light", round 1627 kept it in the present)
_LONG_CLAUSE_SUBJECT = re.compile(r"\b(?:after|when|while|before|until|once|because)\s+"
                                  r"(?P<words>(?:[\w’'-]+\s+){5,7})(?P<verb>[a-z]{3,}s)\b"
                                  r"(?=\s+(?:to|into|the|a|an|its|his|her|their|in|on|at)\b"
                                  r"|\s*[,.?]|$)")
_DETERMINERS_BEFORE_NOUN = _DETERMINERS | {"this", "that", "these", "those"}


def _present_in_a_clause(rest: str) -> bool:
    """Whether a clause after "after", "as", "when" ... or ", and" keeps a present verb: a
    singular noun then an "-s" verb ("its garrison mutinies"), or a plural noun then a verb in
    its base form ("rebel forces enter")."""
    for m in [*_CLAUSE_SUBJECT.finditer(rest), *_LONG_CLAUSE_SUBJECT.finditer(rest)]:
        words = m.group("words").split()
        before, verb = words[-1], m.group("verb")
        if before.lower() in _DETERMINERS_BEFORE_NOUN or before.lower() in _RELATIVES:
            continue  # "as the talks": "talks" is the noun
        if _singular_noun_s_present(before, verb):
            return True
        kinds = parts_of_speech(verb)
        if (is_plural_noun(before.lower()) and before[:1].islower() and is_base_verb(verb)
                and (kinds == {"VERB"} or "VERB" in kinds and not is_past_tense(verb)
                     and rest[m.end():].lstrip()[:1] in {"", "?", ",", "."})):
            return True  # ("after the Charaña talks collapse?": a verb the noun closes the
            # clause with, round 206)
    return False


def _verb_of_did_inflected(words: list[str], rest: str) -> bool:
    """Whether the word after "did" and its subject (an article and capitalised words) is a
    present verb that kept its "-s" ("did the Kaldoran Alliance wins")."""
    index = 1 if words[:1] and words[0] in {"the", "The"} else 0
    if index >= len(words) or not words[index][:1].isupper():
        return False
    while index < len(words) and words[index][:1].isupper():
        index += 1
    if index >= len(words):
        return False
    word = words[index]
    base = present_base(word)
    return (word.endswith("s") and word not in _NOUN_LIKE_PRESENT and base is not None
            and "VERB" in parts_of_speech(base)
            and re.search(rf"\b{word}\s+(?:\d|{_OBJECT_OPENERS})", rest) is not None)
    # (an object follows: in "did Russian troops under ... storm", "troops" is the noun)


# After "did": a name's or an "and"'s verb that kept its "-s", before its object or "place"
# (not a relative clause's own present: "in what Beijing calls a punitive war")
_PRESENT_AFTER_NAME = re.compile(r"(?<!what )(?<!which )(?<!that )(?<!whom )"
                                 r"(?:\b(?P<name>[A-Z][\w’'.-]*)|\band)\s+(?P<verb>[a-z]{3,}s)\s+"
                                 r"(?:the|a|an|his|her|its|their|with|place|(?=[A-Z]))\b")
# A present verb a timeline left before "into" or "that": "comes into use", "finds that".
_INTO_USE = re.compile(r"\b(?:comes|enters|goes|brings|puts)\s+into\b")
_VERB_THAT = re.compile(r"(?:^|\s)(?P<before>[\w’'-]+,?)\s+(?P<verb>[a-z]{3,}s)\s+that\b")


def _said_that(rest: str) -> bool:
    """Whether `rest` holds a present "-s" verb right before "that" ("finds that", "rules
    that"), not a plural noun ("the claims that") or a word that is one too ("hopes that")."""
    for m in _VERB_THAT.finditer(rest):
        verb, before = m.group("verb"), m.group("before").lower()
        if verb in _NOUN_LIKE_PRESENT or before in _DETERMINERS_BEFORE_NOUN or verb.endswith("ss"):
            continue
        base = present_base(verb)
        if base is not None and "VERB" in parts_of_speech(base) and (
                "NOUN" not in parts_of_speech(verb) or before.endswith((",", "also"))):
            return True  # (not "present conditions that": a noun after a verb)
    return False


def present_left(question: str) -> bool:
    """Whether a question asked in the past ("did", "was") still holds a present verb after
    its auxiliary, outside quotes: "was Tonga suspended after its government fails to ...",
    "did ... ask ..., and for weeks war seems possible"."""
    asked = _ASKED_IN_THE_PAST.search(question)
    if asked is None:
        return False
    rest = QUOTED.sub(" ", question[asked.end() :])
    words = _WORD.findall(rest)
    if _INTO_USE.search(rest) or _said_that(rest):
        return True  # "did NATO's building ... comes into use", "did a second award ... finds
        # that" (round 125)
    if asked.group() == "did" and (kept_s := _PRESENT_AFTER_NAME.search(rest)) and (
            kept_s.group("verb") not in _NOUN_LIKE_PRESENT
            and not NATION_ADJECTIVE.fullmatch(kept_s.group("name") or "")  # ("in Chilean
            # hands the coastal waters": a nation's adjective and a plural noun)
            and "VERB" in parts_of_speech(present_base(kept_s.group("verb")) or "")):
        return True  # "did a third Moratorium takes place", "did HMAS Sydney lands the main
        # body", "did Price close the embassy and leaves with his staff" (round 198)
    if asked.group() == "did" and _verb_of_did_inflected(words, rest):
        return True  # "did the UMNO–MCA–MIC Alliance wins 51 of the 52 seats"
    if _COMMA_PRESENT.search(rest):
        return True  # "did Templer expand the Home Guard, presses for ..."
    then = _AND_ADVERB_PRESENT.search(rest)
    if then and then.group("verb") not in _NOUN_LIKE_PRESENT and "VERB" in parts_of_speech(
            present_base(then.group("verb")) or ""):
        return True  # "did Guevara arrive in La Paz ... and soon moves to a farm" (round 206)
    if asked.group() != "did" and " and " in rest and (
            joined := _AND_BASE.search(rest)) and parts_of_speech(joined.group("verb")) == {
            "VERB"} and is_base_verb(joined.group("verb")) and not is_past_tense(
            joined.group("verb")):
        return True  # "were Galán and García Hernández shot ... and become martyrs": a
        # second verb of the subject left in the present (round 227)
    if _present_in_a_clause(rest):
        return True  # "was Jijiga retaken after Ethiopian forces outflank the Somali positions"
    for index, word in enumerate(words):
        if not word[:1].islower():
            continue
        previous = words[index - 1] if index else ""
        if previous.lower() in _NOT_FINITE_AFTER or previous.lower() in {"the", "a", "an"}:
            continue
        if is_present_only(word) and word.endswith("s"):
            return True
        if (word.endswith("s") and index + 1 < len(words) and words[index + 1] == "it"
                and previous.lower() not in _RELATIVES
                and present_base(word) and "VERB" in parts_of_speech(present_base(word) or "")):
            return True  # "did the ICJ, by nine votes to five, finds it lack jurisdiction"
        if (previous == "and" and word.endswith("s") and index + 1 < len(words)
                and (words[index + 1] in {"a", "an", "the", "his", "her", "its", "their"}
                     or words[index + 1][:1].isupper() and word not in _NOUN_LIKE_PRESENT
                     and "VERB" in parts_of_speech(present_base(word) or ""))
                and present_base(word)):
            return True  # "was ... proclaimed in Dubai, and signs a treaty", "did the treaty
            # bind Spain to France and promises Spanish support"
        if (previous == "and" and word.endswith("s") and index + 1 < len(words) and index > 1
                and is_plural_noun(words[index + 1]) and words[index - 2].islower()
                and not is_plural_noun(words[index - 2]) and word not in _NOUN_LIKE_PRESENT
                and "VERB" in parts_of_speech(present_base(word) or "")):
            return True  # "did Apodaca replace Calleja as viceroy and offers pardons" (round
            # 191; not "bridges and arms depots")
        if previous == "what" and word.endswith("s") and "VERB" in parts_of_speech(
                present_base(word) or ""):
            return True  # "did Mier y Terán dissolve what remains of the congress"
        if (previous == "and" and word.endswith("s") and index + 1 < len(words)
                and words[index + 1] in {"for", "that"} and word not in _NOUN_LIKE_PRESENT
                and present_base(word) and "VERB" in parts_of_speech(present_base(word) or "")):
            return True  # "did the resolution declare ... and calls for ..."
    return False
