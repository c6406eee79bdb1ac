"""Turn a sentence around a phrase into a wh-question, by rule ("On what date did X open Y?").

The rules handle the common shapes of news prose: a fronted time phrase ("On March 6, 1992,
Azerbaijan opened ..."), a time phrase after the verb ("Bush waived the section in January
2002"), and an agreement as the object ("signed a peace agreement") or as the subject. Anything
else returns None and the caller falls back to a cloze.
"""

from __future__ import annotations

import re

from quiz.generate.coordination import (
    PARTY_NAME,
    clause_follows,
    dated_conjunct,
    gapped,
    peoples_joined,
    second_clause,
)
from quiz.generate.countries import COUNTRIES, NATION_ADJECTIVE
from quiz.generate.dates import MONTH_WORD
from quiz.generate.fragments import (
    DONE_TO_PERSON,
    STATE_NOUNS,
    is_person_list_item,
    names_an_event_of_the_subject,
)
from quiz.generate.grammar import (
    ADVERBS,
    AUXILIARIES,
    INTRANSITIVE,
    NOT_VERBS,
    apposition_end,
    balanced,
    base_form,
    find_verb,
    is_fact_line,
    is_pronoun_led,
    label_as_noun,
    lower_first,
    participle_base,
    passive_when_alone,
    present_base,
    present_verb,
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
)
from quiz.generate.inflect import present_base as lexicon_present_base
from quiz.generate.numbers import CARDINALS, QUANTIFIERS, is_compound_number
from quiz.generate.officials import NATIONAL_WORD
from quiz.generate.subject import AGREEMENT_HEADS, BODY_HEADS
from quiz.generate.tense import BASE_AFTER, PLURAL_NAME_HEADS, a_testament, entry_in_the_past

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
_PREP_BEFORE = re.compile(rf"(?=[OoIi])(?:^|(?<=[\s,(]))(?P<prep>[Oo]n|[Ii]n)\s+(?:{_WEEKDAY})?$")
# A fact-sheet line's label: "Convention for the Conservation of Antarctic Seals: ".
_LATER_PRESENT = re.compile(  # ("and paramountcy lapses": a common noun's clause, round 399)
                            r",?\s+and\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?"
                            r"(?:[A-Z][\w’'-]*\s+)?(?P<noun>[a-z]{4,}(?<!s))"
                            # ("and British paramountcy over the princely states lapses")
                            r"(?:\s+(?:over|of|in|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
                            r"\s+(?P<nouns_verb>[a-z]{3,}s)"
                            r"(?=\s*[.;]?\s*$|\s+(?:on|in|at|to|from|with|after|before|for|a|an|"
                            r"the|its|his|her|their)\s)"
                            r"|,?\s+(?:and|after|as|when|while|because|before|until|once)\s+"
                            r"(?:(?:the\s+)?[A-Z][\w.’'-]*\s+)*(?:[a-z]+ly\s+)?(?P<verb>[a-z]+s)\b"
                            # ("and German sovereignty over Danzig ends": a subject of its own)
                            r"|,?\s+and\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)*[a-z]{3,}\s+(?:over|of|in)\s+"
                            r"(?:the\s+)?[A-Z][\w.’'-]*\s+(?P<later>[a-z]+s)(?=\s*[.;]?\s*$)"
                            # ("visits the United States, meets Eisenhower": the next of a
                            # list of acts, round 251)
                            r"|,\s+(?:[a-z]+ly\s+)?(?P<listed>[a-z]{3,}s)\s+(?=[A-Z]|(?:the|a|an|"
                            r"his|her|its|their|off|at|near)\s)"  # ("arrives in the royal yacht
                            # Drott, anchors off Norderhamn": round 891 kept "anchors")
                            # ("leaves office, and Helveg Petersen's term as Minister for
                            # Cultural Affairs ends": a name's possession and its verb, round 879)
                            r"|,?\s+and\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w-]*[’']s\s+[a-z]{3,}"
                            r"(?:\s+[^,;.]{1,60}?)?\s+(?P<owned_verb>[a-z]{3,}s)(?=\s*[.;]?\s*$)")
# "and the ...": a noun after its article, which no adjective of a list's item has
_DETERMINED = re.compile(r",?\s+and\s+(?:the|its|his|her|their)\s")
_FACT_LABEL = re.compile(r"^(?P<name>[A-Z][^:;,.—–]{2,100}?(?:\([^()]*\))?)\s*(?::|\s[–—])\s+$")
# A fact sheet's field that names an attribute of the document's subject, not a thing a
# participle after it could describe ("Status: superseded by ...", "Outcome: ...")
_ATTRIBUTE_LABELS = frozenset({"Status", "State", "Type", "Length", "Duration", "Outcome",
                               "Result", "Effect", "Current status", "Legal status", "Fate",
                               "End", "Beginning", "Start", "Origin", "Successor", "Predecessor",
                               "Dissolution", "Replaced by", "Date", "Dates", "Statehood",
                               "Population", "Area", "Period", "Term", "Title", "Reign",
                               "Capital", "Seat", "Name", "Names", "History", "Location",
                               "Position"})  # ("was the End transformed into the German
# Empire", round 236; "was the Date agreed at Minab", "was the Statehood created")
_DASHED_LABEL = re.compile(r"(?P<label>[A-Z][^:;,.—–]{2,100}?\s[–—]\s+)(?=[a-z]+ed\b)")
# A timeline entry: the date opens the line and a colon or a dash follows ("15 December: ...").
_TIMELINE_AFTER = re.compile(r"\s*(?::|[–—-])\s+")
_LEADING_LINK = re.compile(r"^(?:and|but|or|so|while|whereas|then)\s+", re.I)
_OPENING_WHILE = re.compile(r"(?:While|Whereas)\s+")
# A past that ends the sentence after the date, with no comma, "and" or relative word before it
_PRESENT_NEXT = re.compile(r"\s+(?P<verb>[a-z]{3,}s)\s+(?:in|at|on|to|for|with|as|the|a|an)\b")
_PAST_ENDS_CLAUSE = re.compile(r"(?:(?![,;]|\s(?:and|but|or|that|which|who|whom|where|when)\s)"
                               r".)*?\s(?P<verb>[a-z]{3,}ed)\.$")
# (The three kinds of clause after "and" / "but" are one branch with three lookaheads: the
# engine reads ", and " once at each position instead of three times; the matches are the same.)
_CLAUSE_BREAK = re.compile(
    r"[;:]\s|\s+[–—-]\s+|,?\s+(?:and|but)\s+(?=(?:on|in)\s+(?:\w+\s+\d|\d{3,4}\s+(?:the\s+)?[A-Za-z]|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:it|he|she|they|the)\s|\d{3,4},\s)|"
    r"(?:then\s+)?"
    r"(?:[a-z]\w*ed|saw|made|met|took|gave|said|told|became|began|led|won|held|left|sent|"
    r"signed)\b"
    r"|(?:the\s+)?(?:[A-Z][\w.’'-]*\s+(?:and\s+(?=[A-Z]))?){1,4}(?:\w+ly\s+)?"
    r"(?:[a-z]\w*ed|saw|made|met|took|gave|said|told|became|began|led|won|held|left|sent)\b"
    # ("and that of others": no clause, round 277)
    r"|(?:it|he|she|they|we|this|that(?!\s+of\b)|these|those)\s"
    # "were the first charges fired and work began at Fourneaux": a mass noun's clause, which
    # takes no article (round 1330 asked it so)
    r"|(?:work|construction|traffic|service|services|excavation|production|mining|fighting|"
    r"trade|trading|drilling|tunnelling|boring)\s+(?:began|begins|started|starts|resumed|resumes|"
    r"stopped|stops|ceased|ceases|continued|continues|ended|ends)\b)"
    r"|,\s+(?:while|whereas|but|so(?!\s+(?:that|as|far|much|many|long)\b))\s+|,\s*(?=[“\"])"
    # ", and her successor, Peter III, ... halted", ", and its army was beaten": a possessive
    # subject opening a second clause
    # ", and much of the officer corps had been shot": a quantified subject (round 253)
    r"|,\s+(?:and|but)\s+(?=(?:much|many|most|some|all|none|half|part)\s+of\s+)"
    # ", and with him the Boner family's hold came to an end": a phrase and a clause of its own
    # (round 1326 asked "did Seweryn Boner die, and with him ... came to an end?")
    r"|,\s+(?:and|but)\s+(?=with\s+(?:him|her|it|them|this|that)\s+(?:the\s+)?[\w’'-]+)"
    # ", and the German garrisons of Toulon and Marseille surrendered": a plural noun's clause
    r"|,\s+(?:and|but)\s+(?=the\s+(?:[A-Z][\w’'-]*\s+)?[a-z]{3,}s\s+(?:of\s+[A-Z][\w’'-]*\s+"
    r"(?:and\s+[A-Z][\w’'-]*\s+)?)?(?:[a-z]+ly\s+)?[a-z]{3,}ed\b)"
    r"|,\s+(?:and|but)\s+(?=(?:his|her|its|their)\s+(?:[a-z]+\s+){0,2}[a-z]+(?:,\s|\s+"
    r"(?:[a-z]+ly\s+)?(?:[a-z]\w*ed|was|were|had|made|took|gave|became|began|left|won|fell)\b))")
_MAX_SUBJECT_WORDS = 16
_PART_OF_DATE = re.compile(r"\s(?:late|early|only)\s+$")  # ("settled only [in 1490]", round 981)
_LINK_AT_END = re.compile(r"(?:^|,)\s*(?:and|but)\s+$")
_NAME_AND_COMMA = re.compile(r"\s*[A-Z]\w+,\s*")
_PLACE_AFTER = re.compile(
    r",\s+(?:in|at|near|during|with|for|by|after|before|under)\s(?!which|whom)")
_ARTICLE_AT_END = re.compile(r"(?:\b(?:a|an|the)\s+)$")
_VERB_AT_END = re.compile(r"(?P<verb>[a-z]+)\s+$")
_LEADING_AND = re.compile(r"\s*(?:and|but)\s+")
_CLOSING_PUNCTUATION = re.compile(r"[.,;:!]([”\"’])$")
_PREPOSITIONS = frozenset({
    "in", "on", "at", "during", "after", "before", "since", "following", "with", "by", "for",
    "from", "under", "despite", "as", "to", "of", "into", "over", "through", "until", "about",
    "against", "among", "amid", "between", "within", "without", "upon", "according", "when",
    "while", "if", "although", "because", "once", "whether", "speaking", "commenting",
    "inside", "outside", "beyond", "across", "throughout", "abroad", "off", "near", "aboard",
    "along", "around", "beside", "behind", "opposite", "alongside"})
_ARTICLES = frozenset({"a", "an", "the", "his", "her", "its", "their"})
_RELATIVE_BREAK = re.compile(r"(?:,\s*|\s)(?:which|who|whom|whose|where|when|while|as|after|"
                             r"before|because|although|that|if|until|since)\b")


def _joins_subjects(text: str, m: re.Match[str]) -> bool:
    """Whether the "and" at `m` (no comma) joins two names of one subject that a subordinate
    clause opens with ("as Austria and Italy applied", "where his knowledge of English and
    French made him useful"): what stands between the clause's opener and the "and" has no
    verb and ends in a capital, so it is the first part of the subject, not a clause."""
    if m.group().strip() != "and":
        return False
    openers = list(_SUBORDINATE_OPENER.finditer(text, 0, m.start()))
    if not openers:
        return False
    segment = text[openers[-1].end(): m.start()]
    if openers[-1].group().strip() == "between" and " and " in segment:
        return False  # "between Etorofu and Urup and left ...": the pair has its "and" already
    listed = all(_LISTED_NAME_PART.fullmatch(part.strip()) for part in segment.split(","))
    return (segment.rstrip()[-1:].isalpha() and segment.split()[-1][:1].isupper()
            and ("," not in segment or listed) and find_verb(segment) is None)


def _inside_a_name(text: str, m: re.Match[str]) -> bool:
    """Whether the "and" at `m` joins two words of one name after its "of" ("the Convention
    concerning the Exchange of Greek and Turkish Populations": round 434 cut it at "of
    Greek.")."""
    if m.group().strip() != "and" or not text[m.end(): m.end() + 1].isupper():
        return False
    if _OF_CAPITAL_BEFORE.search(text, 0, m.start()) is not None:
        return True
    # "a bench of Justices Kuldip Singh and Faizan Uddin ordered": a plural noun's names, the
    # last after "and" (round 1323 asked "a bench of Justices Kuldip Singh.")
    plural = _PLURAL_THEN_NAME.search(text, max(0, m.start() - 80), m.start())
    return plural is not None and "NOUN" in parts_of_speech(plural.group("plural").lower())


_OF_CAPITAL_BEFORE = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w’'-]*\s*$")
_PLURAL_THEN_NAME = re.compile(r"\b(?P<plural>[A-Za-z]{3,}[^s\W]s)\s+(?:[A-Z][\w’'.-]*\s+){0,3}"
                               r"[A-Z][\w’'-]*\s*$")


# "the United States, West Germany and ...": names listed before the "and" of one subject
_LISTED_NAME_PART = re.compile(r"(?:the\s+)?[A-Z][\w’'.-]*"
                               r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*")


_SUBORDINATE_OPENER = re.compile(r"\b(?:where|when|as|after|before|while|until|once|because|"
                                 r"since|whose|which|whom|that|between)\s")  # ("by which Britain
# and Russia agreed": one subject of the relative clause; "the treaty between Mexico and Great
# Britain signed in ...": one pair, no clause "Great Britain signed", round 331)


_PEOPLES_ADJECTIVE_THEN_NOUN = re.compile(r"(?:[A-Z][a-z]+(?:an|ish|ese|ic|i)|European|African|"
                                          r"Asian|international|overseas)\s+[a-z]{3,}s\b")


def _joins_adjectives(text: str, m: re.Match[str]) -> bool:
    """Whether the "and" at `m` joins two adjectives ("a wealthy and cultivated family"), not
    two clauses."""
    if m.group().lstrip().startswith("but"):  # "of an old but not wealthy family"
        before = text[: m.start()].split()
        after = text[m.end():].split()[:3]
        return (len(before) > 1 and before[-2].lower() in _ARTICLES and bool(after)
                and after[0] == "not" and "ADJ" in parts_of_speech(before[-1].lower()))
    if not m.group().lstrip().startswith("and"):
        return False
    before = text[: m.start()].split()
    if not before:
        return False
    kinds = parts_of_speech(before[-1].lower())
    if "ADJ" in kinds and kinds <= {"ADJ", "ADV"}:
        return True
    if "ADJ" in kinds and _PEOPLES_ADJECTIVE_THEN_NOUN.match(text, m.end()):
        return True  # "the state airline for domestic and European routes": an adjective and a
        # people's one of one noun (round 1339 asked "... the state airline for domestic?")
    if peoples_joined(text, m.start(), m.end()):
        return True  # "a petition of Czech and German demands" (round 1260 asked "did ...
        # adopt a petition of Czech?")
    # "into a poor and devoted family": a word that can be a noun too ("poor", "wealthy") is an
    # adjective when an article opens it and an adjective and a noun follow the "and".
    # So too after a verb, and before a participle: "protects grey and ringed seal sites"
    # (round 974 asked "did Regulation No. 78 ... protect grey?")
    after = [word.rstrip(".,;:?!") for word in text[m.end():].split()[:2]]
    if not (len(before) > 1 and "ADJ" in kinds and len(after) == 2 and after[0].islower()
            and after[1].isalpha() and after[1].islower()
            and "NOUN" in parts_of_speech(after[1])):
        return False
    if before[-2].lower() in _ARTICLES:
        return "ADJ" in parts_of_speech(after[0])
    return (before[-2].islower() and (is_past_tense(before[-2]) or present_base(before[-2])
                                      is not None)
            and ("ADJ" in parts_of_speech(after[0]) or is_participle(after[0])))


# " and managed by": a second participle of a passive, and the agent both share
_SECOND_PARTICIPLE_THEN_AGENT = re.compile(r"\s+and\s+(?P<verb>[a-z]+ed)\s+by\s")


# "sacked and burned Visby": two verbs and the object they share
_SHARED_OBJECT = re.compile(r"\s+and\s+(?P<verb>[a-z]+ed)\s+(?P<next>[\w’'-]+)")
_LAST_WORD = re.compile(r"(?P<word>[a-z]+)\s*$")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:[a-z]+ly\s+)?$")


def _joins_verbs(text: str, m: re.Match[str]) -> bool:
    """Whether the "and" at `m` (no comma) joins two past verbs that share the object after
    the second ("a Lübeck force sacked and burned Visby", "typed and circulated BBC
    bulletins"): a cut there leaves the first verb without its object (round 296 asked "did a
    Lübeck force sack?", round 293 "the News Service ... typed.")."""
    shared = _SHARED_OBJECT.match(text, m.start())
    before = _LAST_WORD.search(text, 0, m.start())
    agent = _SECOND_PARTICIPLE_THEN_AGENT.match(text, m.start())
    if agent and before and is_past_tense(before.group("word")) and _PASSIVE_BEFORE.search(
            text, 0, before.start()):
        return True  # "it has been owned and managed by the Foundation": one agent for both
        # participles (round 1259 asked "since ____ it has been owned.")
    if shared is None or before is None or not is_past_tense(before.group("word")) or (
            base_form(before.group("word")) in INTRANSITIVE):
        return False  # ("resigned and handed power to ...": the first verb takes no object)
    if _PASSIVE_BEFORE.search(text, 0, before.start()):
        return False  # "was consecrated and crowned Emperor": a passive, no object shared
    following = shared.group("next").lower()
    return is_past_tense(shared.group("verb")) and following not in _PREPOSITIONS and not (
        following.endswith("ly") or following in {"then", "again", "later", "there", "soon"})


# " and piled stones could raise": a past form before a noun and that noun's verb
_DESCRIBED_NOUN_THEN_VERB = re.compile(r"\s+and\s+[a-z]+ed\s+(?P<noun>[a-z]{3,})\s+"
                                       r"(?:could|would|should|might|must|can|will|was|were|"
                                       r"had|have|has)\b")
# A quotation set off by commas before its clause's verb: ', "constrained by ...", had'
_QUOTED_ASIDE = re.compile(r",\s*[“\"][^“”\"]{1,200}[”\"]\s*,?[”\"]?\s+(?:[a-z]+ly\s+)?"
                           r"(?P<verb>[a-z]+)\b")
_SPACED_DASH = re.compile(r"\s+[–—]\s+")
# ', "conservative" method': a quoted adjective and the noun both adjectives describe
_QUOTED_WORD_THEN_NOUN = re.compile(r",\s*[“\"](?P<word>[a-z][a-z-]*)[”\"]\s+(?P<noun>[a-z]+)\b")


def _quoted_adjective(text: str, at: int) -> bool:
    """Whether the comma at `at` parts two adjectives of one noun, the second quoted ("a more
    scientific, "conservative" method"): a cut there leaves the noun out (round 1324 asked
    "did the appointment ... introduce a more scientific?")."""
    quoted = _QUOTED_WORD_THEN_NOUN.match(text, at)
    before = text[:at].split()
    return (quoted is not None and bool(before)
            and "ADJ" in parts_of_speech(before[-1].lower())
            and "ADJ" in parts_of_speech(quoted.group("word"))
            and "NOUN" in parts_of_speech(quoted.group("noun"))
            and not is_past_tense(quoted.group("noun")))


# ', "as far as possible", buildings': a short quoted phrase of manner set off by commas
# between a verb and its object
_QUOTED_MANNER_OPENS = re.compile(r",\s*[“\"](?P<phrase>[a-z][a-z ]{2,40})[”\"],\s+(?=[a-z])")
_QUOTED_MANNER_CLOSES = re.compile(r",\s*[“\"](?P<phrase>[a-z][a-z ]{2,40})[”\"]$")


def _quoted_manner(text: str, at: int) -> bool:
    """Whether the comma at `at` opens or closes a quoted phrase with no verb set off by
    commas before lower-case words ("required besieging forces to spare, "as far as
    possible", buildings ..."): the clause goes on past it (round 1360 asked "... required
    besieging forces to spare.")."""
    opens = _QUOTED_MANNER_OPENS.match(text, at)
    if opens is not None:
        return find_verb(opens.group("phrase")) is None and _verb_ends(text[:at])
    closes = _QUOTED_MANNER_CLOSES.search(text, 0, at)
    return (closes is not None and text[at:].startswith(", ") and text[at + 2: at + 3].islower()
            and find_verb(closes.group("phrase")) is None
            and _verb_ends(text[: closes.start()]))


def _verb_ends(text: str) -> bool:
    """Whether `text` ends with a verb, whose object is still to come ("to spare"); not a
    place or a noun ("born ... at Ramavouni in Messenia, "under a tree", as he put it")."""
    words = text.split()
    last = words[-1].lower() if words else ""
    return last.isalpha() and (is_base_verb(last) or is_past_tense(last)) and (
        "NOUN" not in parts_of_speech(last) or (len(words) > 1 and words[-2] == "to"))


def _within_one_clause(text: str, m: re.Match[str]) -> bool:
    """Whether the candidate break at `m` joins words of one clause after all (adjectives,
    subjects, verbs with one object, a name, a list's last item, or a phrase)."""
    return (_joins_adjectives(text, m) or _joins_subjects(text, m) or _joins_verbs(text, m)
            or _inside_a_name(text, m) or _closes_a_list(text, m) or _inside_a_phrase(text, m))


def _describes_a_noun(text: str, at: int) -> bool:
    """Whether text[at:] is " and" and a past form before a noun and its verb (" and piled
    stones could raise"): the past form describes the noun, no verb of a clause."""
    described = _DESCRIBED_NOUN_THEN_VERB.match(text, at)
    return described is not None and "NOUN" in parts_of_speech(described.group("noun"))


def _inside_a_phrase(text: str, m: re.Match[str]) -> bool:
    """Whether the break at `m` is inside one clause after all: an "and" joining a noun that
    a past form describes ("using wooden levers and piled stones could raise"), a quotation
    set off by commas before the verb ("announcing that the Queen, "constrained ...", had
    separated"), or either dash of a pair around an aside ("declared all land not already
    settled — about 97 per cent of the total — a national park"). Round 713 read the clause
    cut at each ("did ... show that a team of islanders using wooden levers?")."""
    if _describes_a_noun(text, m.start()):
        return True
    if m.group().strip() == "and" and _AGENT_BEFORE.search(text, 0, m.start()) and (
            _NAMES_THEN_PARTICIPLE.match(text, m.end())):
        return True  # "a report by Holger Wesemüller and Hans-Joachim Augst published in
        # Hannover": the agents of a participle with no object (round 766 asked "did
        # Hans-Joachim Augst publish in Hannover"); not "by the Governor and the Omukama gave
        # the kingdom", whose verb has its object
    if m.group().startswith(","):
        if _quoted_adjective(text, m.start()) or _quoted_manner(text, m.start()):
            return True
        quoted = _QUOTED_ASIDE.match(text, m.start())
        verb = quoted.group("verb") if quoted else ""
        return verb in {"had", "has", "have", "was", "were", "would", "could", "should"} or (
            bool(verb) and is_past_tense(verb) and "ADJ" not in parts_of_speech(verb))
    if _SPACED_DASH.fullmatch(m.group()):
        dash = m.group().strip()
        before = text[: m.start()]
        if before.count(f" {dash} ") % 2 == 1:  # the closing dash of a pair
            return find_verb(before[before.rindex(f" {dash} ") + 3:]) is None
        after = text[m.end():]
        closing = after.find(f" {dash} ")
        # (an aside with a verb of its own is a clause: "on 8 October 1879 — the historian
        # credited him with ... — and took part": the cut at the first dash stays)
        return 0 < closing <= 120 and ";" not in after[:closing] and (
            find_verb(after[:closing]) is None)
    return False


# "professor of military history, strategy [and applied tactics]": the item before a bare "and"
# after a comma
_LIST_ITEM_BEFORE = re.compile(r",\s+(?P<item>[a-z][\w’'-]*(?:\s+[\w’'-]+){0,2})$")


def _closes_a_list(text: str, m: re.Match[str]) -> bool:
    """Whether the bare "and" at `m` joins the last of a list of nouns whose items a comma
    parts ("history, strategy and applied tactics"). A cut there leaves the list without its
    last item (round 489 read "professor of military history, strategy.")."""
    if m.group().strip() != "and":
        return False
    item = _LIST_ITEM_BEFORE.search(text, 0, m.start())
    if item is None:
        return False
    words = item.group("item").split()
    after = text[m.end():].split()[:1]
    if is_past_tense(words[0]):
        return False  # a list of acts: cut, its first two are joined by "and" later
        # (questions._series_closed)
    return (words[0] not in _ARTICLES and words[0] not in _PREPOSITIONS
            and words[0] not in {"and", "but", "or", "nor"} and bool(after)
            and find_verb(item.group("item")) is None)


# A comma that may join two clauses with no conjunction ("Buda fell on 2 May, the Turks were
# beaten ..."): kept as a break when a subject and its verb follow it (clause_follows).
_COMMA = re.compile(r",\s+(?!(?:and|but|or|nor|then)\b)(?=[A-Za-z])")
_ENDS_A_LIST = re.compile(r"(?:^|,\s+and\s+|\band\s+|\b(?:from|of|in|at|to|with|between|among|"
                          r"including)\s+)"  # ("parishioners from Pfäffikon, Freienbach,
                          # Wollerau and Hurden crossed": round 1202 asked "Hurden crossed")
                          r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
                          r"(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)+$")
