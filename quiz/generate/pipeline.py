"""Documents in, one deck per document out: the whole `quiz generate` run.

Two passes: read every document and make its ranked candidates, then (with the facts of the
whole corpus known) add wrong options and write the decks. Output is deterministic (the same
with one process or several), card ids come from the fact rather than its position, and a deck
a teacher has edited is never overwritten silently (see quiz.generate.output).
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from quiz.core.collector import collector_paused
from quiz.core.slugs import slug
from quiz.deck.model import Card, Deck, Source, normalise_question
from quiz.errors import GenerateError
from quiz.generate.abbreviations import defined_abbreviations, spell_out_abbreviations
from quiz.generate.bodies import name_bodies
from quiz.generate.centrality import centrality, name_counts
from quiz.generate.dates import DateMention
from quiz.generate.definites import paragraph_before, resolve_definites
from quiz.generate.distractors import (
    PoolFacts,
    Pools,
    build_pools,
    capital_prefixes,
    choices_for,
)
from quiz.generate.documents import (
    DOCUMENT_SUFFIXES,
    Document,
    opens_with_dateline,
    read_document,
    without_dateline,
)
from quiz.generate.extract import find_facts
from quiz.generate.facts import AGREEMENT, DATE, OFFICIAL
from quiz.generate.grammar import with_article_before_name, without_the_before_numbered
from quiz.generate.headline_topic import names_an_agreement
from quiz.generate.learned import (
    PERIPHERAL_MENTIONS,
    UNLIKELY,
    UNLIKELY_IN,
    UNLIKELY_PERIPHERAL,
    acceptable_chance,
)
from quiz.generate.lifetime import Founding, death_year, founding
from quiz.generate.mentions import mention_counter, passing_mention
from quiz.generate.names import (
    family_name,
    full_names,
    named_as_company,
    named_before,
    places_of,
    shared_surnames,
    with_document_names,
    with_full_names,
    with_regnal_number,
)
from quiz.generate.office_changes import OfficeChanges
from quiz.generate.output import render_deck, write_guarded
from quiz.generate.packed import PackedCandidates
from quiz.generate.quality import (
    UNNAMED_TRANSACTION_FAULT,
    bare_agreement,
    it_after_a_participle,
    label_expands_to,
    leader_out_of_context,
    unnamed_parties,
    unnamed_transaction,
)
from quiz.generate.questions import Candidate, candidates_for, table_facts
from quiz.generate.rank import (
    AcrossDocuments,
    Rejected,
    Screened,
    SentenceWords,
    rank_screened,
    screen,
    with_several_offices,
)
from quiz.generate.ranks import with_ranks, with_realms
from quiz.generate.references import (
    complete_treaty_verbs,
    joined_names,
    main_agreement,
    main_agreements,
    names_an_agreement_bare,
    resolve_agreements,
    whole_joined_names,
)
from quiz.generate.sentences import iter_sentences
from quiz.generate.subject import Subject, name_the_subject, with_short_name
from quiz.generate.text import fold, forget_folded
from quiz.generate.topic_label import topic_label, with_person_label, with_topic_label
from quiz.generate.trim import (
    shorten,
    with_opening_fronted,
    with_prefixes_lowered,
    without_anniversary_opening,
    without_comma_before_chosen_as,
    without_dated_conjunct,
    without_lone_opening_word,
    without_pluperfect,
    without_relative_opening,
    without_then,
)

_ID_CONTEXT_WORDS = 6  # words either side of the answer that make a card's id

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DeckResult:
    """What happened to one document's deck.

    status: written (new or regenerated), unchanged (same bytes as before), kept (the existing
    deck was edited by hand; the new one went to `path`, a .yaml.new beside it), overwritten
    (edited by hand, replaced because of --force), empty (no facts found; nothing written).
    """

    source: str
    path: Path | None
    cards: int
    status: str
    candidates: int = 0  # the candidate cards made, kept or not (an empty deck may have had some)


@dataclass
class GenerateReport:
    """Every deck result plus warnings about inputs that could not be read."""

    results: list[DeckResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    words: int = 0
    rejected: list[tuple[str, Rejected]] = field(default_factory=list)  # (document, candidate)

    @property
    def had_bad_input(self) -> bool:
        return bool(self.warnings)


@dataclass
class _Prepared:
    """A document's ranked candidates, and what its deck needs from its facts (the facts
    themselves are not kept: a large document has hundreds of thousands)."""

    doc: Document
    candidates: list[Candidate]
    pool_facts: PoolFacts | None  # for the run's wrong options (None once added to them)
    agreements: frozenset[str] = frozenset()  # the agreements it names, folded
    latest: int = 0  # the latest year of its facts (0 when none has one)
    founded: Founding | None = None  # when it says the body it is about was founded
    words: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    named: str = ""  # its capitalised words' first four letters, "|Germ|Prus|"
    died: int = 0  # the year a biography's title says its subject died
    people: frozenset[str] = frozenset()  # the officials it names, folded
    considered: int = 0  # the candidates made from it, kept or not


def collect_documents(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """The document files named by `paths` (folders are searched for .txt / .md files), sorted
    per folder; and a warning for each path that does not exist."""
    files: list[Path] = []
    warnings: list[str] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
            if not found:
                warnings.append(f"{path}: no .txt or .md documents in this folder")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            warnings.append(f"{path}: no such file or folder")
    unique = list(dict.fromkeys(files))
    return unique, warnings


# "Treaty of Louviers Richard": a name, its place after "of", and capitalised words after it
_NAME_THEN_CAPITALS = re.compile(r"(?P<name>.+?\bof\s+(?:the\s+)?[A-Z][\w’'-]+)\s+"
                                 r"(?P<rest>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})$")


# "Elizabeth I", "Charles V": a given name and a regnal number
_RULER_AT_END = re.compile(r"^[A-Z][a-z]+\s+[IVX]{1,4}$")


def _runs_on(answer: str, text: str) -> bool:
    """Whether an agreement's name ran on into the next words ("By the Treaty of Louviers
    Richard ceded Gisors", "the Treaty of Berlin Maria Theresa ceded Silesia"): the document
    writes the name, or the words after it, without the other more often than with it (rounds
    465, 480 and 481: 0 of 6 verdicts kept; not "the Treaty of San Stefano")."""
    match = _NAME_THEN_CAPITALS.fullmatch(answer)
    if match is None:
        return False
    if _RULER_AT_END.search(match.group("rest")):
        return True  # "Treaty of Nonsuch Elizabeth I": a ruler's name and number, no place's
        # (round 512, though the text wrote each once)
    alone = text.count(answer)  # (the name alone, or the words after it, elsewhere: a person
    return text.count(match.group("name")) > alone or len(re.findall(  # "Maria Theresa"
        rf"(?<![\w’'-]){re.escape(match.group('rest'))}(?![\w’'-])", text)) > alone


# A subject whose label is a place's or a title's name, which names no thing of the document but
# the place (see resolve_definites)
_PLACE_LABELS = frozenset({"place", "topic"})
_BEFORE_KEPT = 1500  # characters of a paragraph kept before a sentence: where "the war" of
# the sentence is named (a paragraph of a whole book is not scanned for each of its sentences)


# "Jesse Owens's feat of 1936", "the decathlon champion of 1960": a bare year that names a
# thing of its time, not the time the paragraph tells of
_NOUN_OF_YEAR = re.compile(r"\b[a-z]{3,}\s+of\s+$")


def _naming_year(text: str, date: DateMention) -> bool:
    """Whether `date`, a bare year, names a thing of its time ("feat of 1936") rather than
    telling when: no year for the paragraph's later days ("Joan Benoit won ... on 5 August" was
    asked "in 1936" in round 1636)."""
    return date.granularity == "year" and _NOUN_OF_YEAR.search(text, 0, date.start) is not None


def prepare(doc: Document, keep_rejected: bool = True) -> _Prepared:
    """A document's ranked candidates (before wrong options are added), and what its deck
    needs from its facts. Sentences are made a paragraph at a time and candidates kept packed
    until the names and agreements of the whole document are known; then each is finished and
    screened for faults, and only the sound ones are held for ranking."""
    forget_folded()
    candidates = PackedCandidates()
    words = SentenceWords()
    pool_facts = PoolFacts()
    officials: dict[str, None] = {}  # the officials' names, for full_names
    offices: dict[str, set[str]] = {}  # each official's offices (folded), for rank
    named: Counter[tuple[str, str]] = Counter()  # (head, name) of the agreements it names
    changes = OfficeChanges()  # the sentences that tell of a change of office, by year
    latest = 0
    founded: Founding | None = None
    label = topic_label(doc.title, doc.subject) if doc.subject is not None else ""
    paragraph, context_year = -1, 0  # the last year stated earlier in the same paragraph
    before = ""  # the sentences of the paragraph before this one
    lead = -1  # paragraphs left in a news report's lead (the dateline's and the next); -1: none
    for sentence in iter_sentences(doc.lines):  # only the sentences that state facts are kept
        if sentence.paragraph != paragraph:
            paragraph, context_year, before = sentence.paragraph, 0, ""
            if lead > 0:
                lead -= 1
            if lead < 0 and opens_with_dateline(sentence.text, doc.date):
                lead = 2
                sentence = without_dateline(sentence, doc.date)
        if sentence.text == doc.title:
            continue  # the title line is the deck's title, not a statement
        founded = founded or founding(sentence, doc.subject, label)
        if sentence.is_table_row:
            facts = table_facts(sentence)
        else:
            changes.add(sentence)
            facts = find_facts(sentence, doc, context_year)
            made = [c for fact in facts
                    for c in candidates_for(fact, doc, context_year, lead > 0, before)]
            for cand in made:
                words.add(cand)
            candidates.extend(made)
            context_year = next((d.year for d in reversed(sentence.dates)
                                 if d.has_year and not _naming_year(sentence.text, d)),
                                context_year)
            before = (before + sentence.text + " ")[-_BEFORE_KEPT:]
        for fact in facts:
            pool_facts.add(fact)
            if fact.date is not None:
                latest = max(latest, fact.date.year)
            if fact.kind == OFFICIAL:
                officials.setdefault(fact.answer)
                if fact.role:
                    offices.setdefault(fold(fact.answer), set()).add(fold(fact.role))
            elif fact.kind == AGREEMENT:
                named[fact.head, fact.answer] += 1
    text = "".join(doc.blocks())
    names = full_names(officials)
    shared = shared_surnames(names, text)  # two people's surname: whom each card means, below
    places = places_of(text)  # ("the earthquake devastated Horta", where Admiral Silva Horta
    # is quoted: the town, round 1107 wrote "devastated Silva Horta")
    names = {surname: full for surname, full in names.items()
             if surname not in shared and surname not in places
             and not named_as_company(surname, text)}  # ("after thirty-one years with
    # Philips", of the firm: not "Frits Philips", round 1549)
    if doc.main_person is not None:  # a biography's "Bunche" is its subject
        life = doc.main_person[0]
        shared.pop(family_name(life), None)  # (not whoever of the name was named last)
        names[family_name(life)] = life  # a bare "Osmeña" in a life of Sergio Osmeña is he,
        # not the mother "Juana Suico Osmeña" the text names once (round 212); nor a father of
        # the same given name ("Adam Kazimierz Czartoryski" in a life of Adam Jerzy); and so is
        # the formal name the life opens with ("Thomas Joseph Odhiambo Mboya")
    agreements = list(named.elements())  # grouped, each name still first where first named
    main, treaty = main_agreements(agreements), main_agreement(agreements)
    subject = doc.subject
    if subject is not None and subject.agreement:  # "the treaty" of a treaty's summary is it
        subject = with_short_name(subject, (name for _, name in agreements))
        main[subject.head.lower()] = treaty = subject.name
        if subject.head == "Peace":  # "the Peace of Bucharest" is "the treaty" in its summary
            main["treaty"] = subject.name
    body = None
    if subject is not None and not subject.agreement and subject.kind != "topic":
        # "voted to join" joins the body
        treaty, body = None, subject.name
    abbreviations = defined_abbreviations(doc.blocks())
    joined = joined_names(name for _, name in named)
    mentions = mention_counter(doc.blocks)
    screened: list[Screened] = []
    considered = 0
    biography_subject = doc.main_person[0] if doc.main_person is not None else ""
    # "the treaty" of a summary of an agreement is the agreement, whatever the paragraph named
    # before ("ratified the treaty" after "the Treaty of Dorn of 1829 confirmed ...": round 70)
    local_agreements = subject is None or not subject.agreement
    careers = _careers(offices, biography_subject)
    unlikely = max(UNLIKELY, UNLIKELY_IN.get(document_kind(doc, subject), 0.0))
    counts = name_counts(text)
    for position, cand in enumerate(candidates.drain()):
        considered += 1
        # "O'Brien" and "the treaty" named as the document names them, then cut to length.
        meant = named_before(shared, cand.fact.sentence.line) if shared else {}
        question = with_full_names(cand.question, cand.answer, names | meant if meant else names,
                                   text)
        question, bare = with_document_names(question, cand.answer, text, biography_subject,
                                             frozenset(shared.keys() - meant.keys()))
        if biography_subject:
            question = with_regnal_number(question, cand.answer, biography_subject)
        question = with_realms(with_ranks(question, cand.answer, text), cand.answer, text)
        question = whole_joined_names(question, cand.answer, joined)
        question = resolve_agreements(question, cand.answer, main, paragraph_before(
            text, cand.fact.sentence.text) if local_agreements and names_an_agreement_bare(
            question) else "")
        question = complete_treaty_verbs(question, cand.answer, treaty)
        question = complete_treaty_verbs(question, cand.answer, body, body=True)
        question, unanchored = name_the_subject(question, cand.answer, subject)
        unanchored = unanchored or bare
        if not unanchored and cand.fact.kind == AGREEMENT and _runs_on(cand.answer, text):
            unanchored = ("bad_blank: the name runs on into the words after it (\"the Treaty of "
                          "Louviers Richard\")")
        if not unanchored and cand.fact.kind == DATE and "office" in question:
            unanchored = _office_unsaid(question, careers)
        if not unanchored and cand.fact.kind == DATE:  # "negotiations open in Kell": whose?
            unanchored = unnamed_parties(question, text, "" if subject is None
                                         else topic_label(doc.title, subject))
        question = spell_out_abbreviations(question, cand.answer, abbreviations)
        question = without_anniversary_opening(with_opening_fronted(
            without_relative_opening(without_dated_conjunct(without_then(question)))))
        question = shorten(with_prefixes_lowered(without_lone_opening_word(question)))
        question = without_comma_before_chosen_as(without_pluperfect(question))
        question = without_the_before_numbered(with_article_before_name(question))
        if _space_before_mark(question):
            question = _TIGHT_PUNCTUATION.sub("", question)
        if "  " in question or "( " in question or " )" in question or question.endswith(" ."):
            question = _tidy_spaces(question)  # ("(*padishah*)" masked as "( padishah )")
        labelled = False
        if not unanchored:  # "the hills" -> "the Black Hills", or left out
            labelled = subject is not None and (  # it names the subject, or will be headed with
                subject.name in question or with_topic_label(  # it (as _labelled will head it)
                    question, cand.answer, doc.title, subject) != question)
            question = name_bodies(question, cand.answer, text, cand.fact.sentence.quote,
                                   subject.head if subject is not None and subject.agreement
                                   else "", doc.title)
            question, unanchored = resolve_definites(
                question, cand.answer, text, cand.fact.sentence.quote, doc.title, labelled,
                place_label=labelled and subject is not None and subject.kind in _PLACE_LABELS)
        if not unanchored:
            unanchored = bare_agreement(question, cand.answer, topic_label(doc.title, subject)
                                        if subject is not None else "")
        if not unanchored and not labelled:
            unanchored = it_after_a_participle(question)
        if not unanchored and cand.fact.kind == AGREEMENT and subject is not None and (
                label_expands_to(topic_label(doc.title, subject), cand.answer)):
            unanchored = "obvious: the topic's abbreviation spells out the answer"
        if not unanchored and cand.fact.kind == OFFICIAL:
            unanchored = (passing_mention(cand.fact, mentions, doc.date is not None)
                          or changes.changed(cand)
                          or leader_out_of_context(cand))
        entry = screen(replace(cand, question=question) if question != cand.question else cand,
                       position, unanchored, keep_rejected)
        if not entry[3]:
            peripheral = 0 < centrality(entry[2].question, counts) <= PERIPHERAL_MENTIONS
            headed = _labelled(entry[2], doc.cased_title, subject, doc.person_in_full)
            if unnamed_transaction(headed.question):
                entry = (entry[0], entry[1], entry[2], UNNAMED_TRANSACTION_FAULT)
            else:
                entry = _learned_screen(entry, headed,
                                        max(unlikely, UNLIKELY_PERIPHERAL) if peripheral
                                        else unlikely,
                                        "; the document names what it asks of at most twice"
                                        if peripheral else "")
        if keep_rejected or not entry[3]:  # (most are dropped here, never held all at once)
            screened.append(entry)
    kept, rejected = rank_screened(screened, words.counts, keep_rejected,
                                   with_several_offices(offices))
    kept = [_labelled(cand, doc.cased_title, subject, doc.person_in_full) for cand in kept]
    return _Prepared(doc, kept, pool_facts, frozenset(pool_facts.agreements), latest, founded,
                     doc.words(), rejected, capital_prefixes(text),
                     death_year(doc.title) if doc.main_person is not None else 0,
                     frozenset(pool_facts.names),
                     considered=considered)


# "On what date did Juscelino Kubitschek take office?": an office taken or left, not said
_BARE_OFFICE = re.compile(r"\b(?:did|will)\s+(?P<who>(?:[A-Z][\w.’'-]*\s+){1,5})(?:take|assume|"
                          r"leave|enter)\s+office\?$")


def _careers(offices: dict[str, set[str]], biography_subject: str) -> frozenset[str]:
    """The family names of the people a document gives more than one office, and of its
    biography's subject: people for whom "take office" does not say which."""
    people = set(with_several_offices(offices))
    if biography_subject:
        people.add(fold(biography_subject))
    return frozenset(family_name(person) for person in people)


