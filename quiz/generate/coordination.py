"""Where a second clause joined by "and" or "but" starts, so a question keeps only its own.

A question is cut from one clause of its sentence; what follows its verb may still hold a
second clause ("... and East Timor becomes independent", "... but has not ratified", ", and
Austria, Finland and Sweden joined ..."), which glued to the question makes nonsense. A
conjunction starts a second clause when a subject and a finite verb follow it, or a finite verb
that the question's own "did" or "was" cannot carry (a present, a perfect).
"""

from __future__ import annotations

import re

from quiz.generate.countries import NATION_ADJECTIVE
from quiz.generate.inflect import (
    is_base_verb,
    is_participle,
    is_past_tense,
    is_plural_noun,
    is_present_only,
    parts_of_speech,
    present_base,
)
from quiz.generate.numbers import CARDINALS, is_compound_number
from quiz.generate.officials import NATIONAL_WORD
from quiz.generate.subject import AGREEMENT_HEADS, BODY_HEADS

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_CONJUNCTION = re.compile(r"(?:,\s*|\s+)(?P<word>and|but|while|whereas|(?<=,\s)then|(?<=,\s)yet)"
                          r"\b,?\s+")
_FINITE_AUX = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would",
                         "does", "do", "remains", "remain"})
_PRESENT_AUX = frozenset({"is", "are", "has", "have", "will", "does", "do", "remains", "remain"})
_NOUN_PHRASE_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "both", "all",
                                "most", "some", "several", "many", "of", "and", "other", "two",
                                "three", "four", "five", "six"})
# Words that never continue a subject: a pronoun or a relative word opens a clause inside the
# phrase ("the dignity it had taken"), a preposition a phrase after it ("Austria under the Act").
_CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "it", "he", "she", "they",
                           "we", "there", "this", "these", "those", "when", "where", "what", "in",
                           "on", "at", "by", "from", "with", "under", "between", "to", "into",
                           "during", "after", "before", "over", "against", "through", "without",
                           "within", "as", "than", "since", "until", "about", "across"})
# Words after which an "and" joins parts of one phrase or of a subordinate clause.
_SUBORDINATE = re.compile(r"\b(?:after|before|when|while|because|until|since|which|who|whom|"
                          r"that|where|as|once|if|although|though|between|both)\b")
_PREPOSITION = re.compile(r"\s+(?:in|on|at|by|for|from|with|under|between|to|into|during)\b")
_ASIDE = re.compile(r",[^,;:()]{1,90},\s+")
_NEXT_NAME = re.compile(r"(?:and\s+)?[A-Z]")
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|[\w’'.-]+")  # ("some 300,000 troops")
_PRESENT_WITH_OBJECT = re.compile(r"\s*(?P<verb>[a-z]+s)(?=\s+(?:a|an|the)\s|\s+(?:office|power|"
                                  r"charge|command|effect|place|part|control|shape)\b)")
# (an idiom's bare noun too: "was Fenoglio approved at a second vote and takes office on 2
# July?", round 1430)
_NOT_VERBS = frozenset({"united", "armed", "skilled", "biased"})
_ARTICLE_OR_OWNER = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "whose"})
_MAX_SUBJECT_WORDS = 8
_MAX_LISTED_SUBJECT_WORDS = 14  # after ", and": "Ostria, Kell and the towns of the coast"
# A preposition that ties a name to the noun before it ("a force under Morosini"): part of
# the subject when the subject opened with an article.
_NAMED_BY = frozenset({"under", "of", "from"})
# After a clause's first comma, a name after these too ("..., and a plebiscite in October
# approved", "the Bay of Pigs invasion by CIA-trained exiles followed")
_PLACED_BY = frozenset({"in", "by", "at", "on", "with", "for"})


# What opens a verb's complement: a preposition or particle of motion or state
_VERB_COMPLEMENT = re.compile(r"\s+(?:to|into|under|from|off|out|up|down|back)\s")


# Endings of adjectives the lexicon may lack ("imperial troops", "Hanseatic")
_ADJECTIVE_ENDING = re.compile(r"(?:ial|al|ic|ous|ive|ian|ese|ish)$")


def _finite(word: str, previous: str, owned: bool = False) -> bool:
    """Whether `word` is a finite verb after `previous` (the last word of its subject);
    `owned`: the subject opened with an owner ("his", "its"), so a word that may be a noun or a
    verb before the present is its noun ("his line dies")."""
    low = word.lower()
    if previous.lower() in _ARTICLE_OR_OWNER and low not in _FINITE_AUX and low.endswith("ed"):
        return False  # "and the related constitutional amendments": right after an article
        # a past form describes its noun (round 713 asked "did the court declare the ZEDE law")
    if low in _FINITE_AUX:
        return True
    if low in _NOT_VERBS:
        return False
    if is_past_tense(low) or is_present_only(low):
        return True
    if (low.endswith("s") and previous.isalpha() and previous.islower() and len(previous) > 3
            and not is_plural_noun(previous) and (parts_of_speech(previous) <= {"NOUN"} or (
                owned and "NOUN" in parts_of_speech(previous)
                and not previous.endswith(("ed", "ing"))))
            and previous not in CARDINALS and not is_compound_number(previous)
            and previous not in {"dozen", "score", "thousand", "million", "billion"}
            and present_base(low) is not None and "ADJ" not in parts_of_speech(low)):
        return True  # "the county passes to Charles V": a present after a singular noun
        # (round 540 asked "did Margaret of Austria die ..., and the county passes"; round 1030
        # "did Lars Kagg die, childless, and his comital line dies with him")
    # "thousands leave", not "troops present"; "the Russians withdraw" (round 987 asked "was
    # the Convention of Åland concluded, and the Russians withdraw across the ice?")
    return (is_plural_noun(previous.lower()) or _a_people(previous)) and is_base_verb(low) and (
        "ADJ" not in parts_of_speech(low))


