"""Hostile text in a deck, a student's name, an answer or a file name is shown in the HTML
reports exactly as written and never becomes markup (the templates autoescape everything)."""

from __future__ import annotations

from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from export_helpers import T0, Studied, study, write_decks

from quiz.deck.model import Card, Deck, Source
from quiz.export.class_report import load_class, render_class_html
from quiz.export.progress import export_progress
from quiz.export.render import progress_text, save_export
from quiz.store.progress import ProgressStore

HOSTILE = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>&amp; {{ 7*7 }} {% if %}"
NAME = "<b>eve</b> & \"co\""
DECK = Deck(id="hostile", title=f"Title {HOSTILE}", cards=(
    Card(id="q", question=f"Question {HOSTILE}", answer=f"Answer {HOSTILE}",
         source=Source(f"seeds/{HOSTILE}.txt", 3, f"Quote {HOSTILE}")),
    Card(id="r", question="Plain?", answer="Plain"),
))
ALLOWED = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p",
           "div", "b", "span", "section", "small", "table", "thead", "tbody", "tr", "th", "td",
           "figure", "figcaption", "svg", "text", "line", "rect", "circle", "polyline",
           "blockquote", "cite", "footer"}


class Page(HTMLParser):
    """Every element, every attribute and all the text of a page."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check(html: str, *shown: str) -> Page:
    page = Page(html)
    assert page.tags <= ALLOWED, page.tags - ALLOWED
    assert not [name for name, _ in page.attributes if name.startswith("on") or name == "src"]
    text = "\n".join(page.text)
    for value in shown:  # whole: markup, entities and template syntax ({{ 7*7 }}) as typed
        assert value in text
    return page


@pytest.fixture(scope="module")
def studied(tmp_path_factory: pytest.TempPathFactory) -> Studied:
    folder = tmp_path_factory.mktemp("hostile")
    studied = Studied(db=folder / "progress.db", folder=folder)
    store = ProgressStore.open(studied.db)
    try:
        decks = write_decks(folder, [DECK])
        study(store, studied, NAME, decks, [1, 3, 1, 3, 1], T0)  # wrong answers: "<i>no idea</i>"
    finally:
        store.close()
    return studied


def test_the_progress_report_shows_hostile_text_as_text(studied: Studied) -> None:
    doc = export_progress(studied.db, now=T0 + timedelta(days=1))
    page = check(progress_text(doc, "html"), f"Title {HOSTILE}", f"Question {HOSTILE}",
                 f"Answer {HOSTILE}", f"Quote {HOSTILE}", f"seeds/{HOSTILE}.txt:3", NAME,
                 "\u201c<i>no idea</i>\u201d")
    labels = [value for name, value in page.attributes if name == "aria-label"]
    assert f"Reviews per day, Title {HOSTILE}" in labels  # attributes too stay whole


def test_the_class_report_shows_hostile_text_and_file_names_as_text(studied: Studied,
                                                                    tmp_path: Path) -> None:
    export = tmp_path / 'a <b> & "c".json'
    save_export(progress_text(export_progress(studied.db, now=T0 + timedelta(days=1)), "json"),
                "json", export)
    check(render_class_html(load_class([export])), f"Title {HOSTILE}", f"Question {HOSTILE}",
          f"Quote {HOSTILE}", NAME, export.name)
