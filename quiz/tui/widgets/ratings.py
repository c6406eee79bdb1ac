"""The four rating buttons, each showing the interval the engine previews for it."""

from __future__ import annotations

from datetime import timedelta

import fsrs
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button

from quiz.scheduling.scheduler import format_interval

NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


class RatingBar(Horizontal):
    """Again / Hard / Good / Easy with their next intervals; the suggested one is marked."""

    class Rated(Message):
        """A rating button was clicked."""

        def __init__(self, rating: int) -> None:
            super().__init__()
            self.rating = rating

    def compose(self) -> ComposeResult:
        for rating, name in NAMES.items():
            button = Button(f"{rating} {name}", id=f"rate-{rating}", classes=name.lower())
            button.can_focus = False  # keys 1-4 and Enter belong to the screen
            yield button

    def show(
        self, preview: dict[fsrs.Rating, timedelta], suggested: int | None, cram: bool
    ) -> None:
        """Label each button with its interval (none when cramming: nothing is rescheduled)."""
        for rating, name in NAMES.items():
            button = self.query_one(f"#rate-{rating}", Button)
            after = ""
            if not cram and fsrs.Rating(rating) in preview:
                after = " · " + format_interval(preview[fsrs.Rating(rating)])
            mark = " ⏎" if suggested == rating else ""
            button.label = f"{rating} {name}{after}{mark}"
            button.set_class(suggested == rating, "suggested")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id and event.button.id.startswith("rate-"):
            self.post_message(self.Rated(int(event.button.id.removeprefix("rate-"))))