# Peoples whose plural is no nation's adjective and "s" ("Russians" is "Russian" and "s")
_PEOPLES = frozenset({"Swedes", "Danes", "Finns", "Poles", "Turks", "Serbs", "Croats", "Greeks",
                      "Scots", "Britons", "Arabs", "Kurds", "Czechs", "Slovaks", "Saxons",
                      "Franks", "Goths", "Moors", "Allies", "Soviets"})


def _a_people(word: str) -> bool:
    """Whether `word` names a people in the plural ("Russians", "Swedes")."""
    return word in _PEOPLES or (word.endswith("s") and NATIONAL_WORD.fullmatch(word[:-1])
                                is not None)


# One named party of a list, less its "the": "Poland", "Emperor Leopold I", "Republic of Venice"
PARTY_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’'-]*)*"
# The names of a list before its ", and": at least two, each after a comma ("Paul III, the
# Emperor Charles V, Ferdinand, King of the Romans, and")
_SERIES_NAME = rf"(?:the\s+)?{PARTY_NAME}"
_SERIES_BEFORE_AND = re.compile(rf"{_SERIES_NAME},\s+{_SERIES_NAME},\s+and\s+$")


def _subject_then_verb(text: str, at: int, comma: bool = False, asides: bool = True,
                       first_comma: bool = False, verb_after_and: bool = True) -> bool:
    """Whether text[at:] opens with a subject (names, a noun phrase, an aside) and its verb.

    `comma`: the conjunction had a comma before it, so names that close the text are what is
    left of a clause cut before its verb (", and Austria, Finland?"), not the last of a list.
    `first_comma`: that comma is the first of the text, so no list runs up to it and a past
    form after a noun ("..., and the old duke signed for his son") is a verb, not a participle;
    the subject may be longer and end in a linking adverb ("the towns of the coast soon joined").
    `verb_after_and`: a verb right after a second "and" may close the subject; without it,
    that verb opens a later predicate ("and Jaziran princes and was assigned": no clause).
    """
    previous = ""
    words = 0
    pos = at
    names = True
    determined = False  # the subject opens with an article: a noun phrase, not a phrase
    owned = False  # the subject opens with "his", "its", ...: "his line dies"
    named = False  # a name inside the subject: "the Ballum Sluse ferry ends"
    most = _MAX_LISTED_SUBJECT_WORDS if first_comma else _MAX_SUBJECT_WORDS
    while words <= most:
        aside = _ASIDE.match(text, pos) if asides else None
        if aside and previous:
            pos = aside.end()
            continue
        m = _WORD.match(text, pos)
        if m is None:
            if text.startswith(", ", pos) and previous[:1].isupper() and _NEXT_NAME.match(
                    text, pos + 2):
                pos += 2  # "Austria, Finland and Sweden joined": a list of names
                continue
            # ", and Austria, Finland" closing the question: a clause cut off before its verb;
            # not one name after a list of them ("by Pope Paul III, the Emperor Charles V,
            # Ferdinand, King of the Romans, and Venice.": round 875 cut "and Venice")
            return comma and names and not text[pos:].strip(" ,.;:?") and not (
                "," not in text[at:pos].rstrip(" ,.;:?") and _SERIES_BEFORE_AND.search(text, 0, at))
        word = m.group()
        if word.endswith(".") and word[:1].islower() and word[:-1].isalpha():
            word = word[:-1]  # "and the project collapsed.": the sentence's full stop
        low = word.lower()
        if ((first_comma or (names and previous[:1].isupper())) and previous
                and low in _LINKING_ADVERBS
                and (after := _WORD.match(text, m.end() + 1)) is not None
                and after.group().islower() and (_finite(after.group().rstrip("."), previous) or (
                    previous[:1].isupper() and after.group().endswith("s")
                    and present_base(after.group()) is not None))):
            return True  # "the towns of the coast soon joined", "and John Beecroft again takes
            # charge" (round 316: a name and its adverb before the verb)
        if previous and (_finite(word, previous, owned or (determined and named)) or (
                previous[:1].isupper() and low.endswith("s") and present_base(low) is not None
                and _VERB_COMPLEMENT.match(text, m.end()))):  # ("the Swabian League of Cities
            # comes to an end": a name's present, a preposition after it, round 549)
            if previous == "and" and not verb_after_and:
                return False  # "and Jaziran princes and was assigned": the verb opens a later
                # predicate, the words before it were an object's
            if (previous[:1].islower() and is_past_tense(low) and low not in _FINITE_AUX
                    and not first_comma and _PREPOSITION.match(text, m.end())):
                return False  # "and the protocol signed in Kyoto": a participle, one clause
            return True
        kinds = parts_of_speech(low)
        if not kinds and "-" in low:  # "full-scale war": the last part says the word's kind
            kinds = parts_of_speech(low.rsplit("-", 1)[1])
        if ((low in _NAMED_BY or (first_comma and low in _PLACED_BY)) and previous[:1].islower()
                and determined
                and _NEXT_NAME.fullmatch(text[m.end() + 1: m.end() + 2])):
            previous, pos = word, m.end() + 1  # "a Venetian force under Morosini conquered"
            continue
        if low == "for" and previous[:1].isupper() and text[m.end() + 1: m.end() + 2].isupper():
            previous, pos = word, m.end() + 1  # "Maryam Babangida's Better Life for Rural
            continue  # Women programme was launched": a name, round 269
        if low == "than" and previous.lower() in {"more", "fewer", "less"}:
            previous, pos = word, m.end() + 1  # "the garrison of more than 11,000 men
            continue  # surrenders": a count, round 294
        if low in _CLAUSE_WORDS:
            return False  # "and the dignity it had taken", "and China that ...": one clause
        if not (word[:1].isupper() or word[:1].isdigit() or low in _NOUN_PHRASE_WORDS
                or kinds & {"NOUN", "ADJ"}
                or ((determined or owned) and not kinds and low.isalpha())
                or (not previous and not kinds and _ADJECTIVE_ENDING.search(low) is not None)
                or (previous.lower() in _ARTICLE_OR_OWNER and low.endswith("ed"))
                or ((determined or (not previous and comma)) and low.endswith("ing")
                    and len(low) > 5)):  # (", and (the) fighting continued": a gerund the
            # lexicon knows as a verb only)
            return False  # (a word the lexicon lacks after an article is a noun: "an armistice")
        owned = owned or (not previous and low in {"his", "her", "its", "their"})
        named = named or (bool(previous) and word[:1].isupper())
        names = names and (word[:1].isupper() or low == "and")
        determined = determined or (not previous and (low in _DETERMINING or word.endswith(
            ("’s", "'s"))))  # ("Venezuela's ministers under President Lusinchi included")
        previous = word
        words += 1
        pos = m.end()
        while text.startswith(" ", pos):
            pos += 1
    return False


