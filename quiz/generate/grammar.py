"""Just enough English grammar to turn a statement into a question, by rule.

`base_form("signed") == "sign"` undoes the past tense (for "did ... sign"); `find_verb` finds the
main verb of a simple clause; `is_pronoun_led` spots subjects a student cannot resolve.
"""

from __future__ import annotations

import re

from quiz.generate.countries import NATION_ADJECTIVE
from quiz.generate.inflect import (
    ing_base,
    is_base_verb,
    is_participle,
    is_past_tense,
    is_plural_noun,
    parts_of_speech,
    past_base,
)
from quiz.generate.inflect import present_base as _present_base
from quiz.generate.numbers import CARDINALS, QUANTIFIERS, is_compound_number

AUXILIARIES = frozenset({"was", "were", "is", "are", "will", "would", "can", "could", "should",
                         "may", "might", "must", "has", "have", "had", "did", "does", "do"})
ADVERBS = frozenset({"also", "further", "then", "later", "already", "eventually", "jointly",
                     "finally", "first", "once", "again", "still", "never", "not", "officially",
                     "subsequently", "reportedly", "only", "just", "even", "soon"})
# Past forms the lexicon has as verbs that prose uses as adjectives or nouns ("the united
# Germany", "armed forces") or that it misreads ("feed" as the past of "fee").
# ("dies aged 94": an age, never the clause's verb; round 932 asked "did ... dies age 94")
NOT_VERBS = frozenset({"united", "armed", "skilled", "biased", "wicked", "ragged", "feed",
                       "weed", "so-called", "aged",
                       # ("the burial ground near Chapel Bay": round 956 asked "did the earliest
                       # gravestone in the burial grind")
                       "ground"})
# Verbs documents use without an object ("resigned and handed power to ...", "dies and X
# becomes king"): a verb after "and" has its own object, not theirs.
INTRANSITIVE = frozenset({"die", "abdicate", "retire", "arrive", "resign", "return", "meet",
                          "assemble", "convene", "fall", "rise", "withdraw", "collapse",
                          "surrender", "submit", "sail", "land", "flee", "go", "come", "step",
                          "stand", "sit", "lapse", "expire", "end", "begin", "start"})
# Words after which a past form describes a noun ("the elected council", "a large simulated
# inspection"): it is not the clause's verb.
_NOUN_PHRASE_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this",
                                  "these", "those", "every", "each", "no", "whose", "any"})
_FORMS_OF_BE = frozenset({"be", "been", "being"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "these",
                              "those", "that", "there", "such", "who", "which"})
DETERMINERS = frozenset({"former", "then", "acting", "the", "a", "an", "this", "that", "these",
                         "those", "its", "their",
                         "his", "her", "our", "both", "all", "some", "several", "many", "most",
                         "each", "every", "such", "other", "another", "no", "two", "three",
                         "four", "five", "six", "seven", "eight", "nine", "ten", "one"})


def base_form(verb: str) -> str | None:
    """The base form of a past tense or past participle ("waived" -> "waive", "withdrew" ->
    "withdraw"), else None."""
    low = verb.lower()
    if low in NOT_VERBS or low in AUXILIARIES or low in _FORMS_OF_BE:
        return None  # "was", "had", "been": auxiliaries, never a main verb's past
    return past_base(low)


