"""Keep the best candidates: one card per fact, none that gives another away, key facts first.

Generation over-produces (a wh-question and a cloze for the same date, the same official in
several sentences, every fact of a sentence as its own cloze); questions come here already cut
to length (quiz.generate.trim, in the pipeline). Ranking drops each candidate a
teacher would drop (quiz.generate.quality), then keeps the strongest form of each fact, and
orders what is left by how central its subject is to the document. Every dropped candidate
keeps its reason, so `quiz generate --rejected FILE` can show a teacher what was left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from quiz.generate.dates import MONTH_NAMES
from quiz.generate.facts import OFFICIAL
from quiz.generate.officials import TITLE_ANYCASE
from quiz.generate.quality import faults, has_fault
from quiz.generate.questions import Candidate
from quiz.generate.text import content_words, fold
from quiz.generate.trim import shorten

NEAR_DUPLICATE = 90.0
NEAR_DUPLICATE_WINDOW = 40  # kept questions with the same answer compared against (bounds cost)
_LABELLED = re.compile(r"____\s+(?:[A-Z][\w-]*\s+)*(?P<noun>[a-z]+)")


@dataclass(frozen=True)
class Rejected:
    """A candidate left out of the deck, and why."""

    candidate: Candidate
    reason: str


def _order(c: Candidate) -> tuple[float, int, int, str, str]:
    return (-c.score, c.fact.sentence.line, c.fact.start, c.form, c.question)


class _Siblings:
    """The kept cards indexed so that a candidate finds a sibling that gives it away (or that it
    gives away) without comparing it with every kept card.

    Two cards from one sentence are siblings when either question holds the other's answer
    (the date of the signing and the treaty signed then). Across sentences, a question that
    names a person together with their office gives away the card asking who held it, or
    what office they held.
    """

    def __init__(self) -> None:
        self.by_sentence: dict[tuple[int, str], list[Candidate]] = {}
        # Indexed by surname, so a question is compared only with cards that name its people.
        self.officials: dict[str, list[tuple[str, str, Candidate]]] = {}  # folded name, role
        self.questions: dict[str, list[tuple[str, Candidate]]] = {}  # word -> folded questions

    def find(self, cand: Candidate) -> Candidate | None:
        answer, question = fold(cand.answer), f" {fold(cand.question)} "
        key = (cand.fact.sentence.line, cand.fact.sentence.text)
        for kept in self.by_sentence.get(key, ()):
            if (answer and f" {answer} " in f" {fold(kept.question)} ") or (
                    f" {fold(kept.answer)} " in question):
                return kept
        for word in set(question.split()) & self.officials.keys():
            for name, role, kept in self.officials[word]:
                if f" {name} " in question and f" {role} " in question:
                    return kept
        if cand.fact.kind == OFFICIAL and fold(cand.fact.answer):
            name, role = f" {fold(cand.fact.answer)} ", f" {fold(cand.fact.role)} "
            for other, kept in self.questions.get(name.split()[-1], ()):
                if name in other and role in other:
                    return kept
        return None

    def add(self, cand: Candidate) -> None:
        key = (cand.fact.sentence.line, cand.fact.sentence.text)
        self.by_sentence.setdefault(key, []).append(cand)
        name = fold(cand.fact.answer)
        if cand.fact.kind == OFFICIAL and name:
            self.officials.setdefault(name.split()[-1], []).append(
                (name, fold(cand.fact.role), cand))
        question = f" {fold(cand.question)} "
        for word in set(question.split()):
            self.questions.setdefault(word, []).append((question, cand))


def _dated_already(cand: Candidate, labelled: re.Match[str], kept: list[Candidate]
                   ) -> Candidate | None:
    """A kept card whose question names the event a "the ____ Armenia-Azerbaijan war" fill-in
    asks the year of, and whose answer is a date of that year: the fill-in asks it again."""
    event = fold(cand.question[labelled.start() + 4: labelled.end()])
    date = cand.fact.date
    if not event or date is None:
        return None
    for other in kept:
        other_date = other.fact.date
        if (other_date is not None and other_date.year == date.year
                and f" {event} " in f" {fold(other.question)} "):
            return other
    return None


def importance(cand: Candidate, frequency: Counter[str]) -> float:
    """How central the card's subject is to its document: the mean count, over the sentences
    that state its facts, of the content words of its question and answer (the words the
    document keeps returning to)."""
    words = content_words(f"{cand.question} {cand.answer}")
    if not words:
        return 0.0
    return sum(frequency[w] for w in words) / len(words)


def with_several_offices(offices: dict[str, set[str]]) -> set[str]:
    """Of the people mapped to their (folded) offices, those with two offices neither part of
    the other ("Ottoman Foreign Minister" and "Grand Vizier"): "What position did X hold?"
    has two answers."""
    return {person for person, held in offices.items()
            if any(a not in b and b not in a for a in held for b in held)}


def _people_with_several_offices(candidates: list[Candidate]) -> set[str]:
    """with_several_offices, for the officials of `candidates`."""
    roles: dict[str, set[str]] = {}
    for cand in candidates:
        if cand.fact.kind == OFFICIAL and cand.fact.role:
            roles.setdefault(fold(cand.fact.answer), set()).add(fold(cand.fact.role))
    return with_several_offices(roles)


class SentenceWords:
    """The content words of the sentences candidates come from, each sentence (told by its line
    and text) counted once: the words a document keeps returning to. Candidates are added in
    the order of their lines, so only the sentences of the current line are remembered."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self._line = -1
        self._texts: set[str] = set()

    def add(self, cand: Candidate) -> None:
        sentence = cand.fact.sentence
        if sentence.line != self._line:
            self._line, self._texts = sentence.line, set()
        if sentence.text not in self._texts:
            self._texts.add(sentence.text)
            self.counts.update(content_words(sentence.text))


