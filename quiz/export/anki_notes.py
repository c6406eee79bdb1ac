"""Anki notes to quiz cards, with a report of everything that did not come across.

Both importers (`anki_text` for "Notes in Plain Text", `anki_package` for `.apkg`) read notes
into `Note`s; `notes_to_deck` turns them into one Deck, a note giving one deck entry:

- a note of one of quiz's own note types (what `quiz export deck --format apkg` writes) gives
  back its entry whole: id, question, answer, accept, choices, explanation, source, `reverse`,
  `cloze`;
- a cloze note gives a `cloze:` entry (one card per deletion number: the text with that
  deletion blanked as `____`, or `[hint]`; the answer the deleted text), other fields becoming
  the explanation;
- any other note gives the cards Anki made of it, filled in as Anki shows them: the question
  is the front, the answer what the back adds after `<hr id=answer>`. When its second card asks
  the first one backwards ("Basic (and reversed card)", "Basic (optional reversed card)" with
  its reverse), the entry is one question with `reverse: true`.

Anki reads cloze markup more loosely than a deck (nested deletions, a stray `}}`): such a note,
and a note type with other kinds of second cards, gives plain cards that share a `group`, so a
study session keeps them apart as it does the cards of one entry.

Cards that cannot be studied as text (a side that is only an image or a sound, an empty answer,
image occlusion) are left out, media named in the kept cards is not imported, and a question
that repeats an earlier one is left out: each is counted in `report.warnings`, never dropped
silently. Tags stay tags (never right answers). A card keeps the same id on every import of the
same note (from Anki's note GUID), so re-importing an updated export keeps study progress.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field, replace

from quiz.deck.cloze import cloze_cards as entry_cloze_cards
from quiz.deck.cloze import parse_cloze
from quiz.deck.model import (
    Card,
    Deck,
    Source,
    derive_card_id,
    normalise_question,
    reverse_card,
)
from quiz.export.anki import CLOZE_FIELDS as QUIZ_CLOZE_FIELDS
from quiz.export.anki import FIELDS as QUIZ_FIELDS
from quiz.export.anki_fields import (
    FieldText,
    cloze_card,
    cloze_numbers,
    html_text,
    render,
    template_fields,
)

_ANSWER_RULE = re.compile(r"<hr\b[^<>]*\bid\s*=\s*[\"']?answer\b[^<>]*>", re.I)
_FRONT = "\ue000quiz-front\ue001"  # stands for {{FrontSide}} until the answer side is cut
_SHOWN = 5  # places listed per warning before "and N more"


@dataclass(frozen=True)
class NoteType:
    """What quiz needs of an Anki note type: field names, templates (name, question format,
    answer format), whether it is a cloze type, and fields that go to the explanation."""

    name: str
    fields: tuple[str, ...]
    templates: tuple[tuple[str, str, str], ...]
    cloze: bool = False
    extra: tuple[str, ...] = ()  # fields shown as the explanation (not in the templates)


@dataclass(frozen=True)
class Note:
    """One Anki note as read from a file: field values in the note type's order (HTML when
    `is_html`), and `ords`, the cards Anki made of it (template numbers, or cloze numbers less
    one), None when unknown (every card whose question is not empty)."""

    where: str  # "notes.txt:12" or 'deck.apkg: note 3 ("Capital of ...")', for messages
    notetype: NoteType
    fields: tuple[str, ...]
    is_html: bool = True
    tags: tuple[str, ...] = ()
    guid: str | None = None
    deck: str | None = None
    ords: tuple[int, ...] | None = None
    line: int = 0


@dataclass
class ImportReport:
    """The deck made, and what the user should know about what did not come across."""

    deck: Deck
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Collector:
    """Places by reason, for one warning line each."""

    media: dict[str, list[str]] = field(default_factory=dict)  # file name -> cards naming it
    media_cards: int = 0
    left_out: dict[str, list[str]] = field(default_factory=dict)  # reason -> places
    removed: list[str] = field(default_factory=list)
    removed_count: int = 0

    def leave_out(self, reason: str, where: str) -> None:
        self.left_out.setdefault(reason, []).append(where)

    def texts(self, where: str, *texts: FieldText) -> None:
        names = [name for text in texts for name in text.media]
        if names:
            self.media_cards += 1
            for name in names:
                self.media.setdefault(name, []).append(where)
        count = sum(text.removed for text in texts)
        if count:
            self.removed_count += count
            self.removed.append(where)


def _listed(items: list[str]) -> str:
    unique = list(dict.fromkeys(items))
    shown = ", ".join(unique[:_SHOWN])
    return shown + (f" and {len(unique) - _SHOWN} more" if len(unique) > _SHOWN else "")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _as_html(note: Note, value: str) -> str:
    """A field as HTML: plain-text fields (`#html:false`) are escaped, line breaks as <br>."""
    if note.is_html:
        return value
    return html.escape(value, quote=False).replace("\r\n", "\n").replace("\n", "<br>")


def _base_id(note: Note) -> str | None:
    """The id stem of a note's cards: from Anki's note GUID when there is one."""
    if not note.guid:
        return None
    return "anki-" + hashlib.sha1(note.guid.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _joined(texts: list[FieldText]) -> str | None:
    return "\n".join(t.text for t in texts if t.text) or None


def _asked_backwards(note: Note) -> bool:
    """Whether a note of quiz's own type is of its "(and reversed card)" kind."""
    if note.ords is not None:
        return 1 in note.ords
    name = note.notetype.name.casefold()
    return len(note.notetype.templates) > 1 or name.endswith("(and reversed card)")


