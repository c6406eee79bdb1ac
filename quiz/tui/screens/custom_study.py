"""Studying a custom selection (quiz.scheduling.custom): the study screen over a session of
the chosen cards, as cram unless the student asked for real reviews."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from quiz.core.enums import StudyMode
from quiz.errors import QuizError
from quiz.scheduling.custom import CustomChoice
from quiz.tui.screens.study import StudyScreen

if TYPE_CHECKING:
    from quiz.deck.model import Deck


class CustomStudyScreen(StudyScreen):
    """The study screen, opening a custom session instead of today's queue."""

    def __init__(self, decks: list[Deck], choice: CustomChoice, *,
                 mode: StudyMode = StudyMode.AUTO) -> None:
        super().__init__(decks, mode=mode, cram=not choice.reschedule)
        self.choice = choice

    @work(thread=True, exclusive=True, group="study")
    def begin(self) -> None:
        ws = self.app.workspace
        try:
            with ws.lock:
                self.session = ws.custom_session(self.decks, self.choice)
                item, counts = self.session.next_card(), self.session.counts()
        except QuizError as exc:
            self.post_message(self.CannotStart(str(exc)))
            return
        self.post_message(self.NextCard(item, counts))