# A candidate as ranking sees it: its place in the ranking order (and in the list it came
# from), the candidate to keep and the reason it must be dropped ("" when it need not be).
Screened = tuple[tuple[float, int, int, str, str], int, Candidate, str]


def screen(cand: Candidate, position: int, reason: str = "", reasons: bool = True) -> Screened:
    """`cand` checked for faults on its own (quiz.generate.quality), whatever else is kept;
    `reason` is a fault already found (the candidate is then left out for it). Without
    `reasons` (when the rejected are not kept) a faulty candidate's reason is only "fault"."""
    if reason:
        return _order(cand), position, cand, reason
    if not reasons:
        if not has_fault(cand):
            return _order(cand), position, cand, ""
        bare = replace(cand, question=shorten(cand.question, limit=0))
        if bare.question != cand.question and not has_fault(bare):
            return _order(cand), position, bare, ""
        return _order(cand), position, cand, "fault"
    problems = faults(cand)
    if problems:  # an aside may hold what is wrong ("..., which called on both sides ...")
        bare = replace(cand, question=shorten(cand.question, limit=0))
        if bare.question != cand.question and not faults(bare):
            return _order(cand), position, bare, ""
    return _order(cand), position, cand, "; ".join(problems)


def rank(candidates: list[Candidate], keep_rejected: bool = True
         ) -> tuple[list[Candidate], list[Rejected]]:
    """The candidates worth keeping, most important first (then in document order), and the
    ones dropped with their reasons (an empty list unless `keep_rejected`: a large document
    drops many, and nothing else needs them)."""
    words = SentenceWords()
    for cand in sorted(candidates, key=lambda c: c.fact.sentence.line):
        words.add(cand)
    screened = [screen(cand, position) for position, cand in enumerate(candidates)]
    return rank_screened(screened, words.counts, keep_rejected,
                         _people_with_several_offices(candidates))