def clause_follows(text: str, at: int) -> bool:
    """Whether text[at:] opens with a subject and its finite verb ("the Turks were beaten
    ..."): after a comma, a clause joined to the one before it with no conjunction. A
    subject with an aside after it (", Juan Ortiz, who ..., was") is refused: it may be the
    apposition of the noun before the comma."""
    return _subject_then_verb(text, at, asides=False)


# What follows the "and" of a body's name ("Coal and Steel Community", "Trade and Development
# Bank"): capitalised words up to a body's head (the bodies subject.py knows, and offices and
# firms).
_INSIDE_A_NAME = re.compile(
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:"
    + "|".join(sorted(BODY_HEADS | AGREEMENT_HEADS | {
                                    "Act", "Company", "Corporation", "Authority", "Society",
                                    "Institute", "Office", "Board", "Department", "Ministry",
                                    # ("the Finnish Pilot and Lighthouse Administration
                                    # decided": round 947 cut it at "Pilot")
                                    "Administration", "Service", "Trust", "Bureau",
                                    "Directorate", "Inspectorate", "Museum", "Survey"}))
    + r")\b")  # (an act's name too: "approves the Federal Property and Administrative Services
# Act, creating ...", round 1706 asked "did Truman approve the Federal Property?")


# "its members crossed to KANU": a subject the first clause's owns, and its verb of moving
_OWNED_SUBJECT_MOVED = re.compile(r"(?:its|his|her|their)\s+[a-z]+s\s+[a-z]+ed\s+(?:to|into|"
                                  r"from|over|across|back)\b")


# "the treaty entered into force", "the council approved the plan": a noun phrase, a past and
# what only a finite verb takes after it (an object's article, "into force")
_NOUN_THEN_PAST_ACT = re.compile(r"\s*(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+"
                                 r"(?P<verb>[a-z]+ed)\s+(?:the|its|their|his|her|into\s+"
                                 r"(?:force|effect))\b")


# "have the buildings": a causative verb and the start of its object, no verb after it yet
_CAUSATIVE_BEFORE = re.compile(r"\b(?:have|has|had|having|get|gets|got)\s+(?:the|its|their|his|"
                               r"her|a|an)\s+[^,;]*$")
# "let German troops", "allowed the ships": a causative's object, whose verb follows the pair
_LET_BEFORE = re.compile(r"\b(?:let|lets|letting|made|make|makes|help|helped|helps)\s+"
                         r"(?:[A-Z][\w’'-]*\s+|the\s+|its\s+|their\s+)?[a-z]+s\s*$")
