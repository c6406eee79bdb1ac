"""Lines that are a name and what was done to it, not a sentence.

A fact sheet writes "Founding treaty (current): Treaty for the Establishment of the East African
Community, signed 30 November 1999; in force 7 July 2000." Its "signed" describes the treaty;
the line has no verb of its own. A fill-in made of it reads as a label, and "Which treaty,
signed at Arusha, ...?" is no question. Asked about the thing named, it is clear: "On what date
was the Treaty for the Establishment of the East African Community signed?".
"""

from __future__ import annotations

import re

from quiz.generate.grammar import find_verb, label_as_noun
from quiz.generate.inflect import is_participle, is_past_tense, parts_of_speech
from quiz.generate.officials import TITLE
from quiz.generate.subject import AGREEMENT_HEADS, BODY_HEADS

# "Founding treaty (current): ", "Key agreement: ": a fact sheet's label before the name.
_LABEL = re.compile(r"^[A-Z][^:;.,?]{1,60}?(?:\s*\([^()]*\))?:\s+")
# What may follow a participle of the line: where, when or by whom ("signed at Oslo",
# "amended in 2004", "signed 14 March 1962"), never an object ("signed the treaty").
_OBJECT = re.compile(r"\s+(?:(?:the|a|an|his|her|its|their|this|that|these|those|it|them)\b|[A-Z])")
# The last part of such a line: a participle and only where or when ("amended in 2004",
# "signed 14 March 1962", "signed at Windhoek on ____"); "called for a new union" is a verb's.
_SHORT_TAIL = re.compile(r"^(?:in\s+force|effective|[a-z]+)(?:\s+(?:(?:in|on|at|from|until|since)"
                         r"\s+)?(?:the\s+)?(?:[A-Z\d][\w’'.-]*|X|____))*(?:\s+\d{3,4})?[.?]?$")
_IN_FORCE = re.compile(r"^(?:in\s+force|effective)\b")
_NAME_WORD = r"[A-Z][\w’'.-]*"
# "launched in": a participle and the preposition of the date after it.
_PARTICIPLE_BEFORE_DATE = re.compile(
    rf"^(?P<part>[a-z]+)(?P<place>(?:\s+(?:at|in|by)\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*)"
    r"{0,2})"
    r"(?:\s+(?:on|in))?\s*$")
# "leading to the Nordic Fisheries Zone launched in": a name inside the line and its participle.
_NAMED_PARTICIPLE = re.compile(
    rf"(?P<name>(?:the\s+)?{_NAME_WORD}(?:\s+(?:of|for|on|and|the|{_NAME_WORD}))*)\s+"
    r"(?P<part>[a-z]+)(?:\s+(?:on|in))?\s*$")
_DEFINITE_HEADS = frozenset(word.lower() for word in AGREEMENT_HEADS | BODY_HEADS)
# Without a label, only a line naming an agreement or a body ("Treaty of X, signed ...") or a
# question asking for one ("Which charter, signed ...?") is read as a name and its participles:
# "Rouen, starved by a long siege, surrendered in 1419" is a sentence whose verb is the last.
_NAME_HEADS = frozenset(AGREEMENT_HEADS | BODY_HEADS | {"Which"})
# What a line of a name and one participle names: an agreement, a body or a programme.
_PROGRAMME_HEADS = AGREEMENT_HEADS | BODY_HEADS | {
    "Partnership", "Programme", "Program", "Plan", "Strategy", "Zone", "Area", "Mechanism",
    "Mission", "Framework", "Compact", "Agenda", "Roadmap", "Dialogue"}


def _is_participle(word: str) -> bool:
    return len(word) > 3 and (word.endswith("ing") or is_participle(word) or is_past_tense(word))


# Nouns of a state or standing, which a participle after them never describes
# ("Guardianship: placed in state care by the Earl of Moray in 1924": the abbey was placed, not
# its guardianship; round 920 asked "was the guardianship placed in state care")
STATE_NOUNS = frozenset({"status", "designation", "listing", "protection", "recognition",
                         "guardianship", "ownership", "custody", "management",
                         "administration"})
# Nouns of an event that befell the document's subject ("Suppression and restoration: abolished
# by the National Convention on 8 August 1793")
EVENT_NOUNS = frozenset({"suppression", "restoration", "abolition", "annexation", "purchase",
                         "opening", "reopening", "closure", "founding", "foundation",
                         "establishment", "creation", "incorporation", "suspension", "revival",
                         "renaming", "merger", "demolition", "reconstruction", "rebuilding",
                         "completion", "inauguration", "expansion", "enlargement", "relocation",
                         "transfer", "destruction", "reorganisation", "reorganization",
                         "construction", "partition", "unification", "secularisation",
                         "secularization", "nationalisation", "nationalization",
                         "privatisation", "privatization",
                         "end", "loss", "sale", "takeover", "acquisition", "flotation",
                         "formation", "origin", "origins", "birth", "beginnings"})
