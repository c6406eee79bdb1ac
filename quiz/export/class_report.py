"""The class overview: merge several students' JSON progress exports into one report and CSV.

Teachers collect `quiz export progress --format json` files from students' machines; each file
is validated against the shipped schema (a bad file is refused by name), the same student in
two files is refused (which one is right?), and decks present in several files are merged by
deck id and card id, so overlapping decks add up instead of repeating.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from markupsafe import Markup

from quiz.core.collector import collector_paused
from quiz.errors import QuizError
from quiz.export.csvout import csv_text
from quiz.export.documents import (
    CardRow,
    ClassData,
    ClassDeck,
    ClassStudent,
    ProgressDoc,
    ReviewRow,
)
from quiz.export.html_page import render
from quiz.export.labels import deck_titles, file_labels
from quiz.export.schema import read_progress_file
from quiz.export.stats import (
    CardTotals,
    DayFigures,
    card_totals,
    daily_by_deck,
    hardest,
    wrong_answers,
)
from quiz.export.svg import bar_chart, line_chart


def load_class(paths: Sequence[Path]) -> ClassData:
    """Read, validate and merge the exports at `paths` (QuizError names any bad file)."""
    if not paths:
        raise QuizError("give at least one JSON progress export")
    with collector_paused():  # parsed JSON holds no reference cycle
        # The documents are let go before the collector runs again: it then walks only
        # what the merge keeps.
        return merge_exports([(str(p), read_progress_file(Path(p))) for p in paths])


def merge_exports(docs: Sequence[tuple[str, ProgressDoc]]) -> ClassData:
    """Merge validated progress documents, given with the names of their files."""
    owner: dict[str, str] = {}
    students: list[ClassStudent] = []
    decks: dict[str, ClassDeck] = {}
    cards: list[CardRow] = []
    reviews: list[ReviewRow] = []
    for name, doc in sorted(docs, key=lambda d: d[1]["exported_at"]):
        for student in doc["students"]:
            if student["name"] in owner:
                raise QuizError(f"student {student['name']!r} is in both {owner[student['name']]}"
                                f" and {name}; keep one export per student")
            owner[student["name"]] = name
            students.append({**student, "file": name, "exported_at": doc["exported_at"]})
        for deck in doc["decks"]:
            known = decks.get(deck["id"])
            decks[deck["id"]] = {"id": deck["id"], "title": deck["title"],
                                 "cards": max(deck["cards"], known["cards"] if known else 0)}
        cards += doc["cards"]
        reviews += doc["reviews"]
    students.sort(key=lambda s: s["name"].casefold())
    _sort_by_time(reviews)
    return ClassData(
        files=[name for name, _ in docs], students=students,
        decks=sorted(decks.values(), key=lambda d: d["id"]), cards=cards, reviews=reviews,
    )


def _sort_by_time(reviews: list[ReviewRow]) -> None:
    """Sort `reviews` by reviewed_at, then student (stable).

    When every reviewed_at has one length (the schema's pattern makes it 20 characters), the
    two texts joined sort the same way as the pair and compare several times faster."""
    if len(set(map(len, map(_REVIEWED_AT, reviews)))) <= 1:
        reviews.sort(key=lambda r: r["reviewed_at"] + r["student"])
    else:
        reviews.sort(key=itemgetter("reviewed_at", "student"))


_REVIEWED_AT = itemgetter("reviewed_at")


def class_csv(data: ClassData) -> str:
    """One row per card: class totals, then each student's accuracy on it (empty: not seen)."""
    names = data.names
    titles = deck_titles(data.decks)
    header = ["deck", "deck_title", "card_id", "question", "answer", "students_reviewed",
              "reviews", "misses", "class_accuracy", *(f"accuracy {n}" for n in names)]
    rows = []
    for t in card_totals(data.cards):
        acc = None if t.accuracy is None else round(t.accuracy, 4)
        rows.append([t.deck, titles.get(t.deck, t.deck), t.card_id, t.question, t.answer,
                     t.students, t.reviews, t.misses, acc,
                     *(t.accuracy_by_student.get(n) for n in names)])
    return csv_text(header, rows)


@dataclass(frozen=True)
class DeckView:
    """What the class report shows of one deck: charts over the class, the totals of the cards
    some student has answered, and how many cards no student has answered (counted, not
    listed: on a new deck they are most of it)."""

    deck: ClassDeck
    charts: list[tuple[str, Markup]]
    totals: list[CardTotals]
    unseen: int


def render_class_html(data: ClassData, most_missed: int = 10) -> str:
    """The class report: students, the most missed questions, then per deck card accuracy
    (templates/class_report.html.j2, autoescaped)."""
    # Each automatic collection would walk the class's rows again (a tenth of the report's
    # time at 1,000 students); whatever the templates leave in a cycle is collected after.
    with collector_paused():
        return _class_html(data, most_missed)


def _class_html(data: ClassData, most_missed: int) -> str:
    totals = card_totals(data.cards)
    days = daily_by_deck(data.reviews)  # every deck's, also of decks the exports do not list
    reviews = sum(d.reviews for figures in days.values() for d in figures)
    recalled = sum(d.recalled for figures in days.values() for d in figures)
    return render(
        "class_report.html.j2", title="quiz class report", data=data,
        titles=deck_titles(data.decks), files=file_labels(data.files),
        reviews=reviews, accuracy=recalled / reviews if reviews else None,
        missed=hardest(totals, most_missed), wrong=wrong_answers(data.reviews),
        notes=text_notes(data, totals),
        decks=[_deck_view(deck, days.get(deck["id"], []),
                          [t for t in totals if t.deck == deck["id"]])
               for deck in data.decks],
    )


def text_notes(data: ClassData, totals: list[CardTotals]) -> dict[tuple[str, str], str]:
    """(deck, card id) -> which text the report shows, for the cards whose question or answer
    differs between exports (the deck was edited between them): the most recent export's."""
    exported = {s["name"]: s["exported_at"] for s in data.students}
    notes = {}
    for t in totals:
        if t.text_differs:
            when = exported.get(t.text_from, "")
            stamp = f"{when[:10]} {when[11:16]} UTC" if when else "an unknown time"
            notes[(t.deck, t.card_id)] = (f"Text differs between exports: showing the one from "
                                          f"{t.text_from}'s export of {stamp}, the most recent.")
    return notes


def _deck_view(deck: ClassDeck, days: list[DayFigures], totals: list[CardTotals]) -> DeckView:
    """The deck's view from its figures per day and card totals."""
    labels = [d.day.strftime("%b %d") for d in days]
    title = deck_titles([deck])[deck["id"]]
    charts = [
        ("Class retention over time", line_chart(
            f"Class retention per day, {title}",
            [(lab, d.retention) for lab, d in zip(labels, days, strict=True)])),
        ("Class reviews per day", bar_chart(
            f"Class reviews per day, {title}",
            [(lab, d.reviews) for lab, d in zip(labels, days, strict=True)])),
    ]
    seen = [t for t in totals if t.students]
    return DeckView(deck, charts, seen, len(totals) - len(seen))