# " supplies pass": the second object, a plural, and the base verb after it
_BASE_VERB_NEXT = re.compile(r"\s*(?:[a-z]+\s+)??[a-z]+s\s+(?P<verb>[a-z]+)\b")
# " ordnance of the Bass surveyed": the rest of the object and the participle closing it
_PARTICIPLE_CLOSES = re.compile(r"[^,;]*\s[a-z]+ed\s*[.?]?$")


# Words before a comma that open a clause the pronoun after it may belong to
_OPENS_A_CLAUSE = re.compile(r"\b(?:which|when|whom|who|where|that|after|before|with|and|as|"
                             r"while|though|although|because|if|since|until)\b")
# ", he kept his post": a comma, a subject pronoun and its verb (not ", he said,")
_PRONOUN_CLAUSE = re.compile(r",\s+(?:he|she|they)\s+(?P<verb>[a-z]+)\b(?!\s*,)")
# "of coastal and", "a northern and": a word that opens a noun phrase, and an adjective
_ADJECTIVE_OPENED = re.compile(r"\b(?:of|a|an|the|for|on|in|with|its|their|his|her)\s+"
                               r"(?P<adjective>[a-z]+)\s*$")
_NEXT_ADJECTIVE = re.compile(r"\s*(?P<adjective>[a-z]+)\s+[\w’'-]+")


# " European routes": a people's adjective and a plural noun
_PEOPLE_THEN_PLURAL = re.compile(rf"\s*(?:{NATION_ADJECTIVE.pattern})\s+[a-z]{{3,}}s\b")


def _adjectives_joined(text: str, start: int, end: int) -> bool:
    """Whether the "and" from `start` to `end` joins two adjectives of one noun after a
    preposition or a determiner ("of coastal and marine areas")."""
    before = _ADJECTIVE_OPENED.search(text, 0, start)
    if before is not None and "ADJ" in parts_of_speech(before.group("adjective")) and (
            _PEOPLE_THEN_PLURAL.match(text, end)):
        return True  # "the state airline for domestic and European routes" (round 1339 asked
        # "did Sir Peter Masefield join British European Airways, the state airline for
        # domestic?")
    after = _NEXT_ADJECTIVE.match(text, end)
    if before is None or after is None:
        return False
    first = parts_of_speech(before.group("adjective"))
    return "ADJ" in first and first <= {"ADJ", "ADV"} and "ADJ" in parts_of_speech(
        after.group("adjective"))


# "Czech and German demands": the second of two peoples' adjectives, then the noun of both
_SECOND_PEOPLE = re.compile(rf"\s*(?:{NATION_ADJECTIVE.pattern})\s+[a-z]{{3,}}\b"
                            r"(?!\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|left|fled|took|went|came|were|was|"
                            r"had|made|held|began|broke|fell|rose|won|lost|met|sent|set|led|"
                            r"withdrew|seized)\b)")  # (not "the French and German troops left")
_LAST_NAME_WORD = re.compile(r"([A-Z][\w’'-]*)\s*$")


def peoples_joined(text: str, start: int, end: int) -> bool:
    """Whether the "and" from `start` to `end` joins two peoples' adjectives of one noun ("a
    petition of Czech and German demands"): round 1260 asked "did ... adopt a petition of
    Czech?"."""
    first = _LAST_NAME_WORD.search(text, 0, start)
    return first is not None and NATION_ADJECTIVE.fullmatch(first.group(1)) is not None and (
        _SECOND_PEOPLE.match(text, end) is not None)


# ", and the reversion to the United States takes": a determiner, one or two nouns, a
# preposition's name, then the verb
_SUBJECT_PHRASE_THEN_VERB = re.compile(r"\s*(?:the|a|an|its|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?"
                                       r"\s+(?:to|of|for|in|on|at|with|from)\s+(?:the\s+)?"
                                       r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?P<verb>[a-z]+)\b")


