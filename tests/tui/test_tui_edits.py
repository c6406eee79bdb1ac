"""The app says when a deck edit kept a card's progress under a new id."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from tui_support import SIZE, pilot_test, screen_text, settle

from quiz.store import ProgressStore
from quiz.store.records import CardState

DECK = ("title: Planets\ncards:\n"
        "  - question: What is the largest planet?\n    answer: Jupiter\n"
        "  - question: What is the hottest planet?\n    answer: Venus\n")


@pilot_test
async def test_home_tells_that_an_edited_cards_progress_was_kept(build, db_file: Path,
                                                                 tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "planets.yaml").write_text(DECK, encoding="utf-8")
    app = build(decks)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert [n.message for n in app._notifications] == []
    store = ProgressStore.open(db_file)
    pk = store.db.execute("SELECT pk FROM cards WHERE question LIKE '%largest%'").fetchone()[0]
    at = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
    store.record_review(store.get_or_create_student("ana").id, pk, rating=3, reviewed_at=at,
                        before=None, after=CardState(pk, state=2, stability=9.0, difficulty=5.0,
                                                     due=datetime(2026, 3, 9, tzinfo=timezone.utc),
                                                     last_review=at, reps=1))
    store.close()
    (decks / "planets.yaml").write_text(DECK.replace("largest planet", "largest plannet"),
                                        encoding="utf-8")
    app = build(decks)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert [n.message for n in app._notifications] == ["Kept progress of 1 edited card."]
        assert "1 card to study today" in screen_text(app)  # the edited card is not new again