# Participles of what comes to be or ends, said of the subject, never of such an event ("was the
# suppression and restoration abolished": the Académie was; "Annexation: accepted by Vell" is
# the annexation's, and kept)
_OF_THE_SUBJECT = frozenset({"abolished", "suppressed", "dissolved", "founded", "established",
                            "re-formed", "reformed", "restored", "renamed", "merged", "moved",
                            "rebuilt", "demolished", "closed", "reopened", "created",
                            "incorporated", "refounded", "re-established", "chartered",
                            "transferred", "relocated", "secularised", "secularized",
                            "nationalised", "nationalized", "opened", "inaugurated",
                            # (pass 355: "Privatisation: sold at auction by the City of Moscow":
                            # the hotel was sold, round 1524 asked "was the privatisation sold")
                            "sold", "bought", "acquired", "purchased", "auctioned", "leased",
                            "privatised", "privatized", "floated", "listed",
                            # ("Merger: integrated with Japan Air System through a holding
                            # company formed on 2 October 2002": round 1595 asked "was the Merger
                            # integrated")
                            "integrated", "combined", "absorbed", "amalgamated"})


def names_an_event_of_the_subject(label: str, participle: str) -> bool:
    """Whether a fact sheet's `label` names events ("Suppression and restoration") that the
    `participle` after it ("abolished") cannot describe: it describes the document's subject,
    and a question asking it of the label is nonsense (round 1416 asked "was the suppression
    and restoration abolished")."""
    words = [word for word in label.lower().split() if word not in {"and", "&", "or"}]
    if "of" in words[1:]:
        words = words[:words.index("of")]  # "End of independence: acquired by ... on 10
        # October 2016": the event is the head before "of" (round 1565 asked "was the end of
        # independence acquired by Anheuser-Busch InBev")
    if not words or words[-1] not in EVENT_NOUNS:
        return False
    return (" and " in label and all(word in EVENT_NOUNS for word in words)) or (
        participle.lower() in _OF_THE_SUBJECT)


def _parts(text: str) -> tuple[int, str, list[tuple[int, str]]] | None:
    """Where the name starts, the name, and each later part of the line with where it starts,
    when `text` is a name followed only by parts that describe it; else None."""
    label = _LABEL.match(text)
    at = label.end() if label else 0
    if label and text[at:at + 1].islower():
        # "Treaty of Vell: signed 3 May 1990; in force 1 June 1991": the label is the name
        name = re.sub(r"\s*\([^()]*\)", "", label.group().rstrip(": "))
        if _NAME_HEADS.isdisjoint(name.split()) or find_verb(name) is not None:
            return None
        if name.split()[-1].lower() in STATE_NOUNS or names_an_event_of_the_subject(
                name, text[at:].split(" ", 1)[0].rstrip(",;.")):
            return None  # "World Heritage status: inscribed on ...": what was inscribed is the
            # document's island, not its status (round 726 asked "was the World Heritage
            # status inscribed", round 722 "was the historic status listed")
        if "," in text[at:].split(";", 1)[0]:
            return None  # "Statute: adopted at the Conference, held in Caracas": "held" is
            # the conference's; only "signed ...; in force ..." parts are all the name's
        comma, at = at - 1, 0
    else:
        comma = text.find(", ", at)
        if comma < 0 or not text[at:at + 1].isupper():
            return None
        name = text[at:comma]
    if not label and not _NAME_HEADS.intersection(name.split()):
        return None  # "Rouen, starved by a long siege, surrendered": a place's sentence
    if find_verb(name) is not None or any(
            _is_participle(word) and not word[:1].isupper() for word in name.split()[1:]):
        return None  # "Iraq invaded Iran, opening ...": the name has a verb of its own
    parts: list[tuple[int, str]] = []
    for m in re.finditer(r"[^,;]+", text[comma + 1:]):
        part = m.group().strip().rstrip(".?")
        start = comma + 1 + m.start() + (len(m.group()) - len(m.group().lstrip()))
        if not part:
            continue
        first = part.split(" ", 1)[0]
        if _IN_FORCE.match(part):
            parts.append((start, part))
            continue
        if not first.islower() or not _is_participle(first):
            return None
        if not first.endswith("ing") and _OBJECT.match(part, len(first)):
            return None  # "signed the treaty": a verb with its object, a sentence after all
        verb = find_verb(part[len(first):])
        if verb is not None and verb[2] == "aux":
            return None  # "Treaty of X, leading to war, was signed": a sentence after all
        parts.append((start, part))
    if not parts:
        return None
    if not parts[0][1].split(" ", 1)[0].endswith("ing") and not _SHORT_TAIL.match(parts[-1][1]):
        return None  # "The Sirte Declaration, adopted at ..., called for a new union": its verb
    return at, name, parts