# A past form, then a lower-case word: the noun it may describe ("scheduled flights")
_PLURAL_NEXT = re.compile(r"[a-z]+\s+([a-z]{3,})\b")
# A past form, then a name or a quotation: what the past describes ("mounted “Lightning Brigade”")
_NAME_OR_QUOTE_NEXT = re.compile(r"[a-z]+\s+[\"“‘'A-Z]")
# A preposition, then an owner's name ending in "'s" right before a position: the possessive is
# in a phrase of the clause ("with Colonel John T. Wilder's "), not the clause's subject ("Macy's")
_PREPOSITION_THEN_OWNER = re.compile(r"\b(?:with|of|by|in|at|to|for|from|under|against)\s+"
                                     r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.-]*[’']s\s+$")




def is_fact_line(text: str) -> bool:
    """Whether a sentence's text is a fact sheet's line: its bold label, whose marks were
    blanked to spaces, leaves two spaces or more before the line's words."""
    return _FACT_LINE_LABEL.match(text) is not None


_FACT_LINE_LABEL = re.compile(r"[^:;.!?]{1,60}:\s{2,}\S")

def passive_when_alone(word: str) -> bool:
    """Whether a past with no object after it is a participle: "built", "founded" (a verb that
    takes an object), not "died" or "collapsed"."""
    base = base_form(word)
    return base is not None and is_participle(word) and base not in INTRANSITIVE and (
        base not in _DONE_WITHOUT_OBJECT)


# Verbs that often stand without an object ("married in 1990", "opened in 1932"): active there;
# and "existed", "presided over", which never take one
_DONE_WITHOUT_OBJECT = frozenset({"marry", "move", "settle", "emigrate", "open", "close", "fail",
                                  "win", "lose", "succeed", "serve", "reign", "rule", "live",
                                  "work", "stay", "join", "enlist", "return", "retire",
                                  "resign", "graduate", "train", "qualify", "exist", "preside"})

def _describes_noun(text: str, at: int) -> bool:
    """Whether the past form at text[at:] sits inside a noun phrase: right after an article or
    a possessive ("the elected council"), or after one and an adjective or adverb ("a large
    simulated inspection", "the newly elected council")."""
    words = text[:at].split()[-2:]
    if not words:
        return False
    last = words[-1].lower()
    if last in _NOUN_PHRASE_OPENERS:
        return True
    if last.endswith(("'s", "’s")) and _NAME_OR_QUOTE_NEXT.match(text, at) and (
            _PREPOSITION_THEN_OWNER.search(text, max(0, at - 80), at)):
        return True  # "Colonel John T. Wilder's mounted “Lightning Brigade”": a possessive, a
        # past and the name it describes (round 1554 asked "did the battery fought at Hoover's
        # Gap with Colonel John T. Wilder's mount"); not "Macy's opened its store"
    if last.endswith(("'s", "’s")) and (plural := _PLURAL_NEXT.match(text, at)) and (
            is_plural_noun(plural.group(1)) and any(
                is_past_tense(word) for word in re.findall(r"\b[a-z]{3,}\b", text[plural.end():]))):
        return True  # "JAL's scheduled flights to China began": a possessive, a past and the
        # plural noun it describes, the clause's verb later (round 1595 asked "did JAL's
        # schedule flights ... begin"); not "Macy's opened stores in 1900"
    if last.endswith("ing") and words[-1].islower() and parts_of_speech(last) == {"VERB"} and (
            (following := _PAST_THEN_ANY.match(text, at)) is not None) and (
            following.group("next").lower() not in DETERMINERS | _LINKING_WORDS):
        return True  # "guards escorting imported Black strikebreakers leaves": the past after a
        # verb's "-ing" form describes that verb's object (round 1747 asked "did a gun battle
        # ... between striking miners and guards escorting import Black strikebreakers leaves")
    after = _NEXT_PLURAL.match(text, at)
    if after is not None and (last in _COUNTED or _COUNT.fullmatch(last)):
        return True  # "more than three hundred ransomed Tabarkans reach Alicante", "5,000 armed
        # men": a count, the past and its plural noun (round 779 asked "did ... three hundred
        # ransom Tabarkans ... reach")
    if len(words) == 2 and words[-2].lower() in _NOUN_PHRASE_OPENERS and words[-1].islower() and (
            "ADJ" in parts_of_speech(last)) and _adjective_before_noun(text, at):
        return True  # "the marine protected area": an adjective, a past that is an adjective
        # too, and a noun that is no verb (round 776 asked "did the marine protect area")
    if len(words) == 2 and words[-2].lower() in {"a", "an", "the"} and words[-1].islower() and (
            "ADJ" in parts_of_speech(last)) and (ending := _PAST_NOUN_END.match(text, at)) and (
            parts_of_speech(ending.group("noun")) == {"NOUN"}):
        return True  # "in favour of a single subsidised company.": an article, an adjective,
        # the past and a noun that ends the clause (round 1334 asked "did the Hambling
        # Committee reported in favour of a single subsidise company?")
    if len(words) == 2 and words[-2].lower() in {"a", "an", "the"} and words[-1].islower() and (
            "ADJ" in parts_of_speech(last)) and (plural := _PAST_PLURAL_VERB.match(text, at)) and (
            is_plural_noun(plural.group("noun")) and is_base_verb(plural.group("verb"))
            and not is_past_tense(plural.group("verb"))
            and "VERB" in parts_of_speech(plural.group("verb"))
            and plural.group("verb") not in _PLACE_PREPOSITIONS):
        return True  # "The alpine combined titles go to Oreiller": an article, an adjective,
        # the past, its plural noun and the clause's present (round 1664 asked "did the alpine
        # combine titles go")
    if len(words) < 2 or not (words[-2].lower() in _NOUN_PHRASE_OPENERS or (
            words[-2].endswith(("’s", "'s")) and (last in _ORDER_WORDS or (
                last.endswith("ly") and "NOUN" not in parts_of_speech(last))))):
        return False  # ("Nepal's newly elected assembly", "Concorde's first scheduled
        # service": a possessive opens it too; round 1339 asked "did Concorde's first schedule
        # supersonic service left")
    if words[-1][:1].isupper():
        return False  # "the Council recommended": a name, then its verb
    kinds = parts_of_speech(last)
    if last in _ORDER_WORDS:
        return True  # "the last scheduled horse-drawn car ran": the past after "the last"
        # describes the noun (round 765 asked "did the last schedule horse-drawn car ran")
    word = _WORD_AT.match(text, at)
    if last.endswith("ing") and word is not None and "NOUN" in parts_of_speech(word.group()):
        return True  # "a breeding ground": a noun that is a past form too, after its "-ing"
        # word (round 652 asked "did Isla Isabel, a breeding grind ..., was made"); not "the
        # meeting ended", whose past is no noun
    return last.endswith("ly") or ("ADJ" in kinds and kinds <= {"ADJ", "ADV"})


_WORD_AT = re.compile(r"[a-z]+")
# The past form, a plural noun and the word after it ("combined titles go")
_PAST_PLURAL_VERB = re.compile(r"[a-z]+ed\s+(?P<noun>[a-z]{3,}s)\s+(?P<verb>[a-z]+)\b")
# The past form and a plural noun after it ("ransomed Tabarkans", "armed men")
_NEXT_PLURAL = re.compile(r"[a-z]+ed\s+(?:[A-Z][a-z]+s|[a-z]{3,}s|men|women|people)\b")
# A number that counts ("300", "5,000"), not a year ("in 1979 provoked riots") nor a number that a
# comma closes ("from 2 April 2012, opened talks")
_COUNT = re.compile(r"\d{1,3}(?:,\d{3})*")
# Words that count what follows ("three hundred", "some", "several")
_COUNTED = CARDINALS | {"hundred", "thousand", "dozen", "several", "many", "some"}
# Words that cannot open a noun phrase after a past form ("escorted to", "captured and held")
_LINKING_WORDS = frozenset({"to", "at", "in", "on", "by", "for", "from", "with", "into", "onto",
                            "and", "or", "but", "of", "as", "than", "after", "before", "during",
                            "until", "over", "under", "through", "across", "against", "off",
                            "out", "up", "down", "back", "away", "there", "here", "when", "while",
                            "where", "because", "if", "that", "which", "who", "it", "them",
                            "him", "her", "us", "me", "not"})
# The past form, then any word
_PAST_THEN_ANY = re.compile(r"[a-z]+\s+(?P<next>[A-Za-z][\w’'-]*)")
# The past form, then a lower-case word
_PAST_THEN_WORD = re.compile(r"(?P<past>[a-z]+)\s+(?P<next>[a-z]+)\b")


def _adjective_before_noun(text: str, at: int) -> bool:
    """Whether the past form at text[at:] is an adjective too and the word after it a noun that
    is never a verb ("protected area"): the three make a noun phrase."""
    m = _PAST_THEN_WORD.match(text, at)
    return m is not None and "ADJ" in parts_of_speech(m.group("past")) and (
        parts_of_speech(m.group("next")) == {"NOUN"})
# Words of order that, after an article, open a noun phrase ("the last scheduled car")
_PAST_NOUN_END = re.compile(r"[a-z]+ed\s+(?P<noun>[a-z]+)\s*[.,;:?]")
_ORDER_WORDS = frozenset({"first", "last", "final", "next", "only", "second", "third", "latest",
                          "earliest", "sole"})


def _bare(word: str) -> str:
    return word.strip("\"“”‘’'(),;:")


_LOWER_WORD = re.compile(r"(?<![^\s\"“‘'(])[a-z][\w’'-]*(?P<close>\S*)")
_STRIPPED = frozenset("\"“”‘’'(),;:")


# A possessive or a determiner right before a word: what follows is a noun ("his will")
_OWNER_BEFORE = re.compile(r"(?:[’']s|\b(?:his|her|their|its|the|a|whose))\s+$")


_NAME_AFTER_PARTICLE = re.compile(r"-[A-ZÀ-Þ]")
_PARTICLE_BETWEEN_NAMES = re.compile(r".*?[A-Z][\w’'-]*\s+do\s+[A-Z]")


# A person "lay" describes: "a lay preacher", "lay members", "the lay missionary"
_LAY_PERSON = re.compile(r"\s+(?:missionar(?:y|ies)|preachers?|brothers?|sisters?|readers?|"
                         r"members?|judges?|assessors?|people|leaders?|ministers?|delegates?|"
                         r"workers?|helpers?|persons?|men|women|clergy)\b")


def find_verb(text: str) -> tuple[int, int, str] | None:
    """The first finite verb of a simple clause: (start, end, kind) with kind 'aux' or 'past'.

    Words in capitals are names, not verbs; a word closing a quotation or bracket, or ending a
    sentence, is not taken. Adverbs right before the verb ("formally recognized") stay in the
    predicate.
    """
    skip_to = 0
    for m in _LOWER_WORD.finditer(text):
        if m.start() < skip_to:
            continue
        close = m.group("close")
        if close and (close[-1] in ")”\"" or not _STRIPPED.issuperset(close)):
            continue
        bare = m.group()[: m.end() - m.start() - len(close)].rstrip("’'")
        if "-" in bare and _NAME_AFTER_PARTICLE.search(bare):
            continue  # "Nuri al-Said", "Ahmad al-Jaber": a name's particle and the name, no
            # verb (round 734 asked "did Nuri al-say")
        low = bare.lower()
        if low == "lay" and _LAY_PERSON.match(text, m.end()):
            continue  # "the Inner Mission lay missionary Jesper Nielsen arrives": "lay" of a
            # person, no past of "lie" (round 1075 asked "did the Inner Mission lie missionary")
        if low in _PERFECT and text.endswith(_PRONOUN_ENDINGS, 0, m.start()) and (
                _CONTACT_RELATIVE.search(text, max(0, m.start() - 60), m.start())):
            perfect = _PARTICIPLE_NEXT.match(text, m.end())
            if perfect and is_participle(perfect.group(1)) and find_verb(text[perfect.end():]):
                skip_to = perfect.end()
                continue  # "The party he had created was weakened": a relative clause
                # without its "that", in the perfect; the clause's verb comes later (round 227)
        if low == "will" and _OWNER_BEFORE.search(text, 0, m.start()):
            continue  # "Louis VIII's will assigns Anjou": the testament, no modal (round 569
            # asked "will Louis VIII's assigns")
        if low == "do" and _PARTICLE_BETWEEN_NAMES.match(text, max(0, m.start() - 40)):
            continue  # "the Campina do Taborda", "Rio do Sul": a Portuguese name's "do", no
            # helper verb (round 723 asked "did the Dutch surrender ... at the Campina Taborda")
        if low in AUXILIARIES:
            return m.start(), m.start() + len(bare), "aux"
        if low in _NAMING and text[m.start() + len(bare):].lstrip()[:1].isupper() and (
                _named_before_verb(text, m.start(), m.start() + len(bare))):
            continue  # "a man named Ġanni Miller fired": the name he went by, the verb later
            # (round 259; not "the council named Ivo Tamm president")
        if low == "bound" and text.startswith((" for ", " to "), m.start() + len(bare)):
            continue  # "emigrants bound for New England": where they were going, no act
            # (round 956 asked "did the Eagle Wing, carrying emigrants bind for New England")
        if low not in NOT_VERBS and is_past_tense(low) and not _describes_noun(text, m.start()):
            if _reduced_relative(text, m.start(), m.start() + len(bare)):
                continue  # "a declaration annexed to the treaty described ...": its verb later
            if text.endswith(_PRONOUN_ENDINGS, 0, m.start()) and _CONTACT_RELATIVE.search(
                    text, max(0, m.start() - 60), m.start()) and not _FRONTED_PHRASE.fullmatch(
                    text, 0, m.start()) and find_verb(text[m.end():]):
                continue  # "The frontier it fixed survived": a relative clause without its
                # "that", whose subject is a pronoun; the clause's verb comes later (round 201)
            if _NOUN_BEFORE_ITS_VERB.match(text, m.start() + len(bare)) and _noun_not_verb(
                    low, text, m.start() + len(bare)):
                continue  # "the Nisero crew was released", "American ground troops left": a
                # noun that is also a past ("crew", "ground"), its clause's verb next (round 222)
            if (" which " in text or " whom " in text) and _PREPOSITION_WHICH_BEFORE.search(
                    text, max(0, m.start() - 80), m.start()) and find_verb(
                    text[m.end():]) is not None:
                continue  # "The Saltworks Castle from which the żupniks administered the
                # enterprise became part of ...": the relative clause's verb; the clause's own
                # comes later (round 1326 asked "did the Saltworks Castle ... became")
            if _PREPOSITION_ARTICLE_NOUN.search(text, max(0, m.start() - 60), m.start()) and (
                    is_participle(low)):
                continue  # "under a licence agreed with Rowntree Mackintosh": the participle
                # of a preposition's noun, no clause's verb (round 1610 asked "did Kit Kat and
                # Rolo ..., under a licence agree with Rowntree Mackintosh")
            if _WITH_NAME_BEFORE.search(text, 0, m.start()):
                continue  # "Päts, with Johan Laidoner appointed Commander-in-Chief, declares":
                # a participle of "with" and its noun (round 185)
            return m.start(), m.start() + len(bare), "past"
    return None


_PRONOUN_ENDINGS = (" it ", " he ", " she ", " they ", " we ")
# A phrase a preposition opens after a comma (or the text's start), an article and one noun,
# right before a past form ("..., under a licence agreed with"; not "Control of the observatory
# passed", whose "of" ends the subject)
_PREPOSITION_ARTICLE_NOUN = re.compile(r"(?:^|,\s+)(?i:under|with|through|by|from|into|for|"
                                       r"within|without|against)\s+(?:a|an|the)\s+[a-z]{3,}\s+$")
# A phrase a preposition opens and no comma closes, then the clause's pronoun subject: "Like
# other European insurers it took part in the Commission set up in 1998" (round 1601 read
# "insurers it took" as a relative clause and asked "did like other ... it took part ... set
# up"; not "The frontier it fixed survived")
_FRONTED_PHRASE = re.compile(r"(?:Like|Unlike|In|On|At|During|After|Before|Under|With|Without|"
                             r"Throughout|For|Among|Across|Despite|By|From|Following|Amid)\s"
                             r"[^,;:]*\s(?:it|he|she|they|we)\s+")
# "from which the żupniks ": a preposition, "which" and the relative clause's subject, right
# before a past form
_PREPOSITION_WHICH_BEFORE = re.compile(
    r"\b(?:from|in|to|at|by|through|with|under|for|on|into|over|during|after|before)\s+"
    r"(?:which|whom)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,2}[\w’'-]+\s+$")
# "named Ġanni Miller", "called Kell": a participle that gives a name, never the clause's verb
_NAMING = frozenset({"named", "called", "nicknamed", "dubbed"})
_PERFECT = frozenset({"had", "has", "have"})
_PARTICIPLE_NEXT = re.compile(r"\s+([a-z]+)\b")
_NOUN_BEFORE_ITS_VERB = re.compile(r"\s+(?:(?P<aux>was|were|had|has|would)|(?P<noun>[a-z]{3,}s)"
                                   r"\s+(?P<verb>[a-z]{3,})|(?P<past>[a-z]{3,}ed)(?=\s+(?:after|"
                                   r"before|when|until|in|on|at|with|to|from|for|by)\b|[.,;]))\b")


def _named_before_verb(text: str, start: int, end: int) -> bool:
    """Whether the naming participle at text[start:end] ("named") follows a noun and the
    clause's own verb comes after the name it gives, in the same clause ("a man named Ivo Tamm
    fired"), so that it is no verb ("the council named Ivo Tamm president", "they named")."""
    before = text[:start].split()
    if before and before[-1][:1].isupper() and _PLACE_OF_A_NOUN.search(text, 0, start):
        before = before[:-1] + ["someone"]  # "a Muslim from La Palomera named Ali": the place
        # describes the noun before it, which the name is given to
    if not before or before[-1].lower() in SUBJECT_PRONOUNS or not before[-1].islower():
        return False
    rest = text[end:]
    later = find_verb(rest)
    if later is None and (present := _PRESENT_AFTER_NAME.match(rest)) and (
            _present_base(present.group("verb")) is not None):
        return True  # "a Muslim named Ali swims out": a timeline's present after the name
        # (round 786 asked "did a Muslim from La Palomera name Ali swims out")
    return later is not None and "," not in rest[: later[0]] and " and " not in rest[: later[0]]


# A lower-case noun, "from" or "of" and a place's name, right before the naming participle
_PLACE_OF_A_NOUN = re.compile(r"\b[A-Za-z]{3,}\s+(?:from|of)\s+(?:[A-Z][\w’'.-]*\s+|(?:la|le|de|di|"
                              r"del|da)\s+)*[A-Z][\w’'.-]*\s+$")
# A name, then a verb in the present ("Ali swims", "Ivo Tamm takes")
_PRESENT_AFTER_NAME = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s+){1,4}(?P<verb>[a-z]{3,}s)\b")