def second_clause(predicate: str, past: bool = True) -> tuple[int, int] | None:
    """The span of the conjunction that starts a second clause in `predicate` (what follows a
    question's verb), else None.

    `past`: the question asks in the past ("did", "was"), so a present or perfect verb joined
    straight to it ("and has its secretariat", "but has not ratified") is a clause of its own.
    """
    inside = False  # an "and" so far may be inside a subordinate clause
    opened: tuple[int, int] | None = None  # a ", and" before an article whose verb is not met
    pronoun = _PRONOUN_CLAUSE.search(predicate) if ", " in predicate else None
    if pronoun is not None and (not _finite(pronoun.group("verb"), "he") or "," in predicate[
            : pronoun.start()] or _OPENS_A_CLAUSE.search(predicate, 0, pronoun.start())):
        pronoun = None  # (", friends said, he withdrew", "when, after ..., he entered": the
        # pronoun's clause is the one a word before it opened)
    for m in _CONJUNCTION.finditer(predicate):
        if pronoun is not None and pronoun.start() < m.start():
            return pronoun.start(), pronoun.start() + 1  # "did Daniel Günther become
            # Minister-President, he kept his post": a clause of its own after the comma
            # (round 1065 wrote "..., Robert Habeck kept his post")
        if m.group().strip() == "and" and _CAUSATIVE_BEFORE.search(predicate, 0, m.start()) and (
                _PARTICIPLE_CLOSES.match(predicate, m.end())):
            continue  # "to have the buildings and ordnance of the Bass surveyed": two objects
            # of one causative "have" (round 927 cut "to have the buildings")
        let_verb = _BASE_VERB_NEXT.match(predicate, m.end()) if m.group().strip() == "and" and (
            _LET_BEFORE.search(predicate, 0, m.start())) else None
        if let_verb is not None and is_base_verb(let_verb.group("verb")):
            continue  # "agreed to let German troops and supplies pass through": two objects of
            # one "let" and the base verb after them (round 967 asked "did Finland agree to let
            # German troops?")
        if m.group().strip() == "and" and (_adjectives_joined(predicate, m.start(), m.end())
                                           or peoples_joined(predicate, m.start(), m.end())):
            continue  # "a system of coastal and marine Baltic Sea Protected Areas": two
            # adjectives of one noun (round 1034 asked "adopt its recommendation on a system of
            # coastal?")
        if m.group().strip() == "and" and _INSIDE_A_NAME.match(predicate, m.end()) and (
                predicate[: m.start()].rstrip().rsplit(" ", 1)[-1][:1].isupper()):
            continue  # "the European Coal and Steel Community was signed": one name
        if m.group().strip() == "and" and predicate[: m.start()].rstrip()[-1:].isdigit() and (
                predicate[m.end():][:1].isdigit()):
            continue  # "provided for by Articles 3 and 4 reached": two numbers of one noun, no
            # clause with the subject "4" (round 618 asked "did 4 reach Jamestown")
        verb = _PRESENT_WITH_OBJECT.match(predicate, m.end()) if past and m.group(
            "word") == "and" else None
        if verb and present_base(verb.group("verb")) is not None:
            return m.span()  # "was proclaimed in Dubai, with Zayed as President, and signs a
            # treaty": a present verb and its object, wherever the "and" stands
        if m.group("word") == "and" and _OWNED_SUBJECT_MOVED.match(predicate, m.end()):
            return m.span()  # "dissolved itself and its members crossed to KANU"
        acted = _NOUN_THEN_PAST_ACT.match(predicate, m.end()) if m.group("word") == "and" else None
        if acted and is_past_tense(acted.group("verb")):
            return m.span()  # "were ratifications exchanged in Moscow and the treaty entered
            # into force": a subject of its own and its act (round 832)
        inside = inside or _subordinate_before(predicate, m.start())
        if m.group("word") == "and" and _second_predicate(predicate, m.end()) and (
                not inside or m.group().startswith(",")):
            return m.span()  # "did X leave government and soon withdrew", "..., and was restored"
        if inside and m.group().startswith(",") and m.start() > 0 and second_clause(
                predicate[m.start():], past) == (0, m.end() - m.start()):
            return m.span()  # "did Mubarak announce that she would chair the Board, and the
            # former vice-president Serageldin became director": after a comma, a subject and
            # its verb as they would be read outside the clause (round 1413); cut, the
            # question keeps the clause its verb opened
        if inside:
            continue  # "after Carter and Torrijos had issued ...": inside another clause
        after = m.end()
        first = _WORD.match(predicate, after)
        adjective = _ADJECTIVES_BUT_NOT.search(predicate, 0, m.start()) if m.group(
            "word") == "but" else None
        if adjective and "ADJ" in parts_of_speech(adjective.group("adjective")) and (
                predicate[m.end():].lstrip().startswith("not ")):
            continue  # "of an old but not wealthy family": two adjectives of one noun
        if m.group("word") not in {"and", "then"}:
            return m.span()  # "but", "while": a contrast, never part of the asked act
        if first is None:
            continue
        low = first.group().lower()
        if m.group("word") == "then":
            if is_past_tense(low) or present_base(low) is not None:
                return m.span()  # "did Adams sign ..., then leaves for Paris"
            continue
        if past and (low in _PRESENT_AUX or is_present_only(low)):
            return m.span()  # "did AFCONE begin work and has its secretariat in Pretoria"
        if past and low in _NOW_WORDS and (then := _WORD.match(predicate, first.end() + 1)) and (
                present_base(then.group()) is not None and then.group().endswith("s")):
            return m.span()  # "did Skaftö break away from Morlanda and now lies in Lysekil
            # Municipality": how it is today, a clause of its own (round 870)
        comma = m.group().startswith(",")
        if _subject_then_verb(predicate, after, comma,
                              first_comma=comma and "," not in predicate[: m.start()],
                              verb_after_and=False):
            if not comma and opened is not None and not any(
                    word in _FINITE_AUX or is_past_tense(word)
                    for word in _WORD.findall(predicate, opened[1], m.start())):
                return opened  # ", and a provisional agreement on friendship and commerce
                # is concluded": the verb is the noun phrase's the comma opened (round 203)
            return m.span()
        if comma and (low in _DETERMINING or low in _OWNERS) and opened is None:
            opened = m.span()  # (", and a provisional agreement on ...": its verb may be later)
        elif comma and opened is None and first.group().isalpha() and first.group().islower() and (
                "ADJ" in parts_of_speech(low)) and (
                not is_past_tense(low) and present_base(low) is None):
            opened = m.span()  # (", and tripartite talks with the Union government and the
            # ministry of Mahanta began": an adjective opens the subject, round 368)
        if comma and _COUNTED_THEN_PASSIVE.match(predicate, after):
            return m.span()  # ", and some 112 farms in the parish were destroyed": a counted
            # subject and its passive, a clause of its own (round 840)
        if comma and _NAMES_OWN_THEN_BE.match(predicate, after):
            return m.span()  # ", and Mozart's opera ... was first performed": a subject of its
            # own (round 497 asked "was Racine's Mithridate first staged, and Mozart's ... was")
        if comma and low in _SUBORDINATORS:
            return m.span()  # ", and when the truce expired, X occupied ...": a clause of its own
        if low in _WITH_WORDS and not _PHRASE_OF_A_THING.match(predicate, first.end()):
            continue  # ", and with Governor Rexford G. Tugwell, appointed in 1941, carried
            # through land reform": with whom the subject acted, not a clause of its own
        if low in _OPENING_PREPOSITIONS and (_clause_after_phrase(predicate, first.end()) or (
                comma and _pronoun_clause_after(predicate, first.end()))):
            return m.span()  # ", and for some weeks war seemed possible": a clause of its own
            # (", and on Henry III's assassination on 2 August 1589 he became Henry IV": a
            # longer phrase before a pronoun and its verb, round 541)
    for joined in re.finditer(r",\s+and\b", predicate):
        late = _SUBJECT_PHRASE_THEN_VERB.match(predicate, joined.end())
        late_verb = late.group("verb") if late else ""
        if late and (is_past_tense(late_verb) or late_verb in _FINITE_AUX or (
                late_verb.endswith("s") and present_base(late_verb) is not None)):
            # (after a name, "takes" is no plural noun)
            return joined.span()  # ", and the reversion to the United States takes effect": a
            # noun, the name its preposition adds, then its own verb (round 1292 asked "did
            # Hungerford die ..., and the reversion to the United States takes effect?")
    return None if pronoun is None else (pronoun.start(), pronoun.start() + 1)


