"""Browse: every card of a deck in a table, searchable and sortable; Enter opens a card."""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from quiz.core.enums import State
from quiz.deck.model import Deck
from quiz.scheduling.records import BrowseRow
from quiz.tui.editor import EditsCards
from quiz.tui.reported import reported
from quiz.tui.screens.card import CardScreen
from quiz.tui.text import join, literal, shorten
from quiz.tui.widgets.rows import RowTable

if TYPE_CHECKING:
    from textual import getters

    from quiz.tui.workspace_app import WorkspaceApp

COLUMNS = ("Question", "Answer", "State", "Due", "Lapses", "Last")
QUESTION_WIDTH, ANSWER_WIDTH = 44, 22  # the widest these columns get


def text_widths(width: int, fixed: int) -> tuple[int, int]:
    """(question, answer) widths in a terminal `width` cells wide, when the other columns take
    `fixed` cells (padding and scrollbar included): two thirds of the rest for the question."""
    room = max(18, width - fixed)
    question = min(QUESTION_WIDTH, room * 2 // 3)
    return question, min(ANSWER_WIDTH, room - question)


def sort_key(row: BrowseRow, column: str) -> tuple:
    """How a column sorts: text folded, due by time (never-studied last), numbers as numbers."""
    state = row.info.state
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


class BrowseScreen(EditsCards, Screen[None]):
    """The cards of one deck; / searches, o changes the sort column, Enter opens a card,
    ! suspends or unsuspends it."""

    if TYPE_CHECKING:  # the app these screens run in, typed for the checker
        app = getters.app(WorkspaceApp)

    class RowsRead(Message):
        """A worker read the deck's cards with the student's state."""

        def __init__(self, rows: list[BrowseRow], zone: tzinfo) -> None:
            super().__init__()
            self.rows = rows
            self.zone = zone

    BINDINGS = [
        Binding("slash", "search", "Search", key_display="/"),
        Binding("o", "sort", "Sort", tooltip="Sort by the next column"),
        Binding("O", "reverse", "Reverse", key_display="O", tooltip="Reverse the sort"),
        Binding("exclamation_mark", "toggle_suspend", "Suspend", key_display="!",
                tooltip="Suspend or unsuspend the card"),
        Binding("e", "edit", "Edit", tooltip="Open the deck file in $EDITOR at this card"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, deck: Deck) -> None:
        super().__init__()
        self.deck = deck
        self.rows: list[BrowseRow] = []
        self.zone: tzinfo = timezone.utc
        self.sort_column = "Question"
        self.reverse = False

    def compose(self) -> ComposeResult:
        yield Static(join(("Browse", "bold"), " · ", (self.deck.title, "bold")), id="topbar")
        yield Input(placeholder="search questions and answers (/)", id="browse-search")
        table = RowTable(id="cards", cursor_type="row", zebra_stripes=True)
        for name in COLUMNS:
            table.add_column(name, key=name)
        yield table
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#cards").focus()
        self.load()

    def on_resize(self) -> None:
        if self.rows:
            self.redraw()

    @work(thread=True, exclusive=True, group="browse")
    @reported
    def load(self) -> None:
        rows = self.app.workspace.browse_rows(self.deck)
        self.post_message(self.RowsRead(rows, self.app.workspace.zone()))

    @on(RowsRead)
    def show(self, message: RowsRead) -> None:
        self.rows, self.zone = message.rows, message.zone
        self.redraw()

    def redraw(self) -> None:
        table = self.query_one("#cards", DataTable)
        query = self.query_one("#browse-search", Input).value.strip()
        shown = sorted((r for r in self.rows if matches(r, query)),
                       key=lambda r: sort_key(r, self.sort_column), reverse=self.reverse)
        current = self.highlighted()
        table.clear()
        now, zone = self.app.workspace.now(), self.zone
        statuses = [status_cells(row, now, zone) for row in shown]
        # each status column as wide as its widest cell or its label with the sort arrow, one
        # cell of padding each side of every column, and the scrollbar
        fixed = sum(max([len(name) + 2, *(len(status[i]) for status in statuses)])
                    for i, name in enumerate(COLUMNS[2:])) + 2 * len(COLUMNS) + 2
        question, answer = text_widths(self.size.width, fixed)
        for row, status in zip(shown, statuses, strict=True):
            table.add_row(literal(shorten(row.card.question, question)),
                          literal(shorten(row.card.answer, answer)),
                          *(Text(cell) for cell in status), key=row.card.id)
        if current is not None and current in table.rows:
            table.move_cursor(row=table.get_row_index(current))
        arrow = "▼" if self.reverse else "▲"
        for name in COLUMNS:
            column = table.columns[name]  # type: ignore[index]
            column.label = Text(f"{name} {arrow}" if name == self.sort_column else name)
        table.refresh()

    def highlighted(self) -> str | None:
        """The card id of the highlighted row, if any."""
        table = self.query_one("#cards", DataTable)
        if not table.row_count:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    @work(thread=True, exclusive=True, group="browse")
    @reported
    def set_suspended(self, card_id: str, suspended: bool) -> None:
        ws = self.app.workspace
        ws.set_suspended(self.deck, card_id, suspended)
        self.post_message(self.RowsRead(ws.browse_rows(self.deck), ws.zone()))

    def action_edit(self) -> None:
        card = self.deck.card(self.highlighted() or "")
        if card is not None:
            self.edit_card(self.deck, card)

    def deck_reloaded(self, deck: Deck) -> None:
        """(In the edit worker) the table again from the deck as its file now holds it."""
        self.deck = deck
        ws = self.app.workspace
        self.post_message(self.RowsRead(ws.browse_rows(deck), ws.zone()))

    def action_toggle_suspend(self) -> None:
        card_id = self.highlighted()
        row = next((r for r in self.rows if r.card.id == card_id), None)
        if row is not None:
            state = row.info.state
            self.set_suspended(row.card.id, not (state is not None and state.suspended))

    @on(Input.Changed, "#browse-search")
    def search_changed(self) -> None:
        self.redraw()

    @on(Input.Submitted, "#browse-search")
    def search_done(self) -> None:
        self.query_one("#cards").focus()

    @on(DataTable.HeaderSelected, "#cards")
    def header_clicked(self, event: DataTable.HeaderSelected) -> None:
        name = str(event.column_key.value)
        if name == self.sort_column:
            self.reverse = not self.reverse
        else:
            self.sort_column, self.reverse = name, False
        self.redraw()

    @on(DataTable.RowSelected, "#cards")
    def open_card(self, event: DataTable.RowSelected) -> None:
        card = self.deck.card(str(event.row_key.value))
        if card is not None:
            self.app.push_screen(CardScreen(self.deck, card))

    def action_search(self) -> None:
        self.query_one("#browse-search").focus()

    def action_sort(self) -> None:
        self.sort_column = COLUMNS[(COLUMNS.index(self.sort_column) + 1) % len(COLUMNS)]
        self.reverse = False
        self.redraw()

    def action_reverse(self) -> None:
        self.reverse = not self.reverse
        self.redraw()

    def action_back(self) -> None:
        search = self.query_one("#browse-search", Input)
        if search.has_focus:
            self.query_one("#cards").focus()
        else:
            self.app.pop_screen()


def status_cells(row: BrowseRow, now: datetime, zone: tzinfo) -> list[str]:
    """State, due time, lapses and last rating of one card, short. A suspended or buried card
    says so in place of its state (the card screen shows both)."""
    state = row.info.state
    if state is None or state.is_new:
        name, due = "new", "–"
    else:
        name = state.state_name
        due = "now" if state.due is None or state.due <= now else \
            f"{state.due.astimezone(zone):%d %b %H:%M}"
    if state is not None and state.suspended:
        name = "suspended"
    elif state is not None and state.buried_until is not None and state.buried_until > now:
        name = "buried"
    last = row.last_rating.label if row.last_rating else "–"
    return [name, due, str(state.lapses if state else 0), last]