def _noun_not_verb(word: str, text: str, end: int) -> bool:
    """Whether the past form `word`, ending at `end`, is a noun with its clause's verb after
    it: an auxiliary right after it, or a plural noun and a past ("ground troops left")."""
    if "NOUN" not in parts_of_speech(word):
        return False
    m = _NOUN_BEFORE_ITS_VERB.match(text, end)
    if m is None:
        return False
    if m.group("aux"):
        return True
    if m.group("past"):
        # "The Minorco bid lapsed after ...": a noun, then its clause's past (round 1656 asked
        # "did the Minorco bid lapses after", which pass 381's present put in the past)
        return word not in _PAST_BEFORE_A_PARTICIPLE and is_past_tense(m.group("past"))
    verb = m.group("verb")
    return is_plural_noun(m.group("noun")) and (
        verb in AUXILIARIES or is_past_tense(verb)
        or is_base_verb(verb) and _OBJECT_NEXT.match(text, m.end()) is not None)  # ("ground
    # troops leave Cambodia": a timeline's present, its object after it)


# Pasts a participle follows as what they left or found ("lay buried", "left exposed")
_PAST_BEFORE_A_PARTICIPLE = frozenset({"lay", "left", "found", "set", "kept", "held", "stood"})
_OBJECT_NEXT = re.compile(r"\s+(?:[A-Z]|(?:the|a|an|to|for|into|from)\b)")
_CONTACT_RELATIVE = re.compile(
    r"\b(?!(?:and|or|but|that|which|when|where|because|as|if|so|then|after|before|since|until|"
    r"while|what|how|once|though|although|whom|who|why|than|said|says)\s)[a-z]{3,}\s+"
    r"(?:it|he|she|they|we)\s+$")
_WITH_NAME_BEFORE = re.compile(r",\s+with\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}$"
                               # ("..., with an underwater archaeological route opened in July
                               # 2008": a noun and its participle after "with", round 784)
                               r"|,\s+with\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}[a-z]+\s+$")
_AFTER_PARTICIPLE = frozenset({"to", "by", "under", "in", "at", "with", "from", "for", "on",
                               "over"})  # ("a court presided over by Judge ...": round 184)