def _quiz_entry(note: Note, values: dict[str, str], collect: _Collector) -> list[Card]:
    """The entry of a note of quiz's own basic or reversed note type, read back whole."""
    card = _quiz_card(note, values, collect)
    if card is None:
        return []
    if not _asked_backwards(note):
        return [card]
    card = replace(card, siblings=card.id, reverse=True)
    return [card, reverse_card(card)]


def _quiz_cloze(note: Note, values: dict[str, str], collect: _Collector) -> list[Card]:
    """The cloze entry of a note of quiz's own cloze type, read back whole."""
    text = {name: html_text(values.get(name, "")) for name in QUIZ_CLOZE_FIELDS}
    collect.texts(note.where, *text.values())
    deletions, problems = parse_cloze(text["Text"].text)
    accept, choices = _items(text["Accept"].text), _items(text["Choices"].text)
    if problems or (len({d.number for d in deletions}) > 1 and (accept or choices)):
        return _cloze_cards(note, values, collect)  # edited in Anki past what a deck allows
    quiz_id = text["QuizId"].text
    return entry_cloze_cards(
        text["Text"].text, deletions, quiz_id.partition("/")[2] or _base_id(note),
        accept=accept, choices=choices, explanation=text["Explanation"].text or None,
        tags=note.tags, source=_source(text["Source"].text), line=note.line)


def _quiz_card(note: Note, values: dict[str, str], collect: _Collector) -> Card | None:
    """A card of quiz's own note type, read back whole."""
    text = {name: html_text(values.get(name, "")) for name in QUIZ_FIELDS}
    collect.texts(note.where, *text.values())
    question, answer = text["Question"].text, text["Answer"].text
    if not question or not answer:
        collect.leave_out("no question or no answer", note.where)
        return None
    quiz_id = text["QuizId"].text
    card_id = quiz_id.partition("/")[2] or quiz_id or _base_id(note) or derive_card_id(question)
    return Card(
        id=card_id, question=question, answer=answer,
        accept=_items(text["Accept"].text), choices=_items(text["Choices"].text),
        explanation=text["Explanation"].text or None, tags=note.tags,
        source=_source(text["Source"].text), line=note.line,
    )


def _items(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split("; ") if item.strip())


def _source(text: str) -> Source | None:
    """The Source field `quiz export` writes: "quote (file:line)", or "file:line"."""
    if not text:
        return None
    quote, where = None, text
    opening = text.rfind(" (")
    if text.endswith(")") and opening > 0 and not set(text[opening + 2:-1]) & set("()\n"):
        quote, where = text[:opening].strip(), text[opening + 2:-1]
    placed = re.fullmatch(r"(.+):([1-9][0-9]{0,8})", where)
    if placed:
        return Source(placed.group(1), int(placed.group(2)), quote)
    return Source(where, None, quote)


