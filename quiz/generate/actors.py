"""Who did what: an official asked through the act the sentence gives them.

"After the war, the Secretary of State, John Hay, negotiated with the British ambassador" is
asked "After the war, which Secretary of State negotiated with the British ambassador?"
(answer: John Hay). The office comes with the act that pins down which holder is meant, so the
card needs no year and tests the person and role together, where "What position did John Hay
hold?" asks an office out of context. Only acts are asked: who said, wrote or welcomed
something is named in passing (quiz.generate.mentions), and a question about it tests nothing
the document teaches.
"""

from __future__ import annotations

import re

from quiz.generate.clauses import cut_clause
from quiz.generate.facts import Fact
from quiz.generate.grammar import balanced, find_verb
from quiz.generate.inflect import is_participle, is_past_tense

# A phrase fronted before the subject ("After the Spanish-American War, "): kept before the
# question word, as a date question keeps it.
_FRONTED = re.compile(
    r"(?:(?:In|On|At|After|Before|During|By|From|Following|Under|Later|Earlier|Within|Despite|"
    r"Throughout|Until|Between|Shortly\s+after|Soon\s+after)\s[^,;:()“”\"]*,\s+)?(?:[Tt]he\s+)?$")
# Between the office and the name ("Secretary of State, John Hay" or "President John Hay").
_ROLE_TO_NAME = re.compile(r",?\s+")
# Between the name and its office ("John Hay, the Secretary of State").
_NAME_TO_ROLE = re.compile(r",\s+(?:the\s+)?")
_ADVERB = r"(?:(?:also|later|then|formally|personally|subsequently|finally|eventually|soon|" \
    r"quickly|again|first|jointly|duly|secretly|himself|herself)\s+)?"
# The verb right after the subject; a relative "who" after an apposition in mid-sentence.
_VERB_AFTER = re.compile(rf",?\s+{_ADVERB}(?P<verb>[a-z]+)\b")
_WHO_AFTER = re.compile(rf",\s+who\s+{_ADVERB}(?P<verb>[a-z]+)\b")
# Where the act's clause ends and another begins (", and the embargo was lifted ...").
# (", and" opens a clause only when a verb follows: "with France, Britain, and Italy" is a list.)
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but)\s+|,?\s+(?:while|whereas|although|though)\s+|"
                          r"\s+[—–]\s+|;")
_ANOTHER = re.compile(r",|\band\b")
# A noun phrase right after the fronted phrase's noun, with no preposition or comma between.
_SUBJECT_IN_FRONT = re.compile(r"\b(?!(?:of|in|on|at|by|for|from|to|with|under|after|before|"
                               r"during|and|or)\b)[a-z]+\s+(?:the|a|an|his|her|its|their)\s")
