"""What an Anki field or card template means as plain text: HTML, media, clozes, templates.

Anki keeps every field as HTML and builds each card from a note type's templates
(`{{Front}}`, `{{#Field}}...{{/Field}}`, `{{cloze:Text}}`, `{{FrontSide}}`). quiz decks hold plain
text, so the importers (`anki_text`, `anki_package`) read fields through here:

- `html_text`: tags stripped as a browser would show the text: source whitespace collapses,
  `<br>` is a line break, a block (`<div>`, `<p>`, `<li>`...) starts a new line, entities are
  unescaped, `&nbsp;` is a space; `<script>` and `<style>` are dropped. Media (`<img src>`,
  `<audio>`/`<video>`/`<source src>`, `[sound:...]`) is removed from the text and its file names
  returned, so the importer can say which cards lose it. Characters a deck may not hold
  (quiz.textsafe.UNSAFE: controls, bidi overrides, zero-width spaces) are removed and counted.
- `cloze_card`: one card of a cloze note: `{{c1::answer::hint}}` blanked as `____` (or as
  `[hint]`, as Anki shows it), the other deletions shown as their text; nested deletions work.
- `render`: a template filled in for one side of a card (sections, filters, `{{FrontSide}}`).

Every function takes any text and never raises; the work is linear in the text's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from quiz.textsafe import UNSAFE

BLANK = "____"

# Elements after which a browser starts a new line (their content is its own block).
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "thead", "tfoot", "tr", "ul",
})
_SKIPPED = frozenset({"script", "style", "head", "title"})  # content never shown as text
_MEDIA_TAGS = frozenset({"img", "audio", "video", "source", "embed", "object"})
_SPACE = re.compile(r"[ \t\n\r\f]+")
_SOUND = re.compile(r"\[sound:([^\]\n]*)\]")
_LOOKS_LIKE_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(\s[^>]*)?/?>|&(#[0-9]+|#[xX][0-9A-Fa-f]+|"
                              r"[A-Za-z]+);")


@dataclass
class FieldText:
    """A field (or a template filled in) as plain text, with what was taken out of it."""

    text: str
    media: list[str] = field(default_factory=list)
    removed: int = 0  # characters quiz refuses in a deck (see quiz.textsafe), removed


class _TextParser(HTMLParser):
    """Collects the text a browser would show, line breaks included, and the media names."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.media: list[str] = []
        self.skipping = 0

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self._newline()
        elif tag in ("td", "th"):
            self.parts.append(" ")
        if tag in _MEDIA_TAGS:
            self.media.extend(value for name, value in attrs
                              if name in ("src", "data") and value and value.strip())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIPPED:  # `<script/>` opens nothing
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(_SPACE.sub(" ", data))


def looks_like_html(text: str) -> bool:
    """Whether text holds a tag or an entity (Anki's own guess when a file does not say)."""
    return _LOOKS_LIKE_HTML.search(text) is not None


def _tidy(text: str) -> str:
    """Spaces at either end of each line and empty lines at either end dropped; `&nbsp;`
    (U+00A0) kept as a plain space."""
    lines = [line.strip(" ") for line in text.replace("\xa0", " ").split("\n")]
    return "\n".join(lines).strip("\n")


def html_text(html: str) -> FieldText:
    """An HTML field as the text it shows (see the module docstring)."""
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
        raw = "".join(parser.parts)
    except (AssertionError, ValueError, IndexError):  # a malformed declaration (`<![x[`)
        raw = _SPACE.sub(" ", re.sub(r"<[^>]*>", " ", html))
    result = plain_text(raw, normalise_lines=False)
    result.media[:0] = [name.strip() for name in parser.media]
    return result


def plain_text(text: str, *, normalise_lines: bool = True) -> FieldText:
    """A plain-text field (`#html:false`): line ends normalised, `[sound:...]` taken out,
    characters quiz refuses removed."""
    if normalise_lines:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    media = [m.strip() for m in _SOUND.findall(text) if m.strip()]
    text = _SOUND.sub("", text)
    text, removed = UNSAFE.subn("", text)
    return FieldText(_tidy(text), media, removed)


# --- clozes -------------------------------------------------------------------------------------

_CLOZE_TOKEN = re.compile(r"\{\{c(\d{1,4})::|\}\}")


@dataclass
class _Cloze:
    number: int
    parts: list[str | _Cloze]  # the deleted text (nested deletions inside)
    hint: str | None = None


def _parse_cloze(text: str) -> list[str | _Cloze]:
    """`text` as a list of plain runs and deletions, nested ones inside; an opener never
    closed, or a `}}` with nothing open, is kept as text. One pass over the text."""
    root: list[str | _Cloze] = []
    stack: list[tuple[str, list[str | _Cloze]]] = []  # (the opener's text, its parts)
    position = 0
    for match in _CLOZE_TOKEN.finditer(text):
        current = stack[-1][1] if stack else root
        if match.start() > position:
            current.append(text[position:match.start()])
        position = match.end()
        if match.group(1) is not None:
            stack.append((match.group(), []))
        elif stack:
            opener, parts = stack.pop()
            parent = stack[-1][1] if stack else root
            parent.append(_close(int(opener[3:-2]), parts))
        else:
            current.append(match.group())
    current = stack[-1][1] if stack else root
    if position < len(text):
        current.append(text[position:])
    while stack:  # openers never closed: their text as written
        opener, parts = stack.pop()
        parent = stack[-1][1] if stack else root
        parent.append(opener)
        parent.extend(parts)
    return root