_NAME_BEFORE = re.compile(r"[A-Z][\w’'.-]*$")
_NAME_LIST_GOES_ON = re.compile(r"(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*(?:,|\s+and\b)")
# A phrase before the comma that depends on the clause after it ("a week after Tamm took
# office, Berg was appointed"): the comma ends that phrase, not a clause.
_DEPENDENT = re.compile(r"\b(?:after|before|when|while|because|although|though|if|once|until|"
                        r"since|as|whereas|which|who|whom|whose|that|where)\b", re.I)


def _candidate_breaks(text: str, endpos: int, commas: bool = False) -> list[re.Match[str]]:
    """_CLAUSE_BREAK's matches, and with `commas` the commas a clause follows, in order."""
    found = list(_CLAUSE_BREAK.finditer(text, 0, endpos))
    if not commas or ", " not in text:
        return found
    taken = {m.start() for m in found}
    joins: list[re.Match[str]] = []
    start = 0
    for m in _COMMA.finditer(text, 0, endpos):
        in_list = _NAME_BEFORE.search(text, 0, m.start()) and _NAME_LIST_GOES_ON.match(
            text, m.end())  # "and Austria, Finland and Sweden joined": one list of names
        if (m.start() not in taken and not in_list
                and not _DEPENDENT.search(text, start, m.start())
                and clause_follows(text, m.end())):
            joins.append(m)
        start = m.end()
    return sorted(found + joins, key=lambda m: m.start()) if joins else found


def _breaks(text: str, endpos: int, commas: bool = False) -> list[re.Match[str]]:
    """Clause breaks in text[:endpos]; a break counts only once its clause has a verb, so
    "Kohl and French President Mitterrand signed" is one subject, not two clauses."""
    found: list[re.Match[str]] = []
    start = 0
    for m in _candidate_breaks(text, endpos, commas):
        if _within_one_clause(text, m) or (
                m.group().strip(" ,") == "and" and _ENDS_A_LIST.search(text, 0, m.start())):
            continue  # "and Austria, Finland [and Sweden joined]": the last name of a list
        if m.group() == " and " and text[m.end(): m.end() + 1].isupper() and (
                ", and the " in text[start: m.start()]) and (
                opened := _SUBJECT_AFTER_AND.search(text, start, m.start())) is not None and (
                find_verb(opened.group("subject")) is None):
            continue  # ", and the full line from Immensee to Chiasso and Pino entered": the last
            # place of a subject opened after ", and", whose verb follows (round 1317 asked "did
            # Pino enter regular service?")
        if m.group().strip(" ,") == "and" and _BODY_OF_LISTED.search(text, 0, m.start()):
            continue  # "the Department of Culture, Heritage and the Gaeltacht headed by ...":
            # the last field of a body's name, no clause (round 911 asked "The Gaeltacht
            # headed from ____ by Josepha Madigan.")
        if m.group() == " and " and _PARTICIPLE_ASIDE_GOES_ON.match(text[start: m.start()]) and (
                _ASIDE_CLOSED_BY_VERB.match(text, m.end())):
            continue  # "The ship Aud, intercepted off the coast and escorted towards Queenstown,
            # was scuttled": two participles of one aside, the verb after it (round 900 asked
            # "did the German arms ship Aud, intercepted off the Kerry coast?")
        if m.group().startswith((";", ":")) or _clause_verb(
                _after_opening_phrase(text[start: m.start()])):
            found.append(m)
            start = m.end()
    return found


# "a party that included": a noun and its relative clause's "that", "who" or "which" as subject
_SUBJECT_RELATIVE = re.compile(r"\b[a-z]{3,}\s+(?:that|who|which)\s+$")


def _clause_verb(clause: str) -> bool:
    """Whether `clause` has a verb of its own, not only its subject's relative clause's ("a
    party that included James Fennimore" has none: round 1331 cut "..., and Henry T. P. Comstock
    staked ground" off as a clause of its own)."""
    verb = find_verb(clause)
    return verb is not None and not (
        (" that " in clause or " who " in clause or " which " in clause)
        and _SUBJECT_RELATIVE.search(clause, max(0, verb[0] - 40), verb[0])
        and find_verb(clause[verb[1]:]) is None)


# ", and the full line from Immensee to Chiasso": a subject a comma and "and" open, to the end
_SUBJECT_AFTER_AND = re.compile(r",\s+and\s+(?P<subject>the\s+[^,;:]*)$")
# "Department of Culture, Heritage": a body or office named by its fields, a list before "and"
_BODY_OF_LISTED = re.compile(r"\b(?:Department|Ministry|Minister|Secretary|Office|Board|"
                             r"Committee|Commission|Council)\s+(?:of\s+State\s+)?(?:of|for)\s+"
                             r"(?:the\s+)?"  # ("the Secretary of State for Digital, Culture,
                             # Media and Sport released": round 1429 asked "did Sport release")
                             r"[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)+,?$")
# A subject and an aside opened by a past participle ("The ship Aud, intercepted off ...")
_PARTICIPLE_ASIDE_GOES_ON = re.compile(r"^[^,;:]{1,80},\s+[a-z]+ed\s[^,;:]*$")
# A second participle whose aside ends in a comma and the subject's finite verb
_ASIDE_CLOSED_BY_VERB = re.compile(r"[a-z]+ed\s[^,;:]{1,80},\s+(?:was|were|is|are|had|has|have)\s")
_OPENING_PHRASE = re.compile(r"^(?:On|In|After|Before|Following|During|Despite|Amid|With|At)\s",
                             re.I)


def _after_opening_phrase(clause: str) -> str:
    """`clause` without the phrase that opens it and ends at its last comma ("On 14 April 1988,
    after six years of negotiations conducted through a mediator, " + "Afghanistan"): a
    participle in that phrase is not the clause's verb."""
    opening = clause.lstrip(" ,")  # (a clause may open right after the blank: ", after ...")
    if ", " not in opening or not _OPENING_PHRASE.match(opening):
        return clause
    return opening[opening.rindex(", ") + 2:]


def cut_clause(text: str, has_verb: bool = True, commas: bool = False) -> str:
    """`text` up to the end of its first clause (before "; ", ", and on ...", " and saw ...").

    `has_verb`: the clause's verb came before `text`, so any break ends it; otherwise a break
    counts only once a verb has been seen.
    """
    if has_verb:
        m = next((m for m in _candidate_breaks(text, len(text), commas)
                  if not _within_one_clause(text, m)), None)
        return text[: m.start()] if m else text
    breaks = _breaks(text, len(text), commas)
    return text[: breaks[0].start()] if breaks else text


def stands_alone(clause: str) -> bool:
    """Whether `clause` has a subject of its own before its verb ("Armenia accused ..."), not
    a predicate whose subject came before ("ordered troops into ...")."""
    verb = _main_verb(clause)
    return verb is not None and _subject_ok(clause[: verb[0]].strip())


def start_of_clause(text: str, before: int, commas: bool = False) -> int:
    """Where the clause holding position `before` starts: after the last "; " or the last
    ", and it ..." style break before it."""
    breaks = _breaks(text, before, commas)
    return breaks[-1].end() if breaks else 0


# ", two weeks [before Ostria becomes independent]": a measure whose event the cut left out
# "did Newfoundland ... join Canada only?": an adverb the source put before its date
_TRAILING_ADVERB = re.compile(r"\s+(?:only|also)\s*$|(?<!years)(?<!year)(?<!months)(?<!month)"
                              r"(?<!weeks)(?<!week)(?<!days)(?<!day)(?<!decades)(?<!decade)"
                              r"\s+later\s*$")  # ("create Oxenstierna Count later")
_DANGLING_MEASURE = re.compile(r",\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                               r"several|a\s+few|some|\d{1,3})\s+(?:days?|weeks?|months?|years?|"
                               r"decades?)\s*[,.;:!]*$")


# ", and, in 1898.": a conjunction and the aside after it, closing what the cut left
_AND_ITS_ASIDE_LEFT = re.compile(r",?\s+(?:and|or|but),\s+(?:in|on|at|by|from|after|during|"
                                 r"with)\s+[^,;:]{1,40}?[,.;:]*$")


def without_dangling_aside(question: str) -> str:
    """`question` without an "and" and the aside after it that the cut left last ("reading
    French writers and, in 1898[, attending lectures]": round 910 read it as cut off), unless
    the blank is in that aside."""
    left = _AND_ITS_ASIDE_LEFT.search(question.rstrip())
    if left is None or "____" in left.group():
        return question
    return question.rstrip()[: left.start()]


# "urging them to resume talks and[, ...]": a conjunction the cut left without what it joined
TRAILING_CONJUNCTION = re.compile(r"\s+(?:and|or|but|when|where|while|whereas|because|which|who|"
                                  r"whom|whose|although|though)(?=\s*[,.;:!?]*\s*$)")
# (a subordinator the cut left last: "is first mentioned in ____, when." (round 820))


# ", Ioan Caragea another in 1818", "and Vladislaus II another from Barbarossa in 1158": a
# second clause that leaves out its verb ("issued another"), glued to the question's (rounds
# 465 and 471: "did Ipsilanti issue a law code, Ioan Caragea another in 1818?")
_GAPPED_CLAUSE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}"
                            r"(?:[IVX]+\s+)?another\b.*$")


# ", the Royal Academy of Fine Arts of San Fernando in 1780": a second object and its own year,
# its verb left out ("admitted him in 1779, the Royal Academy ... in 1780"): round 477 read
# "did the Royal Academy of History admit Jovellanos, the Royal Academy ... in 1780?"
_GAPPED_NAME_AND_YEAR = re.compile(r",\s+(?:and\s+)?the\s+[A-Z][\w’'-]*(?:\s+(?:of|the|and|de|"
                                   r"[A-Z][\w’'-]*))*\s+in\s+\d{4}\s*[?.]?$")
# " and Trento's MUSE science museum, designed by Renzo Piano, in 2013": the same with a
# possessive name and an aside (round 502: "did the MART open and Trento's MUSE ..., in 2013?")
_GAPPED_OWNED_AND_YEAR = re.compile(r"\s+and\s+[A-Z][\w-]*[’']s\s+(?:[\w-]+\s+){0,4}[\w-]+"
                                    r"(?:,\s+[a-z]+\s+by\s+[^,?]{2,40},)?\s+in\s+\d{4}\s*[?.]?$")


_ASKS_A_DATE = re.compile(r"(?:[^?:]{1,80}:\s+)?(?:In|On) what (?:year|date|month)")


_BORN_THEN_KIN = re.compile(r"(?<=\bborn\b)([^?]*?),\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,2}"
                            r"(?:son|daughter|child)\s+of\b[^?]*$")


# "signed ... before Montreal by:": the preposition of a list the colon opens, which the
# question leaves out (round 1204 asked "was the capitulation signed ... by?")
_LIST_INTRODUCED = re.compile(r"\s+(?:by|between|among|with|including|namely)\s*:\s*$")


# ", and at its first meeting agreed to": after a passive, a second act of the subject whose
# verb is active, maybe after a phrase of when or where
_ACTIVE_AFTER_PASSIVE = re.compile(r",\s+and\s+(?:(?:at|in|on|after|by|within)\s+[^,;]{1,40}?\s+)?"
                                   r"(?P<verb>[a-z]{3,})\s+(?:to|that)\s+(?!be\b)[a-z]")
# An abbreviation that ends a question and keeps its full stop: "D.C.", "U.S.", "Co.", "p.m."
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Jr|Sr|Co|Ltd|Inc|Bros|Corp)\.$|"
                               r"\b[ap]\.m\.$|"  # ("at 11 p.m.?": round 1272 wrote "p.m?")
                               r"\b(?:a\.s|S\.p\.A|S\.A|N\.V|A\.G|a\.d|d\.d|s\.r\.o|Pty)\.$")
# (a company's form: "Škoda, automobilová a.s.?", round 1499 wrote "a.s?")


def _finish(text: str) -> str:
    if "another" in text:
        text = _GAPPED_CLAUSE.sub("", text)
    if text.rstrip(" ?.")[-4:].isdigit() and _ASKS_A_DATE.match(text):
        text = _GAPPED_NAME_AND_YEAR.sub("", text)
        gapped_owned = _GAPPED_OWNED_AND_YEAR.search(text)
        if gapped_owned and find_verb(gapped_owned.group().split(",")[0]) is None:
            text = text[: gapped_owned.start()]
    text = _CLOSING_PUNCTUATION.sub(r"\1", text.strip())
    text = _LIST_INTRODUCED.sub("", text)
    if " born " in text:
        text = _BORN_THEN_KIN.sub(r"\1", text.rstrip(" ,.;:!?"))  # "born in Copenhagen, a
        # younger son of King Christian III": who the parents were hangs at the question's
        # end (rounds 825, 841; not "was Ernst Tanner born, the son of a farming family", which
        # readers kept more often with the kin than the learned screen keeps it bare)
    text = _DANGLING_MEASURE.sub("", text.rstrip(" ,.;:!"))
    if text.rstrip().endswith(("only", "also", "later")):  # (what _TRAILING_ADVERB needs)
        text = _TRAILING_ADVERB.sub("", text)
    text = TRAILING_CONJUNCTION.sub("", text.rstrip(" ,.;:!"))
    body = text.rstrip(" ,.;:!")
    if _ABBREVIATION_END.search(body + "."):
        return body + ".?"  # "in Washington, D.C.?", "Hawaiian Trust Co.?": the abbreviation
        # keeps its full stop (round 1228 faulted "D.C?")
    return body + "?"


_PROPER = r"[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)*"  # "Estonia", "North Macedonia"
_NAME_LIST = re.compile(rf"{_PROPER}(?:,\s{_PROPER})+,?\s+and\s+{_PROPER}")


# One named party of a list: "Poland", "the Emperor Leopold I", "the Republic of Venice".
_PARTY = rf"(?:[Tt]he\s+)?{PARTY_NAME}"
_PARTY_LIST = re.compile(rf"{_PARTY}(?:,\s+{_PARTY})*,?\s+and\s+{_PARTY}")


# The head of a subject whose list of names an opening phrase took the first name of: "On 15
# May 1702 [the envoys of Vell, ]Ostria and Kell signed".
_NOUN_OF_NAME = re.compile(rf"(?:\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts)\s+)(?:[a-z]+\s+){{0,2}}"
                           rf"[a-z]+\s+of\s+{_PARTY},\s*$"
                           # "the Allied leaders Lloyd George, " + "Ribot and Sonnino" (round
                           # 506 asked "the Allied leaders Lloyd George, on what date did ...")
                           rf"|\b[Tt]he\s+(?:[A-Z][\w-]*\s+)?[a-z]{{3,}}s\s+{_PARTY},\s*$")


# "Sultan Ahmad and": a name joined to the subject the list's head opens, after a date or a
# comma, or opening the sentence
_NAME_AND_BEFORE = re.compile(r"(?:(?<=\d\s)|(?<=,\s)|^)(?:[A-Z][\w’'-]*\s+){1,4}and$")


def _list_head_back(intro: str, rest: str) -> tuple[str, str]:
    """The first names of a list subject that an opening phrase took for its own, given back:
    "With the Pope as patron, the Emperor Leopold I, " + "Poland and Venice" -> "With the Pope
    as patron, " + "the Emperor Leopold I, Poland and Venice"."""
    while _PARTY_LIST.fullmatch(rest.strip()) and intro.rstrip().endswith(","):
        pieces = intro.rstrip()[:-1].rsplit(", ", 1)
        if len(pieces) < 2 or not re.fullmatch(_PARTY, pieces[1].strip()):
            break
        intro, rest = pieces[0] + ", ", f"{pieces[1].strip()}, {rest}"
    head = _NOUN_OF_NAME.search(intro) if _PARTY_LIST.fullmatch(rest.strip()) else None
    if head is not None:  # "On 15 May 1702 the envoys of Vell, " + "Ostria and Kell"
        intro, rest = intro[: head.start()].rstrip(" ,"), intro[head.start():] + rest
        joined = _NAME_AND_BEFORE.search(intro)
        if joined is not None:  # "In July 1895 Sultan Ahmad and " + "the rulers of Perak, ..."
            intro, rest = intro[: joined.start()].rstrip(" ,"), f"{joined.group()} {rest}"
            # (round 1129 asked "Sultan Ahmad and, in what month and year did the rulers ...")
        intro = intro + ", " if intro else ""
    return intro, rest


# "the allied British, ": a noun phrase the list of adjectives opens in, its determiner first
_ADJECTIVE_PHRASE_OPENED = re.compile(r"(?<![\w’'-])(?P<phrase>(?:the|an?)\s+(?:[a-z]+\s+)?"
                                      r"[A-Z][\w’'-]*),\s*$")
# "Bavarian and Saxon troops", "Dutch, Danish and Swedish ships": the rest of a list of adjectives
# of one noun, whose first the comma after it seemed to close an opening phrase with
_ADJECTIVES_LISTED = re.compile(r"(?:[A-Z][\w’'-]*,\s+)*[A-Z][\w’'-]*,?\s+(?:and|or)\s+"
                                r"[A-Z][\w’'-]*\s+[a-z]")


def _first_adjective_back(intro: str, rest: str) -> tuple[str, str]:
    """The first adjective of a list that an opening word took for its own, given back:
    "Meanwhile French, " + "Bavarian and Saxon troops" -> "Meanwhile " + "French, Bavarian and
    Saxon troops" (round 1112 asked "did Bavarian and Saxon troops take Prague", the French
    left out). Not a place after a preposition ("In Paris, " + "British and French envoys")."""
    if not intro.rstrip().endswith(",") or not _ADJECTIVES_LISTED.match(rest):
        return intro, rest
    phrase = _ADJECTIVE_PHRASE_OPENED.search(intro)
    if phrase is not None:  # "when the allied British, " + "French and Russian fleets"
        return intro[: phrase.start()], f"{phrase.group('phrase')}, {rest}"
    words = intro.rstrip(" ,").split()
    if len(words) != 2 or not words[-1][:1].isupper() or (
            words[-2].lower() in _PREPOSITIONS | {"the", "a", "an", "of", "and", "or"}):
        return intro, rest  # (one opening word and the adjective, "Meanwhile French, ")
    return " ".join(words[:-1]) + " ", f"{words[-1]}, {rest}"


def _list_goes_on(intro: str, rest: str) -> bool:
    """Whether a list of names opens in `intro` and goes on in `rest`: "Venizelist officers in
    Athens, " + "Macedonia and Crete" is one subject, not an opening phrase (round 249)."""
    words = intro.rstrip(", ").split()
    return bool(words) and words[-1][:1].isupper() and (
        _PARTY_LIST.fullmatch(rest.strip()) is not None)


# " a referendum", " a treaty concluded": an indefinite noun after a copula, and the word after it
_COPULA_AND_NOUN = re.compile(r"\s+an?\s+[\w-]+(?:\s+(?P<next>[a-z]+))?")
_PARTICLE_AFTER = re.compile(r"\s+(?:back|out|up|down|off|away|into|from|by|"
                             # "Held first at Holdenby House, the King": a participle, an
                             # adverb of time and the phrase's place (round 721)
                             r"(?:first|briefly|later|still|long)\s+(?:at|in|on|near)\b)\b")


# "Overseas, New England militia took ...": an adverb alone before the comma is an opening.
_ADVERB_ALONE = re.compile(r"(?:Overseas|Abroad|Elsewhere|Domestically|Internationally|"
                           r"Afterwards|Afterward|Thereafter|Nevertheless|Still|Ultimately|"
                           r"Initially|Originally|Formally|Officially|Militarily|Diplomatically|"
                           r"Politically|Economically),")


# A comma and a pronoun, the subject of the clause an opening phrase stands before ("Renamed
# the National Life ... in 1865, it was split": round 1600 asked "was renamed ..., it split")
_PRONOUN_CLOSES = re.compile(r",\s+(?:it|he|she|they|we)\s*$")
# Past participles that open a sentence ("Made Grand Chamberlain ..., he"), though the lexicon
# also reads them as a past tense.
_OPENING_PARTICIPLES = frozenset({"made", "appointed", "named", "elected", "born", "raised",
                                  "educated", "trained", "created", "promoted", "exiled",
                                  "dismissed", "recalled", "sent", "posted", "defeated"})