# and after an article's noun only ("A British force carried across Lake Victoria by steamers
# ... raided Bukoba", round 219; not "Libyan forces moved into the strip")
_AFTER_ARTICLE_PARTICIPLE = _AFTER_PARTICIPLE | {"across", "through", "as", "among"}  # ("A bomb
# disguised as a gift kills": round 262)
_SUBJECT_OPENERS = frozenset({"a", "an", "the"})


def _reduced_relative(text: str, start: int, end: int) -> bool:
    """Whether the past form at text[start:end] is a participle describing the noun before it
    ("a plebiscite held under Nazi control recorded ..."): it follows an article and one noun
    that open the text, a preposition follows it, and the clause has a verb of its own later,
    before any comma or "and"."""
    before = text[:start].split()
    # (or a capitalised word opening the text and a plural: "Peace talks held under ...")
    plural_opening = (len(before) == 2 and before[0][:1].isupper() and before[1].isalpha() and (
        before[1].islower() and is_plural_noun(before[1])) or len(before) == 1 and (
        before[0].isalpha() and is_plural_noun(before[0].lower()))) and is_participle(
        text[start:end])  # (and a plural alone: "Warriors allied to Te Rangihaeata attack",
    # round 228)
    if not plural_opening and (
            len(before) not in {2, 3} or before[0].lower() not in _SUBJECT_OPENERS
            or not all(word.replace("-", "").isalpha() and (
                word.islower() or NATION_ADJECTIVE.fullmatch(word)) for word in before[1:])):
        return False  # (an article and a noun, with one word before the noun at most: "The
        # non-attack agreement signed in Islamabad ... came into force", round 187)
    rest = text[end:]
    following = rest.split(maxsplit=1)
    if not following or following[0] not in (
            _AFTER_PARTICIPLE if plural_opening else _AFTER_ARTICLE_PARTICIPLE):
        return False
    # (an "and" between names is no clause's end: "by Benazir Bhutto and Rajiv Gandhi came")
    clause = re.split(r",|\band\b(?!\s+[A-Z])|\bbut\b", rest, maxsplit=1)[0]
    words = clause.split()
    later = find_verb(clause)
    parts = rest.split(",", 3)
    if later is None and not plural_opening and len(parts) >= 3 and find_verb(parts[1]) is None:
        after_aside = find_verb(parts[2])
        if after_aside is not None and not parts[2][: after_aside[0]].strip():
            return True  # "A satirical novel left among his papers, Gulliverin matka ...,
            # appeared posthumously": the clause's verb right after an aside (round 968 asked
            # "did a satirical novel leave among Volter Kilpi's papers ...")
    if later is not None:
        # (not a verb of a clause of its own: "troops fired on the gunboat as it steamed up",
        # round 251)
        return _SUBORDINATE_OPENER.search(clause, 0, later[0]) is None
    if plural_opening:
        return _plural_verb_in(words)
    return len(before) == 2 and any(  # ("... under Nazi control records approval")
        word.islower() and word.endswith("s") and _present_base(word) is not None
        for word in words[2:])


# What opens a clause of its own, whose verb is not the participle's noun's
_SUBORDINATE_OPENER = re.compile(r"\b(?:when|while|because|although|though|until|whereas|if|once|"
                                 r"as\s+(?:it|he|she|they|we))\s")


def _plural_verb_in(words: list[str]) -> bool:
    """Whether a plural subject's base verb comes among `words` (what follows its participle):
    last, after a place's name ("Peace talks held ... at Corinto fail", not "on the Caspian
    coast"), or with its object ("Unofficial elections held in private houses choose a
    parliament"; not "to rob the banks", "over the protests")."""
    last = words[-1].rstrip(".") if words else ""
    if len(words) > 3 and last.islower() and is_base_verb(last) and words[-2][:1].isupper() and (
            words[-3] in {"at", "in", "near"}):
        return True
    return any(word.islower() and is_base_verb(word) and not is_past_tense(word)
               and parts_of_speech(word) & {"VERB", "ADP", "ADV"} == {"VERB"}
               and following in {"a", "an", "the"}
               and previous not in {"to", "would", "could", "should", "might", "will"}
               for previous, word, following in zip(words[1:], words[2:], words[3:],
                                                    strict=False))


def is_pronoun_led(text: str) -> bool:
    """Whether `text` starts with a pronoun ("He said", "It has") whose referent is elsewhere."""
    words = text.split()
    if not words:
        return True
    first = _bare(words[0]).lower()
    if first in SUBJECT_PRONOUNS or first in {"his", "her", "their", "its", "him", "them"}:
        return True
    return first in {"this", "these", "those", "that", "the"} and len(words) > 1 and _bare(
        words[1]).lower() in {"ban", "legislation", "visit", "agreement", "meeting", "move",
                              "decision", "statement", "step", "year", "month", "week", "day"}


def lower_first(text: str) -> str:
    """`text` with its first word in lower case when it is a determiner ("The war" -> "the war")."""
    words = text.split(" ", 1)
    if words[0] == "One" and len(words) > 1 and words[1][:1].isupper():
        return text  # "One Unit came to an end": a name, not "one Unit" (round 356)
    if words[0].lower() in CARDINALS and len(words) > 1 and words[1][:1].isupper() and (
            not NATION_ADJECTIVE.fullmatch(words[1].split(" ", 1)[0].rstrip(",;:"))):
        return text  # "Six Continents is divided": a company's name, not "six Continents"
        # (round 1562); still "two British ships"
    if words and words[0].lower() in DETERMINERS:
        return words[0].lower() + (" " + words[1] if len(words) > 1 else "")
    return text


def _common_noun_label(word: str) -> bool:
    """Whether a one-word label is a common noun of abstract form ("Annexation", "Ratification",
    "Settlement"), not a name ("Kaldora", "Congress")."""
    return (word[:1].isupper() and word[1:].islower() and word.isalpha()
            and word.lower().endswith(("tion", "sion", "ment", "ance", "ence", "ity", "ure"))
            and "NOUN" in parts_of_speech(word.lower()))


# Labels that give a name after them ("Name Mosfilm", "Motto Semper Fidelis")
_NAMING_LABELS = frozenset({"Name", "Names", "Motto", "Title", "Nickname", "Emblem", "Anthem"})


def label_as_noun(name: str) -> str:
    """A fact sheet's label written in sentence case as a common noun phrase ("Founding
    treaty" -> "founding treaty"), for the middle of a question; a name ("Treaty of Ghent",
    "Prussian customs law") is left as it is."""
    words = name.split()
    if len(words) == 1 and _common_noun_label(name):
        return name.lower()  # "Annexation: accepted by Liberia in March 1857" (round 255)
    if len(words) == 2 and words[0] in _NAMING_LABELS and words[1][:1].isupper():
        return words[0].lower() + name[len(words[0]):]  # "Name Mosfilm: adopted on 4 January
        # 1936": the name the label gives, after a common noun (round 1490 asked "was the Name
        # Mosfilm adopted")
    if (len(words) < 2 or not words[0][:1].isupper() or not words[0][1:].islower()
            or not all(word.islower() for word in words[1:])
            or NATION_ADJECTIVE.fullmatch(words[0]) or not parts_of_speech(words[0].lower())):
        return name  # (a word the lexicon lacks may be a name: "Kaldoran tariff")
    return words[0].lower() + name[len(words[0]):]


def balanced(text: str) -> bool:
    """Whether quotes and brackets in `text` are balanced (a cut clause may leave one open)."""
    pairs = (("“", "”"), ("(", ")"), ("[", "]"), ("‘", "’"))
    for left, right in pairs:
        if left == "‘":
            if text.count("‘") > text.count("’"):
                return False
            continue
        if text.count(left) != text.count(right):
            return False
    return text.count('"') % 2 == 0


_NOT_PRESENT = frozenset({"is", "has", "was", "does", "this", "its", "his", "hers", "us", "as",
                          "thus", "plus", "across", "unless", "news", "yes", "less", "bus",
                          "gas", "whereas", "series", "status", "various", "famous",
                          "serious", "previous", "always", "perhaps", "afterwards", "towards",
                          "besides", "nations", "states", "forces", "affairs", "talks", "arms",
                          "relations", "members", "ministers", "leaders", "troops"})
