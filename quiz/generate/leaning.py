"""Does a question lean on a sentence it was not copied from? Referents a student cannot place.

Readers fault most generated cards as vague because a phrase points back into the document:
"the instrument of ratification" (of which treaty?), "observer status" (in what?), "Turkey's
withdrawal" (from what?), "By then", "From there", "the resulting dispute", "neither party".
These rules read the phrase itself (a noun that needs its complement and lacks it, a word that
points back), never a list of the documents' topics, so they hold for texts not seen.
"""

from __future__ import annotations

import re

# Nouns that say nothing until one says of what ("the ratification of the Kyoto Protocol",
# "withdrawal from the Istanbul Convention", "Article VI of the Treaty"); a determiner or a
# possessive in front, and no complement after.
_RELATIONAL = (r"instruments?\s+of\s+(?:ratification|accession)|ratifications?|withdrawal|"
               r"holders?|instal(?:l)?ments?|"
               r"accession|abrogation|annulment|drafts?|preliminary\s+articles|"
               r"observer\s+status|membership|supplementary\s+(?:agreement|protocol|treaty)")
_COMPLEMENT = r"(?!\s+(?:of|from|to|in|with|for|on|between)\b)"
_MISSING_COMPLEMENT = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[A-Z][\w-]*[’']s)\s+(?:[a-z]+\s+)?"
    rf"(?:{_RELATIONAL})\b{_COMPLEMENT}"
    rf"|\b(?:instruments?\s+of\s+(?:ratification|accession)|ratifications|observer\s+status)\b"
    rf"{_COMPLEMENT}"
    rf"|\b(?:rejected|approved|blocked|refused|withheld|completed|delayed|postponed|opposed|"
    rf"rejects|approves|blocks|refuses|completes|delays|opposes|reject|approve|block|refuse|"
    rf"complete|delay|oppose)\s+ratification\b{_COMPLEMENT}"
    rf"|\b(?:Article|Annex)\s+[IVXLC\d]+\b(?!\s+(?:of|to)\b)")
# A name that can be what such a noun belongs to: an agreement or a body, or an acronym.
_NAMES_AN_INSTRUMENT = re.compile(
    r"\b(?:Treaty|Treaties|Convention|Protocol|Agreement|Accords?|Pact|Charter|Act|Declaration|"
    r"Statute|Covenant|Community|Nations|Organi[sz]ation|League|Alliance|Council|Assembly|"
    r"Commission|Court|Union)\b|\b(?![IVXLC]+\b)[A-Z]{2,}\b")
# Words that point back to a time, a place or a thing told in an earlier sentence.
_POINTS_BACK = re.compile(
    r"\b(?:[Bb]y|[Ff]rom|[Ss]ince|[Uu]ntil|[Tt]ill)\s+(?:then|there)\b|\b[Tt]hereafter\b"
    r"|\b[Tt]he\s+(?:resulting|remaining|aforementioned|aforesaid|respective)\b"
    # (the pronoun, not "the former home of the German Embassy": an adjective before its
    # noun, round 1415 refused a card for it)
    r"|\b[Tt]he\s+(?:latter|former)\b(?!\s+[A-Z])(?!\s+(?!(?:and|or|but|also|still|then|"
    r"later|never|who|whose|which|was|is|were|are|had|has|have|would|could|should|might|may|"
    r"must|will|shall|did|does|do|became|remained|died|won|lost|left|took|gave|kept|held|went|"
    r"came|saw|made|being|having|to|in|on|at|by|with|from|as|for|while|when|where|after|"
    r"before|because|since|although|though|until|if|whereas|not|only|both|each|himself|"
    r"herself|itself|themselves|alone|too|again|soon|now|under|over|into|through|against|"
    r"during|without|within|among|between|about|than|so|yet)\b)[a-z]+(?<!ed)\b(?![’'-]))"
    r"|\b(?:[Nn]either|[Ee]ither)\s+(?:party|side|country|government|signatory)\b"
    r"|\b[Tt]he\s+other\s+(?:party|parties|side|sides|signatory|signatories)\b"
    r"|\bpreviously\b"
    # "Hahl was therefore in Germany", "and accordingly withdrew": a reason told before (rounds
    # 82-328 kept none of 12 such cards)
    r"|\b(?:therefore|accordingly)\b"
    # "The first of these, the Treaty of Funafuti, ...", "Within weeks Tabai signed ...": a list
    # or an event told before (round 340); not a closing "collapsed within weeks"
    r"|\b(?:[Tt]he\s+)?(?i:first|second|third|last|latter|former|both|each|one|all|none|most)"
    r"\s+of\s+(?:these|those|them)\b"
    r"|\bWithin\s+(?:(?:a\s+few|several|two|three)\s+)?(?:weeks|days|months|hours|"
    r"a\s+(?:week|month|year|fortnight))\b(?!\s+of\b)"
    # "Another, Abraham Kahlil Mitra, ...", "Further east, Mangazeya ...": one more of a list,
    # or a place, counted from another sentence (rounds 82-344 kept none of 8)
    r"|(?:\A|(?<=: ))(?:Another|Others)\b"
    r"|(?:\A|(?<=: ))(?:Further|Farther)\s+(?:east|west|north|south|inland|upstream|downstream)\b")
