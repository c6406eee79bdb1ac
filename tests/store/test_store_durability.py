"""Durability and concurrency: two writers at once, and a writer killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs
import pytest

from quiz.deck.model import Card, Deck
from quiz.errors import StoreError
from quiz.scheduling.session import StudySession
from quiz.store import ProgressStore, open_db
from quiz.store.db import write_transaction
from quiz.store.records import CardState

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=timezone.utc)
DECK = Deck(id="d", title="D", cards=tuple(
    Card(id=f"c{i}", question=f"Q{i}?", answer=f"A{i}") for i in range(50)))


def test_two_connections_writing_at_once_both_succeed(tmp_path: Path) -> None:
    path = tmp_path / "progress.db"
    setup = ProgressStore.open(path)
    setup.sync_decks([DECK], NOW)
    setup.close()
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []
    per_writer = 150

    def writer(name: str) -> None:
        store = ProgressStore.open(path)  # its own connection, as a second copy of quiz
        try:
            sid = store.get_or_create_student(name).id
            barrier.wait()
            for i in range(per_writer):
                pk = 1 + i % 50
                before = store.get_state(sid, pk)
                after = CardState(pk, state=1, step=0, stability=1.0, difficulty=5.0,
                                  due=NOW, last_review=NOW, reps=(before.reps if before else 0) + 1)
                store.record_review(sid, pk, rating=3, reviewed_at=NOW + timedelta(seconds=i),
                                    before=before, after=after)
        except BaseException as exc:  # noqa: B036 - reported to the main thread
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("ana", "ben")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    check = ProgressStore.open(path)
    for summary in check.list_students():
        assert summary.reviews == per_writer
    reps = check.db.execute("SELECT student_id, sum(reps) FROM card_state GROUP BY 1").fetchall()
    assert [r[1] for r in reps] == [per_writer, per_writer]  # no lost read-modify-write
    check.close()


def test_a_writer_waits_for_another_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "progress.db"
    first, second = open_db(path), ProgressStore.open(path)
    second.sync_decks([DECK], NOW)
    sid = second.get_or_create_student("ana").id
    released = threading.Event()

    def hold_lock() -> None:
        with write_transaction(first):
            first.execute("INSERT INTO students (name, created) VALUES ('ben', 'x')")
            time.sleep(0.5)
        released.set()

    holder = threading.Thread(target=hold_lock)
    holder.start()
    time.sleep(0.1)
    started = time.perf_counter()
    second.record_review(sid, 1, rating=3, reviewed_at=NOW, before=None,
                         after=CardState(1, state=1, step=1, due=NOW, last_review=NOW))
    waited = time.perf_counter() - started
    holder.join()
    assert released.is_set() and waited > 0.2  # it waited for the lock, then wrote
    assert len(second.reviews(sid)) == 1
    assert {s.name for s in second.list_students()} == {"ana", "ben"}
    first.close()
    second.close()


CHILD = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timedelta, timezone
    from pathlib import Path
    import fsrs
    from quiz.deck.model import Card, Deck
    from quiz.scheduling.session import StudySession
    from quiz.store import ProgressStore

    deck = Deck(id="d", title="D", cards=tuple(
        Card(id=f"c{i}", question=f"Q{i}?", answer=f"A{i}") for i in range(300)))
    clock = [datetime(2025, 3, 10, 12, tzinfo=timezone.utc)]
    store = ProgressStore.open(Path(sys.argv[1]))
    session = StudySession(store, "ana", [deck], now=lambda: clock[0], new_limit=10_000,
                           tz="UTC")
    ratings = [fsrs.Rating.Again, fsrs.Rating.Good, fsrs.Rating.Easy, fsrs.Rating.Hard]
    n = 0
    while True:
        item = session.next_card()
        if item is None:
            clock[0] += timedelta(days=1)
            continue
        result = session.answer(item, ratings[n % 4], response=f"r{n}", mode="typed",
                                duration_ms=n)
        print(result.review_id, item.card_pk, flush=True)
        n += 1
        clock[0] += timedelta(seconds=7)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("kill_after", [37, 260])
def test_sigkill_mid_session_loses_no_committed_review(tmp_path: Path, kill_after: int) -> None:
    path = tmp_path / "progress.db"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    reported: list[tuple[int, int]] = []
    assert child.stdout is not None
    try:
        for line in child.stdout:
            review_id, card_pk = map(int, line.split())
            reported.append((review_id, card_pk))
            if len(reported) >= kill_after:
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        # What the child printed after the line we stopped at but before the kill came: a
        # loaded machine lets it run on for a while, every review committed before it is
        # printed (the pipe holds the lines nobody read yet).
        printed_later = child.stdout.read().splitlines()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert len(reported) == kill_after
    printed = len(reported) + sum(1 for line in printed_later if line.count(" ") == 1)

    db = open_db(path)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    logged = dict(db.execute("SELECT id, card_pk FROM review_log").fetchall())
    for review_id, card_pk in reported:
        assert logged.get(review_id) == card_pk
    # At most the answer being given when the kill came is beyond what was printed.
    assert kill_after <= len(logged) <= printed + 1
    # Every logged review's card has a state, and the last one matches its review.
    last_id = max(logged)
    due_after, pk = db.execute(
        "SELECT due_after, card_pk FROM review_log WHERE id = ?", [last_id]).fetchone()
    assert db.execute("SELECT due FROM card_state WHERE card_pk = ?", [pk]).fetchone()[0] == (
        due_after)
    db.close()


def test_review_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "progress.db"
    store = ProgressStore.open(path)
    session = StudySession(store, "ana", [DECK], now=lambda: NOW, fuzz=False, tz="UTC")
    result = session.answer(session.next_card(), fsrs.Rating.Good)
    store.close()
    reopened = ProgressStore.open(path)
    [review] = reopened.reviews(session.student.id)
    assert review.id == result.review_id and review.rating == 3
    reopened.close()


def test_two_copies_creating_the_database_at_once(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def opener() -> None:
        try:
            barrier.wait()
            open_db(path).close()
        except BaseException as exc:  # noqa: B036 - reported to the main thread
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    db = open_db(path)
    names = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert len(names) == len(set(names)) >= 2  # each migration applied exactly once
    db.close()


def test_threads_sharing_one_store_do_not_mix_transactions(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "progress.db")
    store.sync_decks([DECK], NOW)
    sids = [store.get_or_create_student(name).id for name in ("ana", "ben", "cem")]
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(sids))

    def writer(sid: int) -> None:
        try:
            barrier.wait()
            for i in range(100):
                pk = 1 + i % 50
                with store.transaction():
                    before = store.get_state(sid, pk)
                    reps = (before.reps if before else 0) + 1
                    store.record_review(sid, pk, rating=3, reviewed_at=NOW, before=before,
                                        after=CardState(pk, state=1, step=0, due=NOW,
                                                        last_review=NOW, reps=reps))
                if i % 10 == 0:  # suspend the card just answered, as a UI action would
                    with store.transaction():
                        state = store.get_state(sid, pk)
                        store.put_state(sid, replace(state, suspended=True))
        except BaseException as exc:  # noqa: B036 - reported to the main thread
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(sid,)) for sid in sids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert not store.db.conn.in_transaction
    for sid in sids:
        assert len(store.reviews(sid)) == 100
        total = store.db.execute(
            "SELECT sum(reps) FROM card_state WHERE student_id = ?", [sid]
        ).fetchone()[0]
        assert total == 100
    store.close()


def test_a_write_blocked_past_the_busy_timeout_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "progress.db"
    holder, store = open_db(path), ProgressStore.open(path)
    store.sync_decks([DECK], NOW)
    sid = store.get_or_create_student("ana").id
    store.db.execute("PRAGMA busy_timeout = 50")
    with write_transaction(holder):
        holder.execute("INSERT INTO students (name, created) VALUES ('ben', 'x')")
        with pytest.raises(StoreError, match="could not save .*locked"):
            store.record_review(sid, 1, rating=3, reviewed_at=NOW, before=None,
                                after=CardState(1, state=1, step=1, due=NOW, last_review=NOW))
    assert not store.db.conn.in_transaction
    store.record_review(sid, 1, rating=3, reviewed_at=NOW, before=None,
                        after=CardState(1, state=1, step=1, due=NOW, last_review=NOW))
    assert len(store.reviews(sid)) == 1
    holder.close()
    store.close()
