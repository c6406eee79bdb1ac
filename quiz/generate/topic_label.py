"""A card that does not name what its document is about is labelled with it.

A fact sheet on ECOWAS speaks of "the sixteenth member", "the Executive Secretariat" and "the
sanctions"; a treaty summary of "the plebiscite" and "the ratifications". Read inside the
document each is clear. Completing each such phrase takes a rule per phrase, and a new document
always brings another, so a card from a document with a known subject (a body, an agreement,
an event or a place, read from its title by quiz.generate.subject and quiz.generate.topic) that
does not itself name that subject is given it as a label, the way a teacher heads a question:
"ECOWAS: In what year did Cape Verde become the sixteenth member?".
"""

from __future__ import annotations

import re

from quiz.core.text import fold_answer
from quiz.generate.inflect import parts_of_speech
from quiz.generate.names import family_name
from quiz.generate.subject import TITLE_AGREEMENT_HEADS, Subject, bracketed_name

_MAX_LABEL_WORDS = 5
# An agreement the question identifies by its signatories, which may be another than the
# document's: a label naming the document's agreement would read as naming it.
_ANOTHER_AGREEMENT = re.compile(r"\bthe (?:treaty|convention|agreement|protocol|accords?|pact) "
                                r"(?:signed|concluded|negotiated) by\b")


def topic_label(title: str, subject: Subject) -> str:
    """The subject as a card's label: the title's short name in brackets after the full one
    when it gives one ("ECOWAS", "Warsaw Pact"), else the shorter name the document uses
    ("Genocide Convention"), else the full name; a full name too long for a label that opens
    with a place's name is called by that name and its head ("Arusha Agreement" for the
    "Arusha Peace and Reconciliation Agreement for Burundi")."""
    label = bracketed_name(title, subject.name) or subject.alias or subject.name
    if len(label.split()) > len(subject.name.split()):
        label = subject.name  # "Sykes–Picot Agreement (Asia Minor Agreement)": the bracket gives
        # another name, no shorter one
    if subject.kind == "topic" and not label.isupper():  # "Mercosur (Southern Common Market)"
        label = subject.name
    if len(label.split()) >= 2 and all(len(word) >= 3 for word in label.split()):
        label = as_written_in_lower_case(label)  # "ADOLF OGI (born 1942)": a title in
        # capitals; not an acronym ("ECOWAS") nor "SALT II"
    undated = _YEAR_AT_THE_END.sub("", label)
    if len(label.split()) > _MAX_LABEL_WORDS >= len(undated.split()):
        label = undated  # "Imperial Cricket Conference Agreement of 1909": its year makes it too
        # long, not its name (round 1735 labelled its cards "Imperial Agreement:")
    words = label.split()
    bracketed = _BRACKET_BEFORE_HEAD.search(label) if len(words) > _MAX_LABEL_WORDS else None
    if bracketed and subject.agreement and len(bracketed.group(1).split()) < _MAX_LABEL_WORDS:
        return f"{bracketed.group(1)} {subject.head}"  # "Corporation of London (Tower Bridge)
        # Act": the Act's short name, "Tower Bridge Act" (round 1264 labelled no card)
    if len(words) > _MAX_LABEL_WORDS and subject.agreement and words[0][:1].isupper() and (
            words[0] != subject.head and len(words[0]) > 3
            and not parts_of_speech(words[0].lower())
            and not words[0].endswith(("'s", "’s"))):  # (not "World's Act" of "World's
        # Columbian Exposition Act of 1890": a possessive is no place's name, round 1641)
        return f"{words[0]} {subject.head}"
    return label


# " of 1909", " 1972": a year closing a name
_YEAR_AT_THE_END = re.compile(r"(?:\s+of)?\s+\d{4}$")
# "(Tower Bridge) Act": the bracketed words before an instrument's head at the end of its name
_BRACKET_BEFORE_HEAD = re.compile(r"\(([A-Z][^()]*)\)\s+[A-Z][a-z]+$")