def rank_screened(screened: list[Screened], frequency: Counter[str], keep_rejected: bool = True,
                  several: set[str] | frozenset[str] = frozenset()
                  ) -> tuple[list[Candidate], list[Rejected]]:
    """rank, for candidates already screened (those with a fault may be left out when the
    rejected are not kept), given the SentenceWords counts of all of them. `screened` is
    sorted in place. `several`: the people the document gives more than one office
    (_people_with_several_offices), asked no "what position" card."""
    kept: list[Candidate] = []
    rejected: list[Rejected] = []

    def drop(cand: Candidate, reason: str) -> None:
        if keep_rejected:
            rejected.append(Rejected(cand, reason))

    facts_done: dict[tuple[str, int, str, int], Candidate] = {}
    people_done: dict[str, Candidate] = {}
    questions: set[str] = set()
    by_answer: dict[str, list[str]] = {}
    siblings = _Siblings()
    screened.sort(key=lambda entry: entry[:2])  # the ranking order; ties in list order
    for _, _, cand, reason in screened:
        if reason:
            drop(cand, reason)
            continue
        fact = cand.fact
        if cand.form == "reverse" and fold(fact.answer) in several:
            drop(cand, "vague: the document gives this person more than one office")
            continue
        fact_key = (fact.kind, fact.sentence.line, fact.sentence.text, fact.start)
        if fact_key in facts_done:
            drop(cand, "duplicate: the same fact is asked as "
                       f"“{facts_done[fact_key].question}”")
            continue
        labelled = _LABELLED.search(cand.question) if cand.form == "cloze" else None
        label_key = (fact.kind, 0, f"{fold(cand.answer)} {labelled.group('noun')}", 0
                     ) if labelled else None  # "after the ____ war" twice: one fact
        if label_key in facts_done:
            drop(cand, "duplicate: the same fact is asked as "
                       f"“{facts_done[label_key].question}”")
            continue
        dated = _dated_already(cand, labelled, kept) if labelled else None
        if dated is not None:
            drop(cand, "duplicate: the year of this event is the answer of "
                       f"“{dated.question}”")
            continue
        person = fold(fact.answer) if fact.kind == OFFICIAL else ""
        if person and person in people_done:
            drop(cand, "duplicate: this person is asked about in "
                       f"“{people_done[person].question}”")
            continue
        folded_q = fold(cand.question)
        answer = fold(cand.answer)
        same_answer = by_answer.get(answer, ())
        if folded_q in questions or any(fuzz.token_set_ratio(folded_q, other) >= NEAR_DUPLICATE
                                        for other in same_answer[-NEAR_DUPLICATE_WINDOW:]):
            drop(cand, "duplicate: a near-identical question is kept")
            continue
        sibling = siblings.find(cand)
        if sibling is not None:
            drop(cand, f"sibling: it and “{sibling.question}” give each other's answer away")
            continue
        kept.append(cand)
        siblings.add(cand)
        facts_done[fact_key] = cand
        if label_key is not None:
            facts_done[label_key] = cand
        if person:
            people_done[person] = cand
        questions.add(folded_q)
        by_answer.setdefault(answer, []).append(folded_q)
    kept.sort(key=lambda c: (-round(importance(c, frequency), 1), c.fact.sentence.line,
                             c.fact.start, c.form, c.question))
    return _one_fixture_day(_one_routine_day(_one_card_a_day(kept, drop), drop), drop), rejected


# The act a question asks the day of: its last words ("... become governor?", "take office?")
_ASKED_ACT = re.compile(r"(?P<act>[a-z]+\s+[a-z]+)\?$")


# Taking an office, however a question words it: "take office (as governor)", "assume office",
# "become (the first) Governor"; the office, when said, is its first title word
_TAKES_OFFICE = re.compile(r"\b(?:(?:take|assume|enter)\s+office(?:\s+as\s+(?P<as>[^?,]+))?|"
                           rf"become\s+(?:the\s+)?(?P<became>{TITLE_ANYCASE}))")