_NUMBER_WORDS = CARDINALS | QUANTIFIERS | {"hundreds", "thousands", "millions"}
# (a nickname in quotation marks is part of the name: Ernesto "Che" Guevara arrives, round 206)
_PRESENT_SUBJECT = re.compile(
    r"^(?P<subject>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\"“]?(?:[A-Z][\w.’'-]*|\d+(?:st|nd|rd|th))[\"”]?\s+"
    r"(?:(?:of|and|the|for)\s+)*)*"
    r"[A-Z][\w.’'-]*(?:\s+\d+(?:/(?:\d+|[A-Z][A-Za-z]{1,5}))?(?=\s+[a-z]))?(?:\s+[a-z]+){0,2}?)\s+(?P<adverbs>(?:(?:[a-z]+ly|nevertheless|nonetheless|still|also|"
    r"now|often|again|already|soon|then|thus|therefore|meanwhile|later|eventually)\s+)*)"
    r"(?P<verb>[a-z]+s)\b")  # ("Hershey nevertheless makes chocolate under the rights it
# acquired in 1988": round 1608 asked "did Hershey nevertheless makes ... it acquire?")


# "The Kashmir Princess, an Air India airliner chartered for ..., explodes": an apposition
# between the subject and its verb.
# ("the Paon light, a square tower attached to a keeper's house, shows": a name and its head
# noun, round 761)
_APPOSITION = re.compile(r"^(?P<subject>(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*"
                         r"(?:\s+[a-z]{3,})?),\s+(?:(?:a|an|the)\s+|\d+(?:st|nd|rd|th)\s+(?=[A-Z]))"
                         r"[^,;:()]{1,90},\s+")
# (and "John St Aubyn, 4th Baron St Levan, dies": a peer's number and title, round 932 asked
# nothing of his death)


def apposition_end(text: str) -> int:
    """Where an apposition between the named subject opening `text` and its verb ends ("the
    Paon light, a square tower attached to a keeper's house, " of "... shows"), else 0."""
    apposition = _APPOSITION.match(text)
    return apposition.end() if apposition else 0


def present_verb(text: str) -> tuple[int, int] | None:
    """The span of a present-tense verb right after a capitalised subject, as timelines write
    ("Radio Moscow broadcasts", "The Partial Test Ban Treaty enters into force"), else None."""
    apposition = _APPOSITION.match(text)
    if apposition:
        subject = apposition.group("subject")
        after = present_verb(f"{subject} {text[apposition.end():]}")
        if after is None:
            return None
        shift = apposition.end() - len(subject) - 1
        return after[0] + shift, after[1] + shift
    found = _present_after_subject(text, _PRESENT_SUBJECT.match(text))
    if found is None:
        collective = _COLLECTIVE_SUBJECT.match(text)  # "Police open fire": a plural in no "s"
        if collective and is_base_verb(collective.group("verb")) and not is_past_tense(
                collective.group("verb")) and collective.group("verb") not in AUXILIARIES:
            return collective.start("verb"), collective.end("verb")
    if found is None:
        found = _pair_present(text)
    found = found if found is not None else _plural_present(text)
    if found is not None and text[found[0]: found[1]].lower() in _CONJUNCTIONS_NOT_VERBS:
        return None  # "the Master Arnau de Torroja dies at Verona while on an embassy": a
        # clause's conjunction after a place, no plural's verb (round 1769 asked "did the
        # Master Arnau de Torroja dies at Verona while ...")
    return found


# Words that open a subordinate or second clause, whose own subject may be a common noun
# phrase ("when his aircraft crashes", "as the fleet withdraws"); quiz.generate.tense reads them
CLAUSE_OPENERS = frozenset({"when", "as", "after", "before", "while", "because", "until",
                            "once", "and", "but", "since", "where"})
_CONJUNCTIONS_NOT_VERBS = (CLAUSE_OPENERS - {"and", "but"}) | {"though"}


# "The government and Alcan announce agreed terms": two parties joined by "and", the second
# named, then a verb in its base form
_PAIR_SUBJECT = re.compile(r"^(?:[Tt]he\s+)?[a-z]+\s+and\s+(?:the\s+)?[A-Z][\w’'-]*"
                           r"(?:\s+[A-Z][\w’'-]*)*\s+(?P<verb>[a-z]+)\s+(?P<next>[\w’'-]+)")


def _pair_present(text: str) -> tuple[int, int] | None:
    """The span of the base verb of two parties ("The government and Alcan announce agreed
    terms", round 265), else None."""
    m = _PAIR_SUBJECT.match(text)
    if m is None:
        return None
    verb = m.group("verb")
    if not is_base_verb(verb) or is_past_tense(verb) or verb in AUXILIARIES or (
            "VERB" not in parts_of_speech(verb)) or verb in _PARTICLES:
        return None
    return m.start("verb"), m.end("verb")


_COLLECTIVE_SUBJECT = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Za-z]+\s+)?(?:[Pp]olice|[Pp]eople)\s+"
                                 r"(?P<verb>[a-z]+)\b")


# "The last troops leave", "The giant pandas Ling and Tam, a gift from Ostra, arrive": a plural
# noun (with names or an aside after it), then a verb in its base form.
# ("Italian troops under General Edmondo De Renzi enter": a named commander after the noun;
# "officers in Lagos announce": where they are.)
_PLURAL_SUBJECT = re.compile(
    r"^(?P<subject>(?:[Tt]he\s+)?(?:[\w.’'-]+\s+){0,4}?(?P<noun>[A-Za-z][a-z]+s))"
    r"(?:\s+(?:under|of|from|in|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?"
    r"(?:\s+[A-Z][\w.’'-]*(?:\s+and)?)*(?:,[^,;:]{1,90},)?\s+(?P<verb>[a-z]+)\b")


_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
_PARTICLES = frozenset({"up", "down", "out", "off", "over", "back", "away", "around", "in", "on"})
# Prepositions of place the lexicon also knows as verbs ("the Division lands near Zamboanga":
# "near" opens where it lands, round 1118 asked "did the ... Division lands near")
_PLACE_PREPOSITIONS = frozenset({"near", "past", "along", "across", "beyond", "behind", "inside",
                                 "outside", "below", "above", "beside", "opposite"})
# Nouns that are verbs too, which a verb takes as its object in a set phrase ("takes effect",
# "takes place", "gains control"): after them, the word before is the verb
IDIOM_NOUNS = frozenset({"effect", "place", "office", "power", "part", "shape", "control",
                         "command", "charge", "root", "hold", "suit"})
_QUANTIFIERS = frozenset({"most", "some", "many", "several", "all", "both", "few", "other",
                          "various", "numerous"})


# Words after "a" that count a plural ("a few ships", "a number of states"), or that put a
# plural inside the subject's phrase ("a fleet of seven ships", "a memorandum on signs")
_COUNTING_WORDS = frozenset({"few", "couple", "number", "dozen", "handful", "series", "pair",
                             "total", "group", "lot", "host", "score", "majority", "minority"})
_PHRASE_WORDS = frozenset({"of", "on", "for", "in", "with", "by", "from", "to", "under", "at",
                           "and"})
_NO_BARE_A_SUBJECT = _COUNTING_WORDS | _PHRASE_WORDS


# A capitalised subject and where it is: "The National Assembly at Vichy "
_PLACED_NAME_BEFORE = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w’'-]+\s+)+(?:at|in)\s+"
                                 r"[A-Z][\w’'-]+\s+$")