# The rest of a list of names an apposition ends with ("..., the day on which the General Treaty
# was signed by Austria[, France, Prussia and the Ottoman Empire]": round 986 cut the list at
# its first comma and asked "was the Convention signed at Paris, France, Prussia ...?")
_NAMES_LISTED = (r"(?:,\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})*,?\s+and\s+"
                 r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")
# "on 9 March 1951, his seventieth birthday, Attlee moved him": what the date was, an aside
# that would open the question (round 156)
# (", Republic Day", ", his seventieth birthday": what the day was, before a comma or the end)
# (", in the year the Second World War ended": what the year was; round 986 asked "In what
# year did Julius Sundblom die in the year the Second World War ended?"; not ", the year of a
# prisoners' uprising", a clue a reader kept in round 345)
_DATE_APPOSITION = re.compile(r"^,\s+(?:"
                              # (", the day on which his uncle, Prince Luitpold, proclaimed
                              # himself regent": a relative clause to its end; round 1321 kept
                              # ", Prince Luitpold, proclaimed himself regent")
                              r"(?:the|that)\s+(?:same\s+)?(?:day|date|night|morning|evening|"
                              r"week|month|year)\s+(?:on\s+which|in\s+which|when)\s[^;]*|"
                              r"(?:his|her|its|their|the)\s+[^,;]{0,40}?\b(?:birthday|"
                              r"anniversary|day|eve|feast|holiday|centenary|jubilee)\b[^,;]*"
                              rf"(?:{_NAMES_LISTED})?|in\s+the\s+year\s+[^,;]*|"
                              # (", a century after the flood,": round 1037 asked "On what
                              # date was a century after the flood, a memorial unveiled")
                              r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
                              r"\s+(?:centur(?:y|ies)|years?|decades?|months?|weeks?|days?)\s+"
                              r"(?:after|before|since)\s+[^,;]{1,60}|"
                              r"(?:[A-Z][\w’'-]*\s+){1,3}(?:Day|Eve|Sunday))(?=[,.;]|$)")
_SUBORDINATE_AFTER_DATE = re.compile(r",\s+(?:while|when|as|although|though|because|since|"
                                     r"once|whereas)\s")
# "The final act was a treaty ..., signed in Warsaw [on 13 June 1958]": a copula and its noun,
# then the participle whose act the date is
_COPULA_THEN_PARTICIPLE = re.compile(r"\s+(?:a|an|the)\s[^,;]*,\s+[a-z]+(?:ed|en)\s+[^,;]*$")
# ", held its first election": a later act of a list of the subject's (round 148)
_LISTED_PREDICATE = re.compile(r",\s+(?P<verb>[a-z]{3,})\s+(?:its|their|his|her|the|a|an)\s")
# (and "the": "was born at Dorn, adopted the surname Vell [on ...]", round 951)
# A word that places a sentence in the document's own order ("Finally,", "In addition,")
_SEQUENCE_WORD = re.compile(r"(?i:finally|lastly|moreover|furthermore|in\s+addition|also|"
                            r"first(?:ly)?|second(?:ly)?|third(?:ly)?|in\s+the\s+first\s+place),")


# "Undeterred,", "Emboldened,": one participle or adjective before the subject, a mood
_ONE_WORD_MOOD = re.compile(r"[A-Z][a-z]+ed,")
# "E. L. "Bob" Bartlett, it": a name (an apposition's, after "delegate,") and a pronoun after it
# "A leader of the ... movement for forty years, he": an indefinite noun phrase describing the
# pronoun after its comma
_DESCRIPTION_THEN_PRONOUN = re.compile(r"^(?:An?|One)\s+[a-z][^;:()]*,\s+(?P<pronoun>he|she)\s*$")
_PRONOUN_AFTER_COMMA = re.compile(r"^(?:[A-Z][\w.’'\"“”-]*\s+)*[A-Z][\w.’'\"“”-]*,\s+"
                                  r"(?P<pronoun>it|he|she|they|we)\s*$")


# "Colonel from 19 May 1793, ": a rank held since a date, opening the sentence
_RANK_SINCE = re.compile(r"(?:[A-Z][\w-]*\s+){1,3}(?:from|since)\s+[^,;]{0,30}\d{4},\s*")
# "Lost for a time to the Sword Brethren, ": a past opening the sentence with a preposition
# after it is a participle, what was done to the subject (round 831 asked "were Lost for a
# time ..., the provinces ... restored")
_PREPOSITION_NEXT = re.compile(r"\s+(?:for|to|in|at|by|from|after|under|with|on|during|into)\s")


# "County Limerick, Sergeant Peter Wallace and ...", "Wimbledon, Norman Brookes of Melbourne
# and ...": one place's name, then people named with two words or more
_PLACE_THEN_PEOPLE = re.compile(r"(?P<place>(?:County\s+)?[A-Z][\w’'-]+),\s+"
                                r"(?:[A-Z][\w.’'-]*\s+)+[A-Z][\w’'-]+"
                                r"(?:\s+of\s+[A-Z][\w’'-]+)?(?:(?:,|\s+and)\s+"
                                r"(?:[A-Z][\w.’'-]*\s+)+[A-Z][\w’'-]+"
                                r"(?:\s+of\s+[A-Z][\w’'-]+)?)*\s*")
_PLACE_PREPOSITIONS = frozenset({"at", "in", "near", "outside", "off"})


def _split_intro(before_verb: str) -> tuple[str, str]:
    """Split "In view of X, President Bush" into the intro "In view of X, " and the subject.

    "Mikhail Gorbachev, the last Soviet leader," (a name and its apposition) is all subject.
    """
    pronoun = _PRONOUN_AFTER_COMMA.match(before_verb)
    if pronoun:  # "E. L. Bartlett, it": the name closed an opening phrase cut off before it
        return before_verb[: pronoun.start("pronoun")], pronoun.group("pronoun")  # (round 264)
    described = _DESCRIPTION_THEN_PRONOUN.match(before_verb)
    if described and find_verb(before_verb[: described.start("pronoun")]) is None:
        return "", described.group("pronoun")  # "A leader of the moderate, non-Marxist wing
        # ... for forty years, he": what the person was, before the pronoun it describes, is
        # no subject; the pronoun is, and a question is not asked of it (round 1750 asked "did
        # a leader of the moderate, ..., Yosef Sprinzak become"), the sentence's blank is
    if before_verb.endswith(",") and ", " in before_verb:
        head, apposition = before_verb[:-1].split(", ", 1)
        if (head.split() and apposition.split() and head[:1].isupper()
                and head.split()[0].lower() not in _PREPOSITIONS
                and apposition.split()[0].lower() in {"the", "a", "an"}
                and ", " not in apposition):
            return "", before_verb[:-1] + ","
    if _NAME_LIST.fullmatch(re.sub(r"^[Tt]he\s+", "", before_verb.strip())):
        return "", before_verb  # "The United States, Britain, France and Japan": all subject
    if ", " in before_verb and before_verb.split():
        first = before_verb.split()[0].lower().strip(",")
        cut = before_verb.rindex(", ") + 2
        first_cut = before_verb.index(", ") + 2
        if _NAME_LIST.fullmatch(before_verb[first_cut:].strip()):
            cut = first_cut  # "Last year, Estonia, Latvia and Lithuania": the list is the subject
        place = _PLACE_THEN_PEOPLE.fullmatch(before_verb, first_cut) if (
            first in _PLACE_PREPOSITIONS) else None
        if place:
            cut = place.end("place") + 2  # "At Knocklong station, County Limerick, Sergeant
            # Peter Wallace and Constable Michael Enright": the place goes on to its county,
            # the people after it are the subject (round 1724 asked "were County Limerick,
            # Sergeant Peter Wallace and ... killed"; round 1680 "did Wimbledon, Norman Brookes
            # of Melbourne and ... beat")
        intro, rest = before_verb[:cut], before_verb[cut:]
        if place is None:
            intro, rest = _list_head_back(intro, rest)
        intro, rest = _first_adjective_back(intro, rest)
        last_word = intro.rstrip(" ,").split()[-1:]
        if last_word and last_word[0].lower() in _PREPOSITIONS | {"of", "for"}:
            return "", before_verb  # "A municipality for the three parishes of Byrum, Vesterø
            # and Hals": the list ends a subject that opens before it (round 772 asked "A
            # municipality for, in what year was the three parishes ... created")
        if _SEQUENCE_WORD.fullmatch(intro.strip()):
            return "", rest  # "Finally, the protocol repealed": the document's order, which a
            # card alone has not (round 154)
        if _ONE_WORD_MOOD.fullmatch(intro.strip()):
            return "", rest  # "Undeterred, Wan Ahmad crossed": a mood against the sentence
            # before, which the question would carry into its middle (round 1129 asked "did
            # Undeterred, Wan Ahmad ... cross")
        if _RANK_SINCE.fullmatch(intro):
            return "", rest  # "Colonel from 19 May 1793, Cronstedt": a rank and its date, what
            # he was before, which would crowd the question (round 834 asked "was Colonel from
            # 19 May 1793, Cronstedt appointed")
        if before_verb[:1].isupper() and is_participle(first) and (
                not is_past_tense(first) or _PARTICLE_AFTER.match(before_verb, len(first))
                or _PREPOSITION_NEXT.match(before_verb, len(first))) or (
                first in _OPENING_PARTICIPLES) or (
                is_participle(first) and _PRONOUN_CLOSES.search(before_verb)):
            # ("Pressed back into the farms, most households": a past that opens the sentence
            # with its particle, round 260; "Renamed ... in 1865, it": one before its pronoun)
            # "Made Grand Chamberlain in 1804 and Prince in 1806, Talleyrand": what was done to
            # the subject before; with its own dates it would only crowd the question
            return ("" if re.search(r"\d{4}", intro) else intro), rest
        if _SPAN_THEN_EVENT.match(intro):
            return intro, rest  # "A fortnight after the outbreak of the Korean War, the
            # Assembly": when, counted from an event (round 460: "did a fortnight after ...,
            # the National Assembly invest")
        second_word = before_verb.split()[1].lower() if len(before_verb.split()) > 1 else ""
        adjective_opening = parts_of_speech(first) == {"ADJ"} and second_word in {
            "at", "about", "over", "with", "from", "of", "in", "to", "after"}  # ("Bitter at the
        # conference's terms, Brătianu left": round 254)
        if (first in _PREPOSITIONS or adjective_opening or first.endswith(("ing", "ly"))
                or _ADVERB_ALONE.fullmatch(intro.strip()) or first in {
                    "as", "although", "though", "once", "later", "earlier", "then", "now",
                    "last", "next", "this", "meanwhile", "subsequently", "previously", "soon",
                    "shortly", "immediately", "just", "long", "eventually", "finally"}):
            return intro, rest
        if (len(intro.split()) <= 4 and find_verb(intro) is None and rest.split()
                and rest.split()[0].lower() not in {"and", "or", "but"}
                and not _list_goes_on(intro, rest)
                and any(w[:1].islower() for w in intro.split())
                and (first not in {"the", "a", "an"} or any(
                    w[:1].islower() and w not in _NAME_FUNCTION_WORDS for w in intro.split()))):
            return intro, rest  # "Days later, the Security Council ..."
    return "", before_verb


_SPAN_THEN_EVENT = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|"
                             r"[Tt]en|[Ss]ome|[Ss]everal|[Ff]ew|\d+)\s+(?:days?|weeks?|fortnight|"
                             r"months?|years?|decades?)\s+(?:after|before)\s")


_VERB_AND_OBJECT = re.compile(r"(?<![,\w])(?!(?:of|for|and|or|in|on|at|to|with|by|from|under|"
                              r"between|into|over|against|among|after|before|during|as|than|"
                              r"within|without|across|through|toward|towards|about|like|near|"
                              r"via|per|upon|but|who|which|that)\b)[a-z]+(?<!ing)\s+"
                              r"(?:the|a|an|its|their)\s")
_TIME_ADVERBS = frozenset({"soon", "shortly", "immediately", "just", "long", "eventually",
                           "finally", "later", "earlier", "then", "meanwhile"})
_NOT_SUBJECT_ENDS = frozenset({"having", "a", "an", "the", "of", "to", "in", "on", "at", "by",
                               "for", "with", "from", "under", "and", "or", "but", "who", "which",
                               "that", "whose", "its", "their", "his", "her", "our", "into",
                               "than", "as"})


# Nouns of events and of acts that, alone as a subject, do not say which one is meant.
_EVENT_NOUNS = frozenset({"war", "peace", "fighting", "violence", "unrest", "hostilities",
                          "rioting"})
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ity", "ism", "ure")


def _bare_common_noun(word: str) -> bool:
    """Whether `word`, a subject on its own, is a common noun of an event or an act ("War",
    "Implementation", "Fighting"), not a name ("Congress", "Fiji")."""
    low = word.lower().strip(",")
    if word[:1].isupper() and word[1:2].isupper():
        return False  # "NATO", "SWAPO"
    if low in _EVENT_NOUNS:
        return True
    return low.endswith(_ABSTRACT_ENDINGS) and "NOUN" in parts_of_speech(low) and (
        word.strip(",") not in BODY_HEADS | AGREEMENT_HEADS)


def _subject_ok(subject: str) -> bool:
    words = subject.split()
    if not 1 <= len(words) <= _MAX_SUBJECT_WORDS or is_pronoun_led(subject):
        return False
    if not balanced(subject) or subject.strip().endswith("(") or (
            subject.strip().endswith(",") and subject.count(", ") != 1):
        return False
    if _RELATIVE_ASIDE.search(subject.strip()):
        return False  # "the British, into whose zone Cologne [passed]": the aside's verb
    if words[-1].lower().strip(",") in _NOT_SUBJECT_ENDS:
        return False  # "Resolution 84 places forces under a": the verb was taken inside a phrase
    if _VERB_AND_OBJECT.search(re.sub(r",[^,]*,", ",", subject)):  # asides aside
        return False  # "Taft and Katsura hold the conversation": a verb inside the "subject"
    if any(w[:1].islower() and is_present_only(w.strip(",;:")) for w in words[1:]):
        return False  # "Resolution 276 declares South Africa's": a verb inside the "subject"
    if ", and " in subject and not _NAME_LIST.fullmatch(subject.strip(" ,")):
        return False  # "voters approve independence, and Kravchuk": a clause, not a subject
    if _STANDS_FOR_A_NOUN.fullmatch(subject.strip(" ,")):
        return False  # "A third is signed with the Pasha of Tripoli": a third what, the
        # sentence before says (round 778 asked "was a third signed with the Pasha")
    if len(words) == 1 and _bare_common_noun(words[0]):
        return False  # "War broke out", "Implementation began": which war, of what?
    if _THAT_CLAUSE_SUBJECT.search(subject.strip(" ,")):
        return False  # "Revelations from 1988 that the Recruit company [had distributed]
        # shares forced ...": the verb is the that-clause's (round 180)
    if _SUBORDINATE_SUBJECT.search(subject.strip(" ,")):
        return False  # "a defensive agreement signed shortly after Britain and Prussia
        # [concluded]": the verb is the subordinate clause's, its subject the names
    first = words[0]
    if first.lower() in _PREPOSITIONS or first.lower() in _TIME_ADVERBS:
        return False  # "In a testimony submitted ...", "Soon after ...": a phrase, not a subject
    return first[:1].isupper() or first.lower() in {"the", "a", "an"} or first[:1].isdigit()


# An ordinal or a pronoun that stands for a noun of another sentence ("a third", "the latter",
# "another")
_STANDS_FOR_A_NOUN = re.compile(r"(?i:(?:a|an|the)\s+)?(?:(?i:first|second|third|fourth|fifth|"
                                r"sixth|seventh|eighth|ninth|tenth|latter|former|other|next|"
                                r"last)|(?i:another|one))")
# The tail of a "subject" that opens a that-clause, with the clause's own subject
_THAT_CLAUSE_SUBJECT = re.compile(r"\sthat\s+(?:(?:the|a|an|his|her|its|their)\s+|[A-Z])"
                                  r"[^,]*$")
# The tail of a "subject" that opens a subordinate clause: a conjunction and its own subject
_SUBORDINATE_SUBJECT = re.compile(rf"\s(?:when|while|because|although|though|until|once|"
                                  rf"whereas|after|before|since)\s+(?:the\s+)?"
                                  rf"(?!{MONTH_WORD}\b)[A-Z][\w’'.-]*"
                                  rf"(?:\s+(?:and\s+)?[A-Z][\w’'.-]*)*$")


# Where a participle's place follows it ("centred near", "based outside", "centred south of")
_PLACE_WORDS = r"near|off|along|around|outside|(?:south|north|east|west)\s+of"
_REDUCED_RELATIVE = re.compile(r"\s+(?:in|on|at|by|under|between|with|from|through|"
                               # ("An earthquake centred south of Elassona damages", round 431)
                               rf"{_PLACE_WORDS}"
                               # ("soldiers disguised as peasants seized a gate", round 489)
                               r"|as(?=\s+(?:(?!and\b|but\b|or\b)[a-z]+\s+){1,2}[a-z]{3,}ed\b))\b")
_NOUN_THEN_PARTICIPLE = re.compile(r"\b(?:a|an|the)\s+[a-z]+\s+$|\bof\s+(?:[A-Z][\w’'-]*\s+)?"
                                   r"[A-Za-z]+s\s+$")  # (", of Gorkhas [settled in India]")
# "the journal James Cook [had kept]": a noun after its article, then a name, the subject of a
# clause with no "that" that describes the noun
_CONTACT_CLAUSE_SUBJECT = re.compile(r"(?<!\bby\s)\b(?:a|an|the)\s+[a-z]+\s+"
                                     r"(?:[A-Z][\w’'.-]*\s+){1,3}$")  # (not an agent's title:
# "signed by the envoy Ivo Tamm [had lapsed]")
_PERFECT_NEXT = re.compile(r"\s+(?:already\s+)?[a-z]+(?:ed|en|t)\b")  # (after "had": "had kept")
_SUBORDINATE = re.compile(r"\b(?:that|which|who|whom|when|after|before|while|and|but|because|"
                          r"if|as|where|although|though|whereas|unless|until)\b")
# Pasts of verbs that take no object, never a participle describing a noun
_NEVER_PARTICIPLES = frozenset({"died", "arrived", "perished", "existed", "happened", "occurred",
                                "slept", "vanished", "disappeared"})
_INDEFINITE_THING = re.compile(r"(?:A|An|a|an)\s+[a-z]+")
# Pasts that take an object when they are a clause's verb: bare before "in", a participle.
_NEEDS_AN_OBJECT = frozenset({"held", "signed", "concluded", "adopted", "issued", "convened",
                              "organised", "organized", "built", "founded"})


# A second clause whose subject is a common noun with "the" ("the area", "the first") names
# something of the first clause.
_POINTS_BACK = re.compile(r"(?:the|this|that|these|those)\s+(?:[a-z-]+\s+){0,2}?(?:[a-z-]+)\s+"
                          r"(?:[a-z]+ly\s+)?(?:was|were|had|has|is|are|[a-z]+ed)\b")
_ASIDE_OPENING = re.compile(r"[A-Za-z],\s+(?:[a-z]+\s+)?$")


_ING_BEFORE = re.compile(r",\s+[a-z]+ing\s+$")
# An aside opened by a relative word, still open: a verb in it is not the clause's.
_RELATIVE_ASIDE = re.compile(r",\s[^,]*\b(?:whose|which|who|whom)\b[^,]*$")


# A relative clause opened by a preposition, without commas, up to its verb ("on which
# Chamberlain Frederik Berregaard of Borreby "; not ", of which the islands had formed part,")
_PREPOSITION_WHICH = re.compile(r"(?<!,)\s(?:on|in|to|of|at|for|with|by|from|under|into)\s+"
                                r"(?:which|whom)"
                                r"\s+(?:[\w’'-]+\s+){1,8}$")


# "James Gibbs's [domed] building": an owner before a participle, and the noun after it
_OWNER_BEFORE = re.compile(r"[A-Z][\w’'-]*[’']s\s+$")
_OWNED_THEN_NOUN = re.compile(r"\s+[a-z]{3,}\b(?!\s+(?:by|in|on|at|to|from|with)\b)")


def _main_verb(body: str) -> tuple[int, int, str] | None:
    """find_verb, but past a participle that only describes the subject: in "a Protocol signed
    in Washington created the Force", the main verb is "created"."""
    verb = find_verb(body)
    if verb is not None and verb[2] == "past" and _OWNED_THEN_NOUN.match(body, verb[1]) and (
            _OWNER_BEFORE.search(body, 0, verb[0])):
        later = find_verb(body[verb[1]:])  # "the Radcliffe Library, James Gibbs's domed
        # building ..., opens": a participle describing an owner's noun (round 1294 asked "did
        # the Radcliffe Library, James Gibbs's dome building ..., opened")
        if later is not None:
            verb = (verb[1] + later[0], verb[1] + later[1], later[2])
    if verb is not None and verb[2] == "past" and body[: verb[0]].rstrip().endswith("having"):
        later = find_verb(body[verb[1]:])  # "South Africa, having dismantled its arsenal, joined"
        return None if later is None else (verb[1] + later[0], verb[1] + later[1], later[2])
    if verb is not None and verb[2] == "past" and _BRACKET_THEN_COMMA.search(body, 0, verb[0]):
        later = find_verb(body[verb[1]:])  # "North Maharashtra University, Jalgaon (1990),
        # renamed ... in 2018": a participle describing the name (round 395: "did ... rename")
        return None if later is None else (verb[1] + later[0], verb[1] + later[1], later[2])
    if verb is not None and verb[2] == "past" and _PREPOSITION_WHICH.search(body, 0, verb[0]):
        later = find_verb(body[verb[1]:])  # "a commission on which Chamberlain Berregaard sat
        # found for the owner": the relative clause's verb, then the clause's (round 882
        # asked "did a commission on which ... sit found")
        if later is not None and not body[verb[1]: verb[1] + later[0]].strip():
            return verb[1] + later[0], verb[1] + later[1], later[2]
    if verb is not None and _RELATIVE_ASIDE.search(body[: verb[0]]):
        close = body.find(", ", verb[1])  # "the British, into whose zone C passed, dismissed"
        later = find_verb(body[close + 2:]) if close > 0 else None
        if later is not None and later[0] == 0:
            return close + 2, close + 2 + later[1], later[2]
    if verb is not None and verb[2] == "past" and _ASIDE_OPENING.search(body[: verb[0]]):
        close = body.find(", ", verb[1])  # "Liechtenstein, long covered by ..., became"
        later = find_verb(body[close + 2:]) if close > 0 else None
        # (one word after it is enough when a participle opens the aside: "proposals,
        # offering limited self-government, were published")
        if later is not None and later[0] == 0 and (len(body[verb[1]: close].split()) > 1
                                                    or _ING_BEFORE.search(body[: verb[0]])):
            return close + 2, close + 2 + later[1], later[2]
    if verb is None or verb[2] != "past" or not _REDUCED_RELATIVE.match(body, verb[1]):
        return verb
    if body[verb[0]: verb[1]].lower() in _NEVER_PARTICIPLES:
        return verb  # "Alfonso died at Cardeñosa ..., although poison was suspected": no one
        # is "died", so the past is the clause's verb (round 546: "was Alfonso died")
    if " and " in body[: verb[0]] and _NAMES_ONLY.fullmatch(body[: verb[0]].strip()):
        return verb  # "Hassan II and Chadli Bendjedid met on the border, their first meeting
        # devoted to ...": names take no participle after them (round 266)
    later = find_verb(body[verb[1]:])
    between = body[verb[1]: verb[1] + later[0]] if later else ""
    if _PLACE_NEXT.match(body, verb[1]) or _IN_A_PLACE_NEXT.match(body, verb[1]):
        between = _NAMES_JOINED.sub("", between)  # ("Dairy Milk sold in Britain and Ireland
        # was certified": round 1607 asked "did Dairy Milk sell in Britain?")
    if between.startswith(" as "):  # ("disguised as peasants": the "as" opens no clause)
        between = between[4:]
    if later is None or _SUBORDINATE.search(between):
        if later is not None and _INDEFINITE_THING.fullmatch(body[: verb[0]].strip()) and (
                body[verb[0]: verb[1]] in _NEEDS_AN_OBJECT):
            return None  # "A plebiscite held in Rome and its provinces approved union": no
            # plebiscite holds; which verb is the clause's the "and" leaves open (round 452:
            # "did a plebiscite hold in Rome")
        return verb  # (but "centred near Accumoli and Amatrice damaged": an "and" of two names
        # opens no clause, round 447)
    if _ADJECTIVE_ADVERB.search(body, 0, verb[1] + later[0]):
        return verb  # "Talks resumed in 1903, with Edward Strobel, the American newly appointed
        # General Adviser": a participle describing a noun, not the clause's verb (round 367)
    if _CONTACT_CLAUSE_SUBJECT.search(body, 0, verb[1] + later[0]) and _PERFECT_NEXT.match(
            body, verb[1] + later[1]):
        return verb  # "the Commonwealth bought at Sotheby's the journal James Cook had kept":
        # the later verb is a clause's with no "that", naming what was bought (round 1710
        # asked "did the Commonwealth bought at Sotheby's ... the journal James Cook keep")
    if _NOUN_THEN_PARTICIPLE.search(body, 0, verb[1] + later[0]) and _REDUCED_RELATIVE.match(
            body, verb[1] + later[1]):
        return verb  # "Fighting ended in a truce arranged through Tamihana": the later past
        # is a participle describing "a truce", not the clause's verb (round 228)
    return verb[1] + later[0], verb[1] + later[1], later[2]


# "Jalgaon (1990), ": a name's year in brackets and a comma, after which a past is a
# participle (not "the Gereformeerde Zendingsbond (GZB), arrived": an aside closed)
_BRACKET_THEN_COMMA = re.compile(r"\(\s*(?:c\.\s*)?\d{3,4}(?:\s*[–-]\s*\d{2,4})?\s*\)\s*,\s*$")
# "centred near", "based outside": a participle and where, which two names may follow
_PLACE_NEXT = re.compile(rf"\s+(?:{_PLACE_WORDS})\b")
_IN_A_PLACE_NEXT = re.compile(r"\s+(?:in|to|across|throughout)\s+(?:the\s+)?[A-Z]")
# "Accumoli and Amatrice": two names joined by "and", which opens no clause
_NAMES_JOINED = re.compile(r"[A-Z][\w’'-]*\s+and\s+(?=[A-Z])")
# What "lay" takes when it is the present of "lay", not the past of "lie": a particle or object
_LAID_OBJECT = re.compile(r"\s+(?:down|claim|siege|waste|out|the|a|an|their|his|her|its)\b")
# An adverb that makes the participle after it describe a noun ("the newly appointed adviser")
_ADJECTIVE_ADVERB = re.compile(r"\b(?:newly|recently|specially|hastily|freshly|duly)\s+$")


# Names alone, joined by "and" ("Hassan II and Chadli Bendjedid")
_NAMES_ONLY = re.compile(r"(?!(?:The|A|An)\b)[A-Z][\w’'.-]*(?:\s+(?:and\s+)?[A-Z][\w’'.-]*)*")


# ("and, after months of talks, reached": an aside may stand between "and" and the verb; so
# may a phrase of time without commas: "and for a time looked to Britain", round 599)
_COORDINATED_PAST = re.compile(r"(?P<link>\b(?:and|but)(?:\s*,[^,]{1,60},)?\s+"
                               r"(?:(?:[a-z]+ly|later|then|soon|afterwards|for\s+a\s+time|"
                               r"at\s+(?:once|first)|in\s+turn)\s+)?)"
                               r"(?P<verb>[a-z]{3,})\b(?!\s+by\b)")
# Common nouns that open a sentence with a capital and keep it when moved after "did".
# Ranks and offices written before their holder's name ("Constable Sidney Miles")
_RANKS = ("Constable|Sergeant|Inspector|Superintendent|Officer|Commissioner|Detective|Agent|"
          "Patrolman|Trooper|Marshal|Corporal|Private|Captain|Lieutenant|Major|Colonel|General|"
          "Admiral|Governor|Senator|Judge|Mayor|Chief")
# A rank and the name of its holder after it ("Constable Sidney Miles", "Sergeant J. Tamm")
_TITLE_THEN_NAME = re.compile(rf"(?:{_RANKS})\s+[A-Z]")
_COMMON_OPENERS = frozenset({
    "Officials", "Delegates", "Chemists", "Scientists", "Hundreds", "Thousands", "Millions",
    "Referendums", "Elections", "Negotiators", "Protesters", "Voters", "Troops", "Forces",
    "Members", "Leaders", "Ministers", "Diplomats", "Observers", "Inspectors", "Researchers",
    "Critics", "Supporters", "Opponents", "Workers", "Students", "Residents", "Citizens",
    "Governments", "Representatives", "Envoys", "Lawmakers", "Legislators", "Soldiers",
    "Talks", "Negotiations", "Parties", "Countries", "States", "Nations", "Ambassadors",
    "Senators", "Judges", "Experts", "Officers", "Generals", "Refugees", "Farmers", "Women",
    "Men", "People", "Children", "Historians", "Activists", "Journalists", "Scholars",
    "Deputies", "Commanders", "Monarchs", "Rebels", "Demonstrators", "Ministries", "News",
    "Word", "Fighting", "Violence", "Unrest", "Pressure", "Opposition", "Police", "Guerrillas",
    "Insurgents", "Militants", "Strikers", "Miners", "Settlers", "Crowds"})
# Materials found or struck, alone before the verb ("was oil struck at Masjed Soleyman", not
# "was Oil struck", noticed in round 262; "Oil Rivers Protectorate" is a name)
_MATERIALS = frozenset({"Oil", "Gold", "Silver", "Copper", "Coal", "Diamonds", "Uranium",
                        "Petroleum", "Tin", "Bauxite", "Phosphate", "Guano", "Nickel", "Rubber",
                        "Cotton", "Gas"})


# Plural common nouns by their endings ("Reparations", "Negotiations", "Governments").
# "Treaty of Paris signed": "of" and a capital after a capitalised noun make it a name, which
# keeps its capital (and gets its article inside a question)
_NAME_OF = re.compile(r"of\s+(?:the\s+)?[A-Z]")
_COMMON_ENDINGS = ("ations", "tions", "ments", "ists", "ances", "ences", "ships", "ities",
                   "eignty", "ation", "ttlement", "bility", "ship", "ntment",
                   "uction")  # ("Sovereignty over the Indies passed", "Arbitration by
