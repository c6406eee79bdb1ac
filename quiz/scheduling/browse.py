"""The browse table's rules: the cards of one deck or of many with the student's state, how
each column sorts, what a search matches, and the state a row shows.

The TUI draws the page `browse_page` gives it and holds none of these rules; all of it is plain
Python over rows read once, so a front end can run it in a worker on a big library.

    rows = browse_rows(store, sid, decks)                 # deck order, then card order
    page = browse_page(rows, query="baku", column="Due", reverse=False, limit=500)
    page.rows, page.matching                              # the first 500 and how many match
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from quiz.core.collector import collector_paused
from quiz.core.enums import State
from quiz.deck.model import Deck
from quiz.scheduling.records import BrowseRow
from quiz.store import stats
from quiz.store.progress import ProgressStore

SORT_COLUMNS = ("Deck", "Question", "Answer", "State", "Due", "Lapses", "Last")


@dataclass(frozen=True)
class BrowsePage:
    """The rows to show, in order (at most the limit asked for), and how many matched."""

    rows: list[BrowseRow]
    matching: int


def browse_rows(store: ProgressStore, student_id: int, decks: Sequence[Deck]
                ) -> list[BrowseRow]:
    """Every synced card of `decks`, deck by deck in the order given, each deck's cards in
    deck order, with the student's state and last rating: one query a deck for the cards and
    one for the latest ratings, the cycle collector paused (quiz.core.collector)."""
    with collector_paused():
        last = stats.last_ratings(store, student_id, [d.id for d in decks]) if decks else {}
        rows: list[BrowseRow] = []
        for deck in decks:
            infos = {i.card_id: i for i in store.card_infos(student_id, deck.id)}
            rows.extend(BrowseRow(deck, card, infos[card.id], last.get(infos[card.id].pk))
                        for card in deck.cards if card.id in infos)
        return rows


def sort_key(row: BrowseRow, column: str) -> tuple:
    """How a column sorts: text folded, due by time (never-studied last), numbers as numbers.
    Sorting is stable, so rows that tie keep deck order, then card order."""
    state = row.info.state
    if column == "Deck":
        return (row.deck.title.casefold(),)
    if column == "Question":
        return (row.card.question.casefold(),)
    if column == "Answer":
        return (row.card.answer.casefold(),)
    if column == "State":
        return (state.state if state else State.NEW, bool(state and state.suspended))
    if column == "Due":
        due = state.due if state and not state.is_new else None
        return (due is None, due or datetime.min)
    if column == "Lapses":
        return (state.lapses if state else 0,)
    return (row.last_rating or 0,)


def matches(row: BrowseRow, query: str) -> bool:
    """Case-insensitive search in the question, the answer and the accepted forms."""
    if not query:
        return True
    needle = query.casefold()
    card = row.card
    return any(needle in text.casefold() for text in (card.question, card.answer, *card.accept))


def browse_page(rows: Sequence[BrowseRow], *, query: str, column: str, reverse: bool,
                limit: int) -> BrowsePage:
    """The rows matching `query` sorted by `column`, the first `limit` of them."""
    found = [row for row in rows if matches(row, query)]
    found.sort(key=lambda row: sort_key(row, column), reverse=reverse)
    return BrowsePage(found[:limit], len(found))


def shown_state(row: BrowseRow, now: datetime) -> str:
    """The state a row shows: suspended or buried (until the next study day) before the
    schedule's own; new for a card never answered."""
    state = row.info.state
    if state is not None and state.suspended:
        return "suspended"
    if state is not None and state.buried_until is not None and state.buried_until > now:
        return "buried"
    return "new" if state is None or state.is_new else state.state_name
