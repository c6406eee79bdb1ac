"""The schema: built by migrations, upgraded from the first one, refused when newer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from quiz.errors import StoreError
from quiz.store import ProgressStore, open_db
from quiz.store.db import schema_version
from quiz.store.migrations import MIGRATIONS, known_migrations


def test_new_database_has_every_table_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = open_db(tmp_path / "sub" / "progress.db")
    assert {"students", "decks", "cards", "card_state", "review_log"} <= set(db.table_names())
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert schema_version(db) == len(known_migrations()) >= 2
    db.close()


def test_database_at_first_migration_is_upgraded_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(path)
    MIGRATIONS.apply(old, stop_before=known_migrations()[1])
    assert "suggested" not in old["review_log"].columns_dict
    old.execute("INSERT INTO students (name, created) VALUES ('ana', '2024-01-01')")
    old.execute("INSERT INTO decks (id, title) VALUES ('d', 'Deck')")
    old.execute(
        "INSERT INTO cards (deck_id, card_id, content_hash, question, answer, position)"
        " VALUES ('d', 'c1', 'h', 'Q?', 'A', 0)"
    )
    old.execute(
        "INSERT INTO review_log (student_id, card_pk, rating, reviewed_at, mode)"
        " VALUES (1, 1, 3, '2024-01-01T10:00:00.000000+00:00', 'flip')"
    )
    old.close()

    store = ProgressStore.open(path)
    assert schema_version(store.db) == len(known_migrations())
    assert {"suggested", "state_before", "due_after"} <= set(store.db["review_log"].columns_dict)
    assert store.get_or_create_student("ana").day_start_hour == 4
    [review] = store.reviews(1)
    assert (review.card_id, review.rating, review.suggested) == ("c1", 3, None)
    index_names = {index.name for index in store.db["card_state"].indexes}
    assert "card_state_student_due" in index_names
    time_index = next(i for i in store.db["review_log"].indexes
                      if i.name == "review_log_student_time")
    assert time_index.columns == ["student_id", "reviewed_at", "cram", "card_pk"]
    store.close()


def test_database_from_a_newer_quiz_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_db(path).close()
    raw = sqlite3.connect(path)
    raw.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('quiz', 'm999_from_the_future', '2030-01-01')"
    )
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match="written by a newer version of quiz"):
        open_db(path)


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match="progress database"):
        open_db(path)


def test_failed_migration_rolls_back_and_stays_pending(tmp_path: Path) -> None:
    path = tmp_path / "half.db"
    db = Database(path)
    MIGRATIONS.apply(db, stop_before=known_migrations()[1])
    # Sabotage: the second migration adds this column, so it will fail half way.
    db.execute("ALTER TABLE review_log ADD COLUMN due_after TEXT")
    db.close()
    with pytest.raises(StoreError):
        open_db(path)
    check = Database(path)
    assert [m.name for m in MIGRATIONS.applied(check)] == known_migrations()[:1]
    assert "suggested" not in check["review_log"].columns_dict  # rolled back
    assert "tz" not in check["students"].columns_dict
    check.close()


def test_database_before_cards_kept_their_content_upgrades_and_keeps_progress(
        tmp_path: Path) -> None:
    from datetime import datetime, timezone

    from quiz.deck.model import Card, Deck, Source
    from quiz.store.exports import stored_deck

    path = tmp_path / "m003.db"
    old = Database(path)
    MIGRATIONS.apply(old, stop_before="m004_cards_keep_their_content")
    old.execute("INSERT INTO students (name, created) VALUES ('ana', '2024-01-01')")
    old.execute("INSERT INTO decks (id, title, deck_hash, card_count) VALUES ('d', 'Deck', 'h', 1)")
    old.execute("INSERT INTO cards (deck_id, card_id, content_hash, question, answer, position)"
                " VALUES ('d', 'c1', 'h', 'Q?', 'A', 0)")
    old.execute("INSERT INTO card_state (student_id, card_pk, state, stability, difficulty, due,"
                " last_review, reps) VALUES (1, 1, 2, 3.5, 5.0, '2024-01-04T10:00:00.000000+00:00',"
                " '2024-01-01T10:00:00.000000+00:00', 1)")
    old.execute("INSERT INTO review_log (student_id, card_pk, rating, reviewed_at, mode, state_before)"
                " VALUES (1, 1, 3, '2024-01-01T10:00:00.000000+00:00', 'typed', 0)")
    old.conn.commit()
    old.close()

    store = ProgressStore.open(path)
    assert schema_version(store.db) == len(known_migrations())
    columns = set(store.db["cards"].columns_dict)
    assert {"accept", "choices", "explanation", "tags", "source_file", "source_line",
            "source_quote"} <= columns
    assert store.db.execute("SELECT deck_hash FROM decks").fetchall() == [(None,)]
    assert stored_deck(store, "d") == Deck(id="d", title="Deck",
                                           cards=(Card(id="c1", question="Q?", answer="A"),))
    deck = Deck(id="d", title="Deck", tags=("t",), cards=(
        Card(id="c1", question="Q?", answer="A", accept=("a",), explanation="E",
             source=Source("doc.txt", 2, "A quote.")),))
    [result] = store.sync_decks([deck], datetime(2024, 2, 1, tzinfo=timezone.utc)).decks
    assert result.status == "changed"  # the digest was cleared: the content is written
    assert stored_deck(store, "d") == deck
    [info] = store.card_infos(1, "d")
    assert info.pk == 1 and info.state is not None and (info.state.reps, info.state.state) == (1, 2)
    [review] = store.reviews(1)
    assert (review.card_id, review.rating, review.mode) == ("c1", 3, "typed")
    store.close()