# the King of Spain broke down", "Resettlement begins", "Responsibility for Central Africa
# passed", "Censorship was transferred": round 191; "Resentment of new taxes exploded": round
# 229; "Construction of Rarotonga International Airport begins": round 291)


# A name's particle and the capitalised rest of the name ("de Gaulle", "von Moltke")
_NAME_PARTICLE = re.compile(r"(?:de|da|di|du|del|della|des|van|von|der|den|ter|le|la|bin|ibn|"
                            r"dos|das)\s+[A-Z]")


_COUNTS = CARDINALS | QUANTIFIERS | {"thirty", "forty", "fifty", "dozens", "tens", "scores"}


_COMPASS = frozenset({"North", "South", "East", "West"})  # ("North and South": the two halves)


_NAME_GOES_ON_AFTER_AND = re.compile(r"and\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\b")


def _common_noun_lowered(subject: str) -> str:
    """"Chemists Mario Molina and ..." -> "chemists Mario Molina and ..." inside a question;
    likewise a gerund ("Trading under the AfCFTA")."""
    first, _, rest = subject.partition(" ")
    if _NAME_PARTICLE.match(rest):
        return subject  # "General de Gaulle": a title before a name's particle (round 237)
    if _NAME_GOES_ON_AFTER_AND.match(rest):
        return subject  # "Fisheries and Oceans Canada": a body's name of two words and more
        # (round 1158 asked "did fisheries and Oceans Canada designate")
    gerund = first.endswith("ing") and len(first) > 5 and (rest[:1].islower() or (
        not rest and "VERB" in parts_of_speech(first.lower())))  # ("Voting begins": alone)
    common = first.endswith(_COMMON_ENDINGS) and (not rest or rest[:1].islower())
    # "Foreign ministers open": the lexicon knows the word as an adjective only (it has no
    # nationalities, which keep their capital)
    # "Local officials and gentry": an adjective the lexicon also knows as a noun (or an
    # adverb: "Heavy shooting"), before a lower-case word, is a common word too, unless it
    # names a nation ("Kaldoran")
    kinds = parts_of_speech(first.lower())
    national = _national(first, kinds)
    # ("Dissident RCD officers": an acronym between the adjective and its noun)
    following = rest.split(" ", 2)
    lower_next = rest[:1].islower() or _ACRONYM_THEN_NOUN.match(rest) is not None or (
        len(following) > 1 and following[1][:1].islower() and following[0] not in _OCEAN_WORDS
        and (NATIONAL_WORD.fullmatch(following[0]) or NATION_ADJECTIVE.fullmatch(following[0]))
        is not None)  # ("New Soviet rules")
    adjective = "ADJ" in kinds and kinds <= {"ADJ", "NOUN", "ADV"} and lower_next and (
        first not in _COMPASS) and not national
    # "Twelve states", "Embassies open": a number or a plural noun opening the sentence
    counted = (first.lower() in _COUNTS or is_compound_number(first.lower())) and (
        rest[:1].islower() or _counted_name_then_noun(rest))
    bare = first.rstrip(",")
    plural = is_plural_noun(bare.lower()) and (not rest or rest[:1].islower()) and (
        not NATIONAL_WORD.fullmatch(bare))
    # "Alarmed princes of the Empire": a participle describing a lower-case noun
    described = first.endswith("ed") and is_participle(first.lower()) and (
        rest[:1].islower() or (
            first != "United" and len(following) > 1 and following[0][1:].islower()
            and following[0].isalpha() and following[1][:1].islower()
            and (is_plural_noun(following[1].rstrip(",")) or (
                NATIONAL_WORD.fullmatch(following[0]) or NATION_ADJECTIVE.fullmatch(
                    following[0])) is not None)))  # ("Alleged Hutu
    # plots", round 272; "Organised Soviet resistance", round 837)
    # "Further proposals", "Day-to-day operations": a modifier no name is, or a compound of
    # lower-case words, before a lower-case noun
    modifier = rest[:1].islower() and not national and (
        (bool(kinds) and kinds <= {"ADJ", "ADV", "VERB"} and bool(kinds & {"ADJ", "ADV"}))
        or ("-" in first and first.split("-", 1)[1][:1].islower()
            and not any(part[:1].isupper() for part in first.split("-")[1:])))
    # (not "Port-de-France": a name with a particle, round 612 wrote "was port-de-France")
    # "Peace between Serbia and the Porte", "Tension between the settlers": a common noun and
    # the preposition that says between whom (a name is no word of the lexicon; "Peace of
    # Westphalia" has "of")
    relational = ((rest.split(" ", 1)[0] in _RELATIONAL_PREPOSITIONS and "NOUN" in kinds
                   and not rest.startswith("in Council")  # ("Order in Council P.C. 1486": a
                   # name, round 619 wrote "did order in Council")
                   and first not in BODY_HEADS and not NATIONAL_WORD.fullmatch(first))
                  or (first in _WITH_NOUNS and rest.startswith("with "))
                  or (first in _ON_NOUNS and rest.startswith("on ")))
    # "Peace talks open", "Riot police break up", "Intercommunal talks open": a common noun,
    # or a prefixed adjective the lexicon lacks, before the plural noun it describes
    second = rest.split(" ", 1)[0].rstrip(",")
    compound = (rest[:1].islower() and (is_plural_noun(second) or second == "police")
                and not NATIONAL_WORD.fullmatch(first) and first not in BODY_HEADS
                and ("NOUN" in kinds or (not kinds and _PREFIXED.match(first) is not None)))
    # "Phosphate mining on Banaba": a noun only, before the gerund it is the object of
    # (round 170)
    gerund_object = kinds == {"NOUN"} and second.endswith("ing") and len(second) > 5 and (
        second[:1].islower()) and (
        first not in BODY_HEADS and not NATIONAL_WORD.fullmatch(first))
    # "Attention now turns to the Netherlands": a noun alone before an adverb (round 122)
    adverbed = kinds == {"NOUN"} and second in {"now", "then", "again", "soon", "also", "still"}
    # "Construction, entrusted to Impregilo, was well under way": a noun only, alone before an
    # aside (round 251)
    aside = first.endswith(",") and bare.endswith(_ABSTRACT_ENDINGS) and "-" not in bare and (
        bare not in BODY_HEADS and bare not in COUNTRIES and not NATIONAL_WORD.fullmatch(bare)
        and (is_participle(second) or second in {"the", "a", "an", "which", "once", "long"}))
    # "Retreating German forces burn Rovaniemi": a participle before a people's adjective and
    # its noun (round 515 read "did Retreating German forces burn")
    retreating = (first.endswith("ing") and len(first) > 5 and len(following) > 1
                  and _national(following[0], parts_of_speech(following[0].lower()))
                  and following[1][:1].islower())
    material = first in _MATERIALS and (not rest or rest[:1].islower())
    # "Work begins on Littoria", "Fire destroys the library": a mass noun, no name, unless an
    # "of" makes it one ("War of the Pacific")
    mass = (first in _MASS_OPENERS and (not rest or (rest[:1].islower() and not rest.startswith(
        "of ")))) or (first in _WORKS_ACTS and (not rest or rest[:1].islower())) or (
        _COMPOUND_GERUND.fullmatch(first) is not None and (not rest or rest[:1].islower()))
    # "Part of the vault collapses": a share of a lower-case thing (round 489 read "did Part
    # of the vault ... collapse")
    share = first in _SHARES and re.match(r"of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?"
                                          r"[a-z]", rest) is not None
    # "Music director Tugan Sokhiev resigns": a common noun and a lower-case office before the
    # holder's name (round 1374 asked "did Music director Tugan Sokhiev resign")
    office = (kinds == {"NOUN"} and second in _OFFICE_AFTER_A_NOUN and len(following) > 1
              and following[1][:1].isupper() and first not in BODY_HEADS
              and NATION_ADJECTIVE.fullmatch(first) is None)  # (a noun of the lexicon only:
    # not "Kaldoran", which it lacks)
    if first in _COMMON_OPENERS and _TITLE_THEN_NAME.match(rest):
        return subject  # "Police Constable Sidney Miles": a rank before its holder's name, not
        # the police (round 1719 asked "was police Constable Sidney Miles shot dead")
    if first in _COMMON_OPENERS and first.endswith("s") and _BODY_NAME_NEXT.match(rest):
        return subject  # "News Corporation and Ruby Newco filed": a company's name, not the
        # news (round 1586 asked "did news Corporation ... file")
    if (first in _COMMON_OPENERS or material or gerund or common or adjective or counted
            or plural or aside or described or modifier or relational or compound or adverbed
            or gerund_object or mass or share or retreating or office):
        return first.lower() + (" " + rest if rest else "")
    return subject


# A body's name going on after an opening plural noun: "News Corporation", "Rebels Football Club"
_BODY_NAME_NEXT = re.compile(r"(?:[A-Z][\w&’'-]*\s+){0,2}(?:Corporation|Company|Group|Inc\b|Ltd\b|"
                             r"plc\b|International|Limited|Club|Association|Society)")


_OFFICE_AFTER_A_NOUN = frozenset({"director", "minister", "manager", "conductor", "secretary",
                                  "chairman", "editor", "commissioner", "superintendent",
                                  "administrator", "intendant", "governor"})


# Nouns of no number that open a timeline's entry ("Work begins on the MOSE barriers": round
# 456 read "did Work begin" twice)
_MASS_OPENERS = frozenset({"Work", "Fire", "War", "Famine", "Plague", "Drought", "Cholera",
                         "Smallpox", "Unrest", "Rain", "Snow",
                         # an institution ended or begun ("Slavery ended with the Slavery
                         # Abolition Act": round 620 read "did Slavery end")
                         "Slavery", "Serfdom", "Conscription", "Rationing",
                         # what a work of engineering carries, stores or is begun on ("Ground
                         # is broken at Rome", "Water begins to be stored": rounds 1268 and
                         # 1265 asked "was Ground broken", "did Water begin")
                         "Ground", "Water", "Traffic", "Power", "Electricity", "Ice", "Freight",
                         "Mail", "Trade", "Steam", "Silt", "Sand", "Timber", "Track", "Money",
                         "Funding"})
# The acts of building or ending a work, common nouns before their "of" too ("Completion of the
# Kansas Pacific opens a second through line": round 1274 asked "did Completion of ... open")
_WORKS_ACTS = frozenset({"Completion", "Construction", "Demolition", "Electrification",
                         "Restoration", "Reconstruction", "Excavation", "Dredging",
                         "Widening", "Doubling",
                         # who has a thing, and its anniversaries ("Control of the observatory
                         # passes", "Bicentenary of Lick's birth marked": rounds 1285, 1289)
                         "Control", "Ownership", "Management", "Custody", "Centenary",
                         "Bicentenary", "Tercentenary", "Sesquicentenary", "Quatercentenary"})
# A compound gerund of a trade ("Track-laying reaches ...": round 1276 asked "did Track-laying
# reach")
_COMPOUND_GERUND = re.compile(r"[A-Z][a-z]+-[a-z]+ing")
# Words of the sea and the earth the nationality pattern reads as peoples' ("Central Pacific
# crews": a railway's name, round 1274 wrote "central Pacific crews")
_OCEAN_WORDS = frozenset({"Pacific", "Atlantic", "Arctic", "Baltic", "Asiatic", "Indian",
                          "Antarctic", "Caribbean", "Mediterranean"})


_SHARES = frozenset({"Part", "Parts", "Most", "Much", "Half", "Some", "Many", "All", "Rest",
                     "Sections", "Section", "Portions", "Portion", "Units", "Elements"})


# Nouns that count people in the plural without an -s ("Twenty-five CRPF personnel", round 373)
_COLLECTIVE_NOUNS = frozenset({"personnel", "police", "people", "staff", "clergy", "militia",
                               "cavalry", "infantry", "crew", "cattle"})


def _counted_name_then_noun(rest: str) -> bool:
    """Whether `rest`, after a number opening the sentence, is a name and then the plural noun
    counted ("Forty-four Special Action Force commandos", round 279), not a name that holds
    the number ("Thirty Years War", "Hundred Days")."""
    words = rest.split()[:5]
    for index, word in enumerate(words):
        if word[:1].islower():
            return index > 0 and (is_plural_noun(word.rstrip(",.")) or word.rstrip(",.") in (
                _COLLECTIVE_NOUNS)) and not any(
                w in {"Years", "Days", "Weeks", "Months", "War", "Hundred", "Thousand"}
                for w in words[:index])
    return False


def _national(word: str, kinds: frozenset[str]) -> bool:
    """Whether `word` is a nation's (or a people's, a faith's, a sea's) adjective, which keeps
    its capital mid-question: "Kaldoran", "Baltic"; not an "-ic" adjective of the language
    ("Diplomatic relations", "Economic sanctions" opening a sentence: round 149)."""
    if not NATIONAL_WORD.fullmatch(word):
        return False
    return not (word.endswith("ic") and "ADJ" in kinds and word not in _PROPER_IC)


_ACRONYM_THEN_NOUN = re.compile(r"[A-Z]{2,6}\s+[a-z]")
# "-ic" adjectives the lexicon knows that are names' adjectives all the same
_PROPER_IC = frozenset({"Catholic", "Pacific", "Arctic", "Antarctic", "Platonic"})  # ("Sporadic
# violence": an adjective the lexicon also knows as a noun is no nation's, round 280)
_RELATIONAL_PREPOSITIONS = frozenset({"between", "over", "among", "against", "in"})
# Nouns of relations between peoples, which "with" says with whom ("Conflict with the Ainu
# broke out": round 324 asked "did Conflict with the Ainu break out"); a closed list, since
# "Smith with his men" opens with a name the lexicon knows as a noun
_WITH_NOUNS = frozenset({"Conflict", "War", "Trade", "Peace", "Contact", "Contacts", "Relations",
                         "Talks", "Fighting", "Friction", "Tension", "Tensions", "Rivalry",
                         "Cooperation", "Co-operation", "Negotiations", "Partnership", "Union",
                         "Alliance", "Intercourse", "Commerce", "Hostilities",
                         # feelings about a rule or a ruler ("Discontent with British rule broke
                         # out": round 599 asked "did Discontent with ...")
                         "Discontent", "Dissatisfaction", "Disaffection", "Anger", "Unrest"})
# ... and of work, which "on" says on what ("Work on the Sayano-Shushenskaya station began in
# 1963": round 329 asked "did Work on ... begin")
_ON_NOUNS = frozenset({"Work", "Construction", "Research", "Talks", "Negotiations", "Building"})
# An adjective made with a prefix ("Intercommunal", "Multiparty", "Anti-government").
_PREFIXED = re.compile(r"^(?:Inter|Intra|Multi|Anti|Pro|Non|Post|Pre|Trans|Cross|Counter)"
                       r"-?[a-z]{4,}$")


# "a few months after Gorbachev took power, Shevardnadze was appointed": a subordinate clause
# opens the sentence; its verb is not the main one.
_SUBORDINATE_OPENING = re.compile(r"^(?:(?:[\w-]+\s+){0,3}?(?:after|before|when|while|once|until|"
                                  r"because|although|though|whereas)|having|[a-z]+ed(?=\s+(?:to|as|in|"
                                  r"by|at|for|from|with|that|of)\b))\s+(?=\S)", re.I)


# "A member of the Liberal party Venstre from about 1980, Lars Løkke Rasmussen ": a noun phrase
# in apposition before the name it describes
# (not "A municipality for the parishes of Byrum, Vesterø and Hals": a list of names)
_FRONTED_APPOSITION = re.compile(r"(?P<apposition>(?:A|An)\s+[a-z][^,;:()]{2,90}),\s+"
                                 r"(?P<subject>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})"
                                 r"(?=\s+(?!and\b|or\b)[a-z])")


# ("A few days later, Ivo Tamm signed": a time, no apposition)
_TIME_WORDS = re.compile(r"\b(?:days?|weeks?|fortnight|months?|years?|decades?|century|centuries|"
                         r"time|times|moment|while|later|earlier|after|before|ago|since)\b")


# ", and Archduke Albert, who ...": a name after the date's ", and", another subject (round 765
# asked "did Emperor Rudolf II give his confirmation, and Archduke Albert, who ...")
_AND_A_NAME = re.compile(r",\s+and\s+(?:the\s+)?[A-Z][\w’'.-]*")


def _without_subordinate_opening(body: str) -> str:
    """`body` without an opening subordinate clause ("While Congress debated the bill, aid
    reached France" -> "aid reached France"); unchanged when no main clause follows it."""
    opening = _SUBORDINATE_OPENING.match(body)
    if opening is None:
        return body
    if opening.group().strip().lower().endswith(("ed", "having")):
        comma = body.find(", ", opening.end())  # "Elected to the Storting in 1977, she ..."
    else:
        verb = find_verb(body[opening.end():])
        if verb is None:
            return body  # "After the war, ...": a phrase, which _split_intro keeps as an intro
        if ", " in body[opening.end(): opening.end() + verb[0]]:
            return body  # "After the death of Jules Taschereau, Delisle was appointed ...": a
            # phrase with no verb before its comma, the verb the main clause's (round 1295
            # asked "On what date would the office he hold ...?")
        comma = body.find(", ", opening.end() + verb[1])
    if comma < 0:
        return body
    main = body[comma + 2:]
    main_verb = find_verb(main)
    if main_verb is None:
        # "While Gowon was attending the summit, officers in Lagos announce his removal": a
        # timeline's present (round 186)
        present = present_verb(main[:1].upper() + main[1:])
        if present is None:
            return body
        main_verb = (present[0], present[1], "present")
    subject = main[: main_verb[0]].strip()
    if main_verb[2] == "present":
        subject = subject[:1].upper() + subject[1:]  # ("officers in Lagos": a plural's noun)
    if not _subject_ok(subject) and subject.lower() not in {"he", "she", "they", "it"}:
        return body
    return main  # with a pronoun subject, invert() then refuses: better than a garbled question


# A holder's rank or office and his name, alone ("Police Constable Robert Culley", "Sergeant
# Peter Wallace"): in a fact sheet's line, what is done to him follows
_TITLED_NAME = re.compile(rf"(?:(?:Police|Detective|Special|Chief|Deputy|Acting|Head)\s+)?"
                          rf"(?:{_RANKS})(?:\s+[A-Z][\w.’'-]*){{1,4}}")
# Where or when it was done to him, or how ("shot dead in Croydon")
_DONE_THERE = re.compile(r"\s+(?:dead\b|(?:at|in|on|near|during|outside)\s)")
# What a headline says was signed or announced: "... Agreement signed in Madrid", "Political
# agreement on a trade deal announced in Brussels" (no object follows the participle).
_HEADLINE_PASSIVE = re.compile(r"\s+(?:in|at|on|by|between|with|for|to|under|as|from|after|"
                               r"before|during|into)\b|\s*[.;]?$")
_SIGNED_THING = re.compile(r"\b(?:[Aa]greement|[Tt]reaty|[Pp]rotocol|[Cc]onvention|[Dd]eclaration|"
                           r"[Dd]eal|[Aa]ccords?|[Cc]harter|Act|Statute|[Pp]act|[Mm]emorandum|"
                           r"[Cc]ommuniqué|[Tt]ruce|[Cc]ease-?fire|[Aa]rmistice|"
                           # ("Soviet Socialist Republic of Abkhazia proclaimed on ...", round 298)
                           r"Republic|Kingdom|Constitution)\b")


_DONE_TO_AGREEMENTS = frozenset({"signed", "adopted", "announced", "concluded", "ratified",
                                 "approved", "initialled", "initialed", "agreed", "reached",
                                 "launched", "published", "issued", "endorsed", "established",
                                 "created", "installed", "inaugurated", "opened", "drafted",
                                 "proclaimed"})


_ADJECTIVE_NOUN = re.compile(r"(?P<adjective>[A-Z][a-z]+)\s+(?P<noun>[a-z]+)\b(?P<rest>.*)")


# Acts done to a place or a state that never go without an object in the active: with none,
# and a preposition next, they are a passive ("reduced to a county", "annexed by Japan").
_DONE_TO_PLACES = frozenset({"reduced", "raised", "elevated", "downgraded", "demoted", "annexed",
                             "incorporated", "subordinated", "absorbed", "partitioned", "divided",
                             "renamed"})  # (not "ceded": "the Netherlands ceded to Britain the
# colonies", round 136)
_PLACED_NEXT = re.compile(r"\s+(?:to|into|by|as|between|among|under)\b")
# "Lovell Telescope listed Grade I in 1988": a fact sheet's passive that gives a status (round
# 1287 asked "did Lovell Telescope list Grade I")
_GIVEN_A_STATUS = frozenset({"listed", "designated", "scheduled", "inscribed", "registered",
                             "classified", "gazetted"})
_STATUS_NEXT = re.compile(r"\s+(?:Grade|Category|Class|as|under|an?\s+(?:scheduled|listed|"
                          r"protected|historic|national|World|National|Historic))\b")
_TIME_WORD_BEFORE = re.compile(r",\s+(?:now|then|newly|already|since|later|once|by\s+then)\s*$")
# A share of a thing: "20 per cent of Racal Telecom", "a majority of the shares"
_QUANTITY_OF = re.compile(r"(?:\d+(?:\.\d+)?\s*(?:per\s*cent|%)|(?:a|the)\s+(?:stake|share|"
                          r"majority|minority|half|third|quarter|block)|(?:half|a\s+third|"
                          r"a\s+quarter))\s+of\b", re.I)
# What follows a verb with no object: a date's or a place's preposition, a comma, the end
_NO_OBJECT_NEXT = re.compile(r"\s*(?:$|[,.;]|(?:in|on|at|for|to|by)\b)")
# Pasts of handing a thing over, and the things so handed: "a patent granted to Kellogg"
_HANDED_OVER = frozenset({"granted", "awarded", "issued", "assigned", "licensed", "conferred",
                          "allotted", "transferred", "leased"})
_HANDED_THING = re.compile(r"\b(?:[Pp]atent|[Ll]icen[cs]e|[Cc]harter|[Cc]oncession|[Aa]ward|"
                           r"[Pp]rize|[Mm]edal|[Rr]ights|[Cc]ontract|[Ff]ranchise|[Ll]ease|[Ww]arrant|"
                           r"[Dd]iploma|[Dd]egree|[Tt]rademark)s?\b")


def _past_after_a_comma(rest: str) -> bool:
    """Whether a past verb follows a comma in `rest`: "Karzai, now elected President, formed
    his cabinet" (an aside's participle, the clause's verb after it)."""
    return any(is_past_tense(m.group(1)) for m in re.finditer(r",\s+([a-z]{3,})\b", rest))


# Pasts that give a title, and a title right after them: no object, so a passive
_GIVING_A_TITLE = frozenset({"created", "crowned", "elected", "named", "appointed", "proclaimed",
                             "consecrated", "ordained", "enthroned", "styled", "made"})
_RANK_NEXT = re.compile(r"\s+(?:Earl|Duke|King|Queen|Emperor|Empress|Count|Countess|Prince|"
                        r"Princess|Baron|Viscount|Marquess|Bishop|Archbishop|Cardinal|Pope|"
                        r"Governor|Viceroy|President|Chancellor|Regent|Knight|Margrave|Elector|"
                        r"Doge|Patriarch|Metropolitan|Khan|Sultan|Tsar)"
                        r"(?=\s+(?:of|in|on|at|by|and|for)\b|\s*[,.;]|$)")  # (not "elected King
# Christian I": the king's name makes him the object)
# Pasts done to a thing that take it as their object, and a preposition right after them
def _line_s_passive(subject: str, word: str, rest: str) -> bool:
    """Whether a list's line "`subject` `word``rest`" is a passive without its "was": a past
    that takes an object, and none after it; only an agent, a title ("created a baronet") or a
    preposition after a past never said of its subject itself ("issued in Sind", "voted to
    Peary"; not "capitulated to Ferdinand", "invested in the brewery")."""
    if not passive_when_alone(word) or _TITLED_NAME.fullmatch(subject.strip()) or not (
            subject.strip()[:1].isalpha()):
        return False  # ("General Orrin Dask attacked at dawn": a ranked man's own act; "1
        # October 1958, taking over the NACA, founded": a date, no subject)
    if subject.count(",") % 2 or _common_noun_lowered(subject)[:1] != subject[:1] or (
            _CAPITALISED_COMMON.match(subject)):
        return False  # "Snøhetta (Oslo), winner of the competition announced": the past is the
        # apposition's; "Rules of Golf Committee formed", "First performance of Orlando": a
        # name or a noun with no article, which the question would lower or leave bare
    if word in _GIVING_A_TITLE and (_RANK_NEXT.match(rest) or _LOWER_RANK_NEXT.match(rest)):
        return True
    if re.match(r"\s*(?:$|[,.;]|by\b)", rest):
        return True
    return word in _DONE_TO_THINGS and _NO_OBJECT_NEXT.match(rest) is not None


def _line_s_be(subject: str) -> str:
    """The "was" or "were" of a list's passive: "were" for a plural subject, but not for the
    "and" inside a name ("the Maritime and Port Authority", "the "Shell" Transport and Trading
    Company") or after its "of" ("the Koga Prize of the Association of Zoos and Aquariums")."""
    head = re.split(r"\s+of\s|,|\s\(", subject.strip())[0]
    head = re.sub(r"\b[A-Z][\w’'-]*\s+and\s+(?=[A-Z])", "", head)
    return "was" if " and " not in head and _past_be(head) == "was" else "were"