# "The Eastern Partnership launched at the Prague summit of 7 May 2009.": a fact sheet's line of
# a name and a participle that takes an object, with no object after it.
_NAME_THEN_PARTICIPLE = re.compile(
    rf"^(?P<name>(?:The\s+)?{_NAME_WORD}(?:\s+(?:of|for|on|and|the|{_NAME_WORD}))*)\s+"
    r"(?P<part>launched|signed|adopted|ratified|established|founded|created|amended|concluded|"
    r"issued|approved|inaugurated)\s+(?P<rest>(?:at|in|on|by)\s[^,;:]*?)[.?]?$")


# A name, a comma and what the person was, with no verb: "Ezequiel Zamora, Federalist general
# of the west," or "Manuel Felipe de Tovar, Conservative president"
_NAME_AND_DESCRIPTION = re.compile(r"(?!(?:In|On|At|By|For|From|During|After|Before|When|As|"
                                   r"Under|With|Since|Until)\s)"  # (an opening phrase's word)
                                   r"[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:(?:de|da|del|do|dos|van|von|der|"
                                   r"di|du|la|le|bin|ibn|al)\s+)?[A-ZÀ-Þ][\w’'.-]*){1,4},\s+"
                                   r"(?!(?:he|she|they|it|who|which)\b)[^,]+,?$")
# Acts only ever done to a person ("killed at", never "he killed at")
DONE_TO_PERSON = frozenset({"killed", "executed", "assassinated", "murdered", "captured",
                             "arrested", "imprisoned", "exiled", "deposed", "overthrown",
                             "crowned", "buried", "wounded", "hanged", "shot", "ousted",
                             "elected", "appointed", "born", "sentenced", "kidnapped"})
_PLACE_OR_TIME_NEXT = re.compile(r"\s+(?:at|in|on|near|during)\b")


def is_person_list_item(before: str, after: str) -> bool:
    """Whether a participle between `before` and `after` ends a list item about a person
    (_NAME_AND_DESCRIPTION), not a clause's verb: a place, a time or nothing after it."""
    return _NAME_AND_DESCRIPTION.match(before.strip()) is not None and (
        _PLACE_OR_TIME_NEXT.match(after) is not None or not after.strip(" ."))


def is_name_with_participles(text: str) -> bool:
    """Whether `text` is a name and the participles that describe it, with no verb of its own
    ("Charter of X, signed at Oslo, amended in 2004.", "Which charter, signed at Oslo, amended
    in 2004?")."""
    if ", having " in text:
        return False  # "The European Council, having settled the dispute, fixed ...": an
        # aside before the sentence's own verb
    if "," not in text and not (":" in text and _LABEL.match(text)):
        alone = _NAME_THEN_PARTICIPLE.match(text)
        return alone is not None and not _PROGRAMME_HEADS.isdisjoint(alone.group("name").split())
    return _parts(text) is not None


# A name's head noun before its "of", after at most three words ("International Brotherhood of")
_HEAD_BEFORE_OF = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,3}(?P<head>[A-Z][a-z]+) of\b")


def _the(name: str) -> str:
    """A name as a question's subject: "the Treaty of X" for a name headed by a common noun,
    "the European Convention on Human Rights" for one with a head after its first word."""
    if name.startswith(("The ", "the ")):
        return "the " + name[4:]
    name = label_as_noun(name)  # ("Founding treaty:", a label in sentence case)
    if any(word.lower() in _DEFINITE_HEADS for word in name.split()):
        return f"the {name}"
    first = _HEAD_BEFORE_OF.match(name)
    if first and "NOUN" in parts_of_speech(first.group("head").lower()) and all(
            not parts_of_speech(word.lower()).isdisjoint({"ADJ", "NOUN"})
            for word in name[: first.start("head")].split()):  # (common words before the
        # head, not a person's names: "John Smith of Boston")
        return f"the {name}"  # "the Constitution of the Universal Postal Union", "the
        # International Brotherhood of Teamsters" (round 1746 asked "was International
        # Brotherhood of Teamsters (IBT) founded")
    return name


