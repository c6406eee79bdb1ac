"""Home screen: the decks with their counts, broken and empty folders, switching student."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static
from tui_support import SIZE, pilot_test, press, screen_text, settle

from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.student import StudentScreen


@pilot_test
async def test_home_lists_decks_with_counts(build) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        table = app.screen.query_one("#decks", DataTable)
        assert table.row_count == 1
        row = [str(cell) for cell in table.get_row("treaties")]
        assert row[:5] == ["Treaties and dates", "3", "0", "0", "3"]
        text = screen_text(app)
        assert "3 cards to study today" in text
        assert "student ana" in text


@pilot_test
async def test_broken_deck_is_listed_with_its_first_error_and_others_work(build) -> None:
    app = build("mixed")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Not loaded" in text
        assert "broken.yaml:3:5: card 1 (\"Who signed it?\"): 'answer' is missing" in text
        assert "(+1 more)" in text
        assert app.screen.query_one("#decks", DataTable).row_count == 1
        await press(pilot, "enter")
        assert "On what date did Azerbaijan declare independence?" in screen_text(app)


def message(app) -> str:
    """The home screen's message as written, whatever the terminal's width made of the lines
    (a long temporary path wraps; what is written does not depend on its length)."""
    return str(app.screen.query_one("#home-message", Static).content)


@pilot_test
async def test_empty_folder_says_what_to_do(build, tmp_path: Path) -> None:
    empty = tmp_path / "decks"
    empty.mkdir()
    app = build(empty)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert f"No decks in {empty} yet." in message(app)
        assert "quiz generate" in message(app) and "quiz check" in message(app)
        assert not app.screen.query_one("#decks").display
        await press(pilot, "enter", "a")  # nothing to study: no crash, still home
        assert isinstance(app.screen, HomeScreen)


@pilot_test
async def test_folder_of_only_broken_decks_points_to_quiz_check(build, tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "bad.yaml").write_text("title: x\ncards: []\n", encoding="utf-8")
    app = build(folder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "could be loaded" in message(app)
        assert f"quiz check {folder}" in message(app)
        assert "bad.yaml" in text


@pilot_test
async def test_missing_folder_is_reported_not_crashed(build, tmp_path: Path) -> None:
    app = build(tmp_path / "nowhere")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert f"There is no folder {tmp_path / 'nowhere'}." in message(app)
        assert "quiz --decks DIR" in message(app)


@pilot_test
async def test_switch_student_changes_the_counts_owner(build, db_file: Path) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "m", "enter", "space", "4", "escape", "enter")  # ana answers one
        assert "2 cards to study today" in screen_text(app)
        await press(pilot, "s")
        assert isinstance(app.screen, StudentScreen)
        assert "In this database: ana" in screen_text(app)
        await press(pilot, *["backspace"] * 3, "b", "o", "b", "enter")
        assert isinstance(app.screen, HomeScreen)
        text = screen_text(app)
        assert "student bob" in text and "3 cards to study today" in text
        await press(pilot, "s", *["backspace"] * 3, "a", "n", "a", "enter")
        assert "2 cards to study today" in screen_text(app)
    from sqlite_utils import Database

    names = {row["name"] for row in Database(db_file)["students"].rows}
    assert names == {"ana", "bob"}


@pilot_test
async def test_the_decks_read_are_kept_for_the_next_start_after_the_table_is_shown(
        build, tmp_path: Path, monkeypatch) -> None:
    from quiz.deck import cache

    kept = tmp_path / "quiz-cache" / "decks"  # QUIZ_CACHE_DIR is tmp_path / "quiz-cache"
    shown: list[bool] = []
    real = cache.DeckCache.keep_waiting

    def keep_waiting(self: cache.DeckCache) -> None:
        shown.append(bool(app.screen.rows))  # the table was filled before
        real(self)

    monkeypatch.setattr(cache.DeckCache, "keep_waiting", keep_waiting)
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.rows
    assert len(list(kept.glob("*.json"))) == 1
    assert shown == [True]


@pilot_test
async def test_a_new_deck_is_counted_from_its_file_and_recorded_after_the_table_is_shown(
        build, db_file: Path, monkeypatch) -> None:
    from quiz.store import sync

    shown: list[tuple[bool, list[str]]] = []
    real = sync.sync_decks

    def sync_decks(db, decks, now=None):
        if isinstance(app.screen, HomeScreen):
            shown.append((bool(app.screen.rows), [d.id for d in decks]))
        return real(db, decks, now)

    monkeypatch.setattr(sync, "sync_decks", sync_decks)
    monkeypatch.setattr("quiz.store.progress.sync_decks", sync_decks)
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        row = [str(cell) for cell in app.screen.query_one("#decks", DataTable).get_row("treaties")]
        assert row[:5] == ["Treaties and dates", "3", "0", "0", "3"]
        await press(pilot, "m", "enter")
        assert "On what date did Azerbaijan declare independence?" in screen_text(app)
    # the load recorded no deck (none was known); the new one was recorded once it was shown
    assert shown == [(False, []), (True, ["treaties"])]


def test_a_student_switch_records_the_new_decks_first(tmp_path: Path) -> None:
    from tui_support import DECKS

    from quiz.tui.workspace import Workspace

    ws = Workspace(DECKS / "good", tmp_path / "p.db", "ana", deck_cache=tmp_path / "cache")
    library = ws.load()
    assert [d.id for d in library.unrecorded] == ["treaties"]
    assert ws.store.card_pk("treaties", library.decks[0].cards[0].id) is None
    ws.student_name = "bob"
    assert [r.counts.new for r in ws.deck_rows()] == [3]
    assert ws.store.card_pk("treaties", library.decks[0].cards[0].id) is not None
    assert ws.after_shown() is None  # nothing left to record
    ws.close()


def sketched_start(monkeypatch, tmp_path: Path, text: str) -> tuple[Path, list[tuple]]:
    """A decks folder with `text` as a deck the first start only sketches at first (however
    small), and the list each table the home screen shows is added to: (whether its cards
    were still being read, its rows as shown)."""
    from quiz.deck import sketch

    monkeypatch.setattr(sketch, "SKETCH_BYTES", 0)
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "plain.yaml").write_text(text, encoding="utf-8")
    shown: list[tuple] = []
    real = HomeScreen.library_read

    def library_read(self: HomeScreen, message: HomeScreen.LibraryRead) -> None:
        real(self, message)
        table = self.query_one("#decks", DataTable)
        shown.append((message.reading, [[str(c) for c in table.get_row_at(i)][:5]
                                        for i in range(table.row_count)]))

    monkeypatch.setattr(HomeScreen, "library_read", library_read)
    # the handler is found by its name when the class is made: the patched one must be called
    monkeypatch.setattr(HomeScreen, "_decorated_handlers", {
        HomeScreen.LibraryRead: [(library_read, None)],
        **{k: v for k, v in HomeScreen._decorated_handlers.items()
           if k is not HomeScreen.LibraryRead}})
    return folder, shown


PLAIN = ("title: Plain\ncards:\n" + "".join(f"- question: Q{i}?\n  answer: A{i}\n"
                                            for i in range(25)))


@pilot_test
async def test_a_large_new_deck_is_shown_from_its_sketch_then_read_with_the_same_counts(
        build, tmp_path: Path, monkeypatch) -> None:
    folder, shown = sketched_start(monkeypatch, tmp_path, PLAIN)
    app = build(folder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert shown == [(True, [["Plain", "20", "0", "0", "25"]]),
                         (False, [["Plain", "20", "0", "0", "25"]])]
        assert not app.screen.reading
        await press(pilot, "m", "enter")
        assert "Q0?" in screen_text(app)


@pilot_test
async def test_a_sketched_deck_with_a_problem_is_listed_with_it_once_read(
        build, tmp_path: Path, monkeypatch) -> None:
    folder, shown = sketched_start(monkeypatch, tmp_path,
                                   PLAIN + "- question: Q25?\n  answer: A25\n  answr: A\n")
    app = build(folder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert shown == [(True, [["Plain", "20", "0", "0", "26"]]), (False, [])]
        broken = str(app.screen.query_one("#broken", Static).content)
        assert "plain.yaml:55:3: card 26 (\"Q25?\"): unknown key 'answr'" in broken
        assert not app.screen.query_one("#decks").display
        await press(pilot, "enter")
        assert isinstance(app.screen, HomeScreen)


@pilot_test
async def test_nothing_is_studied_from_a_sketch(build, tmp_path: Path, monkeypatch) -> None:
    folder, shown = sketched_start(monkeypatch, tmp_path, PLAIN)
    app = build(folder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert [reading for reading, _rows in shown] == [True, False]
        screen.reading = True  # as if its cards were still being read
        for action in ("study", "study_all", "cram", "custom", "browse", "browse_all", "stats"):
            await screen.run_action(action)
            await pilot.pause()
            assert app.screen is screen
        said = [n.message for n in app._notifications]
        assert said == ["Still reading the decks; a moment…"] * 7
