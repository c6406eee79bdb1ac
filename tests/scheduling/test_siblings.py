"""Siblings: which cards of a deck give each other away (the rule), and what a study session
does with them (buried when one is answered, back with undo or the next study day)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quiz.core.enums import Rating, State
from quiz.deck.model import Card, Deck, Source
from quiz.scheduling.service import StudyService
from quiz.scheduling.session import StudySession
from quiz.scheduling.siblings import SiblingIndex, subjects, waiting_today
from quiz.store import ProgressStore
from quiz.store.records import CardState

UTC = timezone.utc
START = datetime(2025, 3, 10, 14, 0, tzinfo=UTC)  # the study day ends at 04:00 UTC tomorrow
DAY_END = datetime(2025, 3, 11, 4, 0, tzinfo=UTC)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def card(card_id: str, question: str, answer: str, **kwargs: object) -> Card:
    return Card(id=card_id, question=question, answer=answer, **kwargs)  # type: ignore[arg-type]


WILSON = card("who", "Who was the President of the United States in 1919?", "Woodrow Wilson",
              group="wilson-1919")
OFFICE = card("office", "What position did Woodrow Wilson hold in 1919?",
              "President of the United States", group="wilson-1919")
SENTENCE = Source("seeds/war.txt", 12, "The invasion began in April 1920.")
BLANK = card("blank", "The invasion began in ____.", "April 1920", source=SENTENCE)
STATED = card("stated", "What began in April 1920?", "The invasion", source=SENTENCE)
UN = card("un", "In what year did Azerbaijan join the United Nations?", "1992")
OSCE = card("osce", "In what year did Azerbaijan join the OSCE?", "1992.")
CHILE = card("chile", "In what year did Chile hold a referendum?", "1992")
PLAIN = card("plain", "What is the capital of Armenia?", "Yerevan")
CLOZE_1 = card("kars-c1", "The ____ was signed in 1921.", "Treaty of Kars", siblings="kars")
CLOZE_2 = card("kars-c2", "The Treaty of Kars was signed in [year].", "1921", siblings="kars")


def index(*cards: Card) -> SiblingIndex:
    return SiblingIndex(Deck(id="d", title="D", cards=cards))


# --- the rule ------------------------------------------------------------------------------


def test_a_teachers_group_ties_its_cards() -> None:
    found = index(WILSON, OFFICE, PLAIN)
    assert found.siblings("who") == ["office"] and found.siblings("office") == ["who"]
    assert found.siblings("plain") == []


def test_cards_of_one_entry_are_siblings() -> None:
    found = index(CLOZE_1, CLOZE_2, PLAIN)
    assert found.siblings("kars-c1") == ["kars-c2"]


def test_cards_from_one_source_sentence_are_siblings() -> None:
    other_line = card("other", "When did the war end?", "1921",
                      source=Source("seeds/war.txt", 13, "The invasion began in April 1920."))
    found = index(BLANK, STATED, other_line)
    assert found.siblings("blank") == ["stated"]
    assert found.siblings("other") == []


def test_the_same_answer_about_the_same_subject() -> None:
    found = index(UN, OSCE, CHILE)
    # "1992" and "1992." fold alike; both questions name Azerbaijan
    assert found.siblings("un") == ["osce"]
    assert found.siblings("chile") == []  # same answer, another subject


def test_a_question_naming_no_subject_has_no_same_answer_sibling() -> None:
    """Its answer's other cards are not split into subjects for it (that waits for a card
    that names one), and the answer is the same as when they are."""
    vague = card("vague", "In what year did it happen?", "1992")
    found = index(UN, OSCE, CHILE, vague)
    assert found.siblings("vague") == []
    assert found._by_subject == {}
    assert found.siblings("un") == ["osce"] and found.siblings("vague") == []
    assert list(found._by_subject) == [("answer", "1992")]


def test_subjects_are_names_and_years_not_the_first_word_nor_titles() -> None:
    assert subjects("Who was the President of the United States in 1919?") == {"1919"}
    assert subjects("What position did Woodrow Wilson hold?") == {"woodrow", "wilson"}
    assert subjects("Where did NATO meet in Baku, in March?") == {"nato", "baku"}
    assert subjects("Baku is where?") == frozenset()


def test_an_unknown_card_has_no_siblings() -> None:
    assert index(UN, OSCE).siblings("nope") == []


def test_which_siblings_wait_today() -> None:
    now = START
    assert waiting_today(None, now, DAY_END)  # never touched
    assert waiting_today(CardState(1), now, DAY_END)
    assert not waiting_today(CardState(1, suspended=True), now, DAY_END)
    assert not waiting_today(CardState(1, buried_until=DAY_END), now, DAY_END)
    review = CardState(1, state=State.REVIEW, due=now + timedelta(hours=3))
    assert waiting_today(review, now, DAY_END)
    assert not waiting_today(CardState(1, state=State.REVIEW, due=DAY_END + timedelta(days=2)),
                             now, DAY_END)
    assert not waiting_today(CardState(1, state=State.LEARNING, due=now), now, DAY_END)


# --- in a session --------------------------------------------------------------------------


DECK = Deck(id="war", title="War", cards=(UN, PLAIN, OSCE, CLOZE_1, CLOZE_2, CHILE))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    s = ProgressStore.open(tmp_path / "progress.db")
    yield s
    s.close()


def session(store: ProgressStore, clock: Clock, **kwargs: object) -> StudySession:
    return StudySession(store, "ana", [DECK], now=clock, fuzz=False, tz="UTC",
                        **kwargs)  # type: ignore[arg-type]


def order(s: StudySession, rating: Rating = Rating.EASY) -> list[str]:
    """Answer every card the session shows today; their ids in order."""
    shown = []
    while (item := s.next_card()) is not None:
        shown.append(item.card.id)
        s.answer(item, rating)
    return shown


def buried(store: ProgressStore) -> dict[str, str]:
    return dict(store.db.execute(
        "SELECT c.card_id, s.buried_until FROM card_state s JOIN cards c ON c.pk = s.card_pk"
        " WHERE s.buried_until IS NOT NULL").fetchall())


def test_answering_a_card_buries_its_siblings_until_the_next_day(store, tmp_path) -> None:
    clock = Clock(START)
    s = session(store, clock)
    first = s.next_card()
    assert first.card.id == "un"
    result = s.answer(first, Rating.EASY)
    assert result.buried_siblings == 1
    assert buried(store) == {"osce": "2025-03-11T04:00:00.000000+00:00"}
    assert s.counts().new == 4  # plain, kars-c1, kars-c2, chile
    assert order(s) == ["plain", "kars-c1", "chile"]  # kars-c2 buried by kars-c1
    # a restart keeps them buried: the burial is in the database
    again = StudySession(ProgressStore.open(tmp_path / "progress.db"), "ana", [DECK],
                         now=clock, fuzz=False, tz="UTC")
    assert again.next_card() is None
    clock.at = DAY_END  # the next study day: both come back
    assert [i for i in order(session(store, clock))] == ["osce", "kars-c2"]


def test_undoing_the_answer_unburies_its_siblings_exactly(store) -> None:
    clock = Clock(START)
    s = session(store, clock)
    before = store.db.execute("SELECT * FROM card_state ORDER BY card_pk").fetchall()
    s.answer(s.next_card(), Rating.GOOD)
    assert "osce" in buried(store)
    back = s.undo()
    assert back.card.id == "un"
    assert store.db.execute("SELECT * FROM card_state ORDER BY card_pk").fetchall() == before
    assert s.counts().new == 6


def test_a_sibling_already_learning_is_left_alone(store) -> None:
    clock = Clock(START)
    s = session(store, clock)
    osce = store.card_pk("war", "osce")
    learning = CardState(osce, state=State.LEARNING, step=1, stability=1.0, difficulty=5.0,
                         due=START + timedelta(minutes=5), last_review=START, reps=1)
    store.put_state(s.student.id, learning)  # osce in learning, due in five minutes
    item = s.next_card()
    assert item.card.id == "un"
    assert s.answer(item, Rating.GOOD).buried_siblings == 0
    assert store.get_state(s.student.id, osce) == learning


def test_cram_buries_no_sibling(store) -> None:
    s = session(store, Clock(START), cram=True)
    assert order(s) == ["un", "plain", "osce", "kars-c1", "kars-c2", "chile"]
    assert buried(store) == {}


def test_a_service_shares_one_index_across_sessions(store) -> None:
    svc = StudyService(store, store.get_or_create_student("ana"), now=Clock(START),
                       tz="UTC", fuzz=False)
    store.sync_decks([DECK], START)
    first = svc.session([DECK])
    first.index_siblings()
    second = svc.session([DECK])
    assert second._siblings.of(DECK) is first._siblings.of(DECK)


# --- undo is one stack: answers, suspensions and burials -----------------------------------


def test_undo_takes_back_suspend_and_bury_in_the_order_done(store) -> None:
    clock = Clock(START)
    s = session(store, clock)
    rows = lambda: store.db.execute("SELECT * FROM card_state ORDER BY card_pk").fetchall()  # noqa: E731
    start = rows()
    s.answer(s.next_card(), Rating.EASY)       # un (buries osce)
    after_answer = rows()
    plain = s.next_card()
    s.suspend(plain)
    after_suspend = rows()
    s.bury(s.next_card())                      # kars-c1
    assert s.next_undo() == "bury"
    assert s.undo().card.id == "kars-c1"
    assert rows() == after_suspend
    assert s.next_undo() == "suspend"
    back = s.undo()
    assert back.card.id == "plain" and not back.state.suspended
    assert rows() == after_answer
    assert s.next_undo() == "answer"
    assert s.undo().card.id == "un"
    assert rows() == start
    assert s.next_undo() is None and not s.can_undo()
    assert s.next_card().card.id == "un"


def test_undoing_a_suspension_of_a_review_card_keeps_its_schedule(store) -> None:
    clock = Clock(START)
    s = session(store, clock)
    s.answer(s.next_card(), Rating.EASY)
    clock.at = START + timedelta(days=30)
    s = session(store, clock)
    item = s.next_card()
    assert item.card.id == "un" and item.state.state == State.REVIEW
    before = store.get_state(s.student.id, item.card_pk)
    s.suspend(item)
    assert s.next_card().card.id != "un"
    s.undo()
    assert store.get_state(s.student.id, item.card_pk) == before
    assert s.next_card().card.id == "un"


def test_cram_undo_of_a_burial_puts_the_card_back_first(store) -> None:
    s = session(store, Clock(START), cram=True)
    s.bury(s.next_card())
    assert s.next_card().card.id == "plain"
    assert s.undo().card.id == "un"
    assert s.next_card().card.id == "un"