def _office_unsaid(question: str, careers: frozenset[str]) -> str:
    """Why a question's "take office" or "leave office" needs the document (its person held
    several offices, or it is a life's course), or "" (rounds 151-204: 10 of 14 such cards
    were rejected as vague, "On what date did Thieu take office?")."""
    bare = _BARE_OFFICE.search(question)
    if bare is None or fold(family_name(bare.group("who").strip())) not in careers:
        return ""
    return "vague: which office it was, the question does not say (the person held several)"


# The space a masked "**Name**," leaves before its comma ("Name , which ...").
_TIGHT_PUNCTUATION = re.compile(r"(?<=[\w)’'])\s+(?=[,;:](?:\s|$))")


def _tidy_spaces(text: str) -> str:
    """`text` without the spaces masked Markdown or a removed aside left: "king ( padishah )"
    -> "king (padishah)", "was  turned back" -> "was turned back", "the Vereinsthaler ." ->
    "the Vereinsthaler."."""
    text = re.sub(r"(?<=\S) {2,}(?=\S)", " ", text)
    text = re.sub(r"\s+\.$", ".", text)
    return re.sub(r"\s+\)", ")", re.sub(r"\(\s+", "(", text))


def _space_before_mark(text: str) -> bool:
    """Whether a space stands right before a comma, semicolon or colon in `text`: what every
    _TIGHT_PUNCTUATION match needs (found in a few string scans, where the pattern tries every
    position; the `isspace` of a character is the pattern's \\s)."""
    for mark in ",;:":
        at = text.find(mark, 1)
        while at > 0:
            if text[at - 1].isspace():
                return True
            at = text.find(mark, at + 1)
    return False