# Pasts that take no object, so no "was" ("was King Sobhuza II died", round 273)
_INTRANSITIVE = {"died": "die", "abdicated": "abdicate", "retired": "retire",
                 "arrived": "arrive", "resigned": "resign", "returned": "return"}


def _be(name: str) -> str:
    heads = [word for word in name.split() if word.lower() in _DEFINITE_HEADS]
    head = heads[0] if heads else (
        name.split(" of ", 1)[0].split()[-1] if " of " in name else name.split()[-1])
    plural = head.endswith("s") and not head.endswith(("ss", "us"))
    return "were" if plural else "was"


# Participles that take an office after them: "elected Chairperson of the Commission"
_TO_AN_OFFICE = frozenset({"elected", "re-elected", "appointed", "named"})


def _office_of_label(label: re.Match[str] | None, participle: str, place: str) -> str:
    """" Chairperson of the Commission" when a line's label is the office its person was
    `participle` ("Chairperson of the Commission: Ivo Tamm, elected 15 February 2025"), so
    that the question says to what (rounds 400-660 rejected 7 of 8 verdicts on a person
    "elected" to nothing said); "" otherwise."""
    if label is None or participle not in _TO_AN_OFFICE or place.strip():
        return ""
    office = re.sub(r"\s*\([^()]*\)", "", label.group().rstrip(": "))
    return f" {office}" if re.match(TITLE, office) else ""


def name_date_question(text: str, start: int, end: int, wh: str) -> str | None:
    """A question asking for the date at text[start:end] of a line that is a name and its
    participles: "On what date was the Charter of X signed?"; None when the line is another
    kind or the date's part cannot be read."""
    wh = wh[0].upper() + wh[1:]
    alone = _NAME_THEN_PARTICIPLE.match(text) if "," not in text else None
    if alone is not None and is_name_with_participles(text):
        where = text[alone.start("rest"):start]
        if not where.strip() or text[end:].strip(" .?"):
            return None  # the date first, or more after it: another kind of line
        where = re.sub(r"(?:^|\s+)(?:of|in|on)\s*$", "", where.rstrip())
        if not where:
            return None  # "Ostria ratified on 30 June 2000": a state's act, not a name line
        subject = _the(alone.group("name"))
        return f"{wh} {_be(subject)} {subject} {alone.group('part')} {where}?"
    found = _parts(text)
    if found is None:
        return None
    at, name, parts = found
    label = _LABEL.match(text) if at else None
    if label and _PROGRAMME_HEADS.isdisjoint(name.split()) and " " not in name:
        # "Secretariat: Singapore, established in 1993": what was established is the label's
        # thing, the name only where it is ("the Secretariat in Singapore")
        thing = re.sub(r"\s*\([^()]*\)", "", label.group().rstrip(": "))
        if not re.fullmatch(r"[A-Z][a-z-]+(?:\s+[a-z-]+)*", thing):
            return None  # "Founding member: Chile, ...": no thing a participle could describe
        first = thing.split()[0].lower()
        if not (first.endswith("est") or first in {"first", "last"}):
            name = f"the {thing} in {name}"  # ("Longest reign: Lewanika, installed in 1878"
            # describes Lewanika: round 299 asked "was the Longest reign in Lewanika installed")
    for part_start, part in parts:
        if not part_start <= start < part_start + len(part):
            continue
        lead = text[part_start:start]
        if _IN_FORCE.match(lead):
            return f"{wh} did {_the(name)} enter into force?"
        direct = _PARTICIPLE_BEFORE_DATE.match(lead)
        if direct and direct.group("part") in _INTRANSITIVE:
            return (f"{wh} did {_the(name)} {_INTRANSITIVE[direct.group('part')]}"
                    f"{direct.group('place')}?")  # ("died 21 August 1982": "did ... die")
        if direct and _is_participle(direct.group("part")) and not direct.group(
                "part").endswith("ing"):
            subject = _the(name)
            office = _office_of_label(label, direct.group("part"), direct.group("place"))
            return (f"{wh} {_be(subject)} {subject} {direct.group('part')}"
                    f"{office or direct.group('place')}?")
        inner = _NAMED_PARTICIPLE.search(lead)
        if inner and inner.group("part") in _INTRANSITIVE:
            return f"{wh} did {inner.group('name')} {_INTRANSITIVE[inner.group('part')]}?"
        if inner and _is_participle(inner.group("part")) and not inner.group("part").endswith(
                "ing"):
            subject = inner.group("name")
            return f"{wh} {_be(subject)} {subject} {inner.group('part')}?"
        return None
    return None
