"""The class overview: merge several students' JSON progress exports into one report and CSV.

Teachers collect `quiz export progress --format json` files from students' machines; each file
is validated against the shipped schema (a bad file is refused by name), the same student in
two files is refused (which one is right?), and decks present in several files are merged by
deck id and card id, so overlapping decks add up instead of repeating.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from quiz.core.enums import Rating
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
from quiz.export.html_page import esc, figure, kpis, page, source_quote, table, wrong_list
from quiz.export.schema import read_progress_file
from quiz.export.stats import CardTotals, card_totals, daily, hardest, percent, wrong_answers
from quiz.export.svg import bar_chart, line_chart


def load_class(paths: Sequence[Path]) -> ClassData:
    """Read, validate and merge the exports at `paths` (QuizError names any bad file)."""
    if not paths:
        raise QuizError("give at least one JSON progress export")
    docs = [(str(p), read_progress_file(Path(p))) for p in paths]
    return merge_exports(docs)


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
            students.append({**student, "file": name})
        for deck in doc["decks"]:
            known = decks.get(deck["id"])
            decks[deck["id"]] = {"id": deck["id"], "title": deck["title"],
                                 "cards": max(deck["cards"], known["cards"] if known else 0)}
        cards += doc["cards"]
        reviews += doc["reviews"]
    students.sort(key=lambda s: s["name"].casefold())
    reviews.sort(key=lambda r: (r["reviewed_at"], r["student"]))
    return ClassData(
        files=[name for name, _ in docs], students=students,
        decks=sorted(decks.values(), key=lambda d: d["id"]), cards=cards, reviews=reviews,
    )


def class_csv(data: ClassData) -> str:
    """One row per card: class totals, then each student's accuracy on it (empty: not seen)."""
    names = data.names
    header = ["deck", "card_id", "question", "answer", "students_reviewed", "reviews", "misses",
              "class_accuracy", *(f"accuracy {n}" for n in names)]
    rows = []
    for t in card_totals(data.cards):
        acc = None if t.accuracy is None else round(t.accuracy, 4)
        rows.append([t.deck, t.card_id, t.question, t.answer, t.students, t.reviews, t.misses,
                     acc, *(t.accuracy_by_student.get(n) for n in names)])
    return csv_text(header, rows)


def render_class_html(data: ClassData, most_missed: int = 10) -> str:
    """The class report: students, the most missed questions, then per deck card accuracy."""
    totals = card_totals(data.cards)
    body = [
        "<header><h1>Class report</h1>",
        f'<p class="meta">Merged from {len(data.files)} export'
        f'{"s" if len(data.files) != 1 else ""}: {esc(", ".join(data.files))}</p>',
        kpis([(str(len(data.students)), "students"), (str(len(data.decks)), "decks"),
              (str(sum(not r["cram"] for r in data.reviews)), "reviews"),
              (percent(_accuracy(data.reviews)),
                                                     "class accuracy")]),
        "</header>",
        _students(data),
        "<section><h2>Most missed questions</h2>"
        + _missed_table(hardest(totals, most_missed), wrong_answers(data.reviews))
        + "</section>",
    ]
    for deck in data.decks:
        body.append(_deck(data, deck, [t for t in totals if t.deck == deck["id"]]))
    body.append("<footer>Accuracy is the share of answers not rated Again; a dash means the "
                "student has not answered that card. Days are UTC.</footer>")
    return page("quiz class report", body)


def _accuracy(reviews: list[ReviewRow]) -> float | None:
    counted = [r for r in reviews if not r["cram"]]
    if not counted:
        return None
    return sum(1 for r in counted if r["rating"] != Rating.AGAIN) / len(counted)


def _students(data: ClassData) -> str:
    if not data.students:
        return ('<section><h2>Students</h2><p class="empty-note">The exports hold no student.'
                "</p></section>")
    rows = [[esc(s["name"]), f'{s["cards_seen"]} / {s["cards"]}', str(s["reviews"]),
             percent(s["accuracy"]), percent(s["true_retention"]),
             percent(s["mean_retrievability"]), esc(s["last_review"] or "\u2013"),
             esc(s["file"])] for s in data.students]
    return "<section><h2>Students</h2>" + table(
        ["Student", "Cards seen", "Reviews", "Accuracy", "True retention", "Recall at export",
         "Last review", "File"], rows, numeric=(1, 2, 3, 4, 5)) + "</section>"


def _missed_table(cards: list[CardTotals],
                  wrong: dict[tuple[str, str], list[tuple[str, int]]]) -> str:
    if not cards:
        return '<p class="empty-note">No question has been missed yet.</p>'
    rows = [[str(i), esc(t.deck), f'{esc(t.question)}<div class="answer">{esc(t.answer)}</div>'
             + wrong_list(wrong.get((t.deck, t.card_id))) + source_quote(t.source),
             str(t.misses), percent(t.accuracy), esc(", ".join(t.students_missed))]
            for i, t in enumerate(cards, 1)]
    return table(["#", "Deck", "Question, answer and source", "Misses", "Accuracy",
                  "Missed by"], rows, numeric=(0, 3, 4))


def _deck(data: ClassData, deck: ClassDeck, totals: list[CardTotals]) -> str:
    days = daily(r for r in data.reviews if r["deck"] == deck["id"])
    labels = [d.day.strftime("%b %d") for d in days]
    charts = (
        figure("Class retention over time", line_chart(
            f"Class retention per day, {deck['title']}",
            [(lab, d.retention) for lab, d in zip(labels, days, strict=True)]))
        + figure("Class reviews per day", bar_chart(
            f"Class reviews per day, {deck['title']}",
            [(lab, d.reviews) for lab, d in zip(labels, days, strict=True)]))
    )
    names = data.names
    rows = [[f'{esc(t.question)}<div class="answer">{esc(t.answer)}</div>', str(t.students),
             str(t.reviews), percent(t.accuracy),
             *(percent(t.accuracy_by_student.get(n)) for n in names)] for t in totals]
    header = ["Question", "Students", "Reviews", "Class accuracy", *names]
    return (f'<section class="deck"><h2>{esc(deck["title"])}<small>{esc(deck["id"])}</small>'
            f'</h2><div class="charts">{charts}</div><h3>Accuracy per card</h3>'
            + table(header, rows, numeric=tuple(range(1, 4 + len(names)))) + "</section>")