# A capitalised common noun opening a subject with no article: "First performance of", "Rules of"
_CAPITALISED_COMMON = re.compile(r"(?:First|Last|New|Rules|Flame|Work|Construction|Site|"
                                 r"Foundation|Building|Plans?)\b")
# Pasts done to a thing that are never said of it itself: "issued in Sind", "voted to Peary"
_DONE_TO_THINGS = frozenset({
    "issued", "voted", "admitted", "awarded", "granted", "conferred", "presented", "built",
    "rebuilt", "completed", "founded", "established", "laid", "struck", "lit", "launched",
    "commissioned", "consecrated", "dedicated", "unveiled", "demolished", "destroyed",
    "signed", "ratified", "published", "printed", "abolished", "created", "elected",
    "appointed", "renamed", "incorporated", "constituted", "organised", "organized", "installed",
    "inaugurated", "erected", "designed", "acquired", "bought", "sold", "confirmed", "approved",
    "adopted", "enacted", "chartered", "licensed", "registered", "listed", "bombed",
    "arrested", "knighted", "ennobled", "canonised", "canonized", "beatified", "buried",
    "crowned", "excavated", "discovered", "restored", "purchased", "introduced", "minted"})
# A title given with no capital, after a past that gives one: "created a baronet", "elected pope"
_LOWER_RANK_NEXT = re.compile(r"\s+(?:an?\s+)?(?:baronet|knight|peer|pope|cardinal|bishop|"
                              r"archbishop|abbot|abbess|prior|prioress|master|president|"
                              r"chancellor|governor|dean|fellow|freeman|saint|doctor)"
                              r"(?=\s+(?:of|in|on|at|by|and|for)\b|\s*[,.;]|$)")
_DONE_TO_A_THING = frozenset({"recognised", "recognized", "inscribed", "listed", "designated",
                              "classified", "protected", "registered"})
_RECOGNISED_UNDER = re.compile(r"\s+(?:under|as|by|on)\b")
_MASS_NOUNS = frozenset({"rule", "sovereignty", "control", "power", "suzerainty", "influence",
                         "protection", "law"})


# "Time magazine", "Izvestia newspaper": a title and its kind, not "the time magazine" (round 415)
_TITLED_KINDS = frozenset({"magazine", "newspaper", "journal", "weekly", "daily", "agency"})


def _with_article(subject: str) -> str:
    """A headline's "Formal session opens", "Israeli cabinet endorses": a singular noun
    without its article gets "the" inside a question."""
    m = _ADJECTIVE_NOUN.fullmatch(subject)
    if (m is None or m.group("rest") or m.group("noun").endswith("s")
            or m.group("noun") in IRREGULAR_PLURALS  # ("Turkish aircraft strike")
            or m.group("adjective") in _COMMON_OPENERS or m.group("noun") in _PREPOSITIONS
            or m.group("noun") in {"de", "da", "di", "du", "van", "von", "der", "den", "la",
                                   "le", "del", "bin", "ibn", "al", "and", "the", "himself",
                                   "herself", "itself", "themselves"}
            or (parts_of_speech(m.group("noun")) & {"ADV", "NOUN"}) == {"ADV"}
            or (m.group("noun") in _MASS_NOUNS and NATIONAL_WORD.fullmatch(m.group("adjective")))
            or m.group("noun") in _TITLED_KINDS):
        return subject  # "Lothar de Maizière", "Secretary of State": names and titles; and
        # "Bevin twice": a name and an adverb (round 156); "Romanian rule is restored": a
        # people's rule, which takes no "the" (round 301)
    adjective = m.group("adjective")
    if not NATIONAL_WORD.fullmatch(adjective):
        adjective = adjective.lower()
    return f"the {adjective} {m.group('noun')}{m.group('rest')}"


_SUBORDINATE_WORD = re.compile(r"\b(?:that|who|whoever|whatever|which|where|when|whom|while|"
                               r"because|although|though|whereas|as|after|before|until|since|if|"
                               r"whether)\b")
_PAST_OF = {"is": "was", "are": "were", "has": "had", "have": "had", "does": "did", "do": "did",
            "will": "would", "shall": "should"}


def _told_in_the_past(predicate: str) -> str:
    """A timeline's present predicate as a "did" question tells it: the verbs of its
    subordinate clauses in the past ("declare that China is ready" -> "that China was ready",
    "to Bhutto, who becomes President" -> "who became President")."""
    opening = _SUBORDINATE_WORD.search(predicate)
    if opening is None:
        return predicate

    def past(m: re.Match[str]) -> str:
        word = m.group()
        if m.string[: m.start()].rstrip().rpartition(" ")[2].lower() in BASE_AFTER:
            return word  # "that would have made": a modal's verb, never "would had" (round 338)
        if a_testament(word, m.string[: m.start()].rstrip().rpartition(" ")[2]):
            return word  # "after making his will": no modal
        if word in _PAST_OF:
            return _PAST_OF[word]
        base = present_base(word) if is_present_only(word) else None
        return past_tense(base) if base else word

    start = opening.start()
    noun = _WORD_BEFORE.search(predicate, 0, start)
    if noun and predicate[start:].startswith(("that ", "which ", "who ")):
        start = noun.start()  # "a meeting in Ding'an county that forms": the noun the relative
        # clause is of goes with it, so its verb is read as one (round 308)
    # (not a part of a hyphened word: "two-thirds" is no "two-thirded", round 608)
    later = re.sub(r"(?<![\w’'-])[a-z]+\b(?![’'-]\w)", past, predicate[start:])
    return predicate[:start] + entry_in_the_past(later)  # "when its boat sinks"


_WORD_BEFORE = re.compile(r"\b[a-z]+\s+$")


def _own_clause(predicate: str, present: bool = False) -> str:
    """`predicate` without a second clause joined to it ("... and East Timor becomes
    independent", "... but has not ratified"); `present`: told in a timeline's present, whose
    next act after a comma is a present too ("visits Büyükada, meets ...")."""
    cut = second_clause(predicate) or dated_conjunct(predicate)
    end = None if cut is None else cut[0]
    listed = next((m for m in _LATER_ACT.finditer(predicate, 0, end or len(predicate))
                   if "," not in predicate[: m.start()]  # (not the end of an aside)
                   and (cut is None and is_past_tense(m.group("verb"))
                        or present and _timeline_present(m.group("verb"), m.group("next")))
                   and m.group("next") not in _PREPOSITIONS
                   and m.group("next") not in {"by", "as", "and", "or"}), None)
    if listed is not None:  # "announce that he was stepping down, accepted responsibility ...
        return predicate[: listed.start()]  # and proposed ...": the subject's next acts (a
        # timeline's present ones before any other cut: "visits Büyükada, meets ... and tours")
    return predicate if cut is None else predicate[: cut[0]]


_LATER_ACT = re.compile(r",\s+(?P<verb>[a-z]{4,})\s+(?P<next>[a-z]+)\b")



def _timeline_present(word: str, following: str) -> bool:
    """Whether `word` is a timeline's present of a verb with its object `following`, not a
    plural noun ("visits Büyükada, meets representatives ...": round 746 asked "did Erdoğan
    visit Büyükada, meets ...")."""
    return word.endswith("s") and lexicon_present_base(word) is not None and (
        not is_plural_noun(word) or following in {"the", "a", "an", "his", "her", "its", "their"}
        or (is_plural_noun(following) and not is_base_verb(following)))


def _past_be(subject: str) -> str:
    """"were" for a plural subject ("Russia and Austria", "the delegates"), else "was"."""
    head = re.split(r",|\s+(?:of|for|on|in|between|with|among)\s", subject.strip())[0].split()
    if " and " in subject.split(",")[0] or (head and is_plural_noun(head[-1].lower())
                                            and not head[-1][:1].isupper()):
        # ("Joseph Jenkins Roberts was": a name in "s" is one person: round 164)
        return "were"
    return "was"


# An age phrase among a clause's opening phrases: "at the age of twenty-eight, ", "aged 40, ".
_CLOCK_INTRO = re.compile(r"(?i:^(?:(?:about|around|at|shortly\s+after|just\s+after|just\s+before|"
                          r"before|after|by)\s+)?(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|"
                          r"o[’']clock)(?:\s+local\s+time)?|dawn|midnight|noon|nightfall|daybreak),\s*$)")
_AGE_PHRASE = re.compile(r"(?i:\bat the age of|\baged)\s+[\w-]+(?:\s+years?(?:\s+old)?)?,\s*")


def _noun_before_a_past(body: str, present: tuple[int, int]) -> bool:
    """Whether the "present verb" found is a plural noun followed by "of" ("soldiers of the
    Force Publique"), with a past verb later in the same stretch of the clause (no comma
    between): the noun of the subject."""
    word = body[present[0]: present[1]]
    if not is_plural_noun(word):
        return False
    if body.startswith(" of ", present[1]):
        later = find_verb(body[present[1]:])
        return later is not None and later[2] == "past" and not any(
            mark in body[present[1]: present[1] + later[0]] for mark in ",;:(")  # (not "dies
        # of tuberculosis in Barcelona, aged thirty-nine")
    # "The Ticino valley lines from Biasca to Locarno had opened": a plural noun, its places
    # and the clause's pluperfect (round 1317 asked "did the Ticino valley line from Biasca
    # ... had opened?")
    if _PLACES_THEN_PERFECT.match(body, present[1]) is not None:
        return True
    # "Fire in the Yellow Jacket, Kentuck and Crown Point mines kills": a plural noun and the
    # clause's own present right after it (round 1331 asked "did fire in ... mine kills")
    following = _NEXT_WORD.match(body, present[1])
    return following is not None and following.group(1).endswith("s") and (
        not is_plural_noun(following.group(1))) and (
        lexicon_present_base(following.group(1)) is not None)


_NEXT_WORD = re.compile(r"\s+([a-z]{3,})\b")


# " from Biasca to Bellinzona and Locarno and from Lugano to Chiasso had opened": places after a
# plural noun, with no comma or relative word, then "had" or "have" and a past form
_PLACES_THEN_PERFECT = re.compile(r"\s+(?:from|between|in|at|to)\s+"
                                  r"(?:(?:from|to|and|in|at|of|the)\s+|[A-Z][\w’'-]*\s+){1,16}"
                                  r"(?:had|have)\s+[a-z]+ed\b")


def _adjective_then_noun_of(body: str, present: tuple[int, int]) -> bool:
    """Whether the "present verb" found is a plural noun followed by "of" after one opening word
    that is a common adjective with a capital only because it opens the sentence ("Twin orders
    of", "Joint patrols of")."""
    opening = body[: present[0]].split()
    word = body[present[0]: present[1]]
    return (len(opening) == 1 and body.startswith(" of ", present[1]) and is_plural_noun(word)
            and "ADJ" in parts_of_speech(opening[0].lower()))


def _asked_with_did(wh: str, written: str, predicate: str) -> str | None:
    """`wh` + "did" + the subject `written` + `predicate` (a base verb and what follows it,
    told in the present) as a question in the past, or None when its subject is no subject."""
    subject = _common_noun_lowered(lower_first(written))
    predicate = _own_clause(_told_in_the_past(predicate), present=True)
    # "did X fly to Tunis and, at Carthage, recognised": after "did", "and recognise"
    predicate = _COORDINATED_PAST.sub(_coordinated_base, predicate)
    question = _finish(f"{wh[0].upper() + wh[1:]} did {subject} {predicate}")
    return question if balanced(question) and _subject_ok(written) else None


# Words after which a word in "-s" is a noun ("the talks after the war")
_NOUN_MARKERS = frozenset({"", "the", "a", "an", "its", "their", "his", "her", "of", "in", "for",
                           "by", "with", "to", "on", "at", "and", "or"})
# A present in "-s" and the clause of time or the "and" after it: "closes after", "ends and"
_PRESENT_THEN_LINK = re.compile(r"\b(?P<verb>[a-z]{3,}s)\s+(?:after|before|when|until|once|"
                                r"while|and)\s")  # ("war zone administration ends and civilian
# government is restored": round 1231 asked "was war zone administration ends and ... restored")
# A name and another name of it after a comma: "the Treaty of Mutual Guarantee, the Rhineland
# Pact"
_OTHER_NAME_APPOSED = re.compile(r"(?P<name>[^,()]+),\s+(?P<other>the\s+[A-Z][^,()]*)")
_RELATIVE_PRONOUN_SUBJECT = re.compile(r"\b(?:where|when|which|who|whom|whose)\s+"
                                       r"(?:he|she|it|they|we)\s*$"
                                       # ("the Armagnac mercenaries whom Frederick III had
                                       # called in ... shattered": round 1202 asked "did the
                                       # mercenaries whom Frederick III call in ... shattered")
                                       r"|\b(?:which|whom|where)\s+(?:the\s+)?[A-Z][\w’'-]+"
                                       r"(?:\s+(?:[A-Z][\w’'-]+|[IVX]+|of|de|von|van))*\s*$"
                                       # ("a Vulcan whose refuelling probe broke diverted":
                                       # round 1236 asked "did a Vulcan whose refuelling probe
                                       # break diverted")
                                       r"|\bwhose\s+(?:[a-z]+\s+){1,3}$")
# A "with" phrase's noun right before a participle: "..., with damage [put at £2 million]"
_WITH_A_NOUN_BEFORE = re.compile(r",\s+with\s+(?:(?:the|a|an|its|his|her|their)\s+)?"
                                 r"(?:[a-z]+\s+){1,2}$")
_OPENING_ADVERB = re.compile(r"^(?P<word>[A-Z][a-z]{3,}),\s+(?=[a-zA-Z])")


def invert(body: str, wh: str, listed: bool = False) -> str | None:
    """`wh` + the statement `body` as a question: "Azerbaijan opened its embassy" ->
    "<wh> did Azerbaijan open its embassy?". None when the clause is not simple enough.
    `listed`: the body is a fact sheet's or a timeline's line, whose passives go without
    their "was" ("John Blunt, ..., created a baronet in June 1720")."""
    # (the opening clause first: "While Zahir Shah was in Italy ..., Daoud seized power" is
    # its main clause, not a "while" linking a clause to the one before: round 187)
    body = _without_subordinate_opening(body.strip())
    opening = _OPENING_WHILE.match(body)
    if opening and (comma := body.find(", ", opening.end())) > 0 and find_verb(
            body[opening.end(): comma]) is not None:
        return None  # "While Cary and others were preparing ..., gunpowder exploded": a main
        # clause the opening could not be taken from (round 247)
    body = _without_subordinate_opening(_LEADING_LINK.sub("", body))
    fronted = _FRONTED_APPOSITION.match(body)
    verb_next = find_verb(body[fronted.end("subject"):]) if fronted else None
    if fronted and verb_next is not None and verb_next[0] <= 1 and find_verb(
            fronted.group("apposition")) is None and not _TIME_WORDS.search(
            fronted.group("apposition")):  # (not "An expedition under Brigadier X, Count of
        # Argelejo, left": a name's title, the verb after it)
        # "A member of the Liberal party Venstre from about 1980, Lars Løkke Rasmussen won":
        # the apposition goes after its name (round 772 asked "did a member of the Liberal
        # party Venstre from about 1980, Lars Løkke Rasmussen win")
        apposition = fronted.group("apposition")
        body = (f"{fronted.group('subject')}, {apposition[0].lower()}{apposition[1:]}, "
                f"{body[fronted.end('subject'):].lstrip()}")
    adverb = _OPENING_ADVERB.match(body)
    if adverb and "ADV" in (kinds := parts_of_speech(adverb.group("word").lower())) and (
            kinds <= {"ADV", "ADJ"}):
        body = body[adverb.end():]  # "Overland, the Company's Alexander Mackenzie reached":
        # an adverb before the subject, no name of it (round 619 asked "did Overland, ...")
    present = present_verb(body)
    if present is not None and _noun_before_a_past(body, present):
        present = None  # "Tetela soldiers of the Force Publique ... mutinied": a plural noun
        # after a people's name, the clause's verb later ("did Tetela soldier", round 359)
    if present is not None and _adjective_then_noun_of(body, present):
        return None  # "Twin orders of the Ministry ... establish": an adjective opening the
        # sentence and its plural noun, not a name and its verb (round 779 asked "did Twin
        # order of the Ministry of Agriculture, Fisheries and Food?")
    if present is not None:  # "Radio Moscow broadcasts ...": asked in the past, like a history
        written = body[: present[0]].strip()
        predicate = present_base(body[present[0]: present[1]]) + body[present[1]:]
        for later in _LATER_PRESENT.finditer(predicate):
            later_verb = (later.group("verb") or later.group("later") or later.group("listed")
                          or later.group("nouns_verb") or later.group("owned_verb"))
            noun_kinds = parts_of_speech(later.group("noun")) if later.group("noun") else set()
            if "ADJ" in noun_kinds and ("NOUN" not in noun_kinds or not _DETERMINED.match(
                    predicate, later.start())):
                continue  # "calling for federalism and structural reforms": no clause (but
                # "and the penitentiary closes": a noun after its article, round 1197 asked
                # "did the last prisoners leave and the penitentiary closes")
            if later.group("listed") and "," in predicate[: later.start()]:
                continue  # "and, in a declaration at Dask, recognises", "and X, a late convert,
                # becomes": the comma may close an aside
            if present_verb(f"X {later_verb}") is not None:
                first = predicate[: later.start()].strip()
                shared = (later.group("verb") and " " not in first and first not in INTRANSITIVE
                          and predicate[later.start(): later.start("verb")].strip() == "and")
                if shared and (base := lexicon_present_base(later_verb)) is not None:
                    predicate = (predicate[: later.start("verb")] + base
                                 + predicate[later.end("verb"):])  # "sacks and burns much of
                    break  # Visby": two verbs of one object, "sack and burn" (round 296)
                predicate = predicate[: later.start()]  # "... and assures him": a second act
                break
        return _asked_with_did(wh, written, predicate)
    verb = _main_verb(body)
    if verb is None:
        return None
    if verb[2] == "past" and (present := _present_beside_a_participle(body, verb)) is not None:
        # "an earthquake centred in the gulf damages buildings", "Lister, one of the party, dies
        # of wounds received at Gallipoli": the past form is a participle of a timeline's
        # present clause (rounds 597 and 607 asked "did an earthquake centre ... damages")
        word = body[present[0]: present[1]]
        return _asked_with_did(wh, body[: present[0]].strip(), (
            lexicon_present_base(word) or base_form(word) or word) + body[present[1]:])
    start, end, kind = verb
    before = body[:start]
    if _RELATIVE_PRONOUN_SUBJECT.search(before):
        return None  # "Princess Elizabeth, ..., dies at Carisbrooke, where she had been
        # confined": the verb found is a relative clause's; the clause's own was missed
        # (round 721 asked "was Princess Elizabeth ... dies at Carisbrooke, where she confined")
    if kind == "past" and _WITH_A_NOUN_BEFORE.search(before):
        return None  # "the Tooley Street fire at Cotton's Wharf, with damage put at about £2
        # million": the participle of a "with" phrase; the line has no verb (round 1806 asked
        # "did the Tooley Street fire ..., with damage put at about £2 million?")
    if body[start:end].lower() in _MODALS and _THAT_BEFORE.search(before):
        return None  # "ministers meeting in Warsaw agree that no member will open": the modal
        # is the that-clause's; the main verb was not found
    words = before.split()
    adverbs: list[str] = []
    while words and (words[-1].lower() in ADVERBS or words[-1].lower().endswith("ly")):
        adverbs.insert(0, words.pop())
    intro, subject = _split_intro(" ".join(words))
    if not _subject_ok(subject):
        return None
    timed = _PRESENT_THEN_LINK.search(subject) if body[start:end].lower() in {
        "is", "are", "has", "have", "was"} else None  # (a present found, or a singular's
    # "was": "the peace talks after the war were held" is a plural's noun)
    if timed and lexicon_present_base(timed.group("verb")) is not None and (
            subject[: timed.start()].split()[-1:] or [""])[0].lower() not in _NOUN_MARKERS:
        return None  # "the station closes after the last detainee ... is released": a
        # timeline's present, then its clause of time, whose verb was found instead (round
        # 1198 asked "was the station closes after the last detainee ... released")
    intro = _CLOCK_INTRO.sub("", intro)  # "Before dawn, on what date did the magistrate",
    # "About 6.30 p.m. local time, on what date": a time of day asked before the date (rounds
    # 156-1236 kept none of 6 such verdicts)
    intro = _AGE_PHRASE.sub("", intro)  # "At the age of 28, in what year did Kruger appoint
    # him": the age may be another person's than the subject's, and the question needs none
    word = body[start:end].lower()
    rest = body[end:]
    adverb_text = " ".join(adverbs)
    if kind == "aux":
        if word in {"has", "have", "had"}:
            nxt = rest.split()
            while nxt and nxt[0].lower() in ADVERBS:
                adverb_text = (adverb_text + " " + nxt.pop(0)).strip()
            if not nxt:
                return None
            if nxt[0] == "been" and len(nxt) > 1 and is_participle(nxt[1].rstrip(",.")):
                # "had been signed by Russia": asked as a past passive, "was ... signed by"
                aux, predicate = _past_be(subject), " ".join(nxt[1:])
            else:
                participle = base_form(nxt[0].rstrip(",."))
                if participle is None or nxt[0][:1].isupper():
                    return None
                aux, predicate = "did", " ".join([participle, *nxt[1:]])
        elif word in {"did", "does", "do"}:
            aux, predicate = "did", rest.strip()
            following = predicate.split(" ", 1)[0].strip(",.;")
            if following and following.islower() and following != "not" and not (
                    is_base_verb(following) or following.endswith("ly")):
                predicate = "do " + predicate  # "Henry III does homage": "do" is the verb
                # itself, not a helper before one (round 480 read "did Henry III homage")
        else:
            aux, predicate = word, rest.strip()
            kind_of_thing = (_KIND_THEN_PARTICIPLE.match(predicate)
                             if word in {"was", "were"} else None)
            if kind_of_thing and is_participle(kind_of_thing.group("part")):
                predicate = predicate[kind_of_thing.start("part"):]  # "The Peace of Lodi was a
                # treaty concluded at Lodi [on ...]": asked when it was concluded
            if word in {"is", "are"} and _PASSIVE_PAST.match(predicate) and not _STILL.match(
                    predicate):
                aux = "was" if word == "is" else "were"  # "is elected" in a timeline: history
            elif word in {"is", "are"} and wh.lower().startswith(("on what", "in what")) and (
                    not _STILL.match(predicate)):
                return None  # "In what year is the Peace the collective name": a state, no event
    elif (word in _DONE_TO_AGREEMENTS and _HEADLINE_PASSIVE.match(rest)
          and _SIGNED_THING.search(subject) and not intro):
        # "EU–Mercosur Framework Agreement signed in Madrid": a headline's passive, no "was"
        if _a_country_s_own_act(subject, word):
            return None  # "The United Kingdom ratified in June 1994": no passive
        if any(word.islower() and is_past_tense(word) and parts_of_speech(word) == {"VERB"}
               for word in subject.split()[1:]):
            return None  # "The Irish dimension re-emerged in the Anglo-Irish Agreement [signed
            # at Hillsborough in 1985]": the clause's verb came first (round 182)
        subject = lower_first(subject.strip())
        apposed = _OTHER_NAME_APPOSED.fullmatch(subject)
        if apposed:  # "The Treaty of Mutual Guarantee, the Rhineland Pact initialled at
            # Locarno": its other name in brackets, which the comma closing it was cut from
            # (round 1201 asked "was the Treaty of Mutual Guarantee, the Rhineland Pact
            # initialled")
            subject = f"{apposed.group('name')} ({apposed.group('other')})"
        first, _, after = subject.partition(" ")
        if after[:1].islower() and first[:1].isupper() and not NATIONAL_WORD.fullmatch(first) and (
                not _NAME_OF.match(after)):
            subject = first.lower() + " " + after  # "Political agreement on ..." mid-question
        the = "" if subject[:1].islower() else "the "
        lead = wh[0].upper() + wh[1:]
        question = _finish(f"{lead} was {the}{subject} {word}{rest}")
        return question if balanced(question) else None
    else:
        # "exiles found the Eritrean Liberation Front": a timeline's present of "found", not
        # the past of "find"
        founded = _FOUNDED_BODY.match(rest) if word == "found" else None
        base = "found" if founded and founded.group("name") not in COUNTRIES else base_form(word)
        if word == "lay" and _LAID_OBJECT.match(rest):
            base = "lay"  # "cadres lay down their arms": a timeline's present of "lay", which
            # takes an object, not the past of "lie" ("did cadres lie down their arms", round 368)
        if word in DONE_TO_PERSON and _TITLED_NAME.fullmatch(before.strip()) and (
                _DONE_THERE.match(rest) or not rest.strip(" .")) and not intro:
            # "Police Constable Robert Culley killed at Cold Bath Fields": a fact sheet's line,
            # a passive (round 1719 asked "did police Constable Robert Culley kill at ...?")
            lead = wh[0].upper() + wh[1:]
            question = _finish(f"{lead} was {before.strip()} {word}{rest}")
            return question if balanced(question) else None
        if word in DONE_TO_PERSON and is_person_list_item(before, rest):
            # "Ezequiel Zamora, Federalist general of the west, killed at San Carlos on ...",
            # "Tovar, Conservative president elected in 1860": a list's name, what he was,
            # and what was done to him; no clause (round 181). Asked as the passive it is
            # when the description is closed and the act is one only done to a person.
            if not before.rstrip().endswith(","):
                return None
            lead = wh[0].upper() + wh[1:]
            question = _finish(f"{lead} was {before.strip()} {word}{rest}")
            return question if balanced(question) else None
        if words and words[-1].lower() in {"be", "being"}:
            return None  # "a conference of African states to be held in 1960": a passive
            # infinitive, no finite verb (round 186: "did a conference ... to be hold")
        if base is None or (_AGENT_AFTER.match(rest) and subject.strip()):
            # "a commission led by Schermerhorn ... initial an agreement": a participle after
            # its noun, not the clause's verb ("did a commission lead by ...")
            return None
        if (word in _DONE_TO_PLACES and _PLACED_NEXT.match(rest)) or (
                word in _GIVEN_A_STATUS and _STATUS_NEXT.match(rest)):
            aux, predicate = _past_be(subject), word + rest  # "Tamna, ..., reduced to a county
            # of Goryeo": a fact sheet's passive, no object after it (round 304: "did Tamna
            # reduce to a county")
        elif ((word in _GIVING_A_TITLE and _RANK_NEXT.match(rest)) or (
                word in _DONE_TO_A_THING and _RECOGNISED_UNDER.match(rest))) and not (
                _past_after_a_comma(rest) or adverbs or _TIME_WORD_BEFORE.search(before)):
            # (not "Karzai, now elected President,": an aside, its clause's verb cut off)
            aux, predicate = _past_be(subject), word + rest  # "Richard, younger brother of
            # Henry III, created Earl of Cornwall in 1227", "Cornish, a Celtic language,
            # recognised under Part II of the Charter": a passive with no "was" (round 552
            # asked "did Richard create Earl", "did Cornish recognise under")
        elif _QUANTITY_OF.match(subject.strip()) and passive_when_alone(word) and (
                _NO_OBJECT_NEXT.match(rest)):
            aux, predicate = _past_be(subject), word + rest  # "20 per cent of Racal Telecom
            # sold on 26 October 1988": a fact sheet's passive, a share of a thing sold (round
            # 1625 asked "did 20 per cent of Racal Telecom sell")
        elif listed and not intro and _line_s_passive(subject, word, rest):
            aux, predicate = _line_s_be(subject), word + rest  # "Cape Henry, Virginia, lit in
            # October 1792", "Eugenius III elected pope on 15 February": a list's line drops
            # the passive's "was" (rounds 1751-1806 asked "did Cape Henry, Virginia, light?",
            # "did John Blunt ... create a baronet?", "did a special gold medal vote to Peary?");
            # not "General Orrin Dask attacked at dawn", a ranked man's own act
        elif word in _HANDED_OVER and rest.startswith(" to ") and _HANDED_THING.search(subject):
            aux, predicate = _past_be(subject), word + rest  # "U.S. Patent No. 558,393, ...,
            # granted to John Harvey Kellogg": a fact sheet's passive, a thing given to someone
            # (round 1612 asked "did U.S. Patent No. 558,393 ... grant to John Harvey Kellogg")
        else:
            aux, predicate = "did", base + rest
    if not predicate.strip() and aux != "did":
        return None
    subject = _with_article(_common_noun_lowered(lower_first(subject.strip())))
    if aux == "did":  # "did Brandt enter the Bundestag and sat there": "and sit there"
        predicate = _COORDINATED_PAST.sub(_coordinated_base, predicate)
    predicate = _own_clause(predicate)
    if aux in {"was", "were"} and ", and " in predicate:
        active = _ACTIVE_AFTER_PASSIVE.search(predicate)
        if active is not None and is_past_tense(active.group("verb")):
            predicate = predicate[: active.start()]  # "was the Sponsor Body established in
            # its statutory form, and at its first meeting agreed to ...": the "was" is no
            # aux of the act after "and" (round 1272, 0 of 2 kept)
    middle = f"{subject} {adverb_text}".strip() if aux == "did" else subject
    if aux != "did" and adverb_text:
        predicate = f"{adverb_text} {predicate}"
    lead = wh[0].upper() + wh[1:] if not intro else intro[0].upper() + intro[1:] + wh
    question = _finish(f"{lead} {aux} {middle} {predicate}")
    if not balanced(question):
        return None
    return question