_TITLE_WORD = re.compile(TITLE_ANYCASE)


def _office_taken(question: str) -> str | None:
    """The office a question asks the day someone took ("governor"; "" when it does not say:
    "did Fayad Meneses take office?"), or None when it asks no taking of office."""
    taken = _TAKES_OFFICE.search(question.lower().replace("-", " "))  # ("Vice-President")
    if taken is None:
        return None
    office = _TITLE_WORD.search(taken.group("as") or taken.group("became") or "")
    return office.group(0).split()[-1] if office else ""


# A first, an interim or a change of party is no routine day
_NOT_ROUTINE = re.compile(r"\b(?:first|interim|acting|provisional|outside)\b", re.IGNORECASE)


def _routine_wording(cand: Candidate) -> bool:
    """Whether `cand` asks a day as a calendar's: its year in the question, not the answer
    ("On what date in 1999 did ...?" -> "1 April"), and no first, interim or change of party
    that makes the day the event's own."""
    return (not cand.answer[-4:].isdigit() and _YEAR_ASKED.search(cand.question) is not None
            and _NOT_ROUTINE.search(cand.question) is None)


def _one_routine_day(kept: list[Candidate], drop: Callable[[Candidate, str], None]
                     ) -> list[Candidate]:
    """`kept` without a later card asking the same act on the same day of the year as an
    earlier one in another year ("did Hendricks become governor?" on 5 April 1999, after
    Martínez Ross on 5 April 1975): a fixed day of an office's calendar, asked once (rounds
    629-644: readers rejected all 9 such later cards as repeats, kept the first). Taking an
    office is one act however it is worded ("take office in Pachuca", "become governor, for
    a term shortened ...": rounds 645-660 rejected 7 of 8 such later cards), unless both
    cards name offices and they differ (a President and a governor sworn in on 1 April)."""
    # (each earlier card kept with its date's parts: the same day in another year is the test)
    seen: dict[tuple[int, int, str], tuple[Candidate, tuple[int, int, int]]] = {}
    offices_seen: dict[tuple[int, int], list[tuple[str, Candidate, tuple[int, int, int]]]] = {}
    out: list[Candidate] = []
    for cand in kept:
        parts = _date_parts(cand)
        if not parts or not parts[1] or not parts[2]:
            out.append(cand)
            continue
        first = None
        office = _office_taken(cand.question) if _routine_wording(cand) else None
        if office is not None:
            earlier = offices_seen.setdefault((parts[1], parts[2]), [])
            first = next((other for held, other, other_parts in earlier
                          if (not held or not office or held == office)
                          and other_parts != parts), None)
            if first is None:
                earlier.append((office, cand, parts))
        act = _ASKED_ACT.search(cand.question)
        if first is None and act:
            key = (parts[1], parts[2], act.group("act"))
            found = seen.setdefault(key, (cand, parts))
            first = found[0] if found[1] != parts else None
        if first is not None:
            drop(cand, f"trivial: the same day of the year, and the same act, as "
                       f"“{first.question}”")
            continue
        out.append(cand)
    return out


