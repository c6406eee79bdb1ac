"""Several cards' states at once, and a state put back exactly as it was: for burying a card's
siblings when it is answered, and for undoing that, a suspension or a burial.

    found = states_of(store, student.id, "history", ["q1", "q2"])   # [(pk, state or None)]
    restore_state(store, student.id, pk, before)                     # None: delete the row
"""

from __future__ import annotations

from collections.abc import Sequence

from quiz.store.progress import ProgressStore
from quiz.store.records import STATE_COLUMNS, CardState, state_from_row, state_to_row

_CHUNK = 500  # card ids per query, well within SQLite's limit on bound parameters
_INSERT = (
    f"INSERT OR REPLACE INTO card_state ({', '.join(STATE_COLUMNS)})"
    f" VALUES ({', '.join('?' for _ in STATE_COLUMNS)})"
)


def states_of(
    store: ProgressStore, student_id: int, deck_id: str, card_ids: Sequence[str]
) -> list[tuple[int, CardState | None]]:
    """(pk, the student's state or None when the card has no row) of each present card of the
    deck among `card_ids`; ids not synced (or removed from the deck) are left out."""
    columns = ", ".join(f"s.{column}" for column in STATE_COLUMNS[2:])
    found: list[tuple[int, CardState | None]] = []
    for start in range(0, len(card_ids), _CHUNK):
        chunk = list(card_ids[start:start + _CHUNK])
        rows = store.db.conn.execute(
            f"""SELECT c.pk, s.student_id, {columns} FROM cards c
                LEFT JOIN card_state s ON s.student_id = ? AND s.card_pk = c.pk
                WHERE c.deck_id = ? AND c.present = 1
                  AND c.card_id IN ({', '.join('?' for _ in chunk)})
                ORDER BY c.position""",
            [student_id, deck_id, *chunk],
        ).fetchall()
        for pk, state_student, *values in rows:
            if state_student is None:
                found.append((pk, None))
                continue
            row = dict(zip(STATE_COLUMNS, (state_student, pk, *values), strict=True))
            found.append((pk, state_from_row(row)))
    return found


def restore_state(
    store: ProgressStore, student_id: int, card_pk: int, state: CardState | None
) -> None:
    """Put a card's state back as it was: `state` written whole, or with None the row deleted
    (the card had none: never answered, suspended or buried)."""
    with store.transaction():
        if state is None:
            store.db.conn.execute(
                "DELETE FROM card_state WHERE student_id = ? AND card_pk = ?",
                [student_id, card_pk],
            )
        else:
            store.db.conn.execute(_INSERT, state_to_row(student_id, state))
