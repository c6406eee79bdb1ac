"""Edited cards keep their progress: a typo fixed in a question (so a new default id) is the
same card, for every student, and nothing else takes its progress."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import fsrs
import pytest

from quiz.deck.loader import load_deck
from quiz.deck.model import Card, Deck, derive_card_id
from quiz.store import ProgressStore
from quiz.store.edits import CardText, match_edited
from quiz.store.records import CardState

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=timezone.utc)


def card(question: str, answer: str, card_id: str | None = None) -> Card:
    """A card as the loader makes it: without `id:` its id is a hash of the question."""
    return Card(id=card_id or derive_card_id(question), question=question, answer=answer)


PLANETS = (
    card("What is the largest planet?", "Jupiter"),
    card("Which planet has the most moons?", "Saturn"),
    card("Which planet is closest to the Sun?", "Mercury"),
)


def deck(*cards: Card) -> Deck:
    return Deck(id="planets", title="Planets", cards=cards, path=Path("planets.yaml"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    s = ProgressStore.open(tmp_path / "progress.db")
    yield s
    s.close()


def review(store: ProgressStore, student_id: int, card_id: str, reps: int = 1) -> int:
    pk = store.card_pk("planets", card_id)
    assert pk is not None
    after = CardState(pk, state=2, stability=5.0 * reps, difficulty=4.0, due=NOW,
                      last_review=NOW, reps=reps)
    store.record_review(student_id, pk, rating=int(fsrs.Rating.Good), reviewed_at=NOW,
                        before=None, after=after)
    return pk


def test_a_typo_fixed_in_a_question_keeps_every_students_progress(store: ProgressStore) -> None:
    store.sync_decks([deck(*PLANETS)], NOW)
    ana, ben = store.get_or_create_student("ana"), store.get_or_create_student("ben")
    old_id = PLANETS[0].id
    review(store, ana.id, old_id)
    review(store, ben.id, old_id, reps=2)
    fixed = card("What is the largest plannet?", "Jupiter")
    assert fixed.id != old_id
    report = store.sync_decks([deck(fixed, *PLANETS[1:])], NOW)
    [result] = report.decks
    assert result.kept == ((old_id, fixed.id),)
    assert (result.added, result.removed, result.updated) == (0, 0, 1)
    assert report.kept_line() == "kept progress of 1 edited card"
    assert "kept progress of 1 edited card" in report.summary()
    assert store.card_pk("planets", old_id) is None
    for student, reps in ((ana, 1), (ben, 2)):
        info = next(c for c in store.card_infos(student.id, "planets") if c.card_id == fixed.id)
        assert info.question == "What is the largest plannet?"
        assert info.state is not None and info.state.reps == reps
        [logged] = store.reviews(student.id, deck_id="planets")
        assert logged.card_id == fixed.id
    assert store.deck_counts(ana.id, "planets", NOW).new == 2


def test_two_edited_cards_with_the_same_answer_map_one_to_one(store: ProgressStore) -> None:
    mona = card("Who painted the Mona Lisa?", "Leonardo da Vinci")
    supper = card("Who painted The Last Supper?", "Leonardo da Vinci")
    store.sync_decks([deck(mona, supper)], NOW)
    ana = store.get_or_create_student("ana")
    mona_pk = review(store, ana.id, mona.id, reps=1)
    supper_pk = review(store, ana.id, supper.id, reps=3)
    # edited the other way round in the file, so position cannot be what matches them
    supper2 = card("Who painted The Last Suppper?", "Leonardo da Vinci")
    mona2 = card("Who painted the Mona Liza?", "Leonardo da Vinci")
    [result] = store.sync_decks([deck(supper2, mona2)], NOW).decks
    assert sorted(result.kept) == sorted([(mona.id, mona2.id), (supper.id, supper2.id)])
    assert store.card_pk("planets", mona2.id) == mona_pk
    assert store.card_pk("planets", supper2.id) == supper_pk


def test_an_unrelated_new_card_does_not_steal_progress(store: ProgressStore) -> None:
    store.sync_decks([deck(*PLANETS)], NOW)
    ana = store.get_or_create_student("ana")
    pk = review(store, ana.id, PLANETS[0].id)
    # same answer, another question; and nearly the same question, another answer
    other = card("Which planet has the Great Red Spot?", "Jupiter")
    other_answer = card("What is the largest planet?!", "Saturn", card_id="q-other")
    [result] = store.sync_decks([deck(other, *PLANETS[1:])], NOW).decks
    assert (result.kept, result.added, result.removed) == ((), 1, 1)
    new_pk = store.card_pk("planets", other.id)
    assert new_pk != pk and store.get_state(ana.id, new_pk) is None
    store.sync_decks([deck(*PLANETS)], NOW)  # the card comes back with its progress
    assert store.card_pk("planets", PLANETS[0].id) == pk
    [result] = store.sync_decks([deck(other_answer, *PLANETS[1:])], NOW).decks
    assert result.kept == () and store.card_pk("planets", "q-other") != pk


def test_two_disappeared_cards_never_go_to_one_new_card(store: ProgressStore) -> None:
    a = card("What is the largest planet??", "Jupiter", card_id="a")
    b = card("What is the largest planet ?", "Jupiter", card_id="b")
    store.sync_decks([deck(a, b)], NOW)
    ana = store.get_or_create_student("ana")
    pk_a, pk_b = review(store, ana.id, "a"), review(store, ana.id, "b")
    merged = card("What is the largest plannet?", "Jupiter")
    [result] = store.sync_decks([deck(merged)], NOW).decks
    assert len(result.kept) == 1 and (result.removed, result.added) == (1, 0)
    assert store.card_pk("planets", merged.id) in {pk_a, pk_b}
    hidden = [c for c in store.card_infos(ana.id, "planets", include_removed=True)
              if not c.present]
    assert len(hidden) == 1 and hidden[0].state is not None  # the other keeps its history


def test_a_card_with_an_explicit_id_keeps_it_and_its_progress(store: ProgressStore) -> None:
    pinned = card("What is the largest planet?", "Jupiter", card_id="largest")
    store.sync_decks([deck(pinned, *PLANETS[1:])], NOW)
    ana = store.get_or_create_student("ana")
    pk = review(store, ana.id, "largest")
    edited = replace(pinned, question="What is the largest plannet?")
    [result] = store.sync_decks([deck(edited, *PLANETS[1:])], NOW).decks
    assert (result.kept, result.updated) == ((), 1)  # its id never changed: nothing to carry
    assert store.card_pk("planets", "largest") == pk
    # given an explicit id in the same edit, the card takes that id, with the progress
    renamed = card("What is the largest planet?", "Jupiter", card_id="jupiter-size")
    [result] = store.sync_decks([deck(renamed, *PLANETS[1:])], NOW).decks
    assert result.kept == (("largest", "jupiter-size"),)
    assert store.card_pk("planets", "jupiter-size") == pk


def test_an_edited_card_nobody_studied_is_moved_but_not_reported(store: ProgressStore) -> None:
    store.sync_decks([deck(*PLANETS)], NOW)
    pk = store.card_pk("planets", PLANETS[1].id)
    moons = card("Which planet has the most moon?", "Saturn")
    report = store.sync_decks([deck(PLANETS[0], moons, PLANETS[2])], NOW)
    [result] = report.decks
    assert (result.kept, result.added, result.removed, result.updated) == ((), 0, 0, 1)
    assert report.kept_line() == ""
    assert store.card_pk("planets", moons.id) == pk


def test_the_move_is_undone_with_the_rest_of_a_failed_sync(store: ProgressStore) -> None:
    store.sync_decks([deck(*PLANETS)], NOW)
    ana = store.get_or_create_student("ana")
    pk = review(store, ana.id, PLANETS[0].id)
    store.db.execute("CREATE TRIGGER refuse BEFORE INSERT ON cards WHEN NEW.card_id = 'boom'"
                     " BEGIN SELECT RAISE(ABORT, 'refused'); END")
    fixed = card("What is the largest plannet?", "Jupiter")
    with pytest.raises(sqlite3.IntegrityError, match="refused"):
        store.sync_decks([deck(fixed, *PLANETS[1:], card("New?", "Yes", "boom"))], NOW)
    assert store.card_pk("planets", PLANETS[0].id) == pk
    assert store.card_pk("planets", fixed.id) is None


def test_a_typo_fixed_in_a_deck_file_keeps_progress_end_to_end(store: ProgressStore,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "planets.yaml"
    path.write_text("title: Planets\ncards:\n"
                    "  - question: What is the largest planet?\n    answer: Jupiter\n"
                    "  - question: What is the smallest planet?\n    answer: Mercury\n",
                    encoding="utf-8")
    first = load_deck(path)
    store.sync_decks([first], NOW)
    ana = store.get_or_create_student("ana")
    pk = store.card_pk(first.id, first.cards[0].id)
    assert pk is not None
    store.record_review(ana.id, pk, rating=3, reviewed_at=NOW, before=None,
                        after=CardState(pk, state=2, stability=3.0, difficulty=5.0, due=NOW,
                                        last_review=NOW, reps=1))
    path.write_text(path.read_text(encoding="utf-8").replace("largest planet", "largest plannet"),
                    encoding="utf-8")
    second = load_deck(path)
    assert second.cards[0].id != first.cards[0].id
    report = store.sync_decks([second], NOW)
    assert report.kept_line() == "kept progress of 1 edited card"
    assert store.card_pk(second.id, second.cards[0].id) == pk
    assert len(store.reviews(ana.id, deck_id=second.id)) == 1


@pytest.mark.parametrize(("old", "new", "same"), [
    ("What is the largest planet?", "What is the largest plannet?", True),
    ("Who was the first Secretary-General of NATO?",
     "Who was the first Secretary General of the NATO?", True),
    ("What is the largest planet?", "What is the biggest planet?", False),
    ("Who painted the Mona Lisa?", "Who painted the Last Supper?", False),
    ("hund", "hnd", False),
])
def test_nearly_the_same_question(old: str, new: str, same: bool) -> None:
    pairs = match_edited([CardText(1, old, "X", 0)], [CardText("n", new, "x.", 0)])
    assert bool(pairs) is same


def test_answers_must_be_the_same_once_folded() -> None:
    gone = [CardText(1, "Sign of minus three?", "-", 0), CardText(2, "Year?", "1991", 1)]
    new = [CardText("a", "Sign of minus three ?", "+", 0), CardText("b", "Year ?", "1992", 1)]
    assert match_edited(gone, new) == []
    fixed = CardText("c", "Year ?", " 1991. ", 1)
    assert match_edited(gone, [fixed]) == [(gone[1], fixed)]


def test_quiz_sync_says_which_progress_it_kept(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from quiz.cli import cli

    decks, db = tmp_path / "decks", tmp_path / "p.db"
    decks.mkdir()
    path = decks / "planets.yaml"
    path.write_text("title: Planets\ncards:\n"
                    "  - question: What is the largest planet?\n    answer: Jupiter\n",
                    encoding="utf-8")
    args = ["--db", str(db), "--decks", str(decks), "sync"]
    runner = CliRunner()
    result = runner.invoke(cli, args, catch_exceptions=False)
    assert (result.exit_code, result.output) == (0, "planets: 1 added\n")
    store = ProgressStore.open(db)
    ana = store.get_or_create_student("ana")
    pk = store.card_pk("planets", derive_card_id("What is the largest planet?"))
    assert pk is not None
    store.record_review(ana.id, pk, rating=3, reviewed_at=NOW, before=None,
                        after=CardState(pk, state=2, stability=3.0, difficulty=5.0, due=NOW,
                                        last_review=NOW, reps=1))
    store.close()
    path.write_text(path.read_text(encoding="utf-8").replace("planet", "plannet"),
                    encoding="utf-8")
    result = runner.invoke(cli, args, catch_exceptions=False)
    assert (result.exit_code, result.output) == (
        0, "planets: 1 updated, kept progress of 1 edited card\n")
    result = runner.invoke(cli, args, catch_exceptions=False)
    assert result.output == "every deck was already up to date\n"
    (decks / "bad.yaml").write_text("title: Bad\n", encoding="utf-8")
    result = runner.invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 1 and "bad.yaml" in result.output


def test_the_search_for_edits_is_bounded_per_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    import quiz.store.edits as edits

    monkeypatch.setattr(edits, "COMPARISONS", 5)
    # three gone x two new cards answering "True" (6 comparisons) exceed the bound: not searched
    gone = [CardText(i, f"Is statement number {i} true?", "True", i) for i in range(3)]
    new = [CardText(f"n{i}", f"Is statement numbr {i} true?", "True", i) for i in range(2)]
    # one gone x one new card answering "Paris" fits: matched
    gone.append(CardText(9, "What is the capital of France?", "Paris", 9))
    new.append(CardText("paris", "What is the capital of Frnace?", "Paris", 9))
    assert [(old.key, card.key) for old, card in match_edited(gone, new)] == [(9, "paris")]
    monkeypatch.setattr(edits, "COMPARISONS", 7)
    assert len(match_edited(gone, new)) == 3