def _one_fixture_day(kept: list[Candidate], drop: Callable[[Candidate, str], None]
                     ) -> list[Candidate]:
    """`kept` with one card of each day of the year that three or more cards ask, each with its
    year in the question ("On what date in 1925 did Peter DePaolo win?", 30 May, and eleven
    more winners of the race run each Memorial Day): a fixture's day asked again and again.
    The first (the most important) is kept. Not a first of the month, the day a law or an
    office takes effect. (Rounds 300-1694: readers kept 19 of 62 verdicts on such later cards,
    9 of 18 on the first ones; of days asked twice, 333 of 402 on the later ones.)"""
    def day_of(cand: Candidate) -> tuple[int, int] | None:
        parts = _date_parts(cand)
        if not parts or not parts[1] or parts[2] in (0, 1) or cand.answer[-4:].isdigit() or (
                _YEAR_ASKED.search(cand.question) is None):
            return None  # (a first win is still the fixture's day: "the first rear-engined
            # winner", unlike a first governor's day of office)
        return parts[1], parts[2]

    counts = Counter(day for cand in kept if (day := day_of(cand)) is not None)
    first: dict[tuple[int, int], Candidate] = {}
    out: list[Candidate] = []
    for cand in kept:
        day = day_of(cand)
        if day is not None and counts[day] >= _FIXTURE_CARDS:
            if day in first:
                drop(cand, f"trivial: the same day of the year as “{first[day].question}” "
                           f"and {counts[day] - 2} more: a fixture's day")
                continue
            first[day] = cand
        out.append(cand)
    return out


_FIXTURE_CARDS = 3  # cards asking one day of the year that make it a fixture's


def _one_card_a_day(kept: list[Candidate], drop: Callable[[Candidate, str], None]
                    ) -> list[Candidate]:
    """`kept` (in deck order) without a second card whose answer is the same day (with its
    year) as an earlier one's: a day asked twice in a deck is one event asked twice (30 of 38
    such later cards were rejected as repeats, rounds 156-228; 32 of 38 first ones accepted)."""
    days: dict[str, Candidate] = {}
    out: list[Candidate] = []
    for cand in kept:
        date = cand.fact.date
        if date is not None and date.granularity == "day" and date.has_year:  # ("30 October
            # 1888", "March 16, 1992": a day with its year)
            day = fold(cand.answer)
            if day in days:
                drop(cand, f"duplicate: the same day is the answer of “{days[day].question}”")
                continue
            days[day] = cand
        out.append(cand)
    return out


# The same, when their dates may be one and they share two names, or one name
_SAME_EVENT_NAMES = 55.0
_SAME_EVENT_ONE_NAME = 65.0
_SAME_EVENT = 75.0  # question similarity above which two cards with one date ask one event
_DAY_GRAINS = frozenset({"day", "day-range"})


_YEAR_ASKED = re.compile(r"\b(?:in|of)\s+(?P<year>\d{4})\b")


def _full_day(cand: Candidate) -> str:
    """The day a date card asks, with its year ("1947-04-20"), whether the answer gives the year
    ("20 April 1947") or the question does ("On what date in 1947 ...?" -> "20 April"); "" for
    a month, a year or a range. A timeline's card and an article's on one day are one fact."""
    parts = _date_parts(cand)
    if parts is None or not parts[1] or not parts[2]:
        return ""
    return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"


def _date_parts(cand: Candidate) -> tuple[int, int, int] | None:
    """(year, month, day) of a date card's answer, 0 for a part it does not give; a day of no
    year takes the year the question asks in. None for a range or a date of no year."""
    date = cand.fact.date
    if cand.fact.kind != "date" or date is None or date.granularity not in {
            "year", "month", "day", "monthday"}:
        return None
    year = date.year
    if date.granularity == "monthday":
        years = {int(m.group("year")) for m in _YEAR_ASKED.finditer(cand.question)}
        if len(years) != 1:
            return None
        year = years.pop()
    return (year, date.month, date.day) if year else None


