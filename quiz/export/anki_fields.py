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
from html import unescape

from quiz.textsafe import UNSAFE

BLANK = "____"

# Elements after which a browser starts a new line (their content is its own block).
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "thead", "tfoot", "tr", "ul",
})
_SKIPPED = frozenset({"script", "style"})  # content never shown as text
_MEDIA_TAGS = frozenset({"img", "audio", "video", "source", "embed", "object"})
_SPACE = re.compile(r"[ \t\n\r\f]+")
_SOUND = re.compile(r"\[sound:([^\]\[\n]*)\]")
_LOOKS_LIKE_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>|&(#[0-9]+|#[xX][0-9A-Fa-f]+|"
                              r"[A-Za-z]+);")


@dataclass
class FieldText:
    """A field (or a template filled in) as plain text, with what was taken out of it."""

    text: str
    media: list[str] = field(default_factory=list)
    removed: int = 0  # characters quiz refuses in a deck (see quiz.textsafe), removed


_OPENS = re.compile(r"<(?=[!?]|/?[A-Za-z])")  # a `<` that opens a tag (not "3 < 4")
_TAG_NAME = re.compile(r"(/?)([A-Za-z][A-Za-z0-9-]*)")
_SOURCE = re.compile(r"""\s(?:src|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)


class _Text:
    """The text a browser would show of some HTML, line breaks included, and its media names.

    A hand-written scanner rather than html.parser: that one takes quadratic time on runs of
    unclosed comments (`<!--<!--...`), and a field is whatever a file holds. Every step here
    moves forward, so the work is linear: a `<` that opens no tag is text, a tag never closed
    (`<b` to the end) is text, a comment or `<script>` never closed hides the rest.
    """

    def __init__(self, html: str) -> None:
        self.parts: list[str] = []
        self.media: list[str] = []
        position = text_from = 0
        while (found := _OPENS.search(html, position)) is not None:
            start = found.start()
            if html.startswith("<!--", start):
                self.data(html[text_from:start])
                end = html.find("-->", start + 4)
                if end < 0:
                    return
                position = text_from = end + 3
                continue
            tag = _TAG_NAME.match(html, start + 1)  # None for <!DOCTYPE ...>, <?xml ...?>
            end = html.find(">", start)
            if end < 0:
                break  # never closed: the rest is text
            self.data(html[text_from:start])
            position = text_from = end + 1
            if tag is None:
                continue  # <!DOCTYPE ...>, <?xml ...?>
            closing, name = tag.group(1) == "/", tag.group(2).lower()
            if name in _SKIPPED and not closing:
                close = re.compile(rf"</{name}\b", re.I).search(html, position)
                if close is None:
                    return
                position = text_from = close.start()
            elif closing:
                self.end(name)
            else:
                self.start(name, html[tag.end():end])
        self.data(html[text_from:])

    def data(self, raw: str) -> None:
        if raw:
            self.parts.append(_SPACE.sub(" ", unescape(raw)))

    def newline(self) -> None:
        """Start a new line unless one was just started (spaces between blocks don't count)."""
        while self.parts and not self.parts[-1].strip(" "):
            if self.parts[-1].endswith("\n"):
                return
            self.parts.pop()
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def start(self, name: str, attributes: str) -> None:
        if name == "br":
            self.parts.append("\n")
        elif name in _BLOCKS:
            self.newline()
        elif name in ("td", "th"):
            self.parts.append(" ")
        if name in _MEDIA_TAGS:
            for found in _SOURCE.finditer(" " + attributes):
                value = unescape(next(g for g in found.groups() if g is not None)).strip()
                if value:
                    self.media.append(value)

    def end(self, name: str) -> None:
        if name in _BLOCKS:
            self.newline()


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
    shown = _Text(html)
    result = plain_text("".join(shown.parts), normalise_lines=False)
    result.media[:0] = shown.media
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


_MAX_NESTING = 16  # deletions inside deletions deeper than this are read as text


def _matched(text: str) -> set[int]:
    """The positions of the openers (`{{c1::`) that a `}}` closes, nesting at most
    _MAX_NESTING deep: an opener never closed is text."""
    open_: list[int] = []
    matched: set[int] = set()
    for match in _CLOZE_TOKEN.finditer(text):
        if match.group(1) is not None:
            open_.append(match.start())
        elif open_:
            matched.add(open_.pop())
    depth_of: dict[int, int] = {}
    stack: list[int] = []
    for match in _CLOZE_TOKEN.finditer(text):
        if match.group(1) is not None and match.start() in matched:
            depth_of[match.start()] = len(stack)
            stack.append(match.start())
        elif match.group(1) is None and stack:
            stack.pop()
    return {start for start, depth in depth_of.items() if depth < _MAX_NESTING}


def _parse_cloze(text: str) -> list[str | _Cloze]:
    """`text` as a list of plain runs and deletions, nested ones inside; an opener never
    closed, or a `}}` with nothing open, is kept as text. Linear in the text's length."""
    matched = _matched(text)
    root: list[str | _Cloze] = []
    stack: list[tuple[int, list[str | _Cloze]]] = []  # (the deletion's number, its parts)
    position = 0
    for match in _CLOZE_TOKEN.finditer(text):
        opener = match.group(1) is not None
        if opener and match.start() not in matched:
            continue  # stays in the text run
        current = stack[-1][1] if stack else root
        if match.start() > position:
            current.append(text[position:match.start()])
        position = match.end()
        if opener:
            stack.append((int(match.group(1)), []))
        elif stack:
            number, parts = stack.pop()
            (stack[-1][1] if stack else root).append(_close(number, parts))
        else:
            current.append(match.group())
    if position < len(text):
        root.append(text[position:])
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

_TAG = re.compile(r"\{\{([^{}]*)\}\}")  # field names hold no braces
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
    filled: dict[str, bool] = {}

    def has_content(name: str) -> bool:
        if name not in filled:
            filled[name] = _has_content(value(name))
        return filled[name]

    def value(name: str) -> str:
        return fields.get(name, folded.get(name.casefold(), ""))

    out: list[str] = []
    sections: list[tuple[str, bool]] = []  # (field name, shown)
    hidden = 0  # sections in `sections` whose content is not shown
    position = 0
    for match in _TAG.finditer(template):
        if not hidden:
            out.append(template[position:match.start()])
        position = match.end()
        inner = match.group(1).strip()
        if inner[:1] in ("#", "^"):
            name = inner[1:].strip()
            empty = not has_content(name)
            on = empty if inner[0] == "^" else not empty
            sections.append((name, on))
            hidden += not on
        elif inner[:1] == "/":
            name = inner[1:].strip()
            if sections and sections[-1][0].casefold() == name.casefold():
                hidden -= not sections.pop()[1]
        elif not hidden and inner[:1] not in ("!", "="):
            out.append(_reference(inner, value, answer_side=answer_side, front=front))
    if not hidden:
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
