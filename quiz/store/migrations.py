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
  review_days  per (student_id, day, deck_id): of the scheduled (not cram) answers to cards in
               the Review state logged that day (the first 10 characters of reviewed_at, the
               UTC date), how many were not rated Again (`passed`) and how many in all
               (`total`); kept by triggers on review_log, so the home screen's 30-day
               retention reads a row per day and deck instead of a month of the log
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from quiz.core.enums import Rating, State

MIGRATIONS = Migrations("quiz")
_REVIEW, _AGAIN = int(State.REVIEW), int(Rating.AGAIN)  # as review_log stores them


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


@MIGRATIONS(name="m006_review_days")
def m006_review_days(db: Database) -> None:
    """Per student, day and deck, the answers true retention counts, kept by triggers."""
    db.execute(
        """CREATE TABLE review_days (
            student_id INTEGER NOT NULL,
            day TEXT NOT NULL,
            deck_id TEXT NOT NULL,
            passed INTEGER NOT NULL,
            total INTEGER NOT NULL,
            PRIMARY KEY (student_id, day, deck_id)
        ) WITHOUT ROWID"""
    )
    # `WHERE 1` before ON CONFLICT: SQLite's own rule for an upsert from a SELECT.
    db.execute(
        f"""CREATE TRIGGER review_days_insert AFTER INSERT ON review_log
            WHEN NEW.cram = 0 AND NEW.state_before = {_REVIEW}
            BEGIN
              INSERT INTO review_days (student_id, day, deck_id, passed, total)
              SELECT NEW.student_id, substr(NEW.reviewed_at, 1, 10), c.deck_id,
                     NEW.rating > {_AGAIN}, 1
              FROM cards c WHERE c.pk = NEW.card_pk AND 1
              ON CONFLICT DO UPDATE SET passed = passed + excluded.passed, total = total + 1;
            END"""
    )
    db.execute(
        f"""CREATE TRIGGER review_days_delete AFTER DELETE ON review_log
            WHEN OLD.cram = 0 AND OLD.state_before = {_REVIEW}
            BEGIN
              UPDATE review_days SET passed = passed - (OLD.rating > {_AGAIN}), total = total - 1
              WHERE student_id = OLD.student_id AND day = substr(OLD.reviewed_at, 1, 10)
                AND deck_id = (SELECT deck_id FROM cards WHERE pk = OLD.card_pk);
            END"""
    )
    # quiz never rewrites a logged answer; one changed by hand is taken out and put back.
    db.execute(
        f"""CREATE TRIGGER review_days_update
            AFTER UPDATE OF student_id, card_pk, rating, reviewed_at, cram, state_before
            ON review_log
            BEGIN
              UPDATE review_days SET passed = passed - (OLD.rating > {_AGAIN}), total = total - 1
              WHERE OLD.cram = 0 AND OLD.state_before = {_REVIEW}
                AND student_id = OLD.student_id AND day = substr(OLD.reviewed_at, 1, 10)
                AND deck_id = (SELECT deck_id FROM cards WHERE pk = OLD.card_pk);
              INSERT INTO review_days (student_id, day, deck_id, passed, total)
              SELECT NEW.student_id, substr(NEW.reviewed_at, 1, 10), c.deck_id,
                     NEW.rating > {_AGAIN}, 1
              FROM cards c
              WHERE NEW.cram = 0 AND NEW.state_before = {_REVIEW} AND c.pk = NEW.card_pk
              ON CONFLICT DO UPDATE SET passed = passed + excluded.passed, total = total + 1;
            END"""
    )
    fill_review_days(db)


def fill_review_days(db: Database) -> None:
    """Count `review_days` again from the whole review log."""
    db.execute("DELETE FROM review_days")
    db.execute(
        f"""INSERT INTO review_days (student_id, day, deck_id, passed, total)
            SELECT r.student_id, substr(r.reviewed_at, 1, 10), c.deck_id,
                   sum(r.rating > {_AGAIN}), count(*)
            FROM review_log r JOIN cards c ON c.pk = r.card_pk
            WHERE r.cram = 0 AND r.state_before = {_REVIEW}
            GROUP BY 1, 2, 3"""
    )


def known_migrations() -> list[str]:
    """The names of every migration this version of quiz knows, oldest first."""
    with Database(memory=True) as empty:
        return [m.name for m in MIGRATIONS.pending(empty)]
