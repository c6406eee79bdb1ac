"""The HTML progress report of one database: students, then per deck charts and hardest cards.

Rendered from the progress document (see quiz.export.progress), so it shows exactly what the
JSON and CSV exports hold. Self-contained and printable; see quiz.export.html_page.
"""

from __future__ import annotations

from typing import Any

from quiz.core.enums import Rating
from quiz.export.html_page import esc, figure, kpis, page, source_quote, table, wrong_list
from quiz.export.progress import STATES
from quiz.export.stats import CardTotals, card_totals, daily, hardest, percent, wrong_answers
from quiz.export.svg import bar_chart, line_chart, stacked_bar

FOOTER = (
    "<footer>A review is one scheduled answer (cram answers are not counted); a miss is an "
    "answer rated Again; accuracy is the share of reviews that were not misses; true retention "
    "(and retention per day) is that share among cards in the Review state. Recall now is the "
    "FSRS estimate of recall at export time. Days are UTC.</footer>"
)


def render_progress_html(doc: dict[str, Any], hardest_limit: int = 10) -> str:
    """The whole report as one HTML document (text)."""
    filters = doc["filters"]
    scope = []
    if filters.get("student"):
        scope.append(f"student {filters['student']}")
    if filters.get("deck"):
        scope.append(f"deck {filters['deck']}")
    body = [
        "<header><h1>Progress report</h1>",
        f'<p class="meta">Exported {esc(doc["exported_at"])}'
        + (f" \u00b7 {esc(', '.join(scope))}" if scope else "") + "</p>",
        kpis([(str(len(doc["students"])), "students"), (str(len(doc["decks"])), "decks"),
              (str(sum(not r["cram"] for r in doc["reviews"])), "reviews"),
              (percent(_accuracy(doc["reviews"])), "accuracy")]),
        "</header>",
        _students_section(doc),
    ]
    if not doc["decks"]:
        body.append('<p class="empty-note">No deck has been studied in this database yet.</p>')
    for deck in doc["decks"]:
        body.append(_deck_section(doc, deck, hardest_limit))
    body.append(FOOTER)
    return page("quiz progress report", body)


def _accuracy(reviews: list[dict[str, Any]]) -> float | None:
    counted = [r for r in reviews if not r["cram"]]
    if not counted:
        return None
    return sum(1 for r in counted if r["rating"] != Rating.AGAIN) / len(counted)


def _students_section(doc: dict[str, Any]) -> str:
    if not doc["students"]:
        return ('<section><h2>Students</h2><p class="empty-note">No student has studied in this '
                "database yet.</p></section>")
    rows = [
        [esc(s["name"]), f'{s["cards_seen"]} / {s["cards"]}', str(s["reviews"]),
         percent(s["accuracy"]), percent(s["true_retention"]),
         percent(s["mean_retrievability"]), str(s["due_now"]),
         esc(s["last_review"] or "\u2013")]
        for s in doc["students"]
    ]
    header = ["Student", "Cards seen", "Reviews", "Accuracy", "True retention", "Recall now",
              "Due", "Last review"]
    return "<section><h2>Students</h2>" + table(header, rows, numeric=(1, 2, 3, 4, 5, 6)) \
        + "</section>"


def _deck_section(doc: dict[str, Any], deck: dict[str, Any], limit: int) -> str:
    reviews = [r for r in doc["reviews"] if r["deck"] == deck["id"]]
    days = daily(reviews)
    labels = [d.day.strftime("%b %d") for d in days]
    charts = [
        figure("Retention over time", line_chart(
            f"Retention per day, {deck['title']}",
            [(lab, d.retention) for lab, d in zip(labels, days, strict=True)])),
        figure("Reviews per day", bar_chart(
            f"Reviews per day, {deck['title']}",
            [(lab, d.reviews) for lab, d in zip(labels, days, strict=True)])),
        figure("Card states (all students)", stacked_bar(
            f"Card states, {deck['title']}", [(s, deck["states"][s]) for s in STATES])),
    ]
    totals = card_totals(c for c in doc["cards"] if c["deck"] == deck["id"])
    return (
        f'<section class="deck"><h2>{esc(deck["title"])}<small>{esc(deck["id"])}</small></h2>'
        + kpis([(str(deck["cards"]), "cards"), (str(deck["reviews"]), "reviews"),
                (percent(deck["accuracy"]), "accuracy"),
                (percent(deck["true_retention"]), "true retention"),
                (percent(deck["mean_retrievability"]), "mean recall now")])
        + f'<div class="charts">{"".join(charts)}</div>'
        + "<h3>Hardest cards</h3>" + hardest_table(hardest(totals, limit), wrong_answers(reviews))
        + "</section>"
    )


def hardest_table(cards: list[CardTotals],
                  wrong: dict[tuple[str, str], list[tuple[str, int]]]) -> str:
    """Most missed cards: answer, the wrong answers given, misses, accuracy, who missed them
    and the source quote."""
    if not cards:
        return '<p class="empty-note">No card has been missed yet.</p>'
    rows = [
        [str(i), f'{esc(t.question)}<div class="answer">{esc(t.answer)}</div>'
         + wrong_list(wrong.get((t.deck, t.card_id))) + source_quote(t.source),
         str(t.misses), percent(t.accuracy), esc(", ".join(t.students_missed))]
        for i, t in enumerate(cards, 1)
    ]
    return table(["#", "Question, answer and source", "Misses", "Accuracy", "Missed by"], rows,
                 numeric=(0, 2, 3))