def _close(number: int, parts: list[str | _Cloze]) -> _Cloze:
    """A deletion; `::` in its own text (not in a nested one) starts the hint."""
    for index, part in enumerate(parts):
        if isinstance(part, str) and "::" in part:
            before, _, hint = part.partition("::")
            rest = "".join(_flat(p) for p in parts[index + 1:])
            return _Cloze(number, [*parts[:index], before], hint + rest)
    return _Cloze(number, parts)


def _flat(part: str | _Cloze) -> str:
    """A part with every deletion shown as its text."""
    if isinstance(part, str):
        return part
    return "".join(_flat(p) for p in part.parts)


def cloze_numbers(text: str) -> list[int]:
    """The deletion numbers (c1 -> 1) a cloze field holds, in order, each once; c0 is no card."""
    numbers: list[int] = []
    stack = list(_parse_cloze(text))
    while stack:
        part = stack.pop()
        if isinstance(part, _Cloze):
            if part.number >= 1 and part.number not in numbers:
                numbers.append(part.number)
            stack.extend(part.parts)
    return sorted(numbers)


def cloze_card(text: str, number: int) -> tuple[str, list[str]]:
    """The question (HTML) of card `number` of a cloze field and the deleted texts (HTML)."""
    answers: list[str] = []

    def show(parts: list[str | _Cloze]) -> str:
        out = []
        for part in parts:
            if isinstance(part, str):
                out.append(part)
            elif part.number == number:
                answers.append("".join(_flat(p) for p in part.parts))
                hint = (part.hint or "").strip()
                out.append(f"[{hint}]" if hint else BLANK)
            else:
                out.append(show(part.parts))
        return "".join(out)

    return show(_parse_cloze(text)), answers


# --- templates ----------------------------------------------------------------------------------

_TAG = re.compile(r"\{\{(.*?)\}\}", re.S)
_SPECIAL = frozenset({"tags", "type", "deck", "subdeck", "card", "cardflag", "cardid"})


def template_fields(template: str) -> list[tuple[tuple[str, ...], str]]:
    """The (filters, field name) of each field reference in a template, in order."""
    found = []
    for match in _TAG.finditer(template):
        inner = match.group(1).strip()
        if inner[:1] in ("#", "^", "/", "!", "="):
            continue
        *filters, name = inner.split(":")
        found.append((tuple(f.strip() for f in filters), name.strip()))
    return found


def render(template: str, fields: dict[str, str], *, answer_side: bool,
           front: str = "") -> str:
    """`template` filled in with the note's `fields` (HTML), as Anki shows one side of a card.

    `{{#F}}...{{/F}}` keeps its content when F is not empty, `{{^F}}` when it is; `{{type:F}}`
    is empty on the question side; `{{FrontSide}}` is `front`; text-to-speech, `{{Tags}}`,
    `{{Deck}}` and the like are left out (they are not the card's content); an unknown field
    is empty. A section closed out of order is ignored, as is one never closed.
    """
    folded = {name.casefold(): value for name, value in fields.items()}

    def value(name: str) -> str:
        return fields.get(name, folded.get(name.casefold(), ""))

    out: list[str] = []
    sections: list[tuple[str, bool]] = []  # (field name, shown)
    position = 0
    for match in _TAG.finditer(template):
        shown = all(on for _, on in sections)
        if shown:
            out.append(template[position:match.start()])
        position = match.end()
        inner = match.group(1).strip()
        if inner[:1] in ("#", "^"):
            name = inner[1:].strip()
            empty = not _has_content(value(name))
            sections.append((name, empty if inner[0] == "^" else not empty))
        elif inner[:1] == "/":
            name = inner[1:].strip()
            if sections and sections[-1][0].casefold() == name.casefold():
                sections.pop()
        elif shown and inner[:1] not in ("!", "="):
            out.append(_reference(inner, value, answer_side=answer_side, front=front))
    if all(on for _, on in sections):
        out.append(template[position:])
    return "".join(out)


def _reference(inner: str, value: Callable[[str], str], *, answer_side: bool,
               front: str) -> str:
    *filters, name = (part.strip() for part in inner.split(":"))
    if name == "FrontSide" and not filters:
        return front
    if any(f.startswith("tts") for f in filters) or (not answer_side and "type" in filters):
        return ""
    if name.casefold() in _SPECIAL and not filters:
        return ""
    return value(name)


def _has_content(html: str) -> bool:
    """Anki's test for a non-empty field: any text, or any media."""
    return bool(html) and bool(html_text(html).text or "<img" in html.lower()
                               or "[sound:" in html)