def _names(subject: Subject, label: str) -> list[str]:
    """Folded ways a card may name the subject: its full name, its label, and for an
    agreement named after a place ("Treaty of Nerchinsk") that place alone."""
    names = [subject.name, subject.alias, label]
    if subject.kind == "pair" or (subject.kind == "topic" and " and " in subject.name):
        # "Vietnam and the United States": either country names it, or its possessive
        # ("Azerbaijan’s military", folded "azerbaijans"), or its adjective ("Vesterian")
        countries = [name.removeprefix("the ") for name in subject.name.split(" and ")
                     if not _head_alone(name, subject.name)]
        names += countries + [f"{country}{end}" for country in countries for end in "sn"]
    if subject.agreement:
        tail = re.match(rf"{re.escape(subject.head)}\s+of\s+(?:the\s+)?(?P<place>.+)$",
                        subject.name)
        if tail:
            names.append(tail.group("place"))
    return [fold_answer(name) for name in names if name]


def _head_alone(part: str, name: str) -> bool:
    """Whether `part`, after the "and" of `name`, is a common noun that shares the name before
    the "and" ("Abbey" of "Tihany Peninsula and Abbey"): it names the subject only with that
    name, and alone any abbey (round 1257 left "the abbey passed to the ... abbey of
    Altenburg" unlabelled). Countries stay ("Turkey" of "Greece and Turkey")."""
    return (" " not in part and name.endswith(f" and {part}") and bool(parts_of_speech(
        part.lower())) and len(name.split(" and ")[0].split()) > 1)