_FINITE_AFTER_COMMA = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:(?!(?:as|its|his|this|thus|whereas|"
                                 r"perhaps|has)\s)[a-z]{2,}s|remained|was|were|had|is|are)\s")
_STANCE = re.compile(r"(?:struck|sounded|took|adopted|set)\s+an?\s+(?:[a-z]+\s+)?(?:note|tone|"
                     r"line|stance|view)\b")
_TIME_POINTER = re.compile(
    r"\b(?:that|the same|the following|the next|the previous|the preceding)\s+(?:day|week|month|"
    r"year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b")
_YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")
# Verbs of saying and of reacting: the person is then only the one who spoke (see above).
_SPEAKING = frozenset({
    "said", "stated", "told", "noted", "remarked", "commented", "wrote", "testified",
    "observed", "argued", "stressed", "emphasised", "emphasized", "insisted", "claimed",
    "added", "recalled", "announced", "declared", "described", "called", "replied",
    "answered", "explained", "warned", "welcomed", "condemned", "denounced", "praised",
    "criticised", "criticized", "hailed", "dismissed", "congratulated", "lauded",
    "applauded", "deplored", "protested", "tweeted", "thanked", "urged", "expressed",
    "suggested", "predicted", "acknowledged", "conceded", "admitted", "questioned",
    "complained", "assured", "reiterated", "confirmed", "indicated", "believed", "felt",
    "thought", "expected", "hoped", "wanted", "knew", "was", "were", "had", "did"})


# "Israel's", "Pius IX's", "Lord Salisbury's": a name and its possessive opening an office
_OWNER_OPENS = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\b")


def _office_phrase(fact: Fact) -> str:
    """"which Secretary of State" or, for an office that cannot follow "which" ("Israel's
    Foreign Minister", "chairman of the PLO"), "who, as Israel's Foreign Minister,"."""
    role = fact.role
    if role.startswith("then "):
        role = role[len("then "):]
    office = f"{role} {fact.role_context}".strip() if fact.role_context else role
    if re.search(r"[’']s\b", role) or not role[:1].isupper():
        if office.startswith("The "):
            return f"Who, as the {office[4:]},"  # ("the Provisional Government's Foreign
            # Minister", not "the The ...": round 432)
        article = "" if _OWNER_OPENS.match(role) else "the "  # ("Pius IX's Secretary of
        # State": a name's possessive, not "the Pius IX's", round 447)
        return f"Who, as {article}{office},"
    return f"Which {office}"


def _own_clause(act: str) -> str:
    """The act up to where another clause begins (", and the embargo was lifted ...")."""
    for m in _NEXT_CLAUSE.finditer(act):
        if not m.group().lstrip(",").strip().startswith(("and", "but")) or find_verb(
                act[m.end():]) is not None:
            return act[: m.start()]
    return act


def _without_article(fronted: str) -> str:
    """The fronted phrase without the subject's own "the" ("After the war, the ")."""
    return re.sub(r"[Tt]he\s+$", "", fronted)


def _context_end(fact: Fact, at: int) -> int:
    """Past the "of the Bureau of ..." that qualifies the office after the name, if any."""
    context = fact.role_context.strip()
    text = fact.sentence.text
    if context and text[at:].lstrip().startswith(context):
        return at + len(text[at:]) - len(text[at:].lstrip()) + len(context)
    return at


def actor_question(fact: Fact) -> str | None:
    """"Which <office> <act>?" for an official who is the subject of a clause stating an act,
    or None. The act is the clause's own (cut where the next clause begins)."""
    if fact.role_start < 0 or not fact.role or _ANOTHER.search(fact.role_context):
        return None  # ("President of Peru and President Jamil Mahuad of Ecuador put ...")
    text = fact.sentence.text
    if fact.role_end <= fact.start:  # "the Secretary of State, John Hay, negotiated ..."
        if not _ROLE_TO_NAME.fullmatch(text, fact.role_end, fact.start):
            return None
        lead = _FRONTED.search(text, 0, fact.role_start)
        if lead is None or lead.start() != 0:
            return None  # something else comes first: the official is not the subject
        fronted = _without_article(text[: lead.end()])
        verb = _VERB_AFTER.match(text, _context_end(fact, fact.end))
        relative = False
    elif _NAME_TO_ROLE.fullmatch(text, fact.end, fact.role_start):  # "John Hay, the Secretary
        # of State, ..."
        end = _context_end(fact, fact.role_end)
        verb = _WHO_AFTER.match(text, end)
        fronted, relative = "", verb is not None
        if verb is None:
            lead = _FRONTED.search(text, 0, fact.start)
            if lead is None or lead.start() != 0 or not text.startswith(",", end):
                return None
            fronted = _without_article(text[: lead.end()])
            verb = _VERB_AFTER.match(text, end)
    else:
        return None
    if verb is None:
        return None
    word = verb.group("verb")
    if word in _SPEAKING or not is_past_tense(word):
        return None
    if fronted and _SUBJECT_IN_FRONT.search(fronted):
        return None  # "In the same weeks the opposition's candidate, who ...": no comma
        # closes the fronted phrase, so where the subject begins is not known
    act = cut_clause(text[verb.start("verb"):])
    act = _own_clause(act)
    if relative:  # "X, the ..., who conducted the talks, stood behind ...": a relative
        act = act.split(",", 1)[0]  # clause ends at its comma
        if _YEAR.search(act):
            return None  # "Jarring, Sweden's Ambassador, who undertook a mission in 1957": the
            # office is the one held when the sentence was written, perhaps not then
    act = act.rstrip(" ,;:.")
    if is_participle(word) and _FINITE_AFTER_COMMA.search(act):
        return None  # "X, appointed in December 2005 under ..., remains in office": a participle
    if _STANCE.match(act):
        return None  # "struck a warmer note", "took a hard line": what was said, in other words
    if re.match(r"[a-z]+\s+that\b", act) or len(act.split()) < 3:
        return None  # "agreed that ...": what was said; "resigned": too little to pin it down
    if _TIME_POINTER.search(act):
        return None  # "visited Riyadh that November": which November, another sentence says
    surname = fact.answer.split()[-1]
    if re.search(rf"\b{re.escape(surname)}\b", act):
        return None  # the act names the person again
    office = _office_phrase(fact)
    if fronted:
        office = office[0].lower() + office[1:]
    question = f"{fronted}{office} {act}?"
    return question if balanced(question) else None