def document_kind(doc: Document, subject: Subject | None) -> str:
    """"life", "agreement summary", "dated report", "instrument summary" (prose on a contract,
    a deed, a law its title names: Document.summarises_an_instrument) or "" (any other): the
    kinds of document the learned screen asks more of (quiz.generate.learned.UNLIKELY_IN)."""
    if doc.main_person is not None:
        return "life"
    if subject is not None and subject.agreement:
        return "agreement summary"
    if doc.date is not None:
        return "dated report"
    return "instrument summary" if doc.summarises_an_instrument else ""


def _learned_screen(entry: Screened, labelled: Candidate, unlikely: float,
                    why: str = "") -> Screened:
    """`entry`, or it left out when readers rarely kept cards like it, as the card will read
    with its label (quiz.generate.learned: a model of the judged cards' verdicts): when its
    chance is below `unlikely` (`why`: what asks more of it, said in the reason)."""
    chance = acceptable_chance(labelled.fact.kind, labelled.question, labelled.answer)
    if chance >= unlikely:
        return entry
    return (entry[0], entry[1], entry[2],
            f"unlikely: readers kept about {int(chance * 100)} % of cards like it (learned "
            f"model){why}")


def _labelled(cand: Candidate, title: str, subject: Subject | None,
              person: str | None) -> Candidate:
    """`cand` headed with its document's subject when it does not name it (after screening:
    the label is not part of what the quality checks read); in a biography, which has no
    subject, with its person ("Ahmed Sékou Touré: In what month and year were relations with
    Paris broken?": rounds 113-139 kept 67 % of a life's cards naming neither the person nor
    their country, against 77 % of those naming the person). A card asking for an agreement
    in the summary of one, or in a report headed with an agreement ("Maastricht treaty", "Doha
    deal"), is not labelled: the label could be its answer."""
    if subject is None and person:
        question = with_person_label(cand.question, cand.answer, person)
    elif subject is not None and cand.fact.kind == AGREEMENT and (
            subject.agreement or names_an_agreement(subject.name)):
        return cand
    else:
        question = with_topic_label(cand.question, cand.answer, title, subject)
    return cand if question == cand.question else replace(cand, question=question)