# "some 112 farms in the parish were destroyed": a count, its noun and a passive
_COUNTED_THEN_PASSIVE = re.compile(
    r"\s*(?:(?:some|about|over|nearly|almost|around|more\s+than)\s+)?"
    r"\d[\d,]*\s+[a-z]+[^,;:()]{0,50}?\s(?:was|were)\s+[a-z]+ed\b")
# A name's possessive and its noun, then a form of "be" or "have" as the verb
_NAMES_OWN_THEN_BE = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+[a-z][^;]{0,80}?\s"
                                r"(?:was|were|had)\s")


# What says that a present verb after it tells how things are today ("and now lies")
_NOW_WORDS = frozenset({"now", "still", "today"})
# What opens a subordinate clause that, after ", and", starts a sentence of its own
_SUBORDINATORS = frozenset({"when", "after", "before", "while", "once", "until", "although",
                            "though", "because", "since", "whereas"})
# Adverbs that may stand between "and" and the verb of a second predicate ("and soon withdrew").
_LINKING_ADVERBS = frozenset({"soon", "later", "then", "also", "again", "eventually", "finally",
                              "thereafter", "subsequently", "afterwards", "quickly", "promptly",
                              "briefly", "never"})


def _second_predicate(text: str, at: int) -> bool:
    """Whether text[at:] (just after "and") opens a second predicate of the subject, one the
    question's "did" or "was" cannot carry: a finite auxiliary ("and was restored", "and had
    left") or a past form that cannot be a participle ("and withdrew", "and soon went"),
    perhaps after an adverb. A participle ("and readmitted", "and signed") may be carried by
    the question's "was" and is left to the other rules."""
    m = _WORD.match(text, at)
    if m is not None and (m.group().lower() in _LINKING_ADVERBS or (
            m.group().endswith("ly") and parts_of_speech(m.group().lower()) == {"ADV"})):
        m = _WORD.match(text, m.end() + 1)
    dated = _DATED_PHRASE.match(text, at) if m is not None and m.group() in (
        _OPENING_PREPOSITIONS) else None
    if dated is not None:  # "and in the winter of 1567–1568 carried fire": a phrase with a
        m = _WORD.match(text, dated.end())  # date of its own, then the second verb (round 825)
        if m is None or not m.group().islower():
            return False
        return m.group() in {"was", "were", "had"} or is_past_tense(m.group())
    if m is None or not m.group().islower():
        return False
    word = m.group()
    if word in {"was", "were", "had"}:
        return True
    return is_past_tense(word) and not is_participle(word)