def _plural_present(text: str) -> tuple[int, int] | None:
    """The span of a plural subject's present verb ("troops leave"), else None.

    A subject opened by a capitalised common noun ("Contract workers", "League nominees") is
    refused: whether that word is a name or capitalised only to open the sentence, the text
    does not say, and a question would print it wrongly either way.
    """
    m = _PLURAL_SUBJECT.match(text)
    if m is None or not _may_be_plural_noun(m.group("noun").lower()):
        return None
    verb = m.group("verb")
    if _PLACED_NAME_BEFORE.search(text, 0, m.start("noun")) and m.group("noun").islower() and (
            _present_base(m.group("noun")) is not None):
        return m.start("noun"), m.end("noun")  # "the National Assembly at Vichy votes full
        # powers": after a body and where it sat, the word in "-s" is its verb, no plural
        # (round 1224 asked "did the National Assembly at Vichy votes full powers")
    opening = [word.lower() for word in m.group("subject").split()]
    if opening[0] in {"a", "an"} and m.group("noun").islower() and not (
            set(opening) & _NO_BARE_A_SUBJECT) and _present_base(m.group("noun")) is not None:
        # (not "a fleet of seven ships", "a memorandum on bilingual signs": a plural after a
        # preposition, in the subject's phrase)
        return m.start("noun"), m.end("noun")  # "a shell sets fire to the Célèbre": after "a" the
        # word in "-s" is the verb, no plural subject (round 631 asked "did a shell sets fire")
    if opening[0] in {"a", "an"} and not set(opening) & _COUNTING_WORDS:
        return None  # "an explosion in the Kings Bay mine ... kills": one thing, a plural only
        # inside its phrase, whose verb is no base form (round 1201 asked "did an explosion in
        # the Kings Bay mine at Ny-Ålesund kills")
    if m.start("verb") == m.end("noun") + 1 and _present_base(m.group("noun")) is not None and (
            verb in IDIOM_NOUNS or _qualifies_idiom_noun(text, m.end("verb"), verb)):
        return None  # "The ceasefire for Sumatra takes effect": "takes" is the verb, not a
        # plural subject of "effect" (round 378); so in "takes full effect" (round 757 asked
        # "did the declaration takes full effect")
    described = _PARTICIPLE_PHRASE.match(text, m.start("verb")) if verb.endswith("ed") and (
        m.start("verb") == m.end("noun") + 1) else None  # (right after the noun, no aside)
    if described is not None:  # "Army lorries loaded with dynamite explode": the participle
        later = _base_verb_after(text, described.end())  # describes the noun (round 250)
        if later is not None:
            return later
    if not is_base_verb(verb) or verb in AUXILIARIES or is_past_tense(verb):
        return None  # ("Divers found the wreck": a past too, read as one)
    if "NOUN" in parts_of_speech(verb) and (clause_verb := find_verb(text[m.end("verb"):])) and (
            clause_verb[2] == "aux"):
        return None  # "Forces of the Livonian branch and the Bishop of Dorpat are defeated":
        # a noun the word is too, the clause's own verb later (round 1770 asked "did forces of
        # the Livonian branch?")
    if be_verb_later(text, m.end("verb")):
        return None  # "Letters patent of denization are addressed", "The German arms ship Aud,
        # intercepted ..., is scuttled": the word is the subject's noun, the "are" its verb
        # (round 905 asked "did letters patent of denization are addressed")
    if verb in _PARTICLES:
        return None  # "Seán Lester takes up": "up" is the particle of the verb before it
    words = m.group("subject").split()
    if any(w in _RELATIVE_PRONOUNS for w in words[1:]):
        return None  # "A fire that investigators trace to a scene ... spreads": the relative
        # clause's verb, not the subject's (round 780 asked "did a fire that investigators
        # trace ... spreads")
    if any(w in AUXILIARIES or base_form(w) for w in words[1:-1] if w[:1].islower()):
        return None  # "Kaldora signed treaties": a verb inside what was taken for the subject
    first = words[0]
    if first.lower() in _QUANTIFIERS:
        return None  # "Most members restore ...": members of what, the sentence leaves out
    if first.lower() != "the" and len(words) > 1 and not (
            _NATIONAL.fullmatch(first) or not parts_of_speech(first.lower())
            or parts_of_speech(first.lower()) <= {"ADJ", "ADV"}):
        return None
    return m.start("verb"), m.end("verb")


# A finite "be" after the words of a noun phrase (no verb, conjunction or clause between),
# asides in commas skipped: "of denization are", " Aud, intercepted ... and escorted ..., is"
_ASIDE = re.compile(r",[^,;:]{1,120},")
_BRACKETED = re.compile(r"\s*\([^()]{1,80}\)")
_BE_AFTER_NOUN_PHRASE = re.compile(r"^(?:\s+(?:of|the|a|an|[A-Z][\w’'-]*|[a-z]+(?<!ing)(?<!ed)))*?"
                                   r"\s+(?:is|are|was|were)\s+(?P<participle>[a-z]+)\b")


def be_verb_later(text: str, end: int) -> bool:
    """Whether a present passive ("is scuttled", "are addressed") follows `end` with nothing
    but the words of a noun phrase and asides in commas before it: the word before `end`
    was then a noun of the subject, not its verb."""
    rest = _ASIDE.sub("", re.split(r"[;:.]\s", text[end:], maxsplit=1)[0], count=1)
    if "(" in rest:
        rest = _BRACKETED.sub("", rest)  # "Letters patent (the Charter of Justice) are issued":
        # another name in brackets before the "are" (round 1227 asked "did letters patent ...
        # are issued")
    m = _BE_AFTER_NOUN_PHRASE.match(rest)
    return m is not None and is_participle(m.group("participle")) and not any(
        w in _CLAUSE_WORDS or base_form(w) for w in re.findall(r"[a-z]+", rest[: m.end()])[:-2])


_CLAUSE_WORDS = frozenset({"and", "or", "but", "that", "which", "who", "when", "where", "while",
                           "as", "after", "before", "until", "because"})


# Words that open a clause of their own, whose "is" or "was" is not the subject's verb
_OPENS_A_CLAUSE = (r"(?:that|which|who|whether|if|as|when|while|because|until|although|though|"
                   r"where)\b")


