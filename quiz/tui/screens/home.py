"""Home: the decks with today's new / learning / due counts; broken decks with their first error.

Deck loading, the database sync and the counts run in a worker thread, so the screen appears at
once with "Loading..." and a broken or empty decks folder gives advice instead of a crash.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from quiz.core.enums import StudyMode
from quiz.errors import QuizError
from quiz.scheduling.records import DeckRow, Library
from quiz.textsafe import visible
from quiz.tui.screens.student import StudentScreen
from quiz.tui.text import add, join, literal, shorten
from quiz.tui.widgets.rows import RowTable

if TYPE_CHECKING:
    from textual import getters

    from quiz.deck import Deck
    from quiz.scheduling.custom import CustomChoice
    from quiz.tui.workspace_app import WorkspaceApp

TITLE_WIDTH = 56  # the widest the deck column gets, however wide the terminal
COUNT_COLUMNS = ("New", "Learning", "Due", "Cards", "Retention")
# the count columns (their labels are their widest cells) with one cell of padding each side,
# the deck column's padding, the body's padding and the scrollbar: what the titles cannot use
COUNTS_WIDTH = sum(len(label) + 2 for label in COUNT_COLUMNS) + 2 + 4 + 2
MODE_HELP = {
    StudyMode.AUTO: "auto: choices if any, typed if short, else flip",
    StudyMode.FLIP: "flip: reveal, rate yourself",
    StudyMode.TYPED: "typed: type the answer",
    StudyMode.CHOICE: "choice: pick an option",
}


class HomeScreen(Screen[None]):
    """The decks table; Enter studies the highlighted deck."""

    if TYPE_CHECKING:  # the app these screens run in, typed for the checker
        app = getters.app(WorkspaceApp)

    class LibraryRead(Message):
        """A worker read the decks (or only their counts again)."""

        def __init__(self, library: Library, rows: list[DeckRow], *, reading: bool = False
                     ) -> None:
            super().__init__()
            self.library = library
            self.rows = rows
            self.reading = reading  # a large new deck only sketched: its cards still read

    class ReadFailed(Message):
        """A worker could not read the decks or the database."""

        def __init__(self, message: str) -> None:
            super().__init__()
            self.message = message

    BINDINGS = [
        Binding("enter", "study", "Study deck", show=True),
        Binding("a", "study_all", "All due", tooltip="Study every deck with cards due"),
        Binding("c", "cram", "Cram", tooltip="Every card once, schedules unchanged"),
        Binding("C", "custom", "Custom study", key_display="C", show=False,
                tooltip="Missed today, a tag or the hardest cards"),
        Binding("m", "mode", "Mode"),
        Binding("b", "browse", "Browse"),
        Binding("B", "browse_all", "Browse all decks", key_display="B", show=False,
                tooltip="Every card of every deck, with its deck"),
        Binding("t", "stats", "Stats"),
        Binding("s", "student", "Student"),
        Binding("d", "date_order", "Date order", show=False,
                tooltip="Read dates typed in figures (3/4/1919) day first or month first"),
        Binding("r", "reload", "Reload decks", show=False),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.mode = StudyMode.AUTO
        self.mode_of: str | None = None  # the student whose kept mode `mode` started from
        self.rows: list[DeckRow] = []
        self.shown = Library()  # the library the table shows
        self.reading = False  # the table shows a deck only sketched, its cards being read

    def compose(self) -> ComposeResult:
        yield Static(id="topbar")
        with Vertical(id="home-body"):
            yield Static("Loading decks…", id="home-message")
            table = RowTable(id="decks", cursor_type="row")
            table.add_column("Deck", key="deck")
            for label in COUNT_COLUMNS:
                table.add_column(label, key=label.lower())
            yield table
            yield Static(id="broken")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#decks").display = False
        self.show_topbar()
        self.load()

    def on_screen_resume(self) -> None:
        if self.app.workspace.library.decks:
            self.refresh_counts()

    def on_resize(self) -> None:
        self.show_topbar()
        if self.rows:
            self.show_library(self.shown, self.rows)

    def title_width(self) -> int:
        """The deck column's width: what the counts leave of the terminal, at most TITLE_WIDTH."""
        return max(12, min(TITLE_WIDTH, self.size.width - COUNTS_WIDTH))

    def show_topbar(self) -> None:
        ws = self.app.workspace
        wide = self.size.width >= 100  # below that the mode's explanation does not fit
        mode = MODE_HELP[self.mode] if wide else str(self.mode)
        self.query_one("#topbar", Static).update(join(
            ("quiz", "bold"), "  student ", (ws.student_name or "…", "bold"),
            "  ·  mode ", (mode, "bold"), f"  ·  decks {ws.decks_dir}",
        ))

    # --- loading -----------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="home")
    def load(self) -> None:
        """Read the decks folder and the counts without blocking the keyboard."""
        ws = self.app.workspace

        def first_look(library: Library, rows: list[DeckRow]) -> None:
            self.post_message(self.LibraryRead(library, rows, reading=True))

        try:
            library = ws.load(first_look)
            rows = ws.deck_rows()
        except QuizError as exc:
            self.post_message(self.ReadFailed(str(exc)))
            return
        self.post_message(self.LibraryRead(library, rows))
        if library.kept:  # a deck was edited: say that its cards' progress was kept
            self.notify(library.kept[:1].upper() + library.kept[1:] + ".")

    @work(thread=True, exclusive=True, group="home")
    def refresh_counts(self) -> None:
        """Counts again (after a study session or a student switch), decks not re-read."""
        try:
            rows = self.app.workspace.deck_rows()
        except QuizError as exc:
            self.post_message(self.ReadFailed(str(exc)))
            return
        self.post_message(self.LibraryRead(self.app.workspace.library, rows))

    @on(ReadFailed)
    def show_error(self, message: ReadFailed) -> None:
        if self.reading:  # the sketched table is not to be studied from
            self.reading, self.rows = False, []
            self.query_one("#decks").display = False
        self.query_one("#home-message", Static).update(literal(message.message, "bold red"))

    @on(LibraryRead)
    def library_read(self, message: LibraryRead) -> None:
        self.reading = message.reading
        self.show_library(message.library, message.rows)
        if not message.reading:
            self.call_after_refresh(self.after_shown)  # once the table is drawn

    @work(thread=True, group="keep")
    def after_shown(self) -> None:
        """Once the decks are shown: record the decks never seen before, and write the decks
        just read to the deck cache for the next start."""
        try:
            report = self.app.workspace.after_shown()
        except QuizError as exc:
            self.notify(visible(f"The new decks could not be recorded yet ({exc})."),
                        severity="error", markup=False)
            return
        if report is not None and any(d.status != "new" for d in report.decks):
            self.app.call_from_thread(self.refresh_counts)  # another copy recorded them first

    def show_library(self, library: Library, rows: list[DeckRow]) -> None:
        self.rows, self.shown = rows, library
        ws = self.app.workspace
        if ws.student_name != self.mode_of:  # the student's kept mode, read with the student
            self.mode, self.mode_of = ws.settings.mode, ws.student_name
        self.show_topbar()
        message = self.query_one("#home-message", Static)
        table = self.query_one("#decks", DataTable)
        folder = str(self.app.workspace.decks_dir)
        table.display = bool(rows)
        if not library.decks:
            message.update(empty_advice(folder, bool(library.errors)))
        else:
            due = sum(r.counts.left for r in rows)
            message.update(f"{due} card{'s' if due != 1 else ''} to study today. "
                           "Enter studies the highlighted deck, a studies everything due.")
        cursor = table.cursor_row
        table.clear()
        for row in rows:
            c = row.counts
            retention = "–" if row.retention is None else f"{row.retention:.0%}"
            title = literal(shorten(row.deck.title, self.title_width()))
            table.add_row(title, str(c.new), str(c.learning), str(c.review),
                          str(row.size), retention, key=row.deck.id)
        if rows:
            table.move_cursor(row=min(cursor, len(rows) - 1))
            table.focus()
        self.query_one("#broken", Static).update(
            broken_list(library, self.app.workspace.decks_dir))

    # --- actions -----------------------------------------------------------------------------

    def selected(self) -> DeckRow | None:
        table = self.query_one("#decks", DataTable)
        if not self.rows or table.cursor_row >= len(self.rows):
            return None
        return self.rows[table.cursor_row]

    def still_reading(self) -> bool:
        """Whether a deck of the table is still being read (said when it is): nothing can be
        studied, browsed or counted from its sketch."""
        if self.reading:
            self.notify("Still reading the decks; a moment…")
        return self.reading

    @on(DataTable.RowSelected, "#decks")
    def row_chosen(self) -> None:
        self.action_study()

    def start(self, decks: list[Deck], *, cram: bool = False) -> None:
        from quiz.tui.screens.study import StudyScreen

        if decks:
            self.app.push_screen(StudyScreen(decks, mode=self.mode, cram=cram))
        elif self.rows:
            self.notify("Nothing due today in any deck; c crams the highlighted one.")
        else:
            self.notify("No deck to study yet.", severity="warning")

    def action_study(self) -> None:
        if self.still_reading():
            return
        row = self.selected()
        self.start([row.deck] if row else [])

    def action_study_all(self) -> None:
        if self.still_reading():
            return
        self.start([r.deck for r in self.rows if r.counts.left])

    def action_cram(self) -> None:
        if self.still_reading():
            return
        row = self.selected()
        self.start([row.deck] if row else [], cram=True)

    def action_custom(self) -> None:
        from quiz.tui.screens.custom import CustomStudyDialog
        from quiz.tui.screens.custom_study import CustomStudyScreen

        if self.still_reading():
            return
        row = self.selected()
        if row is None:
            self.notify("No deck to study yet.", severity="warning")
            return

        def chosen(choice: CustomChoice | None) -> None:
            if choice is not None:
                self.app.push_screen(CustomStudyScreen([row.deck], choice, mode=self.mode))

        self.app.push_screen(CustomStudyDialog(row.deck), chosen)

    def action_mode(self) -> None:
        modes = list(StudyMode)
        self.mode = modes[(modes.index(self.mode) + 1) % len(modes)]
        self.show_topbar()
        self.keep_mode()

    @work(thread=True, group="settings")
    def action_date_order(self) -> None:
        """Read dates typed in figures the other way round, from now on and at the next start."""
        from quiz.scheduling.preferences import next_date_order

        ws = self.app.workspace
        try:
            with ws.lock:
                current = ws.current_settings().date_order
                order = ws.change_settings(date_order=next_date_order(current)).date_order
        except QuizError as exc:
            self.notify(visible(f"Not kept ({exc})."), severity="error", markup=False)
            return
        example = "18/3/1919" if order == "day-first" else "3/18/1919"
        self.notify(f"Dates typed in figures are now read {order} ({example}).")

    @work(thread=True, group="settings")
    def keep_mode(self) -> None:
        """Save the mode shown now for the student's next start (read when the worker runs,
        so quick presses of m end with the last one kept)."""
        ws = self.app.workspace
        try:
            with ws.lock:
                ws.change_settings(mode=self.mode)
        except QuizError as exc:
            self.notify(visible(f"Not kept ({exc})."), severity="error", markup=False)

    def action_browse(self) -> None:
        from quiz.tui.screens.browse import BrowseScreen

        if self.still_reading():
            return
        row = self.selected()
        if row:
            self.app.push_screen(BrowseScreen(row.deck))

    def action_browse_all(self) -> None:
        from quiz.tui.screens.browse import BrowseScreen

        if self.still_reading():
            return
        row = self.selected()
        if row:  # a switches back to the deck under the cursor
            self.app.push_screen(BrowseScreen(row.deck, all_decks=True))

    def action_stats(self) -> None:
        from quiz.tui.screens.stats import StatsScreen

        if self.still_reading():
            return
        row = self.selected()
        self.app.push_screen(StatsScreen(row.deck if row else None))

    def action_student(self) -> None:
        def switched(name: str | None) -> None:
            if name:
                self.app.workspace.student_name = name
                self.show_topbar()
                self.refresh_counts()

        self.app.push_screen(StudentScreen(self.app.workspace.student_name or ""), switched)

    def action_reload(self) -> None:
        self.query_one("#home-message", Static).update("Loading decks…")
        self.load()