def _cloze_field(notetype: NoteType) -> str:
    """The field a cloze note type blanks: the one its front shows through `{{cloze:...}}`."""
    qfmt = notetype.templates[0][1] if notetype.templates else ""
    return next((name for filters, name in template_fields(qfmt) if "cloze" in filters),
                notetype.fields[0] if notetype.fields else "")


def _cloze_entry(note: Note, values: dict[str, str], collect: _Collector) -> list[Card]:
    """A cloze note as a `cloze:` entry, when its text is one a deck accepts; else its cards
    one by one (`_cloze_cards`)."""
    cloze_field = _cloze_field(note.notetype)
    html = values.get(cloze_field, "")
    if "image-occlusion:" in html:
        collect.leave_out("image occlusion (a picture with parts hidden)", note.where)
        return []
    text = html_text(html)
    deletions, problems = parse_cloze(text.text)
    if problems:
        return _cloze_cards(note, values, collect)
    extra = [html_text(values.get(name, "")) for name in note.notetype.extra
             if name != cloze_field]
    collect.texts(note.where, text, *extra)
    return entry_cloze_cards(text.text, deletions, _base_id(note),
                             explanation=_joined(extra), tags=note.tags, line=note.line)


def _cloze_cards(note: Note, values: dict[str, str], collect: _Collector) -> list[Card]:
    """A cloze note's cards one by one, read as Anki reads the markup (nested deletions, stray
    braces as text)."""
    notetype = note.notetype
    cloze_field = _cloze_field(notetype)
    text = values.get(cloze_field, "")
    numbers = cloze_numbers(text)
    if note.ords is not None:
        numbers = [n for n in numbers if n - 1 in note.ords]
    if not numbers:
        collect.leave_out("a cloze note without {{c1::...}}", note.where)
        return []
    extra = [html_text(values.get(name, "")) for name in notetype.extra if name != cloze_field]
    base = _base_id(note)
    cards = []
    for number in numbers:
        question_html, answers = cloze_card(text, number)
        question = html_text(question_html)
        answer_texts = [html_text(a) for a in answers]
        where = f"{note.where} (c{number})"
        collect.texts(where, question, *answer_texts, *extra)
        answer = "; ".join(t.text for t in answer_texts if t.text)
        if not answer:
            collect.leave_out("the deleted text is only media or empty", where)
            continue
        cards.append(Card(
            id=f"{base}-c{number}" if base else derive_card_id(question.text),
            question=question.text, answer=answer, explanation=_joined(extra), tags=note.tags,
            line=note.line,
        ))
    return cards


def _template_cards(note: Note, values: dict[str, str], collect: _Collector) -> list[Card]:
    notetype = note.notetype
    extra = [html_text(values.get(name, "")) for name in notetype.extra]
    base = _base_id(note)
    cards = []
    for ord_, (name, qfmt, afmt) in enumerate(notetype.templates):
        if note.ords is not None and ord_ not in note.ords:
            continue
        front = render(qfmt, values, answer_side=False)
        question = html_text(front)
        where = note.where if len(notetype.templates) == 1 else f"{note.where} ({name})"
        if not question.text:
            if question.media:
                collect.texts(where, question)
                collect.leave_out("the question is only media", where)
            continue  # an empty front: Anki makes no card either
        back = render(afmt, values, answer_side=True, front=_FRONT)
        rule = _ANSWER_RULE.search(back)
        back = back[rule.end():] if rule else back
        answer = html_text(back.replace(_FRONT, ""))
        if not rule and answer.text.startswith(question.text):
            answer.text = answer.text[len(question.text):].strip()
        collect.texts(where, question, answer, *extra)
        if not answer.text:
            reason = "the answer is only media" if answer.media else "the answer is empty"
            collect.leave_out(reason, where)
            continue
        suffix = "" if ord_ == 0 else f"-{ord_ + 1}"
        cards.append(Card(
            id=f"{base}{suffix}" if base else derive_card_id(question.text),
            question=question.text, answer=answer.text, explanation=_joined(extra),
            tags=note.tags, line=note.line,
        ))
    return cards


