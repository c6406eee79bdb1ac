"""Browse: the cards of one deck, or of every deck, in a table, searchable and sortable.

Which cards, in which order, matching what and in what state all come from
quiz.scheduling.browse; this screen draws the page it gives. Reading the rows and building a page
run in workers, and the table holds at most SHOWN_AT_MOST rows (a DataTable measures every cell
it holds), so a 50,000-card library never freezes the app: search or sort to reach the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from quiz.deck.model import Deck
from quiz.scheduling.browse import browse_page, shown_state
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
ALL_DECKS_COLUMNS = ("Deck", *COLUMNS)
STATUS_COLUMNS = COLUMNS[2:]
QUESTION_WIDTH, ANSWER_WIDTH, DECK_WIDTH = 44, 22, 20  # the widest these columns get
SHOWN_AT_MOST = 200  # rows in the table at once (each costs the DataTable a measure per cell)


def text_widths(room: int) -> tuple[int, int]:
    """(question, answer) widths in `room` cells: two thirds for the question."""
    room = max(18, room)
    question = min(QUESTION_WIDTH, room * 2 // 3)
    return question, min(ANSWER_WIDTH, room - question)


def deck_width(room: int) -> int:
    """The Deck column's width in `room` cells (what the status columns leave): a quarter of
    it, at least 10 and at most DECK_WIDTH; the title shrinks with an ellipsis to fit."""
    return max(10, min(DECK_WIDTH, room // 4))


def status_cells(row: BrowseRow, now: datetime, zone: tzinfo) -> list[str]:
    """State (suspended or buried in its place), due time, lapses and last rating, short."""
    state = row.info.state
    if state is None or state.is_new:
        due = "–"
    else:
        due = "now" if state.due is None or state.due <= now else \
            f"{state.due.astimezone(zone):%d %b %H:%M}"
    last = row.last_rating.label if row.last_rating else "–"
    return [shown_state(row, now), due, str(state.lapses if state else 0), last]


@dataclass(frozen=True)
class View:
    """What the table shows: the search, the sort, the scope and the screen's width."""

    query: str
    column: str
    reverse: bool
    all_decks: bool
    width: int
    now: datetime
    zone: tzinfo


@dataclass(frozen=True)
class Page:
    """A page built in a worker: its rows, their cells, and how many cards matched."""

    rows: list[BrowseRow]
    cells: list[list[Text]]
    matching: int
    total: int


def build_page(rows: list[BrowseRow], view: View) -> Page:
    """The rows the view matches, sorted, cut to SHOWN_AT_MOST, as cells sized to the width.
    Plain Python (no widget): run in a worker."""
    page = browse_page(rows, query=view.query, column=view.column, reverse=view.reverse,
                       limit=SHOWN_AT_MOST)
    statuses = [status_cells(row, view.now, view.zone) for row in page.rows]
    columns = ALL_DECKS_COLUMNS if view.all_decks else COLUMNS
    # each status column as wide as its widest cell or its label with the sort arrow, one
    # cell of padding each side of every column, and the scrollbar
    fixed = sum(max([len(name) + 2, *(len(status[i]) for status in statuses)])
                for i, name in enumerate(STATUS_COLUMNS)) + 2 * len(columns) + 2
    room = view.width - fixed
    titles = deck_width(room) if view.all_decks else 0
    question, answer = text_widths(room - titles)
    cells = []
    for row, status in zip(page.rows, statuses, strict=True):
        texts = [literal(shorten(row.card.question, question)),
                 literal(shorten(row.card.answer, answer)), *(Text(cell) for cell in status)]
        if view.all_decks:
            texts.insert(0, literal(shorten(row.deck.title, titles)))
        cells.append(texts)
    return Page(page.rows, cells, page.matching, len(rows))


