"""The options of a multiple-choice card, one line each; a click picks one (keys are the
screen's 1-9). Option text is deck text, drawn literally."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from quiz.tui.text import add


def option_text(number: int, option: str, answer: str, chosen: int | None) -> Text:
    """'  2  option'; after a pick the answer is marked ✓ green and a wrong pick ✗ red."""
    style, mark = "", "  "
    if chosen is not None:
        if option == answer:
            style, mark = "bold green", "✓ "
        elif number == chosen:
            style, mark = "bold red", "✗ "
        else:
            style = "dim"
    text = Text(f"{mark}{number}  ", style=style)
    add(text, option, style=style)
    return text


class ChoiceList(Vertical):
    """Numbered options; posts `Picked` when one is clicked."""

    class Picked(Message):
        """Option `number` (1-based) was clicked."""

        def __init__(self, number: int) -> None:
            super().__init__()
            self.number = number

    def show(self, options: list[str], answer: str, chosen: int | None = None) -> None:
        """Draw `options` (a new card) or mark the answer and the pick (after answering)."""
        existing = list(self.query(ChoiceOption))
        if len(existing) == len(options) and chosen is not None:
            for widget, option in zip(existing, options, strict=True):
                widget.update(option_text(widget.number, option, answer, chosen))
            return
        self.remove_children()
        self.mount_all(ChoiceOption(i, option_text(i, option, answer, chosen))
                       for i, option in enumerate(options, start=1))


class ChoiceOption(Static):
    """One option line."""

    def __init__(self, number: int, text: Text) -> None:
        super().__init__(text, classes="option")
        self.number = number

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(ChoiceList.Picked(self.number))
