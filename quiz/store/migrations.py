"""The progress database schema, built by `sqlite_utils.Migrations`, one function per step.

Each migration runs in its own transaction (sqlite-utils wraps it in `db.atomic()`, and
`open_db` holds an IMMEDIATE lock around the whole upgrade so two processes never both
migrate). Never edit a migration that has shipped: add a new one. A database that lists a
migration this code does not know was written by a newer quiz and is refused by `open_db`.

Tables (one database holds several students):
  students     id, name (unique), new_limit, review_limit, day_start_hour, tz, created
  decks        id (the deck slug), title, path, deck_hash (the deck's digest at the last
               sync), card_count, desired_retention, synced, description, tags (JSON list)
  cards        pk (integer; the fsrs card id), deck_id, card_id, content_hash, question, answer,
               position in the deck, present (0 = removed from the deck file, kept for history),
               accept, choices, tags (JSON lists of text), explanation, source_file,
               source_line, source_quote: all a card holds, so exports never read deck files
  card_state   per (student_id, card_pk): the fsrs card (state, step, stability, difficulty,
               due, last_review) plus reps, lapses, suspended, buried_until, leech
  review_log   id, student_id, card_pk, rating 1-4, reviewed_at (UTC text), duration_ms,
               response (typed or chosen), correct, mode (flip/typed/choice), cram, suggested,
               state_before (0 new, 1 learning, 2 review, 3 relearning), due_after
  student_settings  per (student_id, key): one remembered choice of the app (the study mode,
               the source shown or not, the order of dates typed in figures) as text
  students.opened_order  1, 2, 3... each time the app opens as a student (the highest is the
               student `quiz` opens as when none is named; a count, not a clock, which can
               stand still or go back)
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATIONS = Migrations("quiz")


@MIGRATIONS(name="m001_initial")
def m001_initial(db: Database) -> None:
    """Students, decks, cards, per-student card state and the review log."""
    db.execute(
        """CREATE TABLE students (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            new_limit INTEGER NOT NULL DEFAULT 20,
            review_limit INTEGER NOT NULL DEFAULT 200,
            created TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE decks (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            path TEXT,
            deck_hash TEXT,
            card_count INTEGER NOT NULL DEFAULT 0,
            desired_retention REAL NOT NULL DEFAULT 0.9,
            synced TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE cards (
            pk INTEGER PRIMARY KEY,
            deck_id TEXT NOT NULL REFERENCES decks(id),
            card_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            position INTEGER NOT NULL,
            present INTEGER NOT NULL DEFAULT 1,
            UNIQUE (deck_id, card_id)
        )"""
    )
    db.execute(
        """CREATE TABLE card_state (
            student_id INTEGER NOT NULL REFERENCES students(id),
            card_pk INTEGER NOT NULL REFERENCES cards(pk),
            state INTEGER NOT NULL DEFAULT 0,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due TEXT,
            last_review TEXT,
            reps INTEGER NOT NULL DEFAULT 0,
            lapses INTEGER NOT NULL DEFAULT 0,
            suspended INTEGER NOT NULL DEFAULT 0,
            buried_until TEXT,
            leech INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (student_id, card_pk)
        ) WITHOUT ROWID"""
    )
    db.execute(
        """CREATE TABLE review_log (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id),
            card_pk INTEGER NOT NULL REFERENCES cards(pk),
            rating INTEGER NOT NULL,
            reviewed_at TEXT NOT NULL,
            duration_ms INTEGER,
            response TEXT,
            correct INTEGER,
            mode TEXT NOT NULL DEFAULT 'flip',
            cram INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX review_log_student_time ON review_log (student_id, reviewed_at)")


@MIGRATIONS(name="m002_queue_and_overrides")
def m002_queue_and_overrides(db: Database) -> None:
    """Per-student day start and zone, the suggested rating (overrides), and queue indexes."""
    db.execute("ALTER TABLE students ADD COLUMN day_start_hour INTEGER NOT NULL DEFAULT 4")
    db.execute("ALTER TABLE students ADD COLUMN tz TEXT")
    db.execute("ALTER TABLE review_log ADD COLUMN suggested INTEGER")
    db.execute("ALTER TABLE review_log ADD COLUMN state_before INTEGER")
    db.execute("ALTER TABLE review_log ADD COLUMN due_after TEXT")
    db.execute("CREATE INDEX card_state_student_due ON card_state (student_id, due)")
    db.execute("CREATE INDEX review_log_student_card ON review_log (student_id, card_pk)")
    db.execute("CREATE INDEX cards_deck_position ON cards (deck_id, position)")




@MIGRATIONS(name="m003_review_time_index_covers_cram_and_card")
def m003_review_time_index_covers_cram_and_card(db: Database) -> None:
    """Per-day review counts (heatmap, daily limits) read only the index, not the table."""
    db.execute("DROP INDEX review_log_student_time")
    db.execute(
        "CREATE INDEX review_log_student_time ON review_log (student_id, reviewed_at, cram,"
        " card_pk)"
    )


@MIGRATIONS(name="m004_cards_keep_their_content")
def m004_cards_keep_their_content(db: Database) -> None:
    """Everything a card holds (accepted answers, options, explanation, tags, source) and the
    deck's description and tags; the next sync of each deck fills them in."""
    for column in ("accept", "choices", "tags"):
        db.execute(f"ALTER TABLE cards ADD COLUMN {column} TEXT NOT NULL DEFAULT '[]'")
    for column, kind in (("explanation", "TEXT"), ("source_file", "TEXT"),
                         ("source_line", "INTEGER"), ("source_quote", "TEXT")):
        db.execute(f"ALTER TABLE cards ADD COLUMN {column} {kind}")
    db.execute("ALTER TABLE decks ADD COLUMN description TEXT")
    db.execute("ALTER TABLE decks ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'")
    # Digests saved before cover less than the store now keeps: every deck is written again.
    db.execute("UPDATE decks SET deck_hash = NULL")


@MIGRATIONS(name="m005_student_settings")
def m005_student_settings(db: Database) -> None:
    """Each student's remembered choices, and which student the app opened as last."""
    db.execute(
        """CREATE TABLE student_settings (
            student_id INTEGER NOT NULL REFERENCES students(id),
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (student_id, key)
        ) WITHOUT ROWID"""
    )
    db.execute("ALTER TABLE students ADD COLUMN opened_order INTEGER")


def known_migrations() -> list[str]:
    """The names of every migration this version of quiz knows, oldest first."""
    with Database(memory=True) as empty:
        return [m.name for m in MIGRATIONS.pending(empty)]
