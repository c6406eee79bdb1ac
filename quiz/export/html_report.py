"""The HTML progress report of one database: students, then per deck charts and hardest cards.

Rendered from the progress document (see quiz.export.progress), so it shows exactly what the
JSON and CSV exports hold; the page is templates/progress_report.html.j2 (autoescaped, see
quiz.export.html_page). Self-contained and printable.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from quiz.core.enums import Rating
from quiz.export.documents import DeckDoc, ProgressDoc, ReviewRow
from quiz.export.html_page import render
from quiz.export.labels import deck_titles
from quiz.export.progress import STATES
from quiz.export.stats import CardTotals, card_totals, daily, hardest, wrong_answers
from quiz.export.svg import bar_chart, line_chart, stacked_bar


@dataclass(frozen=True)
class DeckView:
    """What the report shows of one deck: its totals, charts, most missed cards and how many
    cards no student has answered yet."""

    deck: DeckDoc
    charts: list[tuple[str, Markup]]
    hardest: list[CardTotals]
    wrong: dict[tuple[str, str], list[tuple[str, int]]]
    unseen: int


def render_progress_html(doc: ProgressDoc, hardest_limit: int = 10) -> str:
    """The whole report as one HTML document (text)."""
    filters = doc["filters"]
    titles = deck_titles(doc["decks"])
    scope = []
    if filters.get("student"):
        scope.append(f"student {filters['student']}")
    deck_filter = filters.get("deck")
    if deck_filter:
        scope.append(f"deck {titles.get(deck_filter, deck_filter)}")
    return render(
        "progress_report.html.j2", title="quiz progress report", doc=doc, titles=titles,
        scope=", ".join(scope), reviews=sum(not r["cram"] for r in doc["reviews"]),
        accuracy=_accuracy(doc["reviews"]),
        decks=[_deck_view(doc, deck, hardest_limit) for deck in doc["decks"]],
    )


def _accuracy(reviews: list[ReviewRow]) -> float | None:
    counted = [r for r in reviews if not r["cram"]]
    if not counted:
        return None
    return sum(1 for r in counted if r["rating"] != Rating.AGAIN) / len(counted)


def _deck_view(doc: ProgressDoc, deck: DeckDoc, limit: int) -> DeckView:
    reviews = [r for r in doc["reviews"] if r["deck"] == deck["id"]]
    days = daily(reviews)
    labels = [d.day.strftime("%b %d") for d in days]
    states = deck["states"]
    title = deck_titles([deck])[deck["id"]]
    charts = [
        ("Retention over time", line_chart(
            f"Retention per day, {title}",
            [(lab, d.retention) for lab, d in zip(labels, days, strict=True)])),
        ("Reviews per day", bar_chart(
            f"Reviews per day, {title}",
            [(lab, d.reviews) for lab, d in zip(labels, days, strict=True)])),
        ("Card states (all students)", stacked_bar(
            f"Card states, {title}",
            [(s, states[s]) for s in STATES])),  # type: ignore[literal-required]
    ]
    totals = card_totals(c for c in doc["cards"] if c["deck"] == deck["id"])
    unseen = sum(1 for t in totals if not t.students)
    return DeckView(deck, charts, hardest(totals, limit), wrong_answers(reviews), unseen)