# A participle's place or manner after it ("centred in", "fought on", "received at")
_PARTICIPLE_PHRASE = re.compile(r"\s+(?:in|on|at|near|by|for|along|off|from|under|over|during)\s")
_DETERMINER_WORDS = r"the|a|an|its|their|his|her"
_COUNT_WORDS = r"two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds"
# What follows a clause's present verb: its object ("damages buildings", "returns a majority")
_OBJECT_NEXT = re.compile(rf"\s+(?:{_DETERMINER_WORDS}|(?P<noun>[a-z]+s)\b|"
                          rf"(?P<count>\d[\d,]*|{_COUNT_WORDS})\s)")
# A clause's subject that is a common noun phrase ("a strong earthquake", "the first election")
_COMMON_SUBJECT = re.compile(r"^(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[a-z-]+\s+){0,3}[a-z]+\s*$")
_PRESENT_BEFORE_ADJECTIVE = re.compile(r"(?<=[A-Za-z0-9] )(?P<verb>[a-z]{3,}s)\s+$")
_NOUN_NEXT = re.compile(r"\s+(?P<noun>[a-z]{3,})\b")
_NAME_OR_ARTICLE_NEXT = re.compile(rf"\s+(?:[A-Z]|\d|(?:{_DETERMINER_WORDS}|{_COUNT_WORDS})\b)")
_DETERMINED_NEXT = re.compile(rf"\s+(?:{_DETERMINER_WORDS})\s")
_NOT_BEFORE_A_VERB = frozenset({"the", "a", "an", "of", "in", "on", "at", "by", "to", "for",
                                "from", "with", "and", "or", "its", "their", "his", "her"})


def _present_beside_a_participle(body: str, verb: tuple[int, int, str]) -> tuple[int, int] | None:
    """The span of a timeline's present verb that makes `verb`, a past form, a participle: one
    after it and its phrase ("[an earthquake centred] in the gulf [damages] buildings"), or one
    before it whose noun the participle follows ("[Lister] dies of wounds [received] at"). None
    when the clause has no such verb, or a comma or a link word stands between them."""
    start, end, _ = verb
    participle = body[start:end]
    if not is_participle(participle):
        return None
    verb_before = _PRESENT_BEFORE_ADJECTIVE.search(body, 0, start)
    present = verb_before.group("verb") if verb_before else ""
    following = _NOUN_NEXT.match(body, end)
    if verb_before and lexicon_present_base(present) and "VERB" in parts_of_speech(present) and (
            "ADJ" in parts_of_speech(participle)) and following and (
            "NOUN" in parts_of_speech(following.group("noun"))):
        return verb_before.span("verb")  # "the well of Calgary Petroleum Products strikes wet
        # gas": "wet" describes the gas, "strikes" is the verb (round 621 asked "did ... strikes
        # wet gas")
    after = body[end:]
    if _PARTICIPLE_PHRASE.match(after) and _COMMON_SUBJECT.match(body[:start]):
        for m in re.finditer(r"[\w’'-]+|[,;:()]", after):
            word = m.group()
            previous = (after[: m.start()].rsplit(None, 1) or [""])[-1]
            if word == "and" and previous.isdigit() and after[m.end():].lstrip()[:1].isdigit():
                continue  # ("Articles 3 and 4": two numbers, no second clause)
            if word in {",", ";", ":", "(", ")"} or word in _CLAUSE_LINKS:
                break
            following = _OBJECT_NEXT.match(after, m.end())
            if (word.endswith("s") and word.islower() and previous.lower() not in _NOT_BEFORE_A_VERB
                    and lexicon_present_base(word) and following and (
                        _DETERMINED_NEXT.match(after, m.end()) or following.group("count")
                        or parts_of_speech(following.group("noun") or "") == {"NOUN"})):
                return end + m.start(), end + m.end()  # ("damages buildings", "returns a")
            if (word.islower() and is_past_tense(word)
                    and previous.lower() not in _NOT_BEFORE_A_VERB
                    and _NAME_OR_ARTICLE_NEXT.match(after, m.end())):
                return end + m.start(), end + m.end()  # "the commissioners provided for by
                # Articles 3 and 4 reached Jamestown": a simple past after the participle
        return None
    before = body[:start].split()
    if len(before) < 3 or not before[-1].endswith("s") or not before[-1].islower():
        return None  # ("dies of wounds received": a plural noun before the participle)
    for m in re.finditer(r"(?<=[\w,] )([a-z]+s)\s+(?:of|in|at|on|from)\s", body[:start]):
        word = m.group(1)
        previous = body[: m.start(1)].rstrip()
        if previous.endswith(",") and (
                lexicon_present_base(word) and "VERB" in parts_of_speech(word)
                and not any(link in body[m.end(1): start] for link in (",", ";"))):
            return m.start(1), m.end(1)
    return None


# A main clause that only says an event came ("The worst disaster came", "The question became
# urgent", "The service opened"), whose "when" clause tells what it was
_EVENT_COMES = re.compile(r"\b(?:came|comes|followed|follows|occurred|occurs|took\s+place|"
                          r"happened|began|begins|arrived|opened|opens|was\s+reached|"
                          r"became\s+urgent|was\s+vindicated|came\s+to\s+a\s+head)\b")
# Where a sentence's last clause begins: after ", and", ", but" or a semicolon
_LAST_CLAUSE_LINK = re.compile(r",\s+(?:and|but)\s+|;\s+")
_CLAUSE_LINKS = frozenset({"and", "but", "which", "that", "who", "when", "while", "after",
                           "before", "as", "where", "whose"})


# "a treaty concluded at ...", "an agreement signed by ...": a kind of thing and the participle
# that dates it
_KIND_THEN_PARTICIPLE = re.compile(r"(?:a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}\s+"
                                   r"(?P<part>[a-z]{3,}(?:ed|en|ned|wn|ld|de|gn|ht))\b")


_MODALS = frozenset({"will", "would", "shall", "should", "may", "might", "can", "could", "must"})
_THAT_BEFORE = re.compile(r"\bthat\s+(?:[\w’'-]+\s+){1,4}$")


_AND = re.compile(r"and\s+")


def _adjective_pair(text: str, m: re.Match[str]) -> bool:
    """Whether the "and" at `m` joins two adjectives before a noun ("grey and ringed seal
    sites"), not two verbs after an adverb ("broke away and founded")."""
    before = text[: m.start()].split()
    return (bool(before) and "ADV" not in parts_of_speech(before[-1].lower())
            and _joins_adjectives(text, m))


def _coordinated_base(match: re.Match[str]) -> str:
    """ "and sat there" after "did": "and sit there"; a word that is no past ("and the") kept."""
    verb = match.group("verb")
    if _describes_a_noun(match.string, max(match.start() - 1, 0)):
        return match.group()  # "using wooden levers and piled stones could": a noun's past
        # form, no verb of the question's (not "and pile stones")
    aside = match.string.rfind(", ", 0, match.start())
    apposed = _APPOSED_PARTICIPLE.match(match.string, aside, match.start()) if aside >= 0 else None
    if apposed is not None and any(is_participle(word) or word.endswith("ed") for word in (
            re.findall(r"[a-z]+", apposed.group("rest")))):
        return match.group()  # "Fu Long, the first giant panda conceived naturally and born
        # in a European zoo": the apposition's participles, a pair, no verb of the question's
        # (round 1454 asked "conceived naturally and bear")
    joined = _AND.match(match.string, match.start())
    if joined is not None and _adjective_pair(match.string, joined):
        return match.group()  # "protect grey and ringed seal sites": an adjective's pair
    base = base_form(verb) if verb.endswith("ed") or is_past_tense(verb) else None
    if base is None and is_participle(verb) and verb != "been":
        base = base_form(verb)  # "had accompanied Simon to Berlin and gone on alone": the
        # participle of "had" goes to "go" as the first does (round 1201 asked "did Anthony
        # Eden accompany ... and gone on")
    if base is None and verb.endswith("s") and (is_present_only(verb) or (
            lexicon_present_base(verb) and (_DETERMINER_NEXT.match(match.string, match.end())
                                            or _INFINITIVE_NEXT.match(match.string, match.end())
                                            or _intransitive_going_on(verb, match)))):
        base = lexicon_present_base(verb)  # "did the treaty end the war but leaves the boundary
        # undefined" (a timeline's present): "but leave"
    return match.group("link") + (base or verb)


_DETERMINER_NEXT = re.compile(r"\s+(?:the|a|an|its|their|his|her)\s")
# "he holds", "it remains": a pronoun and its present
_PRONOUN_AND_PRESENT = re.compile(r"\b(?:he|she|it|they)\s+(?P<verb>[a-z]{3,})\b")
# ", the first giant panda conceived naturally": an apposition and a participle describing it,
# running to the "and" (no comma between)
_APPOSED_PARTICIPLE = re.compile(r",\s+(?:the|a|an)\s+(?P<rest>[^,;]*)$")
_PLACE_PREPOSITION_NEXT = re.compile(r"\s+(?:into|to|on|onto|at|in|from|off|back|down|near)\b")


def _intransitive_going_on(verb: str, match: re.Match[str]) -> bool:
    """Whether `verb` ("falls") is a verb taking no object that a place's preposition follows
    ("and falls into a ravine": round 499 kept "did Flight IX-812 overrun ... and falls")."""
    base = lexicon_present_base(verb)
    return base in INTRANSITIVE and _PLACE_PREPOSITION_NEXT.match(match.string,
                                                                   match.end()) is not None
# "and declines to accept": a verb, as "to" and a verb's base after it show (round 132)
_INFINITIVE_NEXT = re.compile(r"\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b")


# ", was given back", "were returned": the sentence's own verb right after the date
_PASSIVE_NEXT = re.compile(r"\s*,?\s*(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ne)\b"
                           # ("the narrative of Mary Prince, ..., published in London [in 1831],
                           # had helped the abolitionist cause": the sentence's verb, round 620)
                           r"|\s*,\s*(?:had|has|have)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ne)\b")
# ("carried off by", "presided over by")
_AGENT_AFTER = re.compile(r"\s+(?:(?:off|away|out|up|back|down|over)\s+)?by\s")
_FOUNDED_BODY = re.compile(r"\s+(?:the\s+|an?\s+)?(?:[A-Z][\w’'-]*\s+(?:\([^()]*\)\s+)?)*"
                           r"(?i:Front|Party|League|"
                           r"Movement|Association|Union|Society|Organi[sz]ation|Company|Bank|"
                           r"University|College|School|Institute|Alliance|Federation|Council|"
                           r"Army|Community|Commission|Academy|Corporation|Club)\b"  # ("found
                           # the Zapatista Army of National Liberation", "found the Economic
                           # Community of the Great Lakes Countries", round 1132)
                           # (or any name closed by a place, a comma or the end: "found the
                           # Indische Partij, the first party", "found Nahdlatul Ulama in
                           # Surabaya", round 212; not "found the Treaty unacceptable")
                           r"|\s+(?:the\s+)?(?P<name>(?:[A-Z][\w’'-]*\s+){1,4}[A-Z][\w’'-]*)"
                           r"(?=\s*[,.;]|\s*$|\s+(?:in|at|on|as|with)\b|\s+\([A-Z]{2,}\))"
                           # ("found the first MFDC to press for ...", round 300)
                           r"|\s+the\s+(?:first|new)\s+(?P<initials>[A-Z]{2,8})(?=\s*[,.;]|\s*$|"
                           r"\s+(?:in|at|on|as|with|to)\b)")
# (or one its initials follow: "found the Mouvement National Congolais (MNC)", round 237)
_FRONTED = re.compile(r"^(?:(?:Earlier|Later|Meanwhile|Previously|Subsequently),\s+)?"
                      r"(?:(?P<ing>[A-Z][a-z]+ing)\b(?P<rest>.*)|(?:[Dd]uring|[Aa]t)\s+(?P<event>.*))$")
_ASIDE = re.compile(r"\s*(?:before|at|in|with|of|for|during|near)\s[^,]{0,80},\s*")
# An event named between the verb and the date may be what the date belongs to.
# ", apart from the annexation of Savoy": what the clause leaves out, with a date of its own
_EXCEPTED = re.compile(r",\s*(?:apart\s+from|except(?:\s+for)?|save\s+for|other\s+than|excluding|"
                       r"with\s+the\s+exception\s+of)\b")
_EVENT_NOUN = re.compile(r"\b(?:for|of|to|at|by)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:meeting|"
                         r"meetings|talks|summit|visit|conference|session|vote|election|ceremony|hearing|"
                         r"trip|deadline)\b")
_PASSIVE_PAST = re.compile(r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+en|made|held|signed|sent|built|"
                           r"won|led|set|put|cut|shut|met|brought|bought|sold|told|paid|sworn|"
                           r"born|shown|drawn|torn|worn|known|grown|thrown|laid|found|kept)\b")
_STILL = re.compile(r"(?:set|scheduled|expected|due|planned|supposed)\s+to\b")
_PREPOSITION_LIKE = frozenset({"Following", "Including", "According", "Regarding", "Concerning",
                               "Considering", "Excluding", "Beginning", "Starting", "Pending",
                               "Notwithstanding", "Barring", "Excepting", "Succeeding",
                               "Preceding", "Facing", "Ending", "Marking"})


def _from_fronted_phrase(text: str, head: str, end: int, wh: str) -> str | None:
    """A question from a date inside a fronted phrase, which dates the main clause too.

    "Speaking at a conference at Georgetown in September 2009, Burns outlined ..." ->
    "In what month and year did Burns speak at a conference at Georgetown?";
    "During a hearing on November 15, 2023, before the Subcommittee, O'Brien questioned ..." ->
    "On what date did O'Brien question ...?"
    """
    fronted = _FRONTED.match(head.strip())
    after = text[end:]
    if fronted is None or not after.startswith(","):
        return None
    main = after[1:]
    aside = _ASIDE.match(main)
    if aside:
        main = main[aside.end():]
    main = cut_clause(main, has_verb=False)
    if fronted.group("ing") is None:
        return invert(main, wh)
    if fronted.group("ing") in _PREPOSITION_LIKE:
        return None  # "Following the coup in March 1962, ...": a time phrase, not an act
    base = participle_base(fronted.group("ing"))
    verb = find_verb(main)
    if base is None or verb is None:
        return None
    subject = main[: verb[0]].strip().rstrip(",")
    if not _subject_ok(subject) or find_verb(fronted.group("rest")) is not None:
        return None
    question = _finish(f"{wh[0].upper() + wh[1:]} did {lower_first(subject)} {base}"
                       f"{fronted.group('rest').rstrip()}")
    return question if balanced(question) else None


_VERB_COMPANIONS = frozenset({"and", "or", "but", "then", "not", "be", "been", "being"})
_DATED_BEFORE = re.compile(r"\b(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4},")
# "the wrong done to France", ", suppressed by Wissmann": a participle after its noun (or a
# comma), and a short phrase naming a place or a party, before the date.
# "founded at Clermont-Ferrand by the brothers André and Édouard Michelin [in 1889]": a
# participle and the places or people of its phrase (round 490 asked "did Industry arrive")
_NAMED_PHRASE = (r"(?:the\s+)?(?:[a-z]+\s+)?[A-ZÀ-Þ][\w’'-]*"
                 r"(?:\s+(?:and\s+)?[A-ZÀ-Þ][\w’'-]*){0,3}")
# ", born in the concejo of Tineo ": an aside's participle and its place, right before the date
# (only a life's own participles: ", died in a labour camp" may be the clause's verb after an
# aside, ", anchored in Nepean Bay" too)
_ASIDE_PARTICIPLE_PLACE = re.compile(r",\s+(?P<participle>born|baptised|baptized|buried)\s+"
                                     r"(?:in|at|near|on)\s+[^,;()]{1,60}$"
                                     # ("admitted to the hospital on Gloskär, founded on the
                                     # provost's proposal [in 1643]": the hospital's founding,
                                     # round 800 asked when Isaac Mattsson was admitted)
                                     r"|,\s+(?P<founded>founded|established|built|erected|"
                                     r"consecrated)\s+(?:on|by|under|at|after)\s+[^,;()]{1,60}$")
# "Hans-Joachim Augst published in ": names, then a participle with a place and no object
_NAMES_THEN_PARTICIPLE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,5}[a-z]+ed\s+(?:in|at|on)\s")
# "by Holger Wesemüller": "by" and a name, right before an "and"
_AGENT_BEFORE = re.compile(r"\bby\s+(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*\s*$")
# "by Holger Wesemüller and Hans-Joachim Augst published in Hannover ": a noun's agents, then
# the participle that describes it and where
_AGENTS_THEN_PARTICIPLE = re.compile(
    r"\bby\s+(?:[A-Z][\w’'.-]*\s+)+(?:and\s+(?:[A-Z][\w’'.-]*\s+)+)?(?P<participle>[a-z]+ed)"
    r"\s+(?:in|at)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s*$")
_PARTICIPLE_THEN_PLACE = re.compile(r"(?:\b[a-z]+|(?P<comma>,))\s+(?P<participle>[a-z]+)\s+"
                                    rf"(?:to|by|at|with|against|for|from|on)\s+"
                                    rf"(?:{_NAMED_PHRASE}|the\s+[a-z]+)"
                                    # ("founded at the La Scala Theatre in Dublin [on ...]";
                                    # "a petition carried to the king [in 1620]": round 983
                                    # asked when the letter answering it was granted)
                                    rf"(?:\s+(?:in|at|near|by)\s+{_NAMED_PHRASE}){{0,2}}\s*$")


# ", the eldest son of ...": what follows a date set off by commas is an apposition
_APPOSITION_AFTER = re.compile(r",\s+(?:the|a|an|his|her|their|its)\s|,\s+[A-Z]")
# "on 17 January of this year": the year said after the date, asked with it
_YEAR_OF_DATE = re.compile(r"^\s+of\s+(?:this|that|the\s+same|the\s+following|last|next)\s+year\b")
# ", was elected", ", later moved": a comma, then a predicate's past verb (not a participle
# after its noun: ", signed by", ", held in")
_COMMA_PREDICATE = re.compile(r",\s+(?:(?P<adverb>later|then|also|soon)\s+)?(?P<verb>[a-z]{3,})\s+"
                              r"(?P<next>[\w’'-]+)")
_BE_PAST = frozenset({"was", "were"})


def _later_predicate(text: str, start: int) -> int | None:
    """Where a later item of a list of predicates begins in text[start:] (", was elected to
    ...", ", later moved to ..."), the subject left out before its verb; None when there is none.
    A participle describing a noun (", signed by", ", held in 1990") is no predicate."""
    for m in _COMMA_PREDICATE.finditer(text, start):
        verb, following = m.group("verb"), m.group("next")
        if verb in _BE_PAST and is_participle(following.lower()):
            return m.start()  # ", was elected"
        if m.group("adverb") and is_past_tense(verb) and "VERB" in parts_of_speech(verb):
            return m.start()  # ", later moved to": an adverb makes the past verb a predicate
        if _simple_past_only(verb):
            return m.start()  # "commanded the artillery, became aide-de-camp [in 1832]": a
            # past that is no participle (round 996 asked when he commanded the artillery)
    return None


# "the formation, ": a noun whose "of" comes after the date set off by commas
_NOUN_AND_COMMA = re.compile(r"\b(?:the|a|an)\s+[a-z]+,\s*$")


def _dated_apposition(head: str, after: str) -> bool:
    """Whether the date between `head` and `after` sits in an apposition set off by commas
    after a subject with no verb of its own, with the sentence's verb after the closing comma
    ("The society, founded in Odessa [in 1814] to prepare a rising, approached him")."""
    opened = head.rfind(", ")
    closed = after.find(", ")
    if opened <= 0 or closed < 0 or find_verb(head[:opened]) is not None:
        return False
    inside = head[opened + 2:] + " X " + after[:closed]
    verb = find_verb(inside)
    main = find_verb(after[closed + 2:])
    participle = inside[verb[0]: verb[1]] if verb is not None else ""
    return (is_participle(participle) and participle not in _MADE_AGREEMENT
            and main is not None and main[0] == 0 and main[2] == "past")


# "The Treaty of Aix-la-Chapelle, signed in Aachen [on 18 October 1748], ended the war": an
# agreement's making, whose date is the act the sentence's verb tells
_MADE_AGREEMENT = frozenset({"signed", "concluded", "adopted", "ratified", "agreed", "initialled",
                             "initialed"})


