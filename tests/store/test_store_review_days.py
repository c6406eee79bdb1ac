"""`review_days`, the per-day and per-deck totals of review-state answers kept by triggers on the
review log: always equal to a count over the log, whatever is answered, undone, edited by hand,
renamed or upgraded; and the home screen's 30-day retention read through them equals a full
count over the window."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from quiz.core.clock import to_iso
from quiz.core.enums import Rating, State
from quiz.deck.model import Card, Deck
from quiz.scheduling.recent import RecentRetention
from quiz.store import ProgressStore, stats
from quiz.store.migrations import MIGRATIONS, known_migrations
from quiz.store.records import CardState

EXAMPLES = int(os.environ.get("QUIZ_FUZZ_EXAMPLES", "200"))
UTC = timezone.utc
START = datetime(2025, 3, 10, 0, 0, tzinfo=UTC)


def make_deck(deck_id: str, path: str | None = None) -> Deck:
    cards = tuple(Card(id=f"c{i}", question=f"{deck_id} {i}?", answer=f"A{i}") for i in range(3))
    return Deck(id=deck_id, title=deck_id.title(), cards=cards, path=path)


def recount(store: ProgressStore) -> set[tuple[int, str, str, int, int]]:
    """(student, day, deck, passed, total) counted from the log itself."""
    return set(store.db.conn.execute(
        f"""SELECT r.student_id, substr(r.reviewed_at, 1, 10), c.deck_id,
                   sum(r.rating > {Rating.AGAIN:d}), count(*)
            FROM review_log r JOIN cards c ON c.pk = r.card_pk
            WHERE r.cram = 0 AND r.state_before = {State.REVIEW:d} GROUP BY 1, 2, 3"""))


def kept(store: ProgressStore) -> set[tuple[int, str, str, int, int]]:
    return set(store.db.conn.execute(
        "SELECT student_id, day, deck_id, passed, total FROM review_days WHERE total != 0"))


answer = st.tuples(
    st.sampled_from(["answer"]),
    st.integers(0, 1),  # student
    st.integers(0, 5),  # card (two decks of three)
    st.sampled_from(list(Rating)),
    # the state before (None: the card had no row); Review, the one counted, more often
    st.sampled_from([None, *State, State.REVIEW, State.REVIEW]),
    st.booleans(),  # cram
    st.integers(0, 6 * 24 * 60),  # minutes after START
)
operation = st.one_of(
    answer,
    st.tuples(st.just("undo"), st.integers(0, 1000)),
    st.tuples(st.just("edit"), st.integers(0, 1000), st.sampled_from(list(Rating)),
              st.integers(0, 6 * 24 * 60), st.booleans()),
    st.tuples(st.just("rename")),
)


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=st.lists(operation, max_size=40), since=st.integers(0, 6 * 24 * 60))
def test_kept_totals_equal_a_recount_and_retention_a_full_count(
    tmp_path_factory: object, operations: list[tuple], since: int
) -> None:
    folder = tmp_path_factory.mktemp("days")  # type: ignore[attr-defined]
    old_file = folder / "b.yaml"
    old_file.write_text("(the deck file)")
    decks = [make_deck("a"), make_deck("b", str(old_file))]
    store = ProgressStore.open(folder / "progress.db")
    store.sync_decks(decks, START)
    students = [store.get_or_create_student(name).id for name in ("ana", "ben")]
    pks = [pk for (pk,) in store.db.conn.execute("SELECT pk FROM cards ORDER BY pk")]
    for op in operations:
        ids = [i for (i,) in store.db.conn.execute("SELECT id FROM review_log ORDER BY id")]
        if op[0] == "answer":
            _, who, card, rating, before, cram, minutes = op
            state = None if before is None else CardState(pks[card], state=before)
            store.record_review(students[who], pks[card], rating=rating,
                                reviewed_at=START + timedelta(minutes=minutes), before=state,
                                after=None, cram=cram)
        elif op[0] == "undo" and ids:
            review_id = ids[op[1] % len(ids)]
            (who,) = store.db.conn.execute("SELECT student_id FROM review_log WHERE id = ?",
                                           [review_id]).fetchone()
            store.undo_review(who, review_id, None)
        elif op[0] == "edit" and ids:  # by hand, in another program
            _, index, rating, minutes, cram = op
            store.db.conn.execute(
                "UPDATE review_log SET rating = ?, reviewed_at = ?, cram = ? WHERE id = ?",
                [int(rating), to_iso(START + timedelta(minutes=minutes)), int(cram),
                 ids[index % len(ids)]])
            store.db.conn.commit()
        elif op[0] == "rename" and old_file.exists():
            new_file = folder / "b2.yaml"
            old_file.rename(new_file)
            decks[1] = replace(decks[1], id="b2", path=new_file)
            [result] = store.sync_decks([decks[1]], START).decks
            assert result.status == "renamed"
        assert kept(store) == recount(store)
    at = to_iso(START + timedelta(minutes=since))
    deck_ids = [d.id for d in decks]
    for student_id in students:
        last_id, found = stats.retention_since(store, student_id, deck_ids, since=at)
        full = stats.retention_slice(store, student_id, deck_ids, since=at)
        assert {k: v for k, v in found.items() if v.total} == full
        assert last_id == stats.last_review_id(store)
        recent = RecentRetention(store, student_id, timedelta(days=30)).read(
            deck_ids, START + timedelta(minutes=since, days=30))
        for deck_id in deck_ids:
            assert recent[deck_id] == stats.true_retention(
                store, student_id, since=START + timedelta(minutes=since), deck_ids=[deck_id])
    store.close()


def test_a_renamed_deck_takes_its_totals(tmp_path: Path) -> None:
    old_file = tmp_path / "b.yaml"
    old_file.write_text("(the deck file)")
    deck = make_deck("b", str(old_file))
    store = ProgressStore.open(tmp_path / "progress.db")
    store.sync_decks([deck], START)
    ana = store.get_or_create_student("ana").id
    pk = store.card_pk("b", "c1")
    assert pk is not None
    for minutes, rating in ((0, Rating.GOOD), (10, Rating.AGAIN)):
        store.record_review(ana, pk, rating=rating, reviewed_at=START + timedelta(minutes=minutes),
                            before=CardState(pk, state=State.REVIEW), after=None)
    new_file = tmp_path / "b2.yaml"
    old_file.rename(new_file)
    [result] = store.sync_decks([replace(deck, id="b2", path=new_file)], START).decks
    assert result.status == "renamed"
    assert kept(store) == recount(store) == {(ana, "2025-03-10", "b2", 1, 2)}
    store.close()


def test_an_existing_database_is_upgraded_with_its_totals(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(path)
    MIGRATIONS.apply(old, stop_before="m006_review_days")
    old.execute("INSERT INTO students (name, created) VALUES ('ana', '2024-01-01')")
    old.execute("INSERT INTO decks (id, title) VALUES ('d', 'Deck')")
    for i in range(2):
        old.execute(
            "INSERT INTO cards (deck_id, card_id, content_hash, question, answer, position)"
            " VALUES ('d', ?, 'h', 'Q?', 'A', ?)", [f"c{i}", i])
    rows = [(1, 1, 3, "2024-01-01T10:00:00.000000+00:00", 0, 2),
            (1, 2, 1, "2024-01-01T23:00:00.000000+00:00", 0, 2),
            (1, 2, 4, "2024-01-02T01:00:00.000000+00:00", 0, 2),
            (1, 1, 3, "2024-01-02T02:00:00.000000+00:00", 1, 2),  # cram: not counted
            (1, 1, 3, "2024-01-02T03:00:00.000000+00:00", 0, 1)]  # learning: not counted
    for row in rows:
        old.execute("INSERT INTO review_log (student_id, card_pk, rating, reviewed_at, cram,"
                    " state_before) VALUES (?, ?, ?, ?, ?, ?)", row)
    old.conn.commit()
    old.close()

    store = ProgressStore.open(path)
    assert [m.name for m in MIGRATIONS.applied(store.db)] == known_migrations()
    assert kept(store) == recount(store) == {(1, "2024-01-01", "d", 1, 2),
                                             (1, "2024-01-02", "d", 1, 1)}
    _, found = stats.retention_since(store, 1, ["d"], since="2024-01-01T12:00:00.000000+00:00")
    assert (found["d"].passed, found["d"].total) == (1, 2)
    store.close()
