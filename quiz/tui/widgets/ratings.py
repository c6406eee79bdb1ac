"""The four rating buttons, each showing the interval the engine previews for it."""

from __future__ import annotations

from datetime import timedelta

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button

from quiz.core.enums import Rating
from quiz.scheduling.scheduler import format_interval


class RatingBar(Horizontal):
    """Again / Hard / Good / Easy with their next intervals; the suggested one is marked."""

    class Rated(Message):
        """A rating button was clicked."""

        def __init__(self, rating: Rating) -> None:
            super().__init__()
            self.rating = rating

    def compose(self) -> ComposeResult:
        for rating in Rating:
            name = rating.label
            button = Button(f"{rating:d} {name}", id=f"rate-{rating:d}", classes=name.lower())
            button.can_focus = False  # keys 1-4 and Enter belong to the screen
            yield button

    def show(
        self, preview: dict[Rating, timedelta], suggested: Rating | None, cram: bool
    ) -> None:
        """Label each button with its interval (none when cramming: nothing is rescheduled)."""
        for rating in Rating:
            button = self.query_one(f"#rate-{rating:d}", Button)
            after = ""
            if not cram and rating in preview:
                after = " · " + format_interval(preview[rating])
            mark = " ⏎" if suggested == rating else ""
            button.label = f"{rating:d} {rating.label}{after}{mark}"
            button.set_class(suggested == rating, "suggested")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id and event.button.id.startswith("rate-"):
            self.post_message(self.Rated(Rating(int(event.button.id.removeprefix("rate-")))))