def card_id(cand: Candidate) -> str:
    """A card id from the fact: its kind, the question form, the folded answer and the words
    around the answer in its sentence. Edits elsewhere in the document keep it."""
    fact = cand.fact
    text = fact.sentence.text
    before = fold(text[max(0, fact.start - 160): fact.start]).split()[-_ID_CONTEXT_WORDS:]
    after = fold(text[fact.end: fact.end + 160]).split()[:_ID_CONTEXT_WORDS]
    form = cand.form if cand.form in {"forward", "reverse", "actor"} else "q"
    key = "|".join([fact.kind, form, fold(cand.answer), " ".join(before), " ".join(after)])
    return "g" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


_PLAIN_PUNCTUATION = "’‘“”–—…"
# ASCII letters and digits lower-cased, "_" kept (a word character), anything else a space.
_ASCII_WORDS = bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ")
                     for c in range(128)).lower() + b" " * 128


def _question_key(question: str) -> str:
    """normalise_question (the loader's duplicate test), with a fast path for ASCII text
    (curly quotes and dashes are punctuation either way, so they are blanked first)."""
    plain = question
    if not plain.isascii():
        for mark in _PLAIN_PUNCTUATION:
            plain = plain.replace(mark, " ")
        if not plain.isascii():
            return normalise_question(question)
    return " ".join(plain.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split())