# Verbs whose object says what the act was about ("left the conference", "signed the accord",
# "entered the war"): asked with no object, only the document around the sentence says what.
_OBJECT_VERBS = (r"leave|enter|reach|attend|visit|quit|sign|ratify|approve|adopt|accept|reject|"
                 r"endorse|complete|recogni[sz]e|establish|launch|suspend|invade|occupy|host|"
                 r"exempt|abandon|resume|boycott|convene|join|accede|withdraw")
# Verbs that never stand without their object ("did India INX ... inaugurate?", "did President
# Mesić promulgate?": a participle line read as an act; rounds 156-1444 kept none of 7 such
# verdicts), whatever asides the subject holds
_TRANSITIVE_ONLY = (r"inaugurate|found|create|unveil|dedicate|consecrate|incorporate|promulgate|"
                    r"enact|rebuild|erect|renovate|demolish|introduce")  # (pass 348: "did the
# five-storeyed pagoda rebuild, an Important Cultural Property, ...?", round 1460; pass 353: "did
# a stylised "J" introduce, replacing the oval badge", round 1505)
# "did Lord Kelso leave without an agreement?": "did", its subject (a name or "the ..."), the
# verb, then at once a preposition or an adverb that cannot begin the object, or the end.
_NO_OBJECT_NEXT = (r"(?=\s+(?:without|after|before|during|following|again|once|in|at|on|early|"
                   r"late|but)\b|\?$|\s*,\s*(?:and|but)\b")
_LOST_OBJECT = re.compile(
    rf"\bdid\s+(?:(?:(?!to\b|not\b)[A-Za-z][\w.’'-]*\s+){{1,8}}?(?P<verb>{_OBJECT_VERBS})"
    rf"{_NO_OBJECT_NEXT})"
    rf"|(?:(?!to\b|not\b)[A-Za-z(\"“][\w.’'(),\"“”-]*\s+){{1,12}}?(?P<only>{_TRANSITIVE_ONLY})"
    rf"(?:{_NO_OBJECT_NEXT}|,\s+(?:an?|the)\s|,\s+[a-z]+ing\b)))")  # (and before an
# apposition or a participle's clause: a participle line's aside, "did the pagoda rebuild, an
# Important Cultural Property, ...", "did a stylised "J" introduce, replacing ...")
# "In 2022, what memorandum did ... sign in Riga?": a thing asked after an opening phrase
_ASKS_A_THING = re.compile(r"\b(?:what|which)\s+(?!date\b|dates\b|year\b|month\b|day\b)"
                           r"[a-z]+(?:\s+[a-z]+)?\s+did\b")
# "What resolution did the council adopt in 2018?": the object is what is asked.
_ASKS_THE_OBJECT = re.compile(r"(?:What|Which|Who|Whom)\b")
# "became a participant", "Denmark left at the end of 1972": membership of what is not said
# (not completed from a body's fact sheet: what was joined may be another body it names).
_MEMBER_OF_WHAT = re.compile(r"\b(?:become|became|becoming|becomes)\s+(?:an?\s+)?(?:full\s+|"
                             r"founding\s+|associate\s+)?(?:participant|member|party|signatory|"
                             r"observer|associate)\b(?!\s+(?:of|to|in|at)\b)"
                             r"|\b(?:joined|left|rejoined|withdrew)"
                             r"(?=\s+(?:at|in|on|after|before|during|early|late|later)\b|\s+____)"
                             r"(?![^,;]*\b(?:for|to)\s+(?:the\s+)?[A-Z])")  # "left ... for Accra"
_MEMBER_GATE = ("becom", "became", "joined", "left", "withdrew")  # (in step with the verbs above)
# "Excluded were the traders of ...": a passive turned round, its participle first; excluded
# from what was said in the sentence before.
_INVERTED_PASSIVE = re.compile(r"^(?:Also\s+)?[A-Z][a-z]{2,}(?:ed|en)\s+(?:were|was)\b")

# A fill-in's subject that is a bare common noun: "The process led to ...", "A second mission,
# led by ..., spent ...", "More recent proceedings include ...". In the document the noun is the
# one the sentences before spoke of; alone, the card never says what process or mission. (A
# noun with a complement, "The launch of Sputnik", or a name in it, "The Egyptian attack", says.)
_TIME_WORDS = (r"year|years|month|months|week|weeks|day|days|decade|decades|century|date|time|"
               r"later|earlier|ago|before|after")