class BrowseScreen(EditsCards, Screen[None]):
    """The cards of one deck or of all (a switches); / searches, o changes the sort column,
    Enter opens a card, ! suspends or unsuspends it, - buries it, e edits it."""

    if TYPE_CHECKING:  # the app these screens run in, typed for the checker
        app = getters.app(WorkspaceApp)

    class RowsRead(Message):
        """A worker read the cards in view with the student's state."""

        def __init__(self, rows: list[BrowseRow], zone: tzinfo, all_decks: bool) -> None:
            super().__init__()
            self.rows = rows
            self.zone = zone
            self.all_decks = all_decks

    class PageBuilt(Message):
        """A worker built the page for the view asked as number `generation`."""

        def __init__(self, page: Page, view: View, generation: int) -> None:
            super().__init__()
            self.page = page
            self.view = view
            self.generation = generation

    BINDINGS = [
        Binding("slash", "search", "Search", key_display="/"),
        Binding("o", "sort", "Sort", tooltip="Sort by the next column"),
        Binding("O", "reverse", "Reverse", key_display="O", show=False,
                tooltip="Reverse the sort"),
        Binding("a", "toggle_all", "All decks", tooltip="Switch between this deck and all decks"),
        Binding("exclamation_mark", "toggle_suspend", "Suspend", key_display="!",
                tooltip="Suspend or unsuspend the card"),
        Binding("minus", "bury", "Bury", key_display="-", show=False,
                tooltip="Hide the card until your next study day"),
        Binding("e", "edit", "Edit", tooltip="Open the deck file in $EDITOR at this card"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, deck: Deck | None, *, all_decks: bool = False) -> None:
        """Browse `deck` (the one under home's cursor), or every deck with `all_decks`; a
        switches between the two."""
        super().__init__()
        self.deck = deck
        self.all_decks = all_decks or deck is None
        self.rows: list[BrowseRow] = []
        self.shown: dict[str, BrowseRow] = {}  # the table's rows by key ("deck/card")
        self.zone: tzinfo = timezone.utc
        self.sort_column = "Deck" if self.all_decks else "Question"
        self.reverse = False
        self.generation = 0  # of the last view asked for; older pages are dropped

    def compose(self) -> ComposeResult:
        yield Static(id="topbar")
        yield Input(placeholder="search questions and answers (/)", id="browse-search")
        yield Static(id="browse-note")
        yield RowTable(id="cards", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.show_topbar()
        self.query_one("#cards").focus()
        self.note("Reading the cards…")
        self.load()

    def on_resize(self) -> None:
        if self.rows:
            self.redraw()

    def show_topbar(self) -> None:
        scope = ("all decks", "bold") if self.all_decks or self.deck is None else \
            (self.deck.title, "bold")
        self.query_one("#topbar", Static).update(join(("Browse", "bold"), " · ", scope))

    def note(self, text: str) -> None:
        """A line above the table (reading, or how many cards a long list leaves out)."""
        note = self.query_one("#browse-note", Static)
        note.update(text)
        note.display = bool(text)

    def decks_in_view(self) -> list[Deck]:
        """The decks browsed now (read in workers: after an edit, the library's new deck)."""
        if self.all_decks or self.deck is None:
            return list(self.app.workspace.library.decks)
        return [self.deck]

    # --- reading and drawing ---------------------------------------------------------------

    @work(thread=True, exclusive=True, group="browse")
    @reported
    def load(self) -> None:
        self.post_rows()

    def post_rows(self) -> None:
        """(In a worker) read the rows in view and hand them to the screen."""
        ws, all_decks = self.app.workspace, self.all_decks
        rows = ws.browse_rows(self.decks_in_view())
        self.post_message(self.RowsRead(rows, ws.zone(), all_decks))

    @on(RowsRead)
    def rows_read(self, message: RowsRead) -> None:
        if message.all_decks != self.all_decks:  # read before a switch: another is coming
            return
        self.rows, self.zone = message.rows, message.zone
        self.redraw()

    def redraw(self) -> None:
        """Ask a worker for the page of the current search, sort, scope and width."""
        self.generation += 1
        view = View(self.query_one("#browse-search", Input).value.strip(), self.sort_column,
                    self.reverse, self.all_decks, self.size.width, self.app.workspace.now(),
                    self.zone)
        self.make_page(self.rows, view, self.generation)

    # Each worker is given a description: Textual would otherwise write one from the repr of
    # its arguments, every row and the whole deck behind it, on the main thread.
    @work(thread=True, exclusive=True, group="browse-page", description="browse page")
    def make_page(self, rows: list[BrowseRow], view: View, generation: int) -> None:
        self.post_message(self.PageBuilt(build_page(rows, view), view, generation))

    @on(PageBuilt)
    def page_built(self, message: PageBuilt) -> None:
        if message.generation != self.generation:
            return
        page, view = message.page, message.view
        table = self.query_one("#cards", DataTable)
        current = self.highlighted()
        columns = ALL_DECKS_COLUMNS if view.all_decks else COLUMNS
        if tuple(str(key.value) for key in table.columns) != columns:
            table.clear(columns=True)
            for name in columns:
                table.add_column(name, key=name)
        else:
            table.clear()
        self.shown = {row.key: row for row in page.rows}
        for row, cells in zip(page.rows, page.cells, strict=True):
            table.add_row(*cells, key=row.key)
        if current is not None and current in table.rows:
            table.move_cursor(row=table.get_row_index(current))
        arrow = "▼" if view.reverse else "▲"
        for name in columns:
            column = table.columns[name]  # type: ignore[index]
            column.label = Text(f"{name} {arrow}" if name == view.column else name)
        table.refresh()
        if page.matching > len(page.rows):
            self.note(f"The first {len(page.rows):,} of {page.matching:,} cards in this order: "
                      "/ searches, o and O sort.")
        elif not page.total:
            self.note("No cards to browse.")
        else:
            self.note("")

    def highlighted(self) -> str | None:
        """The key ("deck/card") of the highlighted row, if any."""
        table = self.query_one("#cards", DataTable)
        if not table.row_count:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def selected(self) -> BrowseRow | None:
        """The highlighted row's card with its deck."""
        return self.shown.get(self.highlighted() or "")

    # --- acting on the highlighted card ----------------------------------------------------

    @work(thread=True, exclusive=True, group="browse", description="suspend a card")
    @reported
    def set_suspended(self, row: BrowseRow, suspended: bool) -> None:
        self.app.workspace.set_suspended(row.deck.id, row.card.id, suspended)
        self.post_rows()

    @work(thread=True, exclusive=True, group="browse", description="bury a card")
    @reported
    def bury(self, row: BrowseRow) -> None:
        self.app.workspace.bury(row.deck.id, row.card.id)
        self.post_rows()

    def action_toggle_suspend(self) -> None:
        row = self.selected()
        if row is not None:
            state = row.info.state
            self.set_suspended(row, not (state is not None and state.suspended))

    def action_bury(self) -> None:
        row = self.selected()
        if row is not None:
            self.bury(row)

    def action_edit(self) -> None:
        row = self.selected()
        if row is not None:
            self.edit_card(row.deck, row.card)

    def deck_reloaded(self, deck: Deck) -> None:
        """(In the edit worker) the table again from the deck as its file now holds it."""
        if self.deck is not None and self.deck.id == deck.id:
            self.deck = deck
        self.post_rows()

    @on(DataTable.RowSelected, "#cards")
    def open_card(self, event: DataTable.RowSelected) -> None:
        row = self.shown.get(str(event.row_key.value))
        if row is not None:
            self.app.push_screen(CardScreen(row.deck, row.card))

    # --- search, sort, scope ---------------------------------------------------------------

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

    def action_search(self) -> None:
        self.query_one("#browse-search").focus()

    def action_sort(self) -> None:
        columns = ALL_DECKS_COLUMNS if self.all_decks else COLUMNS
        at = columns.index(self.sort_column) if self.sort_column in columns else -1
        self.sort_column = columns[(at + 1) % len(columns)]
        self.reverse = False
        self.redraw()

    def action_reverse(self) -> None:
        self.reverse = not self.reverse
        self.redraw()

    def action_toggle_all(self) -> None:
        if self.deck is None:
            self.notify("Opened on all decks: b on a deck at home browses that one.")
            return
        self.all_decks = not self.all_decks
        if not self.all_decks and self.sort_column == "Deck":
            self.sort_column, self.reverse = "Question", False
        self.show_topbar()
        self.note("Reading the cards…")
        self.load()

    def action_back(self) -> None:
        search = self.query_one("#browse-search", Input)
        if search.has_focus:
            self.query_one("#cards").focus()
        else:
            self.app.pop_screen()
