"""Reports a teacher can read and trust: decks by title, files by name, cards nobody has seen
counted rather than listed, FSRS's estimate named and explained, ratings as words."""

from __future__ import annotations

import csv
import io
import json
import shutil
from dataclasses import replace
from datetime import datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import fsrs
import pytest
from click.testing import CliRunner
from export_helpers import T0, Studied, study, write_decks
from report_text import Report

from quiz.cli import cli
from quiz.deck.model import Card, Deck, Source
from quiz.export.class_report import class_csv, load_class, render_class_html
from quiz.export.progress import export_progress
from quiz.export.render import progress_text
from quiz.store.progress import ProgressStore

DECK_ID = "001_68aa9046a719e939"
TITLE = "Azerbaijan–United States relations"
SEED = "/home/teacher/seeds/001_68aa9046a719e939.txt"
RELATIONS = Deck(id=DECK_ID, title=TITLE, cards=tuple(
    Card(id=f"c{i}", question=f"Question {i}?", answer=f"Answer {i}",
         source=Source(SEED, 10 + i, f"Quote {i}."))
    for i in range(8)
))
NOW = T0 + timedelta(days=3)


@pytest.fixture(scope="module")
def studied(tmp_path_factory: pytest.TempPathFactory) -> Studied:
    """ana and ben study the first cards of an eight-card deck: five are never seen."""
    folder = tmp_path_factory.mktemp("reading")
    studied = Studied(db=folder / "progress.db", folder=folder)
    store = ProgressStore.open(studied.db)
    try:
        decks = write_decks(folder, [RELATIONS])
        study(store, studied, "ana", decks, [1, 3, 3, 1, 3, 3], T0)
        study(store, studied, "ben", decks, [1, 1, 3, 3], T0 + timedelta(hours=3))
    finally:
        store.close()
    return studied


def export_json(studied: Studied, student: str, folder: Path) -> Path:
    path = folder / f"{student}.json"
    path.write_text(progress_text(export_progress(studied.db, student=student, now=NOW),
                                  "json"), "utf-8")
    return path


@pytest.fixture(scope="module")
def exports(studied: Studied) -> list[Path]:
    return [export_json(studied, name, studied.folder) for name in ("ana", "ben")]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_the_progress_report_names_decks_by_title(studied: Studied) -> None:
    code, out, _ = run("--db", str(studied.db), "export", "progress", "--format", "html",
                       "--deck", DECK_ID)
    assert code == 0
    report = Report(out)
    assert f"deck {TITLE}" in report.sections[0].plain  # the scope line, not the id
    assert report.section(TITLE)  # the deck's own section opens with its title


def test_the_class_report_names_decks_by_title(exports: list[Path]) -> None:
    report = Report(render_class_html(load_class(exports)))
    missed = report.section("Most missed questions").tables[0]
    assert missed and {row[1] for row in missed} == {TITLE}
    assert report.section(TITLE)


def test_an_untitled_deck_is_named_by_its_id(exports: list[Path], tmp_path: Path) -> None:
    doc = json.loads(exports[0].read_text("utf-8"))
    doc["decks"][0]["title"] = " "
    untitled = tmp_path / "ana.json"
    untitled.write_text(json.dumps(doc), "utf-8")
    report = Report(render_class_html(load_class([untitled])))
    assert {row[1] for row in report.section("Most missed questions").tables[0]} == {DECK_ID}


def test_the_csv_exports_carry_the_title_beside_the_id(studied: Studied,
                                                       exports: list[Path]) -> None:
    doc = export_progress(studied.db, now=NOW)
    for text in (progress_text(doc, "csv"), class_csv(load_class(exports))):
        rows = list(csv.DictReader(io.StringIO(text)))
        assert {(row["deck"], row["deck_title"]) for row in rows} == {(DECK_ID, TITLE)}


def test_the_class_report_shows_file_names_not_paths(exports: list[Path]) -> None:
    code, out, _ = run("report", "class", *(str(p.resolve()) for p in exports))
    assert code == 0
    report = Report(out)
    assert "Merged from 2 exports: ana.json, ben.json" in report.sections[0].plain
    assert [row[-1] for row in report.section("Students").tables[0]] == ["ana.json",
                                                                         "ben.json"]
    assert str(exports[0].parent) not in out


