"""Details students noticed: the palette offers what applies now, the flip footer after the
answer, the top line while a learning card is shown early."""

from __future__ import annotations

from tui_support import SIZE, pilot_test, press, screen_text, settle

from quiz.tui.screens.study import StudyScreen


def titles(app) -> list[str]:
    return [command.title for command in app.get_system_commands(app.screen)]


@pilot_test
async def test_palette_lists_quit_once_on_home(build) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert titles(app).count("Quit") == 1


@pilot_test
async def test_palette_offers_ratings_only_once_answered(build) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "m", "enter")  # flip
        assert isinstance(app.screen, StudyScreen)
        before = titles(app)
        assert "Show answer" in before
        for absent in ("Accept suggestion", "Again / option 1", "Easy / option 4", "Undo"):
            assert absent not in before
        await press(pilot, "space")
        after = titles(app)
        assert "Again / option 1" in after and "Good" in after
        assert "Show answer" not in after


@pilot_test
async def test_flip_footer_after_the_answer_says_space_is_good(build) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "m", "enter")
        assert "space Show answer" in screen_text(app).splitlines()[-1]
        await press(pilot, "space")
        footer = screen_text(app).splitlines()[-1]
        assert "Show answer" not in footer
        assert "space Good" in footer


@pilot_test
async def test_top_line_counts_a_learning_card_shown_early(build) -> None:
    app = build("good")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # flip: Again on the first card, Easy on the other two; the first comes back early
        await press(pilot, "m", "enter", "space", "1", "space", "4", "space", "4")
        assert isinstance(app.screen, StudyScreen)
        top = screen_text(app).splitlines()[0]
        assert "1 left (new 0 · learning 1 · review 0)" in top
        assert "0 left" not in top