# Words that end a noun phrase rather than modify its noun ("group of", "frontier was", "-ly").
_NOT_A_MODIFIER = (r"of|in|on|at|for|with|by|from|to|over|and|or|between|under|was|were|is|are|"
                   r"had|has|have|[a-z]+ly")
_IRREGULAR_PAST = (r"led|made|took|began|became|gave|set|met|held|won|saw|came|went|brought|drew|"
                   r"fell|spent|left|sent|ran|rose|fought|sat|stood|broke|wrote|found|kept|lost|"
                   r"paid|told|laid|struck|grew|bore|chose|froze|shook|swore|tore|wore|sought")
_OPENING_TIME = r"(?:(?:On|In|By|From|During)\s+(?:____|[^,]{0,30}?\d{3,4}),?\s+)?"
_UNNAMED_SUBJECT = re.compile(
    rf"^{_OPENING_TIME}(?P<np>(?:The|A|An|More|Most|Other|Further|Later|Earlier|Subsequent|"
    rf"Several)\s+(?:(?!(?:{_TIME_WORDS}|{_NOT_A_MODIFIER})\b)[a-z][a-z-]*\s+){{0,3}}"
    rf"(?!(?:{_TIME_WORDS}|{_NOT_A_MODIFIER})\b)[a-z]{{3,}})"
    r"(?=,\s+(?![A-Z]|(?:over|of|between|with|against|on|in)\s)"  # not ", Austria, Britain"
    rf"|\s+(?:was|were|is|are|had|has|have|include|includes|included|{_IRREGULAR_PAST}"
    r"|(?![a-z]+ed\s+(?:for|by|at|in|to)\s+[A-Z])[a-z]{3,}ed)\b)")  # not "planned for Selenginsk"
# "In Kaldora v. Vesteria it ruled ...": "it" opens the main clause after a phrase that names
# other things; what "it" is, an earlier sentence said.
_IT_AFTER_OPENING = re.compile(r"^(?:In|On|At|By|During|After|Under|With|Before)\s+[^,]*?,?\s"
                               rf"it\s+(?:[a-z]+ed|was|has|had|is|built|{_IRREGULAR_PAST})\b")


def unnamed_subject(statement: str) -> str | None:
    """Why a fill-in's subject is a thing the card never names (None when it names it)."""
    match = _UNNAMED_SUBJECT.match(statement)
    if match is not None:
        return f"vague: its subject “{match.group('np')}” is not named in the card"
    if " it " in statement and _IT_AFTER_OPENING.match(statement):
        return "vague: its subject “it” is named in another sentence"
    return None


# Words one of whose patterns must hold for it to match: most questions skip the scan.
_RELATIONAL_WORDS = ("ratif", "withdrawal", "holder", "instal", "accession", "abrogation",
                     "annulment", "draft", "preliminary", "observer", "membership", "supplementary",
                     "Article", "Annex")
_POINTING_WORDS = ("then", "there", "resulting", "remaining", "afore", "respective", "latter",
                   "former", "either", "other", "previously", "therefore", "accordingly",
                   " of these", " of those", " of them", "ithin ", "Another", "Others",
                   "urther ", "arther ")


def names_an_instrument(question: str) -> bool:
    """Whether the question names an agreement or a body a relational noun can belong to."""
    return bool(_NAMES_AN_INSTRUMENT.search(question))


def missing_complement(question: str) -> re.Match[str] | None:
    """A noun that needs "of what" ("the instrument of ratification", "observer status",
    "Article VI") and does not have it, in a question that names no agreement or body."""
    if not any(word in question for word in _RELATIONAL_WORDS):
        return None
    match = _MISSING_COMPLEMENT.search(question)
    if match is None or names_an_instrument(question):
        return None
    return match


def leaning_faults(question: str) -> list[str]:
    """The reasons a question cannot be understood without the document around its sentence."""
    found: list[str] = []
    missing = missing_complement(question)
    if missing:
        found.append(f"vague: “{missing.group()}” does not say of what")
    back = _POINTS_BACK.search(question) if any(
        word in question for word in _POINTING_WORDS) else None
    if back:
        found.append(f"vague: “{back.group()}” points back to another sentence")
    lost = _LOST_OBJECT.search(question) if "did " in question and not _ASKS_THE_OBJECT.match(
        question) and not _ASKS_A_THING.search(question) else None
    if lost:
        found.append(f"vague: “{lost.group('verb') or lost.group('only')}” without what it "
                     "acts on")
    member = _MEMBER_OF_WHAT.search(question) if any(
        map(question.__contains__, _MEMBER_GATE)) else None
    if member and not names_an_instrument(question[member.end():]):
        found.append(f"vague: “{member.group()}” does not say of what")
    if _INVERTED_PASSIVE.match(question):
        found.append("vague: a passive turned round (“Excluded were ...”) leans on the sentence"
                     " before")
    return found