# A run of capitalised words, with "of", "for", "and" or "the" between them: a name that may be
# spelled out from an abbreviation ("Organization of American States").
_SPELLED_OUT = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)*[A-Z][\w’'-]*)+")


def spells_out(label: str, text: str) -> bool:
    """Whether `text` names an abbreviation `label` by its words ("OAS" in "foreign ministers of
    the Organization of American States"): a run of capitalised words whose initials are it."""
    if not (label.isupper() and label.isalpha() and 2 <= len(label) <= 8):
        return False
    for found in _SPELLED_OUT.finditer(text):
        initials = "".join(w[0] for w in found.group().split() if w[:1].isupper())
        if label in initials:
            return True
    return False


def _names_by_head(question: str, subject: Subject) -> bool:
    """Whether `question` names a body subject whose name opens with its head noun
    ("Commonwealth of Nations") by that head alone: "the Commonwealth", "Commonwealth Day"
    (a "Council of Europe" is not named by "Security Council": a word before the head is
    another name)."""
    if subject.agreement or subject.kind or not subject.name.startswith(f"{subject.head} "):
        return False
    for found in re.finditer(rf"\b{re.escape(subject.head)}\b", question):
        before = re.search(r"(?P<word>[A-Z][\w’'-]*)\s+$", question[:found.start()])
        if before is None or before.group("word") == "The":
            return True
    return False


def with_topic_label(question: str, answer: str, title: str, subject: Subject | None) -> str:
    """`question` headed with its document's subject when neither it nor the answer names it:
    "What position did X hold in 1971?" asks an office out of the context of the document
    ("Rhodesia: What position did X hold in 1971?" ties it to its subject). Every such card is
    headed, not only one that leans on the document by a pronoun or "the ...": readers of
    rounds 53-64 faulted as vague cards that read as standalone ("On what date was a free trade
    agreement with Serbia signed in Moscow?" in a fact sheet on a union; "In what year did
    Luxembourg fall?" in a treaty's history), and kept 65-92 % of headed cards against 52-69 %
    of the others.

    A label too long to read at a glance (over five words) is not given: such a subject is
    named in the question by quiz.generate.subject where that can be done with certainty."""
    if subject is None:
        return question
    if subject.agreement and subject.head not in TITLE_AGREEMENT_HEADS and (
            _ANOTHER_AGREEMENT.search(question)):
        return question  # "the treaty signed by Rio Branco and Velarde": not the label's treaty
    label = topic_label(title, subject)
    if len(label.split()) > _MAX_LABEL_WORDS:
        return question
    card = f" {fold_answer(question)} {fold_answer(answer)} "
    year_free = without_year(label)
    names = _names(subject, label) + (  # ("British Ultimatum" names "British Ultimatum of 1890")
        [fold_answer(year_free)] if year_free != label and " " in year_free else [])
    if any(f" {name} " in card for name in names):
        return question
    if _names_by_head(f"{question} {answer}", subject) or spells_out(label, f"{question} {answer}"):
        return question
    if _gives_away(label, answer):
        if year_free == label or _gives_away(year_free, answer):
            return question
        label = year_free
    return f"{label}: {question}"


# A year (or a span of years) that closes a name or opens it: "Gaza Campaign of 1895",
# "Constitution (1931)", "crisis of 1902–1903", "1848 Revolution".
_YEAR_IN_NAME = re.compile(r"\s+(?:of|since|from|until|after|before|in)?\s*\(?\b1\d{3}"
                           r"(?:[–-]\d{2,4})?\)?$|^1\d{3}\s+")  # ("Canary Islands since 1931":
# its "since" goes with its year, round 592 labelled cards "Canary Islands since:")


def without_year(label: str) -> str:
    """`label` without the year it holds ("Gaza Campaign" of "Gaza Campaign of 1895"), or
    `label` itself when it holds none."""
    return _YEAR_IN_NAME.sub("", label) or label


def _gives_away(label: str, answer: str) -> bool:
    """Whether a label would tell a card's answer: it contains it ("Colonial Act of 1930" for
    "Colonial Act"), or the year of a date ("British Ultimatum of 1890" for "11 January
    1890", whose options of 1889 it rules out). Readers of round 252 faulted such cards as
    obvious."""
    folded = f" {fold_answer(label)} "
    if f" {fold_answer(answer)} " in folded:
        return True
    return any(f" {year} " in folded for year in re.findall(r"\b1\d{3}\b", answer))


_HONORIFICS = frozenset({"Sir", "Dame", "Tun", "Lord", "Lady", "Sheikh", "King", "Queen",
                         "Prince", "Princess", "Emperor", "Sultan"})


_LOWER_PARTICLES = frozenset({"de", "von", "van", "da", "der", "den", "la", "le", "du", "di",
                              "of", "the", "and", "y", "zu", "bin", "ibn"})


def as_written_in_lower_case(name: str) -> str:
    """`name` in capitals only ("ADOLF OGI", a title set in capitals) as a name is written
    ("Adolf Ogi"); any other name as it is (round 1331 labelled six cards "ADOLF OGI:")."""
    if not name.isupper() or len(name) < 4:
        return name
    words = [word.lower() if word.lower() in _LOWER_PARTICLES and index else
             "-".join(part.capitalize() for part in word.split("-"))
             for index, word in enumerate(name.split())]
    return " ".join(words)


def with_person_label(question: str, answer: str, person: str) -> str:
    """`question` of a biography of `person` headed with their name when neither it nor the
    answer names them (by their name or any word of it, as the text may call them: "Pridi",
    "Kekkonen"): the life the card belongs to is its context, as a subject's name is a fact
    sheet's. A name too long for a label is not given."""
    if len(person.split()) > _MAX_LABEL_WORDS:
        return question
    person = as_written_in_lower_case(person)
    card = f"{question} {answer}"
    words = {family_name(person), *(w for w in person.split() if len(w) >= 3
                                    and w[:1].isupper() and w not in _HONORIFICS)}
    if any(re.search(rf"\b{re.escape(word)}\b", card) for word in words):
        return question
    return f"{person}: {question}"