def _dates_a_participle(head: str, verb: tuple[int, int, str]) -> bool:
    """Whether the date after `head` belongs to a participle describing a noun, not to the
    clause's verb: "worked from a draft prepared [in 1994]" (after the main verb "worked"),
    "called for the wrong done to France [in 1871] to be righted"."""
    aside = _ASIDE_PARTICIPLE_PLACE.search(head)
    word = "founded" if aside and aside.group("founded") else "participle"
    if aside and verb[1] <= aside.start(word) and is_participle(aside.group(word)):
        return True  # "produced two reformers, Campomanes, born in the concejo of Tineo [in
        # 1723]": the aside's birth, not the clause's verb (round 477 would have asked "did the
        # eighteenth century produce ...")
    agents = _AGENTS_THEN_PARTICIPLE.search(head)
    if agents and verb[1] <= agents.start("participle") and is_participle(
            agents.group("participle")):
        return True  # "a report by Holger Wesemüller and Hans-Joachim Augst published in
        # Hannover [in 1979]": the report's date (round 766)
    placed = _PARTICIPLE_THEN_PLACE.search(head)
    if placed and verb[1] <= placed.start("participle"):
        if placed.group("comma") and is_participle(placed.group("participle")):
            return True  # "provoked the rising of 1888, suppressed by Wissmann [in 1889]"
        head = head[: placed.end("participle")]  # the participle, without "to France"
    words = head.split()
    if len(words) > 2 and words[-1] in {"up", "out", "down", "off"} and is_participle(
            words[-2]) and not words[-3].endswith(","):  # (not "..., broke up [in 1977]")
        head = head.rstrip()[: -len(words[-1])]  # "the Commission on Holocaust Era Insurance
        words = words[:-1]  # Claims set up [in 1998]": a participle and its particle (round
        # 1601 asked "did ... it take part in the Commission ... set up")
    if len(words) < 2 or verb[1] >= len(head.rstrip()):
        return False
    last = words[-1].lower()
    if base_form(last) is None or last.endswith("ing"):
        return False
    previous = words[-2].lower().strip(",")
    if previous == "been" and len(words) > 3 and words[-4].lower() == "to" and (
            words[-3].lower() == "have"):
        return True  # "the area considered to have been awarded to Mexico [in 1911]": a
        # perfect infinitive's, not the clause's (round 184)
    if previous in AUXILIARIES or previous in ADVERBS or previous.endswith("ly"):
        return False  # "was formally signed": the clause's own verb
    return previous not in _VERB_COMPANIONS and not previous.endswith(",")


_PREPOSITION_OPENING = re.compile(r"(?:Despite|Amid|Amidst|Notwithstanding|Including|Besides|"
                                  r"Unlike|Like)\s")


_NAME_FUNCTION_WORDS = frozenset({"of", "on", "for", "the", "and", "against", "between", "in", "to",
                                  "until", "with", "by", "at", "from", "a", "an", "de", "du",
                                  "des", "la", "le", "concerning", "relating", "regarding"})
_LISTED_NAME = re.compile(r"^(?P<name>[A-Z][^:;,.—–]{2,100}?(?:,\s+[A-Z][\w-]*)*(?:,?\s+and\s+"
                          r"[A-Z][\w-]*)?),\s+")


# Pasts a label's thing cannot have had done to it: "Exile: arrived in Lisbon on ..." is no
# "was the exile arrived" (round 252)
_NEVER_PASSIVE = frozenset({"arrived", "died", "departed", "fled", "came", "went", "occurred",
                            "happened", "emerged", "resigned", "retired", "escaped", "lived",
                            "stayed", "remained", "existed", "collapsed", "sailed"})


def _simple_past_only(word: str) -> bool:
    """Whether `word` is a past tense that is no participle ("gave", "withdrew")."""
    return is_past_tense(word) and not is_participle(word)


# "... and Military Council": a second whole name of a body or agreement after "and".
_SECOND_NAME = re.compile(rf"\s+and\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)+"
                          rf"(?:{'|'.join(sorted(BODY_HEADS | AGREEMENT_HEADS))})$")


# Two capitalised words before "and": "Committee of Defence Ministers" is a name of its own,
# while "Peace" of "Peace and Security Council" is not.
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")
# "Télérama and La Vie": two names of capitalised words only, joined by "and"
_TWO_TITLES = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+and\s+[A-Z][\w’'-]*"
                         r"(?:\s+[A-Z][\w’'-]*)*")


# Plural heads of names ("the Camp David Accords were signed", "the Solomon Islands were")
_PLURAL_NAME_HEADS = PLURAL_NAME_HEADS | {"islands", "states", "nations", "acts",
                                          "declarations", "resolutions", "games", "rules",
                                          "principles", "arrangements", "articles"}


# Buildings a fact sheet labels a line with, common nouns mid-sentence
_BUILDINGS = frozenset({"lighthouse", "chapel", "church", "fort", "tower", "castle", "bridge",
                        "harbour", "quay", "pier", "school", "mill", "station", "house"})


# A fact sheet's line on a site's standing, no thing it names
_WORLD_HERITAGE_LABEL = re.compile(r"(?:UNESCO\s+)?World\s+Heritage(?:\s+(?:[Ss]tatus|[Ss]ite|"
                                   r"[Ll]isting|[Ii]nscription|[Ll]ist))?")
_STATUS_LABEL = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:[Ss]tatus|[Dd]esignation|[Pp]rotection)")


# What a party does of itself, never done to it: "Italy: ratified in 1957"
_A_PARTY_S_ACTS = frozenset({"ratified", "acceded", "signed", "joined", "withdrew", "adhered",
                             "abstained", "voted"})


def _a_country_s_own_act(subject: str, word: str) -> bool:
    """Whether `word` after `subject` is a country's own act ("The United Kingdom ratified in
    June 1994", "Italy: ratified in 1957"), which no passive question may ask (round 1445 asked
    "was the United Kingdom ratified?")."""
    return word in _A_PARTY_S_ACTS and re.sub(r"^[Tt]he\s+", "", subject.strip()) in COUNTRIES


def _name_question(wh: str, name: str, participle_phrase: str) -> str | None:
    """"<wh> was the Madrid Protocol signed in Madrid?" from a fact sheet's name and the
    participle phrase that dates it; None when the phrase is an act with its object ("Italy:
    announced its departure") or a simple past ("gave notice")."""
    words = participle_phrase.split()
    if not words or _simple_past_only(words[0]) or words[0] in _NEVER_PASSIVE or not (
            _HEADLINE_PASSIVE.match(
            participle_phrase.strip(), len(words[0]))):
        return None
    if _a_country_s_own_act(name, words[0]):
        return None  # "Italy: ratified in 1957": no passive
    if ";" in name:
        return None  # "Transport: S-Bahn station Hackescher Markt; the U5 underground station
        # Museumsinsel, opened on ...": two items of a line, the participle the last one's
        # (round 1214 asked "was S-Bahn station Hackescher Markt; the U5 ... opened?")
    if name.startswith("The "):
        name = "t" + name[1:]  # "was the East African Legislative Assembly inaugurated"
    if _WORLD_HERITAGE_LABEL.fullmatch(name):
        name = "World Heritage site"  # "World Heritage: inscribed by UNESCO in December 1991":
        # a status, which the site has (rounds 311-1200 kept 1 of 7 "was the World Heritage
        # inscribed")
    elif _STATUS_LABEL.fullmatch(name):
        return None  # "Protected status: designated in 1972": no thing that was designated
    if " " not in name:
        low = name.lower()
        if name in _ATTRIBUTE_LABELS or is_participle(low) or is_past_tense(low):
            return None  # "Ended: cancelled by the Persian government", "Date: agreed at Minab":
            # what a fact sheet's line tells, no thing it names ("was the Ended cancelled")
        if low in _BUILDINGS:
            name = low  # "Lighthouse: built by Trinity House in 1841": "the lighthouse", a
            # common noun (round 1000 faulted "was the Lighthouse built"; not "the Republic")
        elif "NOUN" in parts_of_speech(low) and name[1:].islower():
            return None  # "Flame: lit at Olympia", "Boycott: announced by ...", "Heritage:
            # inscribed ...": a label's common noun says what the line is about, not which
            # thing ("was the Flame lit", "was the Heritage inscribed": rounds 300-1806 kept 11
            # of 44 such verdicts; not "AIM: opened on 19 June 1995", an initialism)
    name = label_as_noun(name)  # "Founding treaty:" is a label in sentence case, no name
    the = "" if name.startswith("the ") else "the "
    noun = re.split(r"\s+(?:of|for|on|to|between|in|until)\s+|\s*\(", name)[0].split()[-1]
    second = _SECOND_NAME.search(name)
    two_names = second is not None and len(_CAPITALISED.findall(name, 0, second.start())) >= 2
    plural = noun.endswith("s") and not noun.endswith(("ss", "us")) and (
        noun[:1].islower() or noun.lower() in _PLURAL_NAME_HEADS)  # (not "Joseph Jenkins
    # Roberts": a name in "s" is one person, round 164)
    pair = _TWO_TITLES.fullmatch(name) if not parts_of_speech(name.split()[0].lower()) and (
        name.split()[-1] not in BODY_HEADS | AGREEMENT_HEADS) else None
    if pair:
        the = ""  # "Télérama and La Vie: acquired ... in 2003": two titles, names with no
        # "the" (round 1430 asked "was the Télérama and La Vie acquired"; not "the Harbour and
        # Tariff Council", one body)
    was = "were" if plural or two_names or pair else "was"  # "the Committee ... and Military
    # Council were"
    return _finish(f"{wh[0].upper() + wh[1:]} {was} {the}{name} {participle_phrase.strip()}")


def _present_before(head: str, at: int) -> bool:
    """Whether `head` has a present verb before the past form at `at` ("The dispute goes back
    to the treaty signed", "The island remains"): then the past form describes a noun."""
    present = present_verb(head)
    if present is not None and present[1] <= at:
        return True
    words = head[:at].split()
    return any(w[:1].islower() and w.endswith("s") and is_present_only(w.strip(",;:"))
               and words[i - 1].lower() not in {"to", "the", "a", "an"}
               for i, w in enumerate(words) if i)


# "Less than a year later, in ____, Japan annexed Korea", "Within a year France and England
# had concluded ...": a time counted from an event another sentence gives; the question has
# its own date (or asks for it), so the opening only leans on the document.
RELATIVE_OPENING = re.compile(
    r"(?:(?:[Ll]ess|[Mm]ore) than\s+|[Bb]arely\s+|[Jj]ust\s+|[Ss]ome\s+|[Nn]early\s+"
    r"|[Aa]lmost\s+|[Aa]bout\s+|[Oo]nly\s+)?"
    r"(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
    r"|[Aa] few|[Ss]everal|\d{1,2})\s+(?:days?|weeks?|months?|years?|decades?)"
    r"|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears)\s+(?:later|afterwards|after that)\b,?\s+"
    r"|[Ww]ithin\s+(?:an?|one|two|three|a few)\s+(?:days?|weeks?|months?|years?)\b,?\s+(?=[A-Z])"
    r"|(?:[Ff]or|[Oo]ver|[Dd]uring)\s+the\s+(?:next|following)\s+(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|\d{1,2}|few)\s+(?:days|weeks|"
    r"months|years|decades)\b,?\s+"
    r"(?=[A-Z])")


# "between China and ": the first of two parties, before the "and" a clause seemed to follow
_BETWEEN_FIRST = re.compile(r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}and\s+$")
# ", given royal assent ": a comma, then a word (a participle?) whose phrase runs to the date
_COMMA_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ly\s+)?(?P<word>[a-z]{3,})\b[^,;]*$")
# A name after a preposition, and the comma of an apposition on it: "through Chester Bowles, "
_NAME_AFTER_PREPOSITION = re.compile(r"\b(?:through|by|with|to|from|of|for|under|against)\s+"
                                     r"(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+,\s+$")


def _later_act_dated(head: str, verb: tuple[int, int, str]) -> bool:
    """Whether the date after `head` ends a later act of a list of the subject's acts (", married
    openly [in 1525]"), not the act of the verb found: the last part after a comma opens on a
    past, and it is not the clause's own verb after an aside ("Speelman, allied with ...,
    forced": the verb found was the aside's participle, "forced" the clause's)."""
    if ", " not in head[verb[1]:]:
        return False
    later = _LATER_ACT_BEFORE_DATE.search(head, verb[1])
    if later is None or not is_past_tense(later.group("verb")) or later.group("verb") in NOT_VERBS:
        return False
    if " by " in later.group() or _SUBORDINATE_OPENING.match(head):
        return False  # ("negotiations ..., opened by Thatcher's visit", "Papeiha, landed on
        # Aitutaki by John Williams": a passive participle's phrase on the noun before it; "After
        # Cadbury visited the islands in 1908, Cadbury Brothers ... stopped": the verb found
        # was the opening clause's)
    if _RELATIVE_BEFORE_VERB.search(head, head.rfind(",", 0, verb[0]) + 1, verb[0]):
        return False  # ("The Ostrians, into whose sector the port passed, expelled": the verb
        # found was a relative clause's)
    acts = [m for m in _COMMA_PAST.finditer(head, verb[1]) if is_past_tense(m.group("verb"))]
    aside = head[: verb[0]].rstrip().endswith(",")
    return len(acts) >= (2 if aside else 1)


_COMMA_PAST = re.compile(r",\s+(?P<verb>[a-z]{3,}ed)\b")
_RELATIVE_BEFORE_VERB = re.compile(r"\b(?:whose|which|who|whom|where|when)\b")
# The last part of a list of acts: a past after a comma, the date at its end
_LATER_ACT_BEFORE_DATE = re.compile(r",\s+(?P<verb>[a-z]{3,}ed)\b[^,]*$")
_TRAILING_PARTICIPLE = re.compile(r",\s+[a-z]{3,}ing\s+(?:up|over|office|the|his|her|its|their)"
                                  r"\b[^,]*$")
_FUTURE_THAT = re.compile(r"\bthat\s+(?:[\w’'-]+\s+){1,6}?(?:will|would|should|shall|could|might|"
                          r"must|(?:was|were|is|are)\s+to)\b")


_LIST_GOES_ON = re.compile(r",\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+and\s+"
                           r"(?:the\s+)?[A-Z]")
_LAST_WORD_BEFORE_COMMA = re.compile(r"\b(?:(?P<be>was|were)\s+)?(?P<word>[a-z]+),\s*$")


def _verb_before_comma(head: str) -> bool:
    """Whether `head` ends with a past verb and a comma: "Romero became, [in 1898,] the first
    ambassador" opens an aside around the date between the verb and its complement."""
    last = _LAST_WORD_BEFORE_COMMA.search(head)
    if last is None:
        return False
    word = last.group("word")
    if last.group("be"):
        return is_participle(word)  # ("was appointed, in 1898, the first ...")
    return word in {"was", "were"} or is_past_tense(word) and not is_participle(word)


# "The Gran Paradiso National Park, established [on 3 December 1922 ...], was the first ...": a
# subject and the participle its date belongs to, set off by a comma before the date
_SUBJECT_THEN_PARTICIPLE = re.compile(r"(?P<subject>(?:The|the)\s+(?:[A-Z][\w’'-]*\s+){0,5}"
                                      r"[A-Z][\w’'-]*(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*)?),\s+"
                                      r"(?P<participle>[a-z]+)(?P<agent>\s+(?:by|at|in)\s+"
                                      r"(?:the\s+)?[\w-]+)?\s+$")  # ("established by decree
# [on 6 July 1963]", round 506)
# The aside closed and a copula with no participle after it ("..., was the first national park")
_ASIDE_THEN_BEING = re.compile(r"[^,;.]{0,80},\s+(?:was|were)\s+(?P<next>[a-z]+)")


def _described_subject(text: str, prep_start: int, end: int, wh: str) -> str | None:
    """"On what date was the Gran Paradiso National Park established?" for a date in a
    participle's aside whose subject the sentence goes on to describe with "was" ("..., was the
    first national park in Italy"): round 503 asked "On what date was the Park, established
    from ..., the first national park in Italy?"."""
    described = _SUBJECT_THEN_PARTICIPLE.fullmatch(text, 0, prep_start)
    being = _ASIDE_THEN_BEING.match(text, end)
    if described is None or being is None or is_participle(being.group("next")):
        return None
    participle = described.group("participle")
    if not is_participle(participle) or base_form(participle) is None:
        return None
    subject = lower_first(described.group("subject"))
    agent = described.group("agent") or ""
    return f"{wh[0].upper()}{wh[1:]} {_past_be(subject)} {subject} {participle}{agent}?"


# "dies of a wound received in a tournament": "of", a noun and the past participle describing it
_NOUN_OF_PARTICIPLE = re.compile(r"\sof\s+(?:an?\s+|his\s+|her\s+|the\s+)?[a-z]+\s+[a-z]+ed$")


# "Duke of the Dalmatians (dux Dalmaticorum), title ": a name, then a bare noun after its comma
_NAME_THEN_BARE_NOUN = re.compile(r"(?P<name>[A-Z][^,;:]*),\s+(?P<noun>[a-z]+)\s+")
# ", a Pisan tower on the western cliffs first ": an apposition no comma closes before the verb
_OPEN_APPOSITION = re.compile(r",\s+(?:a|an)\s+[^,;:()]+$")


# "Nordre Rønner, an 18-metre granite tower on Spirholm, built ": a name, its apposition, then
# a past with no object, right before the date's preposition
_APPOSED_THEN_PARTICIPLE = re.compile(
    r"(?P<subject>(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w’'.-]*)*,\s+"
    r"(?:an?|the)\s+[^,;:()]{1,90}),\s+(?P<verb>[a-z]+)\s*")


# "A fish cannery ": a singular noun phrase opening the sentence, before a participle
_SINGULAR_OPENING = re.compile(
    r"(?:An?\s+[^,;:()]{1,80}|The\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w-]*(?<!s)"
    r"(?:\s+(?:of|in|at)\s+[^,;:()]{1,60})?)\s+")
# " at Sali ": where, before the date, after a participle with no object
_PLACE_AFTER_PARTICIPLE = re.compile(
    r"\s*(?:(?:at|in|on|near)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*)?")
_PRESENT_WITH_OBJECT_AFTER = re.compile(
    r"(?:\s+by\s+[^,;:()]{1,60}?)?\s+(?:likewise\s+|also\s+)?(?P<verb>[a-z]+s)\s+"
    r"(?:the|a|an|its|his|her|their)\b")
_AFTER_ADVERBS = r"(?:likewise|also|later|soon)"  # ("published [in 2021] likewise dates")
_ADVERB_CLOSING = re.compile(rf"\s*\b{_AFTER_ADVERBS}$")
# " by Gustav Klink and Emil Laurer ": an agent phrase after the date
_AGENT_AFTER_DATE = re.compile(rf"(?:\s+by\s+[^,;:()]{{1,60}})?\s*(?:{_AFTER_ADVERBS}\s+)?")


# " and later Governor of Macau, is assassinated": the aside a participle opened goes on after the
# date to its closing comma, then the clause's verb
_ASIDE_CLOSES_THEN_VERB = re.compile(r"[^,;.:()]*,\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|"
                                     r"had|[a-z]{3,}(?:ed|es))\b")


def _participle_of_subject(text: str, head: str, verb: tuple[int, int, str], end: int,
                           wh: str) -> str | None:
    """The question in the passive when the date is a participle's that describes the
    sentence's subject, whose own verb comes after: "A fish cannery founded at Sali [in 1905]
    by Gustav Klink began work in 1907" -> "In what year was a fish cannery founded at Sali by
    Gustav Klink?" (round 835 asked "did a fish cannery found at Sali")."""
    subject = _SINGULAR_OPENING.fullmatch(head, 0, verb[0])
    word = head[verb[0]: verb[1]]
    by_whom = text.startswith(" by ", end) and is_participle(word)  # ("opened ... by X")
    if subject is None or not (by_whom or passive_when_alone(word)) or find_verb(
            head[: verb[0]]):
        return None
    if _PLACE_AFTER_PARTICIPLE.fullmatch(head, verb[1]) is None:
        return None
    rest = text[end:].split(";")[0].split(". ")[0]
    main = find_verb(rest)
    present = _PRESENT_WITH_OBJECT_AFTER.match(rest) if main is None else None
    if present and lexicon_present_base(present.group("verb")) is not None:
        main = (present.start("verb"), present.end("verb"), "present")  # ("likewise dates the
        # first mention": a present of the subject's)
    agent = rest[: main[0]] if main is not None else ""
    if main is None or not _AGENT_AFTER_DATE.fullmatch(agent):
        return None  # (no verb of the subject's after the date and its agent: no aside)
    if " by " not in agent and main[2] != "present":
        return None  # "An agricultural school founded at Wageningen [in 1876] became a
        # college": the fill-in keeps what the subject became; asked alone it says less
    described = lower_first(head[: verb[0]].strip())
    agent = _ADVERB_CLOSING.sub("", agent.rstrip())
    asked = f"{described} {word}{head[verb[1]:].rstrip()}{agent}"
    if not re.search(r"\b[A-Z]", asked):
        return None  # "A referendum held [in June 1933] kept ...": which one, the clause said
    return _finish(f"{wh} was {asked}")




def _gloss_before(subject: str) -> bool:
    """Whether what stands before a past form is a noun and its gloss, not a clause's subject:
    a name and a bare noun ("Duke of the Dalmatians, title assumed in 1000") or an apposition no
    comma closes ("the Torre Vecchia, a Pisan tower first recorded in 1207")."""
    if _OPEN_APPOSITION.search(subject):
        return True
    bare = _NAME_THEN_BARE_NOUN.fullmatch(subject)
    if bare is None:
        return False
    name = bare.group("name")
    return (name.split()[0].lower() not in _PREPOSITIONS | _TIME_ADVERBS
            and not name.split()[0].endswith("ly") and find_verb(name) is None
            and "NOUN" in parts_of_speech(bare.group("noun")))


def series_of_acts_closed(clause: str, rest: str) -> str:
    """`clause` without the middle act of a series the cut broke ("arrived unannounced by
    launch, prayed with the brethren at compline[ and venerated the relics]": round 873 read
    the two acts left with no "and" as ungrammatical): cut before its comma."""
    joined = _AND_A_PAST.match(rest)
    if joined is None or not is_past_tense(joined.group("verb")):
        return clause
    acts = [m for m in _COMMA_A_PAST.finditer(clause) if is_past_tense(m.group("verb"))]
    if not acts:
        return clause
    first = find_verb(clause[: acts[-1].start()])
    if first is None or clause[: first[0]].rstrip().endswith(",") or clause.startswith(
            " by ", first[1]) or _RELATIVE_WORD.search(clause, 0, first[0]):
        return clause  # ("Cyclone Martin, on ____, swept across", "the towns, led by Mitau,
        # formed", "two campaigns led by Conze, professor ..., cleared": the act after the comma
        # is the clause's first, the one before an aside's, a participle's or a relative
        # clause's: "of 1388, which ended Gaunt's claim, provided for")
    if _RELATIVE_WORD.search(clause, acts[-1].end()) or re.search(
            r"\band\b", clause[first[1]: acts[-1].start()]):
        return clause  # ("sanctioned a lighthouse, and the inspector, George Halpin, designed
        # a tower ..., which could be prefabricated ashore[ and bolted]": the "and" is the
        # relative clause's, the act after the comma another subject's, round 898)
    return clause[: acts[-1].start()]


_RELATIVE_WORD = re.compile(r"\b(?:which|who|whom|whose|that)\s")
_AND_A_PAST = re.compile(r"\s+and\s+(?P<verb>[a-z]{4,})\b")
_COMMA_A_PAST = re.compile(r",\s+(?P<verb>[a-z]{4,})\s+(?=[a-z])")


# ", a cession confirmed by the Treaty of Copenhagen in": a noun in apposition to the clause
# and its participle, which the date that follows dates
_APPOSED_NOUN_PARTICIPLE = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+)?[a-z]+\s+"
                                      r"(?:[a-z]+ed|[a-z]+en|made|held|built|signed|won|set)\s"
                                      r"[^,;]*$")
_INVERTED_AFTER = re.compile(r",?\s+(?:did|was|were|had|could|would)\s+"
                             r"(?:it|he|she|they|the|[A-Z])")
_INVERSION_OPENS = re.compile(r"(?:^|[,;]\s+(?:and\s+|but\s+)?)(?:[Oo]nly|[Nn]ot\s+until|[Nn]ever|"
                              r"[Nn]or)\b[^,;]*$")


def _verb_before_a_comma(text: str, start: int) -> bool:
    """Whether a verb comes between `start` and a comma after it: a subordinate clause closed by
    that comma ("while the cabinet was away,"; "while John Tiptoft, Earl of Worcester, was Lord
    Deputy,": the clause's subject has commas of its own, round 943 asked "In what year was John
    Tiptoft, Earl of Worcester, Lord Deputy?" of the licence the main clause dated)."""
    for comma in re.finditer(",", text[start:]):
        if find_verb(text[start: start + comma.start()]):
            return True
    return False