def test_files_of_the_same_name_keep_the_folder_that_tells_them_apart(
        studied: Studied, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = export_json(studied, "ana", tmp_path / "a")
    second = export_json(studied, "ben", tmp_path / "b")
    (second.parent / "ana.json").write_bytes(second.read_bytes())
    second.unlink()
    report = Report(render_class_html(load_class([first, tmp_path / "b" / "ana.json"])))
    assert "Merged from 2 exports: a/ana.json, b/ana.json" in report.sections[0].plain


def test_a_source_read_from_an_absolute_path_is_cited_by_file_name(studied: Studied) -> None:
    html = progress_text(export_progress(studied.db, now=NOW), "html")
    assert "001_68aa9046a719e939.txt:10" in Report(html).plain
    assert "/home/teacher" not in html


def _seen_cards(studied: Studied) -> set[str]:
    return {card for (_, _, card) in studied.answers}


def test_cards_nobody_has_seen_are_counted_not_listed(studied: Studied,
                                                      exports: list[Path]) -> None:
    seen = _seen_cards(studied)
    unseen = len(RELATIONS.cards) - len(seen)
    assert 0 < len(seen) and unseen > 1
    note = f"{unseen} cards not yet seen by any student."
    report = Report(render_class_html(load_class(exports)))
    deck = report.section(TITLE)
    rows = deck.tables[0]
    assert sorted(row[0].split("?")[0] + "?" for row in rows) == sorted(
        f"Question {card[1:]}?" for card in seen)
    assert note in deck.plain
    assert note in Report(progress_text(export_progress(studied.db, now=NOW),
                                        "html")).section(TITLE).plain
    # The CSV is data for a spreadsheet: every card keeps its row there.
    assert len(list(csv.DictReader(io.StringIO(class_csv(load_class(exports)))))) == 8


def test_a_deck_nobody_has_studied_is_one_line(studied: Studied, exports: list[Path],
                                               tmp_path: Path) -> None:
    doc = json.loads(exports[0].read_text("utf-8"))
    for row in doc["cards"]:
        row.update(state="new", reviews=0, misses=0, accuracy=None, last_review=None,
                   last_rating=None, stability=None, difficulty=None, retrievability=None,
                   due=None)
    doc["reviews"] = []
    fresh = tmp_path / "fresh.json"
    fresh.write_text(json.dumps(doc), "utf-8")
    deck = Report(render_class_html(load_class([fresh]))).section(TITLE)
    assert deck.tables == []
    assert "No student has answered a card of this deck yet." in deck.plain
    assert "8 cards not yet seen by any student." in deck.plain


def _fsrs_recall(row: dict, now: datetime) -> float:
    """FSRS's own estimate for one exported card row (independently of quiz's wrapper)."""
    card = fsrs.Card(state=fsrs.State.Review, stability=row["stability"],
                     difficulty=row["difficulty"], last_review=datetime.fromisoformat(
                         row["last_review"].replace("Z", "+00:00")))
    return fsrs.Scheduler(enable_fuzzing=False).get_card_retrievability(card, now)


def test_predicted_recall_is_named_explained_and_averaged_over_seen_cards(
        studied: Studied) -> None:
    later = NOW + timedelta(days=4)  # a few days on, so the estimate is below 100%
    doc = export_progress(studied.db, now=later)
    seen = [row for row in doc["cards"] if row["reviews"]]
    assert len(seen) < len(doc["cards"])  # unseen cards would pull a mean over all down
    expected = sum(_fsrs_recall(row, later) for row in seen) / len(seen)
    assert 0.3 < expected < 0.99
    deck = Report(progress_text(doc, "html")).section(TITLE).plain
    assert (f"Predicted recall now: {expected:.0%} (FSRS's estimate of the chance to remember "
            f"a card seen so far, today); share of answers right so far: "
            f"{doc['decks'][0]['accuracy']:.0%}.") in deck
    assert "mean recall now" not in deck  # no longer a bare headline figure
    for student in doc["students"]:
        mine = [row for row in seen if row["student"] == student["name"]]
        assert student["mean_retrievability"] == pytest.approx(
            sum(_fsrs_recall(row, later) for row in mine) / len(mine), abs=1e-3)


def test_both_students_tables_explain_accuracy_beside_predicted_recall(
        studied: Studied, exports: list[Path]) -> None:
    sentence = ("Accuracy is the share of answers right so far; predicted recall is the FSRS "
                "scheduler's estimate of the chance to remember a card already seen, at export "
                "time.")
    for html in (progress_text(export_progress(studied.db, now=NOW), "html"),
                 render_class_html(load_class(exports))):
        students = Report(html).section("Students")
        assert sentence in students.plain
        assert "PREDICTED RECALL" in students.plain.upper()


def test_csv_last_rating_is_a_word(studied: Studied) -> None:
    code, out, _ = run("--db", str(studied.db), "export", "progress", "--format", "csv")
    assert code == 0
    words = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
    for row in csv.DictReader(io.StringIO(out)):
        ratings = studied.answers.get((row["student"], row["deck"], row["card_id"]))
        assert row["last_rating"] == (words[ratings[-1]] if ratings else "")
    assert "Good" in {row["last_rating"] for row in csv.DictReader(io.StringIO(out))}


def test_the_class_report_says_whose_text_it_shows_when_exports_disagree(
        studied: Studied, tmp_path: Path) -> None:
    """ana exports, the teacher rewords a card and the decks are synced, ben exports a day
    later: the report shows ben's (the newest) wording and says so."""
    db = tmp_path / "progress.db"
    shutil.copy(studied.db, db)
    ana = tmp_path / "ana.json"
    ana.write_text(progress_text(export_progress(db, student="ana", now=NOW), "json"), "utf-8")
    cards = list(RELATIONS.cards)
    cards[0] = replace(cards[0], question="Question zero, reworded?")
    edited = write_decks(tmp_path, [replace(RELATIONS, cards=tuple(cards))])
    store = ProgressStore.open(db)
    try:
        store.sync_decks(edited, NOW + timedelta(hours=1))
    finally:
        store.close()
    ben = tmp_path / "ben.json"
    later = NOW + timedelta(days=1)
    ben.write_text(progress_text(export_progress(db, student="ben", now=later), "json"), "utf-8")
    note = ("Text differs between exports: showing the one from ben's export of "
            f"{later:%Y-%m-%d %H:%M} UTC, the most recent.")
    for order in ([ana, ben], [ben, ana]):
        report = Report(render_class_html(load_class(order)))
        first = [row for row in report.section(TITLE).tables[0] if "Question zero" in row[0]
                 or "Question 0?" in row[0]]
        assert [row[0] for row in first] == [f"Question zero, reworded? Answer 0 {note}"]
        missed = report.section("Most missed questions").plain
        assert "Question zero, reworded?" in missed and note in missed
        assert "Question 0?" not in report.plain
    assert note.split(":")[0] not in Report(render_class_html(load_class([ana]))).plain


def test_tables_scroll_in_their_own_box_and_label_each_figure_for_phones(
        studied: Studied, exports: list[Path]) -> None:
    """At phone width a table becomes one block per row, each figure after its column's
    name (data-label); wider tables scroll inside their box, never the page."""
    for html in (progress_text(export_progress(studied.db, now=NOW), "html"),
                 render_class_html(load_class(exports))):
        page = Labels(html)
        assert page.tables and all(page.boxed)
        for headers, rows in page.tables:
            for row in rows:
                for header, (css, label) in zip(headers, row, strict=True):
                    if "lead" in css or "card" in css or "rank" in css:
                        assert label is None  # shown as the row's title, or hidden
                    else:
                        assert label is not None and label.casefold() == header.casefold()
        assert "@media (max-width: 600px)" in html and ".table-box { overflow-x: auto;" in html


class Labels(HTMLParser):
    """Each table's header texts and, per row, each cell's (class, data-label)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[tuple[list[str], list[list[tuple[str, str | None]]]]] = []
        self.boxed: list[bool] = []
        self._stack: list[str] = []
        self._th: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "table":
            self.boxed.append(bool(self._stack) and self._stack[-1] == "table-box")
            self.tables.append(([], []))
        elif tag == "tr" and self.tables:
            self.tables[-1][1].append([])
        elif tag == "th":
            self._th = []
        elif tag == "td":
            self.tables[-1][1][-1].append((found.get("class") or "", found.get("data-label")))
        if tag == "div":
            self._stack.append(found.get("class") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "th" and self._th is not None:
            self.tables[-1][0].append("".join(self._th).strip())
            self._th = None
        elif tag == "tr" and self.tables and not self.tables[-1][1][-1]:
            self.tables[-1][1].pop()
        elif tag == "div":
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if self._th is not None:
            self._th.append(data)