def _compatible(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Whether two dates may be one ("1993" and "April 1993"; not "April" and "May 1993")."""
    return a[0] == b[0] and (a[1] == b[1] or not a[1] or not b[1]) and (
        a[2] == b[2] or not a[2] or not b[2])


# Capitalised words that name nothing in particular (sentence openers, months, offices, kinds)
_NOT_DISTINCTIVE = frozenset({
    "On", "In", "What", "Which", "When", "Who", "The", "During", "After", "Before", "By",
    "From", "At", "For", "With", "Under", "Since", "Until", "His", "Her", "Its", "Their",
    "This", "That", "These", "Those", "President", "Prime", "Minister", "General", "King",
    "Queen", "Treaty", "Agreement", "Act", "Convention", *MONTH_NAMES[1:]})
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w’'-]{3,}")
_LABEL = re.compile(r"[^:?]{1,60}:\s+")


_DEATH = re.compile(r"\b(?:die|died|dies|death)\b")
_BIRTH = re.compile(r"\b(?:born|birth)\b")


def _life_event(question: str) -> str:
    """"death" or "birth" when the question asks of one (then one person has one in a year:
    rounds 82-328 found a repeat in each of the 3 pairs of decks' cards this matches), else ""."""
    return "death" if _DEATH.search(question) else "birth" if _BIRTH.search(question) else ""


def _distinctive(question: str) -> tuple[frozenset[str], str]:
    """The names a question gives beyond its label ("Calenzana", "Capraia"), and its body."""
    label = _LABEL.match(question)
    body = question[label.end():] if label else question
    named = {w for w in _CAPITALISED.findall(" " + body) if w not in _NOT_DISTINCTIVE}
    if label:
        named -= set(_CAPITALISED.findall(" " + label.group()))
    return frozenset(named), body


# A date card as the repeat test reads it: (year, month, day), its distinctive names, its folded
# body, its question and its deck
_Dated = tuple[tuple[int, int, int], frozenset[str], str, str, str]


def _dated(cand: Candidate, deck: str) -> _Dated | None:
    parts = _date_parts(cand)
    if parts is None:
        return None
    named, body = _distinctive(cand.question)
    return parts, named, fold(body), cand.question, deck


def _same_event_in_deck(dated: _Dated, own: dict[int, list[_Dated]],
                        deck_words: frozenset[str]) -> tuple[str, str] | None:
    """An earlier card of the same deck on the same event in other words ("Pong Tiku was
    declared a National Hero of Indonesia in ____" and "did Megawati declare Pong Tiku a National
    Hero of Indonesia?", round 375): a date that may be the same and two names beyond the ones
    the deck is named by (`deck_words`: a biography names its subject in every card), in
    questions alike."""
    parts, named, folded, asked, deck = dated
    named = frozenset(name for name in named if fold(name) not in deck_words)
    event = _life_event(asked)
    if event and named:
        for date, names, _, question, _ in own.get(parts[0], ()):
            if _compatible(parts, date) and names & named and _life_event(question) == event:
                return question, deck  # "his wife Mumtaz Mahal, who died in ____" and "On what
                # date in 1631 did Mumtaz Mahal die at Burhanpur": one death in one deck
                # (round 1323 found the repeat)
    if len(named) < 2:
        return None
    for date, names, other, question, _ in own.get(parts[0], ()):
        if _compatible(parts, date) and len(names & named) >= 2 and fuzz.token_set_ratio(
                folded, other) >= _SAME_EVENT_NAMES:
            return question, deck
    return None


def _finer_than(dated: _Dated, question: str, kept: list[Candidate],
                own: dict[int, list[_Dated]]) -> Candidate | None:
    """The kept card of this deck asking `question`, when `dated` asks the same birth or death
    to the day and that card only to the year or month: then the day's card is the one to keep
    (and the other leaves `own`)."""
    if not _life_event(question) or not dated[0][2]:
        return None
    for date_cards in own.values():
        for other in date_cards:
            if other[3] == question and not other[0][2]:
                earlier = next((c for c in kept if c.question == question), None)
                if earlier is not None:
                    date_cards.remove(other)
                return earlier
    return None


class AcrossDocuments:
    """The facts already asked in earlier decks of one run, so each is asked only once.

    An official is the same fact wherever the person is named; an agreement, wherever it is
    named alike; a full date, wherever it is given; a month or a year, when the questions
    around it read alike (two documents telling one event).
    """

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], list[tuple[str, str]]] = {}  # key -> (question, deck)
        # year -> (date, names, folded body, question, deck) of the date cards kept so far
        self.dated: dict[int, list[_Dated]] = {}

    def _key(self, cand: Candidate) -> tuple[str, str]:
        day = _full_day(cand)
        return (cand.fact.kind, day) if day else (cand.fact.kind, fold(cand.answer))

    def _repeat(self, cand: Candidate) -> tuple[str, str] | None:
        earlier = self.seen.get(self._key(cand))
        if not earlier:
            return self._same_event(cand)
        date = cand.fact.date
        if cand.fact.kind != "date" or _full_day(cand) or (
                date is not None and date.granularity in _DAY_GRAINS):
            return earlier[0]
        folded = fold(cand.question)
        return next((e for e in earlier if fuzz.token_set_ratio(folded, fold(e[0])) >= _SAME_EVENT),
                    None) or self._same_event(cand)

    def _same_event(self, cand: Candidate) -> tuple[str, str] | None:
        """An earlier deck's card on the same event at another grain or in other words: a date
        that may be the same ("1993" and "April 1993"), a name beyond the labels in both ("the
        imperial soldiers beaten near Calenzana" and "the imperial force mauled near
        Calenzana"), and questions alike enough (rounds 240-280: a reader called a repeat 43 of
        the 48 pairs this finds; one shared name and a looser likeness, 43 of 52)."""
        parts = _date_parts(cand)
        if parts is None:
            return None
        named, body = _distinctive(cand.question)
        if not named:
            return None
        folded = fold(body)
        for date, names, other, question, deck in self.dated.get(parts[0], ()):
            shared = len(names & named)
            if not shared or not _compatible(parts, date):
                continue
            if _life_event(cand.question) and _life_event(cand.question) == _life_event(question):
                return question, deck  # "did Verrier Elwin die in Delhi" and "... until his
                # death in ____": one death, however else the two read (round 327)
            alike = fuzz.token_set_ratio(folded, other)
            if alike >= _SAME_EVENT_ONE_NAME or (shared >= 2 and alike >= _SAME_EVENT_NAMES):
                return question, deck
        return None

    def keep(self, candidates: list[Candidate], deck: str) -> tuple[list[Candidate],
                                                                     list[Rejected]]:
        """The candidates not asked already in an earlier deck; the others, rejected."""
        kept: list[Candidate] = []
        rejected: list[Rejected] = []
        own: dict[int, list[_Dated]] = {}  # this deck's date cards kept so far, by year
        deck_words = frozenset(deck.lower().replace(".", "-").split("-"))
        for cand in candidates:
            dated = _dated(cand, deck)  # (one event told twice in a deck: "Pong Tiku was declared
            # a National Hero in ____" and "did Megawati declare Pong Tiku a National Hero")
            in_deck = None
            repeat = self._repeat(cand) or (
                in_deck := _same_event_in_deck(dated, own, deck_words) if dated is not None
                else None)
            if repeat is not None and in_deck is not None and dated is not None and (
                    (earlier := _finer_than(dated, in_deck[0], kept, own)) is not None):
                kept.remove(earlier)  # "who died in ____" (a year) and "On what date in 1631
                # did Mumtaz Mahal die": the day is kept, as round 1323's readers would
                rejected.append(Rejected(earlier, f"duplicate: the same fact is asked in {deck} "
                                                  f"as “{cand.question}”"))
                repeat = None
            if repeat is not None:
                rejected.append(Rejected(cand, f"duplicate: the same fact is asked in {repeat[1]} "
                                               f"as “{repeat[0]}”"))
                continue
            kept.append(cand)
            if dated is not None:
                own.setdefault(dated[0][0], []).append(dated)
        for cand in kept:
            self.seen.setdefault(self._key(cand), []).append((cand.question, deck))
        for year, cards in own.items():  # (the later decks' repeat test reads them too)
            self.dated.setdefault(year, []).extend(cards)
        return kept, rejected