def build_deck(prepared: _Prepared, pools: Pools, deck_id: str) -> Deck:
    """The deck of one document: its candidates as cards, with wrong options and provenance."""
    forget_folded()
    doc = prepared.doc
    written = doc.date.year if doc.date is not None else 0
    latest = prepared.latest  # no past event of the document is later than its latest year
    cards: list[Card] = []
    ids: set[str] = set()
    questions: set[str] = set()
    given: dict[str, list[frozenset[str]]] = {}  # the option sets of each answer so far
    for cand in prepared.candidates:
        cid, key = card_id(cand), _question_key(cand.question)
        if cid in ids or key in questions:
            continue
        ids.add(cid)
        questions.add(key)
        choices = _choices(cand, prepared, pools, written, latest)
        earlier = given.setdefault(fold(cand.answer), [])
        if choices and frozenset(choices) in earlier:
            # ("1 January" three times over "1 December | 1 April | 1 July": readers of rounds
            # 877-884 saw the deck teach the answer by its repeated options)
            choices = _choices(cand, prepared, pools, written, latest,
                               frozenset().union(*earlier)) or choices
        if choices:
            earlier.append(frozenset(choices))
        cards.append(Card(
            id=cid, question=cand.question, answer=" ".join(cand.answer.split()),
            accept=cand.accept,
            choices=choices,
            tags=(cand.fact.kind,),
            source=Source(doc.name, cand.fact.sentence.line, cand.fact.sentence.quote),
        ))
    return Deck(id=deck_id, title=doc.title, cards=tuple(cards),
                description=f"Generated from {doc.name}", tags=("generated",))