# A short phrase after "and" that holds a year or a month ("in the winter of 1567–1568 ")
_DATED_PHRASE = re.compile(r"\s*[a-z]+\s+(?:[\w–-]+\s+){0,4}?(?:\d{4}(?:[–-]\d{2,4})?|"
                           r"(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)(?:\s+\d{4})?)\s+")


# "during August and September": two months of one span, not a conjunct of its own
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\s*$")
_MONTH_AFTER = re.compile(rf"\s*(?:{_MONTHS})\b")
# ", Loja" before "and the Oriente": the last items of a list of names
_LISTED_BEFORE = re.compile(r",\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*$")
# Words that open a noun phrase as an article does ("many trekkers then crossed")
_DETERMINING = frozenset({"a", "an", "the", "many", "some", "several", "most", "few", "both"})
_OWNERS = frozenset({"his", "her", "its", "their"})
# "an old [but not wealthy family]": an article and an adjective before "but not"
_ADJECTIVES_BUT_NOT = re.compile(r"\b(?:a|an)\s+(?P<adjective>[a-z]+)\s*$")
# Prepositions that open a phrase before a second clause's subject ("and in 1990 Britain").
_OPENING_PREPOSITIONS = frozenset({"for", "in", "on", "at", "by", "after", "before", "during",
                                   "within", "from", "until", "over", "throughout",
                                   # (", and with Bishop Nikolas's consent the Bagler came to
                                   # terms": round 887 glued it to "did Philip leave no heir")
                                   "with", "under", "despite", "without", "amid"})
_PHRASE_WORDS = 4
# The preposition of a phrase that may name a partner as well as a circumstance ("with the
# bishop's consent", "with Governor Tugwell"), and a phrase of a circumstance: a common noun or
# someone's (not a name alone)
_WITH_WORDS = frozenset({"with"})
_PHRASE_OF_A_THING = re.compile(r"\s+(?:[a-z]|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*[’']s\s)")


# " a hereditary duchy": "as" before an article is a preposition ("as a hereditary duchy, and
# imperial soldiers stripped": round 1043 asked the second clause too)
_ARTICLE_NEXT = re.compile(r"\s+(?:a|an)\s")


def _subordinate_before(predicate: str, end: int) -> bool:
    """Whether a word opening a subordinate clause stands before `end`; "as" before a capital
    or "a" is a preposition ("do homage as Duke of Aquitaine", round 540), which opens none."""
    return any(not (m.group() == "as" and (predicate[m.end(): m.end() + 2].strip()[:1].isupper()
                                           or _ARTICLE_NEXT.match(predicate, m.end())))
               and not _preposition_before_a_name(predicate, m)
               for m in _SUBORDINATE.finditer(predicate, 0, end))


# "before Londonderry", "after 1990": a name or a number, and the word after it
_NAME_THEN_WORD = re.compile(r"\s+(?:\d[\d,]*|[A-Z][\w’'-]*(?:(?:\s+and\s+|,\s*|\s+)"
                             r"[A-Z][\w’'-]*)*)(?:\s+(?P<next>[a-z]+))?")  # ("after Tamm and
# Rusk had signed": two names, then their verb)


def _preposition_before_a_name(text: str, m: re.Match[str]) -> bool:
    """Whether "before", "after", "until" or "since" is a preposition of a name or a year
    ("appear before Londonderry and was met", round 558), not the opening of a clause ("after
    Napoleon abdicated")."""
    if m.group() not in {"before", "after", "until", "since"}:
        return False
    named = _NAME_THEN_WORD.match(text, m.end())
    if named is None:
        return False
    following = named.group("next")
    return following is None or not _finite(following, "X")


# A phrase of no comma, then a personal pronoun and the word after it
_PRONOUN_AFTER_PHRASE = re.compile(r"[^,;:]{1,80}?\s(?:he|she|they|it|we)\s+(?P<verb>[a-z]+)\b")


def _pronoun_clause_after(text: str, at: int) -> bool:
    """Whether a phrase that opens at `at` (after its preposition) runs to a personal pronoun
    and its verb: "[on] Henry III's assassination on 2 August 1589 he became"."""
    m = _PRONOUN_AFTER_PHRASE.match(text, at)
    return m is not None and _finite(m.group("verb"), "he")


def _clause_after_phrase(text: str, at: int) -> bool:
    """Whether a subject and its verb follow a short phrase that opens at `at` (after its
    preposition): "[for] some weeks war seemed possible", "[in] 1990, Britain joined"."""
    pos = at
    for _ in range(_PHRASE_WORDS):
        m = _PHRASE_WORD.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip(" ,")))
        if m is None or m.group().lower() in _CLAUSE_WORDS:
            return False
        pos = m.end()
        start = pos + len(text[pos:]) - len(text[pos:].lstrip(" ,"))
        bracket = _BRACKETED.match(text, start)
        if bracket is not None:  # "[by] the Treaty of Nystad (signed on 30 August 1721)
            start = bracket.end()  # Sweden ceded": the bracket is the phrase's, not the
            # subject (round 826 asked "did Tartu fall ..., and by the Treaty ... ceded")
        if start > pos and _subject_then_verb(text, start):
            return True
    return False