def date_question(text: str, start: int, end: int, wh: str) -> str | None:
    """A wh-question asking for the date at text[start:end], or None.

    Works when the date is the object of "on" / "in" and either opens its clause ("On March 6,
    1992, Azerbaijan opened ...") or follows the clause's verb ("... waived it in January 2002").
    """
    if _INVERTED_AFTER.match(text, end) and _INVERSION_OPENS.search(text, 0, start):
        return None  # "..., and only with the transfer to Prussia in 1815 did it become
        # Prussian": the date of an inverted clause, whose subject comes after it (round 953
        # asked the clause before it, "did the Peace of Stockholm of 1720 leave the Oie ...")
    fact_line = is_fact_line(text)
    prep = _PREP_BEFORE.search(text, 0, start)
    if prep is None:
        timeline = _TIMELINE_AFTER.match(text, end)
        if start == 0 and timeline:  # "15 December: Ministers signed ..."
            entry = text[timeline.end():]
            present = present_verb(entry)
            found = find_verb(entry) if present is not None else None
            owned = found is None and present is not None and re.search(
                r"[’']s\s+$", entry[: present[0]]) is not None
            later = _PRONOUN_AND_PRESENT.search(entry, present[1]) if present is not None else None
            if later is not None and not (later.group("verb").endswith("s") and present_base(
                    later.group("verb")) is not None):
                later = None  # "Van den bergh becomes director, an office he holds for thirty
                # years": a pronoun's present after the asked one, put in the past with it
                # (round 1458 asked "an office he holds")
            later_be = found is not None and present is not None and found[0] > present[0] and (
                entry[found[0]: found[1]] in {"is", "are", "has", "have"})
            if later_be and present_verb(entry_in_the_past(entry)) != present:
                later_be = False  # (the entry's own present would no more be read as its
                # verb: "The declaration takes full effect as the ties are severed", round 244)
            stated = entry  # (a line whose verbs are put in the past is no list's passive)
            if present is None or owned or later or later_be or (
                    found is not None and found[2] == "past" and present is not None
                    and found[0] > present[0]
                    and _NOUN_OF_PARTICIPLE.search(entry, present[1], found[1])):
                # a present verb not found where invert reads it, or a past participle after it
                # that invert would take for the verb ("Henry II dies of a wound received":
                # round 531 asked "did Henry II dies of a wound receive"): put every verb of
                # the entry in the past (and when the "present" found is an owned noun's word:
                # "the paper prints Thomas Mann's open letter", whose "open" it took, round 1432
                # asked "did the paper prints"; and a later clause's present "is", "The race
                # starts on the day the Archduke is assassinated", round 1692)
                entry = entry_in_the_past(entry)
            as_listed = entry == stated
            aside_end = apposition_end(entry)
            if aside_end and present is not None and present[0] == aside_end:
                # "the Paon light, a square tower attached to a keeper's house, shows its ...":
                # cut after the verb, not at the aside's comma (round 761 asked "did a square
                # tower attach to a keeper's house")
                predicate = cut_clause(entry[aside_end:], has_verb=True, commas=True)
                return invert(entry[:aside_end] + predicate, wh, listed=as_listed)
            verb_after = find_verb(entry[aside_end:]) if aside_end and find_verb(
                entry[:aside_end]) is not None else None
            if verb_after is not None and verb_after[0] == 0:  # ("..., is lit": the aside,
                # whose participle invert would take for the verb, is put back after the
                # subject once the clause is asked; an aside with no verb is read as it is)
                subject = entry[: entry.index(",")]
                predicate = cut_clause(entry[aside_end:], has_verb=True, commas=True)
                asked = invert(f"{subject} {predicate}", wh, listed=as_listed)
                apposed = entry[len(subject): aside_end].rstrip()
                for written in (subject, subject[:1].lower() + subject[1:]):
                    if asked is not None and asked.count(written) == 1:
                        return asked.replace(written, written + apposed, 1)
                return asked
            return invert(cut_clause(entry, has_verb=False, commas=True), wh, listed=as_listed)
        return None
    when = re.match(r",\s+when\s+", text[end:])
    if when:  # "came to a head on 9 January 1964, when a dispute led to riots": what happened
        event = cut_clause(text[end + when.end():], has_verb=False, commas=True)
        verb = find_verb(event)
        if verb is not None and not text[: prep.start()].strip() and (
                closing := event.find(", ", verb[1])) > 0:
            event = event[:closing]  # "On 26 February 1976, when the Federal Republic joined
            # the Ramsar Convention, the Wadden Sea ... was listed": the opening "when" clause
            # ends at its comma, before the main clause (round 766 asked "did the Federal
            # Republic join the Ramsar Convention, the Wadden Sea of East Frisia")
        if verb is None or verb[2] != "past":
            return None
        main = _LAST_CLAUSE_LINK.split(text[: prep.start()])[-1]
        if find_verb(main) is not None and not _EVENT_COMES.search(main):
            return None  # "BOAC introduced the world's first jet airliner service on 2 May
            # 1952, when a de Havilland Comet left London": the main clause is the fact, which
            # a question of the "when" clause alone leaves out (rounds 1261-1758 kept 40 of 76
            # such verdicts; 30 of 42 after "the worst disaster came on ..., when"); the
            # sentence's blank keeps both
        return invert(event, wh, fact_line)
    if re.match(r"\s*(?:was|were|is|are|had|has|have)\b", text[end:]):
        return None  # "Drafts completed in 1967 were never ratified": the date is the subject's
    prep_start = prep.start("prep")
    clause_start = start_of_clause(text, prep_start, commas=True)
    if text.endswith(", ", 0, clause_start) and _POINTS_BACK.match(text, clause_start):
        return None  # "..., the area was returned [in March 1989]": which area is said before
    if text.endswith(", ", 0, clause_start) and _NAME_AFTER_PREPOSITION.search(
            text, 0, clause_start) and re.match(r"(?:the|a|an)\s+[a-z]", text[clause_start:]):
        return None  # "came through Chester Bowles, the liberal Democrat elected Governor of
        # Connecticut [in 1948]": an apposition on the name before it, no clause (round 1218
        # asked "was the liberal Democrat elected Governor of Connecticut?")
    described = _described_subject(text, prep_start, end, wh)
    if described is not None:
        return described
    if text.endswith(" and ", 0, clause_start) and _AGENT_BEFORE.search(text, 0, clause_start - 5):
        return None  # "a report by Holger Wesemüller and Hans-Joachim Augst published in
        # Hannover [in 1979]": the report's agents and participle, no clause of its own
        # (round 766 asked "did Hans-Joachim Augst publish in Hannover")
    if text.endswith(" and ", 0, clause_start) and _BETWEEN_FIRST.search(text, 0, clause_start):
        return None  # "the agreement between China and Kazakhstan signed [on 26 April 1994]":
        # the second party opens no clause; the participle dates the agreement
    head = text[clause_start:prep_start]
    part = _PART_OF_DATE.search(head)
    if part:  # "opened at Vell late [in 1827]": "late" goes with the date asked for
        head = head[: part.start()] + " "
    link = _LINK_AT_END.search(head)
    if RELATIVE_OPENING.fullmatch(head.rstrip() + " "):  # "A year later, [in 1910,] X did"
        head = ""
    if link or not head.strip() or _NAME_AND_COMMA.fullmatch(head):
        after = _DATE_APPOSITION.sub("", text[end:], count=1)  # (", his seventieth birthday,")
        opening = _SUBORDINATE_AFTER_DATE.match(after)
        if opening and _verb_before_a_comma(after, opening.end()):
            # "On 9 August 1960, while the cabinet was away, Kong Le seized ...": the date is
            # the main clause's, after the aside (not ", as a freshman senator,")
            clause_at = next((m.end() for m in re.finditer(r",\s+", after)
                              if m.start() > 0 and clause_follows(after, m.end())), None)
            if clause_at is None:
                return None
            after = ", " + after[clause_at:]
        if re.match(r" [A-Z]", after):
            after = "," + after  # "In 1949 Willy Brandt entered ...": the comma left out
        if not after.startswith(","):
            return None
        clause = cut_clause(after[1:], has_verb=False, commas=True)
        return invert(series_of_acts_closed(clause, after[1 + len(clause):]), wh,
                      fact_line)  # ("In
        # January 1487 Sten Sture assembled an army, marched on Kalmar and crossed": round 872
        # asked "did Sten Sture assemble ..., marched on Kalmar?")
    verb = find_verb(head)
    if verb is None:
        if clause_start == 0:
            return _from_fronted_phrase(text, head, end, wh)
        return None  # the date sits before the verb: it dates a phrase, not the clause
    if verb[2] == "past" and head.count(",") == 1 and head[: verb[0]].rstrip().endswith(
            ",") and is_participle(head[verb[0]: verb[1]]) and _ASIDE_CLOSES_THEN_VERB.match(
            text, end):
        return None  # "João Maria Ferreira do Amaral, wounded at Itaparica [in 1823] and later
        # Governor of Macau, is assassinated": the date is the aside's participle's, not the
        # clause's (round 1172 asked "In what year was ... assassinated near Macau?", 1823)
    passive = _APPOSED_THEN_PARTICIPLE.fullmatch(head) if verb[2] == "past" else None
    if passive and passive.start("verb") == verb[0] and passive_when_alone(passive.group("verb")):
        # "Nordre Rønner, an 18-metre granite tower on Spirholm, built [in 1880].": a name, its
        # apposition and a participle with no object, a list's line (round 772 asked "did
        # Nordre Rønner, an 18-metre granite tower on Spirholm, build")
        rest = cut_clause(_YEAR_OF_DATE.sub("", text[end:]), commas=True)
        subject = lower_first(passive.group("subject"))
        return _finish(f"{wh} was {subject}, {passive.group('verb')}{rest}")
    if verb[2] == "past" and ", " not in head[verb[1]:] and _gloss_before(head[: verb[0]]):
        return None  # "Duke of the Dalmatians, title assumed [in 1000]", "the Torre Vecchia, a
        # Pisan tower first recorded [in 1207]": the past is a participle glossing a noun; the
        # line has no clause (round 757 asked "did Duke of the Dalmatians, title assume")
    last = _PAST_ENDS_CLAUSE.match(text, end) if verb[2] == "past" else None
    if last and is_past_tense(last.group("verb")) and is_participle(head[verb[0]: verb[1]]):
        return None  # "Talks held in Berlin [in 1918] under German auspices failed": the past
        # before the date describes the subject; the clause's verb ends it (round 248)
    described_by_participle = _participle_of_subject(text, head, verb, end, wh) if (
        verb[2] == "past" and clause_start == 0) else None
    if described_by_participle is not None:
        return described_by_participle
    present_next = _PRESENT_NEXT.match(text, end) if verb[2] == "past" else None
    if present_next and lexicon_present_base(present_next.group("verb")) is not None and (
            head[: verb[0]].strip() and not head[: verb[0]].rstrip().endswith(",")):
        return None  # "the Regional Assembly elected [on 27 June] meets in Horta": a timeline's
        # present after the date is the clause's verb; the past before it describes the
        # subject (round 727 asked "did the Regional Assembly elect meets in Horta")
    if ", " in head and _APPOSED_NOUN_PARTICIPLE.search(head, verb[1]):
        return None  # "Blekinge passed to Sweden under the Treaty of Roskilde of 26 February
        # 1658, a cession confirmed by the Treaty of Copenhagen [in 1660]": the date is the
        # apposition's participle's, not the verb's (round 954 asked "did Blekinge pass")
    only_participle = _COMMA_PARTICIPLE.search(head, verb[1]) if ", " in head else None
    if only_participle and is_participle(only_participle.group("word")) and not is_past_tense(
            only_participle.group("word")):
        return None  # "ended under the Slavery Abolition Act, given royal assent [on 28 August
        # 1833]": the date is the participle's, of the act, not the clause's (round 1180 asked
        # "did slavery ... end under the Slavery Abolition Act, given royal assent?"); a form
        # that is a participle only ("given", not "signed") is no second verb of a list
    if ", " in head and _TRAILING_PARTICIPLE.search(head, verb[1]):
        return None  # "X became Resident-General, taking up the post [in March 1906]": the
        # date is the participle's act, not the verb's
    if " that " in head and _FUTURE_THAT.search(head):
        return None  # "leaders agree that the colony will become independent [on 30 June]":
        # the date is when it will be, not when they agreed
    # ("Those talks, led by A, and B, began": the participle's agents, no second clause)
    aside = head[: verb[0]].rstrip().endswith(",") and _AGENT_AFTER.match(head, verb[1])
    split = None if _SUBORDINATE_OPENING.match(head) or aside else second_clause(head[verb[1]:])
    if split is not None:  # "X lost in 1957, and Y was chosen leader on [date]": Y's clause
        if _AGENT_BEFORE.search(head, 0, verb[1] + split[0]) and _NAMES_THEN_PARTICIPLE.match(
                head, verb[1] + split[1]):
            return None  # "a report by Holger Wesemüller and Hans-Joachim Augst published in
            # Hannover [in 1979]": the report's agents and participle, no clause of its own
        if head.split()[0].lower() in _PREPOSITIONS | _TIME_ADVERBS:
            return None  # "By then X had lost ..., and Y resigned [in 1907]": the opening
            # phrase may date both clauses
        begin = clause_start + verb[1] + split[1]
        if _POINTS_BACK.match(text, begin):
            return None  # "..., and the area was returned": which area is in the first clause
        return date_question(text[begin:], start - begin, end - begin, wh)
    if _later_act_dated(head, verb):
        return None  # "Olaus Petri ... preached in Storkyrkan, married openly [in 1525]": the
        # date is the listed later act's, not the verb's (round 1215 asked "did Olaus Petri
        # preach in Storkyrkan?", 1525)
    if gapped(head[verb[1]:]):
        return None  # "X became an associate in 1961 and a full member [in 1986]"
    if head[verb[0]: verb[1]] in {"was", "were", "is", "are"} and _COPULA_THEN_PARTICIPLE.match(
            head, verb[1]):
        return None  # "The final act was a treaty ..., signed in Warsaw [on ...]"
    copula = head[verb[0]: verb[1]] in {"was", "were"}
    kind = _COPULA_AND_NOUN.match(head, verb[1]) if copula else None
    if kind and not (kind.group("next") and is_participle(kind.group("next"))):
        return None  # "Britain's answer was a referendum [on 10 September 1967]": the date is
        # the noun's event, not the copula's (round 259; not "was a treaty concluded at")
    later = _LISTED_PREDICATE.search(head, verb[1])
    if later and is_past_tense(later.group("verb")) and "," not in head[: verb[0]] and (
            ", " not in head[verb[1]: later.start()]):  # (not "Saxony, devastated by it, lost
        # its elector": the verb was an aside's participle, the later one the clause's)
        # "X was established by the Act of 1992, held its first election [on 16 May 1993] and
        # ...": a list of the subject's acts; the date is the later one's, asked of the subject
        cut = clause_start + verb[0], clause_start + later.start("verb")
        shift = cut[1] - cut[0]
        return date_question(text[: cut[0]] + text[cut[1]:], start - shift, end - shift, wh)
    if verb[2] == "aux" and ", " in head and any(
            is_past_tense(m.group("verb")) and m.group("verb") not in NOT_VERBS
            for m in _LISTED_PREDICATE.finditer(head, verb[1])):
        return None  # "The best-known bearer of the name, Anton Carl Illum, was born at
        # Dyvskrog ..., adopted the surname Illum [on 6 November 1888]": the date is the
        # series' later act's, and the commas before the verb may be an aside's (round 951
        # asked "was ... born at Dyvskrog")
    dashed = _DASHED_LABEL.match(head)
    if dashed and clause_start == 0:  # "Pan-African Parliament — inaugurated in March 2004"
        clause_start, head = dashed.end("label"), head[dashed.end("label"):]
        verb = find_verb(head) or verb
    listed = _LISTED_NAME.match(head)
    if listed and set(re.findall(r"\b[a-z]+\b", listed.group("name"))) - _NAME_FUNCTION_WORDS:
        listed = None  # "Article 90 of Protocol I provides for the Commission": not a name
    if (listed and clause_start == 0 and verb[0] == listed.end() and verb[2] == "past"
            and find_verb(listed.group("name")) is None and not text[end:].strip(" .;")
            and find_verb(head[verb[1]:]) is None and not is_pronoun_led(listed.group("name"))):
        # A list item: "Convention against Terrorism, adopted in Yekaterinburg in June 2009".
        return _name_question(wh, listed.group("name"), head[listed.end():])
    label = _FACT_LABEL.match(text[:clause_start])
    if label and label.group("name").strip() in _ATTRIBUTE_LABELS:
        return None  # "Status: superseded by the Anglo-Afghan Treaty": the field names no
        # thing that was superseded
    if label and verb[0] == len(head) - len(head.lstrip()) and verb[2] == "past":
        # A fact sheet's "Madrid Protocol: signed in Madrid on 4 October 1991" line.
        if find_verb(label.group("name")) is not None:
            return None  # "Reynolds did not live to see it completed: knighted on ...": a
            # clause before the colon, no label naming what was knighted (round 901 asked "was
            # the Reynolds did not live to see it completed knighted")
        if label.group("name").split()[-1].lower() in STATE_NOUNS or (
                names_an_event_of_the_subject(label.group("name"), head[verb[0]:verb[1]])):
            return None  # not "World Heritage status: inscribed on ...": the island was
            # (round 726 asked "was the World Heritage status inscribed"), nor "Suppression
            # and restoration: abolished by ...", the Académie was (round 1416)
        return _name_question(wh, label.group("name"), head)
    if re.search(r",\s+(?:which|who|whom|whose|where)\s+(?:[\w’'-]+\s+){0,6}$", head[: verb[0]]):
        return None  # "Poland, which acceded in June 1961, was ...": the date is the aside's
        # (and "Vodafone holds a majority of Vodacom, where the M-Pesa money transfer service
        # was launched [in 2007]": the verb found is the relative clause's, round 1625 asked
        # "did Vodafone hold a majority of Vodacom")
    if _RELATIVE_BREAK.search(head, verb[1]):
        return None  # "..., which in 1922 joined": the date belongs to another clause
    excepted = _EXCEPTED.search(head, verb[1])
    if excepted and "," not in head[excepted.end():]:
        return None  # "The frontier survived, apart from the annexation of Savoy [in 1860]":
        # the date is the excepted thing's (round 201)
    if _EVENT_NOUN.search(head, verb[1]):
        return None  # "declined a proposal for a meeting ... on November 20": the meeting's date
    opening = _SUBORDINATE_OPENING.match(head)
    if opening and ", " not in head[opening.end():]:
        return None  # "After Lie announced his resignation in November 1952, ...": not the main act
    if opening:
        main = head[head.index(", ", opening.end()) + 2:]
        main_verb = find_verb(main)
        if main_verb is not None and second_clause(main[main_verb[1]:]) is not None:
            return None  # "When war came in 1899, X served ... and later became ..., [in 1901]":
            # the date is the later predicate's, the question would ask the first one's
    if head[: verb[0]].rstrip().endswith("having"):
        return None  # "Scott, having landed at Veracruz in March 1847, fought ...": the aside's
    if verb[2] == "past" and _present_before(head, verb[0]):
        return None  # "The quarrel goes back to the treaty signed [on 3 May 1881]": the
        # clause is in the present; the date is the participle's
    if _PREPOSITION_OPENING.match(head) and head[verb[1]:].lstrip().startswith("by "):
        return None  # "Despite fierce opposition, including the riot led by Begin [on 7 January
        # 1952], the government pressed ...": the riot's date, in the opening phrase
    if _dates_a_participle(head, verb):
        return None  # "aid reached France under the Act signed on 17 December": the Act's date
    plain_subject = "," not in head[: verb[0]]  # (no aside before the verb that may hold it)
    if plain_subject and _later_predicate(head, verb[1]) is not None:
        return None  # "X persuaded the officers to step aside, was elected [in 1910]": the
        # date is the later predicate's; the question would ask the first one's
    if (not opening and not head[: verb[0]].rstrip().endswith(",")
            and _DATED_BEFORE.search(head, verb[1])):
        return None  # "Sweden went to war again in 1741, only to lose ... [in August 1743]":
        # the verb has its own date; the one asked is a later phrase's
    after = text[end:]
    next_verb = find_verb(after) if re.match(r"\s*,?\s*[a-z]", after) else None
    if (next_verb is not None and next_verb[2] == "past"
            and next_verb[0] == len(after) - len(after.lstrip(" ,"))):
        return None  # "a Protocol signed on 3 August 1981 created ...": signed is no main verb
    if _NOUN_AND_COMMA.search(head) and after.startswith(", of "):
        return None  # "saw the fall of Swartz's government and the formation, [on 19 October
        # 1917,] of Edén's cabinet": the date of a noun's act, not of the clause's verb (round
        # 984 asked "On what date did the new governor's first months see the fall ...?")
    if _dated_apposition(head, after):
        return None  # "John Beecroft, appointed [in 1849] as consul ..., took up Akitoye's
        # cause": the date is the apposition's, the question would give it to "took up"
    if _PASSIVE_NEXT.match(after):
        return None  # "the Black Rood, a relic carried off by Edward I [in 1296], was given
        # back": the sentence's verb comes after the date, which dates a phrase before it
    told = _DATE_APPOSITION.sub("", _YEAR_OF_DATE.sub("", text[end:]), count=1)  # ("landed
    # at Port-Tudy on 10 May, Ascension Day": round 760 asked "did ... land at Port-Tudy,
    # Ascension Day?")
    rest = cut_clause(told, commas=not _DEPENDENT.search(head))
    if told.startswith((", and ", " and ")) and ((opened := second_clause(told)) is not None and (
            opened[0] == 0) or _AND_A_NAME.match(told)):
        rest = ""  # "[entered the city in 1624], and the shrine cities of Najaf and Karbala
        # passed": a clause of its own right after the date
    if plain_subject and _later_predicate(rest, 0) == 0:
        rest = ""  # "joined the party in 1920[, later moved to ...]": the next item
        # of a list of predicates, without its "and"
    if rest and not rest.startswith((",", " ", ".", ";")):
        return None
    if _LIST_GOES_ON.match(told, len(rest.rstrip(" .;"))):
        return None  # "signed ... by Britain[, the Soviet Union and Iran] legalised": the cut
        # fell inside a list of names (round 225)
    if _PLACE_AFTER.match(rest):
        rest = " " + rest[1:].lstrip()  # "on July 14, 2015, in Vienna" -> "... in Vienna"
    if rest.startswith(",") and head.rstrip().endswith(",") and (
            not _APPOSITION_AFTER.match(rest) or _verb_before_comma(head)):  # ("became,
        # in 1898, the first ambassador": the verb's own commas around the date, round 223)
        rest = " " + rest[1:].strip()  # "claimed, in 1916, to have warned": the aside's commas
        # (not "born in Caracas, then the capital of Venezuela, on ..., the eldest son of")
    joint = " "
    if (rest.strip()[:1].islower() and head.rstrip().endswith(",")
            and head[verb[1]:].count(",") % 2 == 0 and not _verb_before_comma(head)):
        joint = ", "  # "arrived at Aigun, the garrison town on the Amur, [in May 1858] with a
        # flotilla": the comma that closes the apposition stays
    body = head.rstrip(" ,") + (rest if rest.startswith(",") else joint + rest.strip())
    return invert(body, wh, fact_line)


def object_question(text: str, start: int, end: int, wh: str) -> str | None:
    """A wh-question asking for the object at text[start:end] of a past-tense verb.

    "Pashinyan and Aliyev signed a peace agreement in a ceremony ..." ->
    "What agreement did Pashinyan and Aliyev sign in a ceremony ...?"
    """
    before = _ARTICLE_AT_END.sub("", text[:start])
    m = _VERB_AT_END.search(before)
    if m is None or before.count("(") > before.count(")"):
        return None  # (a verb inside brackets: "X (commonly called the Y Treaty)" is a label)
    verb = m.group("verb")
    base = base_form(verb)
    if base is None:
        return None
    clause_start = start_of_clause(text, m.start())
    head = text[clause_start: m.start("verb")]
    link = _LEADING_AND.match(head)
    if link:
        head = head[link.end():]
    words = head.split()
    adverbs: list[str] = []
    while words and (words[-1].lower() in ADVERBS or words[-1].lower().endswith("ly")):
        adverbs.insert(0, words.pop())
    if words and words[-1].lower() in {"has", "have", "had"}:
        words.pop()
    elif find_verb(" ".join(words)) is not None:
        return None  # another verb comes first: not a simple subject-verb-object clause
    intro, subject = _split_intro(" ".join(words))
    if not _subject_ok(subject):
        return None
    rest = cut_clause(text[end:])
    if re.match(r"\s+of\s+(?:\d|[A-Z])", rest):
        return None  # "replaced the X Treaty of 18 November 1903": the rest of the name
    passive = _PASSIVE_AFTER_OBJECT.match(rest)
    if passive and is_participle(passive.group("verb")):
        # "endorsed the X Initiative proposed by Y": the phrase describes the answer, so it
        # goes with the question word ("What initiative proposed by Y did ... endorse?")
        wh, rest = f"{wh} {passive.group().strip()}", rest[passive.end():]
    lead = wh[0].upper() + wh[1:] if not intro else intro[0].upper() + intro[1:] + wh
    middle = " ".join([lower_first(subject.strip()), *adverbs])
    question = _finish(f"{lead} did {middle} {base}{rest}")
    return question if balanced(question) else None


# A passive participle with its agent right after an object: "[the Accord] proposed by Y".
_PASSIVE_AFTER_OBJECT = re.compile(r"\s+(?P<verb>[a-z]+)\s+by\s+[^,;:()]+?(?=[,;:]|[.?]?\s*$)")


def subject_question(text: str, start: int, end: int, wh: str) -> str | None:
    """A wh-question asking for the subject at text[start:end] of its clause.

    "The framework peace agreement, signed in Washington, received broad support" ->
    "Which agreement, signed in Washington, received broad support?"
    """
    lead = text[:start].strip()
    if lead not in {"", "The", "the", "A", "An"}:
        return None
    rest = cut_clause(text[end:], has_verb=False)
    verb = find_verb(rest)
    if verb is None or verb[2] not in {"past", "aux"}:
        return None
    before_verb = rest[: verb[0]]
    if before_verb.rstrip().endswith(","):  # ", signed in Bishkek, ...": a participle aside
        aside_end = rest.find(",", verb[1])
        if aside_end < 0 or find_verb(rest[aside_end:]) is None:
            return None  # a list item with no verb of its own, not a clause
    if before_verb.strip() and not before_verb.lstrip().startswith(","):
        return None  # the phrase is not the whole subject ("The agreement text was ...")
    question = _finish(f"{wh[0].upper() + wh[1:]}{rest}")
    return question if balanced(question) else None
