"""Documents in, one deck per document out: the whole `quiz generate` run.

Two passes: read every document and make its ranked candidates, then (with the facts of the
whole corpus known) add wrong options and write the decks. Output is deterministic, card ids come
from the fact rather than its position, and a deck a teacher has edited since it was generated is
never overwritten silently: the new deck goes beside it as NAME.yaml.new unless `force` (not
NAME.new.yaml: that would be loaded as a second deck with the same id; renaming NAME.yaml.new to
NAME.yaml adopts it and keeps every card's progress).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from quiz.deck import writer
from quiz.deck.model import Card, Deck, Source, normalise_question
from quiz.deck.writer import dump_deck
from quiz.errors import GenerateError
from quiz.generate.distractors import Pools, build_pools, choices_for
from quiz.generate.documents import DOCUMENT_SUFFIXES, Document, read_document
from quiz.generate.extract import find_facts
from quiz.generate.facts import Fact
from quiz.generate.questions import Candidate, candidates_for, table_candidates
from quiz.generate.rank import rank
from quiz.generate.sentences import split_sentences
from quiz.generate.text import fold

MARK = re.compile(r"^# quiz-generated sha256:(?P<digest>[0-9a-f]{64})$", re.M)
_ID_CONTEXT_WORDS = 6
_NOT_WORD = re.compile(r"[^\w\s]")  # words either side of the answer that make a card's id

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


@dataclass
class GenerateReport:
    """Every deck result plus warnings about inputs that could not be read."""

    results: list[DeckResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    words: int = 0

    @property
    def had_bad_input(self) -> bool:
        return bool(self.warnings)


@dataclass
class _Prepared:
    doc: Document
    candidates: list[Candidate]
    facts: list[Fact]


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


def prepare(doc: Document) -> _Prepared:
    """A document's facts and its ranked candidate cards (before wrong options are added)."""
    sentences = split_sentences(doc.text)
    rows = [s for s in sentences if s.is_table_row]
    candidates: list[Candidate] = []
    facts: list[Fact] = []
    for sentence in sentences:
        if sentence.text == doc.title:
            continue  # the title line is the deck's title, not a statement
        if sentence.is_table_row:
            table = table_candidates(sentence, doc, rows)
            candidates.extend(table)
            facts.extend(c.fact for c in table)
            continue
        for fact in find_facts(sentence, doc):
            facts.append(fact)
            candidates.extend(candidates_for(fact, doc))
    return _Prepared(doc, rank(candidates), facts)


def card_id(cand: Candidate) -> str:
    """A card id from the fact: its kind, the question form, the folded answer and the words
    around the answer in its sentence. Edits elsewhere in the document keep it."""
    fact = cand.fact
    text = fact.sentence.text
    before = fold(text[max(0, fact.start - 160): fact.start]).split()[-_ID_CONTEXT_WORDS:]
    after = fold(text[fact.end: fact.end + 160]).split()[:_ID_CONTEXT_WORDS]
    form = cand.form if cand.form in {"forward", "reverse"} else "q"
    key = "|".join([fact.kind, form, fold(cand.answer), " ".join(before), " ".join(after)])
    return "g" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _question_key(question: str) -> str:
    """normalise_question (the loader's duplicate test), with a fast path for ASCII text."""
    if question.isascii():
        return " ".join(_NOT_WORD.sub(" ", question.casefold()).split())
    return normalise_question(question)


def build_deck(prepared: _Prepared, pools: Pools, deck_id: str) -> Deck:
    """The deck of one document: its candidates as cards, with wrong options and provenance."""
    doc = prepared.doc
    cards: list[Card] = []
    ids: set[str] = set()
    questions: set[str] = set()
    for cand in prepared.candidates:
        cid, key = card_id(cand), _question_key(cand.question)
        if cid in ids or key in questions:
            continue
        ids.add(cid)
        questions.add(key)
        cards.append(Card(
            id=cid, question=cand.question, answer=" ".join(cand.answer.split()),
            accept=cand.accept,
            choices=choices_for(cand, pools), tags=(cand.fact.kind,),
            source=Source(doc.name, cand.fact.sentence.line, cand.fact.sentence.quote),
        ))
    return Deck(id=deck_id, title=doc.title, cards=tuple(cards),
                description=f"Generated from {doc.name}", tags=("generated",))


def deck_id_for(path: Path) -> str:
    """A deck id from the file name: letters, digits, '-', '_' and '.' only."""
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", path.stem).strip("-._")
    return slug or "deck"