_BRACKETED = re.compile(r"\([^()]*\)\s*")
# A word of such a phrase, a span of years one ("in the winter of 1278–1279 Karelians captured":
# round 981 glued that clause onto the question)
_PHRASE_WORD = re.compile(r"\d{1,4}[–-]\d{1,4}\b|" + _WORD.pattern)


# A date a conjunct may carry: a year, or a month ("in November", "on 3 May").
_DATE = re.compile(rf"\b(?:\d{{4}}s?|(?:{_MONTHS})(?!\s+\d{{1,2}},?\s+[a-z]))\b")
# ", Asinara's prison ": after a comma, an owner's noun with no verb, the next of a list of
# gapped conjuncts ("Capraia's colony closed in the 1980s, Asinara's prison [on 31 December
# 1997] and Pianosa's in 1998": round 758 asked "did Capraia's colony close ..., Asinara's prison")
_LISTED_OWNER = re.compile(r",\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s+(?:[a-z]+\s+)?"
                           r"(?=[a-z]+\s*$)")


def gapped(head: str) -> bool:
    """Whether the end of `head` (what follows a clause's verb, up to a date) is a conjunct
    whose verb is left out: "became an associate in 1961 and a full member [in 1986]", "were
    admitted on 15 May 2013, and Switzerland [in 2017]". Its date is the elided clause's."""
    last = None
    for m in _CONJUNCTION.finditer(head):
        if m.group("word") == "and":
            last = m
    if last is None:
        last = _LISTED_OWNER.search(head)  # "closed in the 1980s, Asinara's prison [on ...]"
    if last is None or not _DATE.search(head, 0, last.start()):
        return False
    return not _has_finite(head[last.end():])


def is_finite(word: str, previous: str) -> bool:
    """Whether `word` is a finite verb after `previous`, the word before it."""
    return _finite(word, previous)


def has_finite(text: str) -> bool:
    """Whether `text` holds a finite verb (after the word before it)."""
    return _has_finite(text)


def _has_finite(text: str) -> bool:
    words = _WORD.findall(text)
    pairs = zip(["x", *words], words, strict=False)
    return any(_finite(word, previous) for previous, word in pairs)


# "backed Poland's entry into NATO in 1999 and into the Union in 2004": a conjunct that opens
# with the verb's preposition again
_CONJUNCT_PREPOSITIONS = frozenset({"into", "to", "in", "at", "on", "from", "with", "for",
                                    "under", "by", "through"})


# "the Zurich [and] London agreements", "the British [and] French governments": two names that
# share the plural noun after the second
_SHARED_HEAD_BEFORE = re.compile(r"\bthe\s+[A-Z][\w’'-]*$")
SHARED_HEAD_AFTER = re.compile(r"[A-Z][\w’'-]*\s+[a-z]{3,}s\b")


# "for the first time since 1993": a span up to now, not a date of the conjunct's own act
# (round 300 cut "met the commanders Magne Diémé [and César Atoute Badiate for the first time
# since 1993]")
_SINCE_DATE = re.compile(r"\bsince\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\b")


_RELATIVE_WORD = re.compile(r"\b(?:which|where|whom|who|whose|when)\b")


def dated_conjunct(predicate: str) -> tuple[int, int] | None:
    """The span of the "and" that joins to `predicate` (what follows a question's verb and
    its date) a conjunct whose verb is left out and that carries a date of its own: "[ceded
    under the Treaty of X in 1842] and the harbour under the Convention of Y in 1860". The
    date there is another act's; glued to the question it asks about two."""
    for m in _CONJUNCTION.finditer(predicate):
        if m.group("word") != "and":
            continue
        rest = predicate[m.end():]
        first = _WORD.match(rest)
        if first is None or not (first.group()[:1].isupper() or first.group() in _DETERMINERS
                                 or (first.group() in _CONJUNCT_PREPOSITIONS
                                     and not _DATE.search(predicate, 0, m.start()))):
            continue  # "and sit there until 1957": a verb of the question's own subject; ("won
            # at Vell in 1690, at Lerno in 1692 and at Dask": a list, whose items stay together)
        if _SHARED_HEAD_BEFORE.search(predicate, 0, m.start()) and SHARED_HEAD_AFTER.match(rest):
            continue  # "under the Zurich and London agreements of February 1859": two names
            # of one noun, no second act (round 249)
        dated = _DATE.search(_SINCE_DATE.sub("", rest) if "since" in rest else rest)
        if dated and _RELATIVE_WORD.search(rest, 0, dated.start()):
            continue  # "around Great Britain and Ireland a war zone in which, from 18 February,
            # ...": the date is the relative clause's (round 1279 cut "... and Ireland")
        if dated and not _has_finite(rest) and not _LISTED_BEFORE.search(
                predicate, 0, m.start()) and not (_MONTH_BEFORE.search(predicate, 0, m.start())
                                               and _MONTH_AFTER.match(rest)):
            return m.span()  # (not "in El Oro, Loja and the Oriente during August": a list)
    return None