def _choices(cand: Candidate, prepared: _Prepared, pools: Pools, written: int, latest: int,
             avoid: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The card's wrong options (none of `avoid`), from what its document tells of itself."""
    return choices_for(cand, pools, written, latest, prepared.agreements, prepared.founded,
                       prepared.named or None, prepared.died, prepared.people, avoid)


def deck_id_for(path: Path) -> str:
    """A deck id from the file name: letters, digits, '-', '_' and '.' only."""
    return slug(path.stem, "deck")


def _path_hash(doc: Document) -> str:
    """Six hex digits from the document's path as given, to tell apart names that fold alike."""
    return hashlib.sha1(doc.name.encode("utf-8")).hexdigest()[:6]


def _with_folders(doc: Document, depth: int) -> str:
    """The deck id from the file name with its `depth` nearest folder names in front."""
    folders = doc.path.parent.parts[-depth:] if depth else ()
    return deck_id_for(Path("-".join([*folders, doc.path.stem]) + ".txt"))


def _out_names(docs: list[Document]) -> list[str]:
    """One distinct output file name per document, the same for the same inputs.

    A document's deck is named after its file; when names clash (`a b.txt` and `a-b.txt` both
    make `a-b`; `p/x/doc.txt` and `q/x/doc.txt`) the nearest folder names that tell them apart
    go in front (`p-x-doc`), else a short hash of the path goes behind (`a-b-3f9c1e`). Names are
    compared without case, so decks never overwrite each other on a case-blind file system.
    """
    names = [deck_id_for(d.path) for d in docs]
    groups: dict[str, list[int]] = {}
    for index, name in enumerate(names):
        groups.setdefault(name.casefold(), []).append(index)
    for members in groups.values():
        if len(members) < 2:
            continue
        deepest = max(len(docs[i].path.parent.parts) for i in members)
        for depth in range(1, deepest + 1):
            tried = [_with_folders(docs[i], depth) for i in members]
            if len({t.casefold() for t in tried}) == len(tried):
                break
        else:
            tried = [f"{names[i]}-{_path_hash(docs[i])}" for i in members]
        for i, name in zip(members, tried, strict=True):
            names[i] = name
    taken: set[str] = set()
    for index, name in enumerate(names):  # a new name may meet another file's own name
        unique, extra = name, 1
        while unique.casefold() in taken:
            extra += 1
            unique = f"{name}-{extra}"
        taken.add(unique.casefold())
        names[index] = unique
    return [name + ".yaml" for name in names]


PARALLEL_MIN_DOCUMENTS = 64  # below this, starting worker processes costs more than it saves
_SHARED: dict[str, object] = {}  # what forked workers of the second pass inherit


def _read_and_prepare(path: Path, keep_rejected: bool = False) -> _Prepared | str:
    """First pass for one file: its prepared candidates, or the warning that it is unusable.
    The candidates left out are kept only when asked for (they are many, and a worker process
    would send them all back)."""
    try:
        doc = read_document(path)
    except GenerateError as exc:
        return str(exc)
    try:
        return prepare(doc, keep_rejected)
    except Exception as exc:  # noqa: BLE001 - one odd document must not stop a batch run
        return f"{path}: could not be turned into a deck ({type(exc).__name__}: {exc}); skipped"


def _finish(index: int) -> DeckResult:
    """Second pass for one document: its deck built with the corpus pools, and written."""
    item, name = _SHARED["items"][index]  # type: ignore[index]
    pools: Pools = _SHARED["pools"]  # type: ignore[assignment]
    out_dir: Path = _SHARED["out_dir"]  # type: ignore[assignment]
    deck = build_deck(item, pools, deck_id_for(Path(name)))
    if not deck.cards:
        return DeckResult(item.doc.name, None, 0, "empty", item.considered)
    try:
        status, written = write_guarded(out_dir / name, render_deck(deck, item.doc.name),
                                        bool(_SHARED["force"]))
    except OSError as exc:
        raise GenerateError(f"{out_dir / name}: cannot be written ({exc.strerror})") from None
    return DeckResult(item.doc.name, written, len(deck.cards), status)


def worker_count(jobs: int | None, documents: int) -> int:
    """How many processes to use: one for small runs, or where processes cannot be forked
    safely (no fork on the platform, or other threads running)."""
    wanted = jobs if jobs is not None else (os.cpu_count() or 1)
    if wanted <= 1 or documents < PARALLEL_MIN_DOCUMENTS:
        return 1
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return 1  # forking a process that runs other threads (the study app) is not safe
    return min(wanted, documents)


def _run(function: Callable[..., object], items: Sequence[object], workers: int
         ) -> Iterable[object]:
    """`function` over `items` in order, in forked worker processes when workers > 1."""
    if workers <= 1:
        return map(function, items)
    executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    chunk = max(1, min(32, len(items) // (workers * 8) or 1))

    def results() -> Iterable[object]:
        with executor:
            yield from executor.map(function, items, chunksize=chunk)

    return results()


def generate_decks(paths: Sequence[Path], out_dir: Path, force: bool = False,
                   on_progress: Progress | None = None, jobs: int | None = None,
                   keep_rejected: bool = False) -> GenerateReport:
    """Generate one deck per document under `paths` into `out_dir` and report what happened.

    Bad inputs (missing, empty, binary, not UTF-8) become warnings; the other documents are
    still processed. Large runs use `jobs` processes (default: one per CPU); the output is the
    same either way. With `keep_rejected`, `report.rejected` lists every candidate left out and
    why. Raises GenerateError only when the output folder cannot be written.
    """
    with collector_paused():  # millions of small cycle-free objects pile up in a large run
        report = GenerateReport()
        files, report.warnings = collect_documents(paths)
        workers = worker_count(jobs, len(files))
        prepared: list[_Prepared] = []
        pool_facts = PoolFacts()  # every document's, in document order
        first_pass = functools.partial(_read_and_prepare, keep_rejected=keep_rejected)
        for done, result in enumerate(_run(first_pass, files, workers), start=1):
            if isinstance(result, str):
                report.warnings.append(result)
            else:
                assert isinstance(result, _Prepared) and result.pool_facts is not None
                report.words += result.words
                pool_facts.update(result.pool_facts)
                result.pool_facts = None  # (what a later document repeats is not kept twice)
                prepared.append(result)
            if on_progress is not None:
                on_progress(done, len(files))
        names = _out_names([p.doc for p in prepared])
        across = AcrossDocuments()
        for item, name in zip(prepared, names, strict=True):
            item.candidates, repeats = across.keep(item.candidates, name)
            if keep_rejected:
                report.rejected.extend((item.doc.name, r) for r in item.rejected + repeats)
        _SHARED.update(items=list(zip(prepared, names, strict=True)), out_dir=out_dir, force=force,
                       pools=build_pools(pool_facts))
        try:
            for result in _run(_finish, range(len(prepared)), workers):
                assert isinstance(result, DeckResult)
                report.results.append(result)
        finally:
            _SHARED.clear()
        return report
