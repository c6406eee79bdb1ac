"""Read an HTML report the way a teacher does: its sections by heading, their tables as rows of
cell text, and the page's plain text (for the report tests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Section:
    """One `<h2>` section: its heading text, its tables (rows of cell text) and all its text."""

    heading: str = ""
    tables: list[list[list[str]]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    @property
    def plain(self) -> str:
        return " ".join(" ".join(self.text).split())


class Report(HTMLParser):
    """The sections of a report page; text before the first `<h2>` is section 0 (the header).
    Text inside `<style>`, `<svg>` and table heads is left out of cells."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: list[Section] = [Section()]
        self._skip = 0
        self._in_heading = False
        self._cell: list[str] | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "svg", "title"):
            self._skip += 1
        elif tag == "h2":
            self.sections.append(Section())
            self._in_heading = True
        elif tag == "table":
            self.sections[-1].tables.append([])
        elif tag == "tr" and self.sections[-1].tables:
            self.sections[-1].tables[-1].append([])
        elif tag == "td":
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "svg", "title"):
            self._skip -= 1
        elif tag == "h2":
            self._in_heading = False
        elif tag == "td" and self._cell is not None:
            self.sections[-1].tables[-1][-1].append(" ".join(" ".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self.sections[-1].tables and not self.sections[-1].tables[-1][-1]:
            self.sections[-1].tables[-1].pop()  # a header row: no td cells

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        section = self.sections[-1]
        if self._in_heading:
            section.heading += data
        section.text.append(data)
        if self._cell is not None:
            self._cell.append(data)

    def section(self, heading_start: str) -> Section:
        """The first section whose heading starts with `heading_start`."""
        found = [s for s in self.sections if s.heading.startswith(heading_start)]
        assert found, f"no section {heading_start!r} in {[s.heading for s in self.sections]}"
        return found[0]

    @property
    def plain(self) -> str:
        return " ".join(s.plain for s in self.sections)