def _is_reverse(cards: list[Card]) -> bool:
    """Whether the second of two cards asks the first one backwards."""
    return (len(cards) == 2 and cards[1].question == cards[0].answer
            and cards[1].answer == cards[0].question)


def note_cards(note: Note, collect: _Collector) -> list[Card]:
    """The cards of one note's deck entry (see the module docstring)."""
    values = {name: _as_html(note, value)
              for name, value in zip(note.notetype.fields, note.fields, strict=False)}
    if note.notetype.fields == QUIZ_FIELDS:
        return _quiz_entry(note, values, collect)
    if note.notetype.fields == QUIZ_CLOZE_FIELDS and note.notetype.cloze:
        return _quiz_cloze(note, values, collect)
    if note.notetype.cloze:
        cards = _cloze_entry(note, values, collect)
    else:
        cards = _template_cards(note, values, collect)
        if _is_reverse(cards):
            card = replace(cards[0], siblings=cards[0].id, reverse=True)
            return [card, reverse_card(card)]
    return _grouped(note, cards)


def _grouped(note: Note, cards: list[Card]) -> list[Card]:
    """Plain cards from one note, sharing a group when there are several."""
    if len(cards) > 1 and all(c.siblings is None for c in cards):
        group = _base_id(note) or cards[0].id
        return [replace(card, group=group) for card in cards]
    return cards


def _as_plain(cards: list[Card]) -> list[Card]:
    """An entry's cards as plain cards (no `reverse`, no `cloze`), to keep only some."""
    return [replace(c, siblings=None, cloze=None, reverse=False, reverse_of=None) for c in cards]


def _deck_tag(name: str) -> str:
    return "_".join(name.split())


def notes_to_deck(notes: list[Note], *, deck_id: str, title: str,
                  tags: tuple[str, ...] = ()) -> ImportReport:
    """One deck of every card the notes give, and the warnings about what was left behind.
    Cards from several Anki decks are each tagged with their deck's name."""
    collect = _Collector()
    several_decks = len({note.deck for note in notes if note.deck}) > 1
    cards: list[Card] = []
    first: dict[str, str] = {}  # folded question -> where it was first asked
    ids: set[str] = set()
    for note in notes:
        made = note_cards(note, collect)
        entry_ids = {c.siblings for c in made if c.siblings is not None}
        clash = [c for c in made if normalise_question(c.question) in first or c.id in ids]
        if clash or entry_ids & ids:  # keep the other cards, as plain ones
            made = _grouped(note, _as_plain(made))
            entry_ids = set()
        for card in made:
            key = normalise_question(card.question)
            if key in first:
                collect.leave_out(f"the same question as {first[key]}", note.where)
                continue
            if card.id in ids:
                collect.leave_out(f"card id '{card.id}' is used twice", note.where)
                continue
            first[key] = note.where
            ids.add(card.id)
            if several_decks and note.deck:
                card = replace(card, tags=tuple(dict.fromkeys((*card.tags, _deck_tag(note.deck)))))
            cards.append(card)
        ids |= entry_ids
    deck = Deck(id=deck_id, title=title, cards=tuple(cards), tags=tags)
    return ImportReport(deck, _warnings(collect))


def _warnings(collect: _Collector) -> list[str]:
    warnings = []
    if collect.media:
        names = _listed(list(collect.media))
        cards = _listed([w for where in collect.media.values() for w in where])
        warnings.append(f"{_plural(collect.media_cards, 'card')} name media that is not "
                        f"imported: {names} ({cards})")
    for reason, places in collect.left_out.items():
        warnings.append(f"{_plural(len(places), 'card')} left out, {reason}: {_listed(places)}")
    if collect.removed_count:
        removed = _plural(collect.removed_count, "control or invisible character")
        warnings.append(f"removed {removed} that a deck may not hold: {_listed(collect.removed)}")
    return warnings