def body_digest(body: str) -> str:
    """The hash written in a generated deck's header, to notice later hand edits."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class _FastDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """The deck writer's YAML settings on libyaml's C emitter (same text, about 7x faster)."""


_FastDumper.add_representer(str, writer._represent_str)
def _resolve(self: yaml.BaseResolver, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
    """BaseResolver.resolve for scalars, without its path-resolver steps (decks use none)."""
    if kind is not yaml.ScalarNode:
        return yaml.SafeDumper.resolve(self, kind, value, implicit)
    if implicit[0]:
        table = self.yaml_implicit_resolvers
        for tag, regexp in table.get(value[0] if value else "", []) + table.get(None, []):
            if regexp.match(value):
                return tag
    return _STR


def _no_path(*_args: object) -> None:
    """descend_resolver / ascend_resolver do nothing when there are no path resolvers."""


_FastDumper.descend_resolver = _no_path  # type: ignore[method-assign]
_FastDumper.ascend_resolver = _no_path  # type: ignore[method-assign]
_FastDumper.resolve = _resolve  # type: ignore[method-assign]


_STR, _INT = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int"
_SEQ, _MAP = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


def _node(value: object) -> yaml.Node:
    """The YAML node SafeRepresenter would make for a deck value (text, whole numbers, lists
    and mappings only), built directly: representing is a third of writing time."""
    kind = type(value)
    if kind is str:
        return yaml.ScalarNode(_STR, value, None, None, "|" if "\n" in value else None)
    if kind is dict:
        return yaml.MappingNode(_MAP, [(yaml.ScalarNode(_STR, k), _node(v))
                                       for k, v in value.items()], flow_style=False)
    if kind is list:
        return yaml.SequenceNode(_SEQ, [_node(v) for v in value], flow_style=False)
    if kind is int:
        return yaml.ScalarNode(_INT, str(value))
    raise TypeError(f"unexpected value in a deck: {value!r}")


def dump_body(deck: Deck) -> str:
    """The deck as YAML, exactly as quiz.deck.writer.dump_deck writes it, but on the C emitter
    when PyYAML has it (writing YAML is most of generation time in pure Python)."""
    if not yaml.__with_libyaml__:
        return dump_deck(deck)
    return yaml.serialize(_node(writer.deck_to_dict(deck)), Dumper=_FastDumper,
                          allow_unicode=True, width=100_000)


def render_deck(deck: Deck, source: str) -> str:
    """The deck file text: a header saying where it came from and the hash of the body."""
    body = dump_body(deck)
    header = (f"Generated by `quiz generate` from {source}. You may edit it: quiz notices, and\n"
              f"then writes a regenerated deck beside it (.yaml.new) instead of over it.\n"
              f"quiz-generated sha256:{body_digest(body)}")
    return _header_lines(header) + body


def _header_lines(header: str) -> str:
    return "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())


def was_edited(text: str) -> bool:
    """Whether a deck file's body no longer matches the hash written when it was generated."""
    mark = MARK.search(text)
    if mark is None:
        return True
    lines = text.splitlines(keepends=True)
    index = 0
    while index < len(lines) and lines[index].startswith("#"):
        index += 1
    return body_digest("".join(lines[index:])) != mark.group("digest")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def write_guarded(path: Path, text: str, force: bool) -> tuple[str, Path]:
    """Write a generated deck without losing a teacher's edits; return (status, path written)."""
    if path.exists():
        old = path.read_text(encoding="utf-8", errors="replace")
        if old == text:
            return "unchanged", path
        if was_edited(old):
            if not force:
                beside = path.with_name(path.name + ".new")
                _write(beside, text)
                return "kept", beside
            _write(path, text)
            return "overwritten", path
    _write(path, text)
    return "written", path


def _out_names(docs: list[Document]) -> list[str]:
    """One output file name per document; a clash of names gets the folder name in front."""
    stems = [d.path.stem for d in docs]
    names = []
    for doc, stem in zip(docs, stems, strict=True):
        if stems.count(stem) > 1:
            stem = f"{doc.path.parent.name}-{stem}"
        names.append(deck_id_for(Path(stem)) + ".yaml")
    return names


def generate_decks(paths: Sequence[Path], out_dir: Path, force: bool = False,
                   on_progress: Progress | None = None) -> GenerateReport:
    """Generate one deck per document under `paths` into `out_dir` and report what happened.

    Bad inputs (missing, empty, binary, not UTF-8) become warnings; the other documents are
    still processed. Raises GenerateError only when the output folder cannot be written.
    """
    report = GenerateReport()
    files, report.warnings = collect_documents(paths)
    prepared: list[_Prepared] = []
    for done, path in enumerate(files, start=1):
        try:
            doc = read_document(path)
        except GenerateError as exc:
            report.warnings.append(str(exc))
        else:
            report.words += len(doc.text.split())
            prepared.append(prepare(doc))
        if on_progress is not None:
            on_progress(done, len(files))
    pools = build_pools(f for p in prepared for f in p.facts)
    names = _out_names([p.doc for p in prepared])
    for item, name in zip(prepared, names, strict=True):
        deck = build_deck(item, pools, deck_id_for(Path(name)))
        if not deck.cards:
            report.results.append(DeckResult(item.doc.name, None, 0, "empty"))
            continue
        try:
            status, written = write_guarded(out_dir / name, render_deck(deck, item.doc.name),
                                            force)
        except OSError as exc:
            raise GenerateError(f"{out_dir / name}: cannot be written ({exc.strerror})") from None
        report.results.append(DeckResult(item.doc.name, written, len(deck.cards), status))
    return report