def empty_advice(folder: str, broken: bool) -> Text:
    """What to do when no deck can be studied: generate one, or check the broken ones."""
    if broken:
        return join(("No deck in ", ""), (folder, "bold"), " could be loaded.\n",
                    "Run ", (f"quiz check {folder}", "bold"),
                    " to see every problem with its line, fix them, then press r.")
    if not Path(folder).is_dir():
        return join("There is no folder ", (folder, "bold"), ".\n",
                    "Study another one with ", ("quiz --decks DIR", "bold"),
                    ", or make decks from your documents with ",
                    (f"quiz generate DOCS --out {folder}", "bold"), ", then press r.")
    return join("No decks in ", (folder, "bold"), " yet.\n",
                "Make some from your documents with ",
                (f"quiz generate DOCS --out {folder}", "bold"),
                ", or write one by hand (see the README), check it with ",
                (f"quiz check {folder}", "bold"), ", then press r.\n",
                "To study another folder: ", ("quiz --decks DIR", "bold"), ".")


def broken_list(library: Library, folder: Path) -> Text:
    """Each deck file that failed to load, with its first problem (file:line:col: message).

    Paths are shown relative to the decks folder, so the line fits the screen.
    """
    if not library.errors:
        return Text()
    text = join(("Not loaded", "bold red"),
                " (fix these, then press r; quiz check lists every problem):\n")
    for error in library.errors:
        first = error.problems[0]
        if first.path.is_relative_to(folder):
            first = replace(first, path=first.path.relative_to(folder))
        more = len(error.problems) - 1
        add(text, "  " + str(first), style="red")
        if more:
            text.append(f"  (+{more} more)")
        text.append("\n")
    return text