def _qualifies_idiom_noun(text: str, end: int, word: str) -> bool:
    """Whether `word`, ending at `end`, is an adjective before a set phrase's noun ("full" in
    "takes full effect", "direct" in "assumes direct control")."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1) in IDIOM_NOUNS and (
        "ADJ" in parts_of_speech(word))


# "loaded with ", "trained in ": a participle and its preposition after a plural noun
_PARTICIPLE_PHRASE = re.compile(r"[a-z]+ed\s+(?:with|by|from|in|on|at|for|under|near)\s+")
# What follows a verb and not a noun: a preposition, an article or the end
_AFTER_A_VERB = frozenset({"in", "on", "at", "to", "into", "from", "with", "near", "across",
                           "the", "a", "an", "its", "their", "his", "her"})


def _base_verb_after(text: str, start: int) -> tuple[int, int] | None:
    """The span of the base verb right after the one lower-case noun that follows `start` (the
    end of a participle's preposition): "dynamite explode in", not "dynamite" (a verb too),
    but "explode", known by the preposition or article after it; else None."""
    words = list(re.finditer(r"[\w’'-]+", text[start:]))[:3]
    if len(words) < 3 or words[0].start() != 0:
        return None
    noun, verb, following = (word.group() for word in words)
    if not (noun.isalpha() and noun.islower()) or noun in _AFTER_A_VERB:
        return None  # ("on Jamaica's coast", "at the naval base": a name or a noun phrase)
    if verb.islower() and is_base_verb(verb) and not is_past_tense(verb) and (
            verb not in AUXILIARIES) and (following in _AFTER_A_VERB or (
                following[:1].isupper() and is_plural_noun(noun))):
        # ("troops landed from galleys burn Mousehole": a plural noun, the verb, a name its
        # object; round 932 asked "did Spanish troops land from galleys burn Mousehole")
        return start + words[1].start(), start + words[1].end()
    return None


_NOUN_ENDINGS = ("ss", "us", "tions", "sions", "ments", "ships", "ities", "ists")


# Stricter than officials.NATIONAL_WORD: a timeline's subject "Pakistan" or "Japan" (ending in
# "an") is a country with its verb, not an adjective before a plural noun.
_NATIONAL = NATION_ADJECTIVE


# What follows a plural noun taken for a verb: names or an aside, then the real verb ("The four
# wartime powers concluded", "The giant pandas Ling-Ling and Hsing-Hsing, a gift, arrived").
_THEN_VERB = re.compile(r"(?:\s+[A-Z][\w.’'-]*(?:\s+and)?)*(?:,[^,;:]{1,90},)?\s+(?:[a-z]+ly\s+)?"
                        r"(?P<word>[a-z]+)\b")


# "The FLN launches coordinated attacks": after a name, an -ed word before a bare noun is an
# adjective ("coordinated attacks"), and the word before it the verb.
_ADJECTIVE_PARTICIPLE = re.compile(r"\s+[a-z]+ed\s+(?!(?:the|a|an|its|their|his|her|to|in|on|"
                                   r"at|by|with|for|from|of|and|or|that|as|into)\b|"
                                   r"[a-z]+ed\b)[a-z]+\b")


def _named_subject(subject: str) -> bool:
    """Whether `subject` is "The" and a name alone ("The FLN", "The Kaldoran Front"): no
    common noun in it ("NATO forces attacked fortified posts": "forces" is the noun)."""
    words = subject.split()
    return len(words) > 1 and words[0] in {"The", "the"} and all(
        w[:1].isupper() or w in {"of", "and", "the", "for"} for w in words[1:])


def _verb_follows(text: str, end: int) -> bool:
    """Whether a past-tense verb or an auxiliary comes next after text[:end] (then the word
    before it was the subject's noun: a present verb is never followed by another verb)."""
    then = _THEN_VERB.match(text, end)
    if then is None:
        return False
    word = then.group("word")
    return word in AUXILIARIES or (base_form(word) is not None and word not in NOT_VERBS)


def _lone_common_word(subject: str) -> bool:
    """Whether `subject` is one to three words of the language, the first capitalised and no
    article ("Sharp", "Run-off", "Suicide car"), not a name ("Templer", "Kaldora")."""
    words = subject.split()
    if not 1 <= len(words) <= 3 or not words[0][:1].isupper() or any(
            not w[:1].islower() for w in words[1:]):
        return False
    parts = [p for w in words for p in w.lower().split("-")]
    return (words[0].lower() not in {"the", "a", "an"} and all(parts)
            and all(parts_of_speech(p) - {"PROPN"} for p in parts))


def _plural_verb_later(text: str, end: int) -> bool:
    """Whether a verb in its base form follows text[:end] in the same clause: right after it
    ("ballots confirm"), or later and a verb only ("increases in tariffs deepen"), not after
    "to"."""
    clause = re.split(r"[,;:]", text[end:], maxsplit=1)[0]
    words = [w.strip(".?!") for w in clause.split()]
    for index, word in enumerate(words):
        if index and words[index - 1] in {"to", "will", "would", "could", "may", "might"}:
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if is_base_verb(word) and (index == 0 or parts_of_speech(word) == {"VERB"}
                                   or following in {"the", "a", "an", "its", "their", "more"}):
            return True  # ("bombs at the headquarters kill the commander": "kill" the verb)
    return False


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_NEXT_WORD_IS_PREPOSITION = re.compile(r"\s+(?:under|of|from|in|at|with)\b")
_OBJECT_OPENING = re.compile(r"\s+(?:the|a|an|his|her|its|their|about|some|nearly|almost|over|"
                            r"more|several|hundreds|thousands|dozens|with|against|near|into|"
                            r"across)\b|\s+[A-Z\d]")  # ("pilots clash with": round 247)


def _opens_object(text: str, at: int) -> bool:
    """Whether an object opens at `at` ("the prisoners", "about 2,000", "Kell"): the word
    before it, a noun too ("shoot", "attack"), is then a verb."""
    return _OBJECT_OPENING.match(text, at) is not None


_PREPOSITIONS_BEFORE_NOUNS = frozenset({"between", "among", "of", "with", "against", "for",
                                        "from", "by", "to", "on", "at", "in", "into", "over"})


# Plural nouns that "of" follows ("heads of state", "both houses of the legislature"), never
# verbs there (unlike "dies of", "consists of")
NOUNS_BEFORE_OF = frozenset({"heads", "houses", "members", "chiefs", "parts", "units", "ranks",
                             "bodies", "representatives", "leaders", "ministers", "citizens"})


def _may_be_plural_noun(word: str) -> bool:
    """Whether `word` is a plural noun, or an "-s" form of a word that is a noun too
    ("transports", which the tables know as a verb only)."""
    return is_plural_noun(word) or (len(word) > 4 and word.endswith("s") and not word.endswith(
        "ss") and "NOUN" in parts_of_speech(word[:-1]))  # (not "its": "it" is a noun too)


_COMPASS_WORDS = frozenset({"North", "South", "East", "West"})  # of "South Korean"

_AND_OR_OF_NEXT = re.compile(r"\s+(?:and|or|of)\s|,")


# "on the day [X is killed]": a time's noun that opens a clause with no "when" or "that"
_TIME_CLAUSE_OPENS = re.compile(r"\b(?:on|in|at)\s+the\s+(?:same\s+)?(?:day|night|morning|"
                                r"evening|week|month|year|moment|hour)\s+(?:that\s+)?"
                                r"(?:[A-Z]|the\b)")


def _present_after_subject(text: str, m: re.Match[str] | None) -> tuple[int, int] | None:
    if m is None:
        return None
    nouns = [w for w in m.group("subject").split() if w[:1].islower() and w not in {
        "of", "and", "the", "for", "a", "an"}]
    if len(nouns) == 1 and " and " in m.group("subject") and m.group("subject").endswith(
            " " + nouns[0]) and is_base_verb(nouns[0]) and is_plural_noun(m.group("verb")):
        # "Ostria and Vell file cases": two names' verb in its base form, then its object
        return m.end("subject") - len(nouns[0]), m.end("subject")
    words = m.group("subject").split()
    if (len(nouns) == 1 and len(words) >= 2 and words[-1] == nouns[0] and words[-2][:1].isupper()
            and words[-2].endswith("s") and is_plural_noun(words[-2].lower())
            and is_base_verb(nouns[0]) and not m.group("adverbs")):
        # "The Irish Volunteers land rifles at Howth": a plural body's verb in its base form,
        # then its object (round 182: "did the Irish Volunteers land rifle")
        return m.end("subject") - len(nouns[0]), m.end("subject")
    if m.group("verb") in _NOT_PRESENT or m.group("verb").endswith(_NOUN_ENDINGS):
        return None  # "Formal sessions open": "sessions" is the subject's noun
    if words and words[-1].islower() and "ADJ" in parts_of_speech(words[-1]) and (
            is_plural_noun(m.group("verb"))) and _AND_OR_OF_NEXT.match(text, m.end()):
        return None  # "Finland's first national parks and strict nature reserves are created":
        # an adjective's plural noun, joined to another, the verb later (round 970 asked "did
        # Finland's first national park?")
    if text.startswith(" of ", m.end()) and m.group("verb") in NOUNS_BEFORE_OF:
        return None  # "Both houses of the legislature pass", "heads of state": a plural noun
        # and its "of" (round 267), never a verb ("consists of" is no plural noun)
    if words and words[-1] in _PREPOSITIONS_BEFORE_NOUNS and not m.group("adverbs"):
        return None  # "Fighting between crowds and police spreads": a preposition's noun, no
        # verb (round 262: "did fighting between crowd and police spreads")
    after = _NEXT_WORD.match(text, m.end())
    if after and _may_be_plural_noun(m.group("verb")) and is_base_verb(after.group(1)) and not (
            is_past_tense(after.group(1)) or after.group(1) in AUXILIARIES
            or after.group(1) in _PARTICLES or after.group(1) in _PLACE_PREPOSITIONS
            or "NOUN" in parts_of_speech(after.group(1))
            and not _opens_object(text, after.end())
            or _qualifies_idiom_noun(text, after.end(), after.group(1))):
        return None  # "SS guards shoot about 2,000 prisoners": the plural noun of a name, its
        # verb next (round 241: "did SS guard shoot")
    if m.group("subject").endswith(("’s", "'s")) and not m.group("adverbs"):
        return None  # "Inspector Sam Steele's scouts attack": a possessive's noun, its verb
        # after it (round 231: "did Inspector Sam Steele's scout attack")
    if _lone_common_word(m.group("subject")) and is_plural_noun(m.group("verb")) and (
            _plural_verb_later(text, m.end())):
        return None  # "Run-off ballots confirm", "Sharp increases in tariffs deepen": the
        # "-s" word is the noun, whose verb comes after it ("Parliament votes by 78 to 1")
    if (len(words) == 1 and words[0][:1].isupper() and is_plural_noun(m.group("verb"))
            and _NEXT_WORD_IS_PREPOSITION.match(text, m.end())
            and _plural_verb_later(text, m.end())):
        return None  # "Boer volunteers under Lucas Meyer proclaim": a people's noun, whose verb
        # comes after its phrase (round 302: "did Boer volunteer under ... proclaim")
    if _present_base(m.group("verb")) is None:
        return None  # "Contract workers begin": "workers" is no verb at all
    if parts_of_speech(m.group("subject").lower()) == {"ADJ"}:
        return None  # "Violent clashes ... leave": an adjective is no subject (round 139)
    described = [w for w in m.group("subject").split() if w not in {"The", "the", "A", "An"}]
    if described and all(NATION_ADJECTIVE.fullmatch(w) or _PEOPLES_ADJECTIVE.fullmatch(w)
                         or _adjective(w) or (w in _COMPASS_WORDS and i + 1 < len(described)
                                              and NATION_ADJECTIVE.fullmatch(described[i + 1]))
                         for i, w in enumerate(described)):
        return None  # "New Soviet rules require", "The Western powers make", "South Korean
        # guards fire": adjectives only before the "-s" word, which is the noun they describe
        # (round 156; round 1123 asked "did South Korean guard fire")
    if nouns and parts_of_speech(nouns[-1]) == {"ADJ"}:
        return None  # "The assembly of the Dornish and Vaskan popular fronts ... meets": the
        # "-s" word after an adjective is the noun it qualifies
    if m.group("subject").split()[0].lower() in _NUMBER_WORDS:
        return None  # "Three High Court judges, ..., are abducted": a count's noun
    be_soon = re.match(rf"(?:\s+(?!{_OPENS_A_CLAUSE})[^\s;]+){{0,6}}?\s+(?:is|are|was|were)\b",
                       text[m.end():])
    if be_soon and not _TIME_CLAUSE_OPENS.search(be_soon.group()) or re.match(
            rf"(?:\s+(?!{_OPENS_A_CLAUSE}|and\s+[a-z])[^\s,;:]+){{7,12}}?\s+(?:is|are|was|"
            r"were)\b", text[m.end():]):
        return None  # "the boundary awards for Punjab are made public": "awards" is a noun;
        # not the verb of a clause of its own ("takes full effect as the ties ... are severed"),
        # nor one after a semicolon ("lands near Zamboanga; Basilan is retaken", round 1118;
        # nor a clause of time with no "when": "The race starts on the day Archduke Franz
        # Ferdinand is assassinated", round 1692 asked "was the race starts on the day ...")
    if _verb_follows(text, m.end()) and not (_named_subject(m.group("subject"))
                                             and _ADJECTIVE_PARTICIPLE.match(text, m.end())):
        return None  # "The four wartime powers concluded ...": "powers" is a noun
    last = m.group("subject").split()[-1].lower()
    if last in _NUMBER_WORDS or is_compound_number(last):
        return None  # "Eleven republics sign", "Twenty-one heads of state meet": the word
        # after a number is its noun
    if _NATIONAL.fullmatch(m.group("subject").split()[0]) and not any(
            w[:1].isupper() for w in m.group("subject").split()[1:]):
        return None  # "Pakistani irregulars begin", "Pakistani air strikes open": the noun
    if any(w in AUXILIARIES or base_form(w) or w.endswith("s")
           for w in nouns):
        return None  # "Kaldora signed treaties": a verb in what was taken for the subject
    return m.start("verb"), m.end("verb")


_PEOPLES_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ic)")  # "Kaldoran", "Baltic"


def _adjective(word: str) -> bool:
    """Whether the lexicon knows `word` as an adjective only ("New"), or it is a compass
    adjective ("Western"); not "Council" or "army", which it also knows as adjectives."""
    low = word.lower()
    return parts_of_speech(low) == {"ADJ"} or low in {"western", "eastern", "northern",
                                                      "southern"}


def present_base(verb: str) -> str:
    """The base form of a third-person present verb ("enters" -> "enter", "goes" -> "go")."""
    low = verb.lower()
    return _present_base(low) or low


def participle_base(word: str) -> str | None:
    """The base form of an -ing participle ("speaking" -> "speak", "making" -> "make",
    "running" -> "run"), else None."""
    return ing_base(word.lower())


# "was United Republic of Tanzania adopted", "was Agreement announced": a name headed by a
# common noun, which takes "the" (round 121); not "Protocol I", a numbered one.
_NAME_WITHOUT_ARTICLE = re.compile(
    r"\b(?P<be>was|were) (?=(?:(?:United|Federal|Democratic|Islamic|Socialist|Arab) )*"
    r"(?:Republic|Kingdom|Agreement|Treaty|Union|Federation|Convention|Protocol|Accord|Charter|"
    r"Commonwealth|Confederation)\b(?! (?:[IVX0-9]|No\b))(?! [A-Z][a-z])"  # (not "Republic Act
    # No. 9054": the word names another noun, round 1118 asked "was the Republic Act approved")
    r"(?! (?:troops|forces|soldiers|army|armies|navy|ships|ports|officials|delegates|"
    r"negotiators|officers|lines)\b))")


# "was Regional Comprehensive Economic Partnership (RCEP) signed", "did Trilateral Cooperation
# Secretariat (TCS) open": a name of several words headed by a common noun (round 141).
_LONG_NAME_WITHOUT_ARTICLE = re.compile(
    r"\b(?P<be>was|were|did) (?=(?!The\b)(?:[A-Z][\w-]*\s+){1,5}(?:Partnership|Secretariat|"
    r"Council|Commission|Committee|Conference|Organisation|Organization|Alliance|League|"
    r"Assembly|Community|Forum|Agency|Bank|Fund|Tribunal|Association|Initiative|Region|"
    r"Declaration|Pact|Programme|Program|Mission)\b(?:\s+\([A-Z]{2,}\))?(?![\w’'-]|\s+[A-Z\d])"
    r"(?! (?:troops|forces|soldiers|army|armies|navy|ships|ports|officials|delegates|"
    r"negotiators|officers|lines|members|leaders|states)\b))")


def bank_without_article(name: str) -> bool:
    """Whether a bank's name reads without "the": names or acronyms before "Bank" ("Lloyds
    Bank", "Deutsche Bank", "Lloyds TSB Bank plc"), no word of the language or a people's
    adjective ("the World Bank", "the Asian Development Bank", "the Bank of England")."""
    words = name.split()
    if words[-1:] in (["plc"], ["PLC"]):
        words = words[:-1]
    if not 2 <= len(words) <= 3 or words[-1] != "Bank":
        return False
    return all(word.isupper() or not (parts_of_speech(word.lower())
                                      or NATION_ADJECTIVE.fullmatch(word))
               for word in words[:-1])


def with_article_before_name(question: str) -> str:
    """`question` with "the" before a name headed by a common noun right after "was" or
    "were" ("was the United Republic of Tanzania adopted"), or after "did" when it is a name of
    several words ("did the Trilateral Cooperation Secretariat open")."""
    if "was " not in question and "were " not in question and "did " not in question:
        return question
    question = _NAME_WITHOUT_ARTICLE.sub(r"\g<be> the ", question)
    return _LONG_NAME_WITHOUT_ARTICLE.sub(_the_unless_a_bank_name, question)


# A bank's name after "was", "did" ("Lloyds Bank", "Lloyds TSB Bank plc"), where
# _LONG_NAME_WITHOUT_ARTICLE would put "the"
_BANK_NAME_AHEAD = re.compile(r"(?:[A-Z][\w-]*\s+){1,5}?(?:Bank\b(?:\s+plc\b)?)")


def _the_unless_a_bank_name(match: re.Match[str]) -> str:
    """"did the Trilateral Cooperation Secretariat open", but "did Lloyds Bank buy" (round 1533
    faulted "did the Lloyds Bank buy")."""
    name = _BANK_NAME_AHEAD.match(match.string, match.end())
    if name is not None and bank_without_article(name.group().strip()):
        return match.group()
    return f"{match.group('be')} the "


# "was the Article 14 of the Covenant signed", "was the Security Council Resolution 1542
# adopted": a numbered article or resolution takes no "the" (rounds 121, 125).
_THE_BEFORE_NUMBERED = re.compile(r"\b(?P<the>[Tt]he) (?=(?:[A-Z][\w-]*\s+){0,3}"
                                  r"(?:Article|Resolution|Section|Chapter)\s+\d)")


def without_the_before_numbered(question: str) -> str:
    """`question` without the "the" before a numbered article or resolution."""
    if "he " not in question:
        return question
    return _THE_BEFORE_NUMBERED.sub("", question)
