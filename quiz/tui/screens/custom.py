"""The custom study dialog: which cards (missed today, with a tag, the hardest) and whether the
answers count as real reviews. The choosing itself is quiz.scheduling.custom's."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, RadioButton, RadioSet, Select, Static

from quiz.deck.model import Deck
from quiz.scheduling.custom import CustomChoice, CustomKind, deck_tags
from quiz.tui.text import join, literal, shorten

KINDS = list(CustomKind)


class CustomStudyDialog(ModalScreen[CustomChoice | None]):
    """Returns the student's choice, or None when cancelled with Escape."""

    BINDINGS = [
        Binding("enter", "start", "Start", priority=True),
        Binding("escape", "cancel", "Cancel"),
        *(Binding(str(n), f"kind({n})", show=False) for n in range(1, len(KINDS) + 1)),
        Binding("r", "reschedule", "Reschedule on/off", show=False),
    ]

    def __init__(self, deck: Deck) -> None:
        super().__init__()
        self.deck = deck
        self.tags = deck_tags([deck])

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(join(("Custom study", "bold"), " · ",
                              (shorten(self.deck.title, 40), "bold")), classes="title")
            with RadioSet(id="custom-kind"):
                for n, kind in enumerate(KINDS, 1):
                    yield RadioButton(f"{n} {kind.label}", value=n == 1, id=f"kind-{kind}",
                                      disabled=kind == CustomKind.TAGGED and not self.tags)
            yield Select([(literal(tag), tag) for tag in self.tags], id="custom-tag",
                         prompt="tag" if self.tags else "no tags in this deck",
                         disabled=True)
            yield Checkbox("Reschedule: count the answers as real reviews", id="reschedule")
            yield Static("Without it, practice only: schedules unchanged (as cram).\n"
                         "Enter starts · 1-3 choose · r reschedule · Esc cancels", classes="dim")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter picks a tag while the tag list is open, and starts otherwise."""
        if action == "start" and self.query_one(Select).expanded:
            return False
        return True

    def kind(self) -> CustomKind:
        """The kind chosen (the first until another is)."""
        pressed = self.query_one(RadioSet).pressed_index
        return KINDS[pressed] if pressed >= 0 else KINDS[0]

    @on(RadioSet.Changed)
    def kind_changed(self) -> None:
        select = self.query_one(Select)
        select.disabled = self.kind() != CustomKind.TAGGED
        if not select.disabled and select.is_blank() and self.tags:
            select.value = self.tags[0]

    def action_kind(self, number: int) -> None:
        button = self.query_one(f"#kind-{KINDS[number - 1]}", RadioButton)
        if not button.disabled:
            button.value = True

    def action_reschedule(self) -> None:
        self.query_one(Checkbox).toggle()

    def action_start(self) -> None:
        select = self.query_one(Select)
        kind = self.kind()
        tag = None if select.is_blank() else str(select.value)
        if kind == CustomKind.TAGGED and tag is None:
            self.notify("Choose a tag first.", severity="warning")
            return
        self.dismiss(CustomChoice(kind, tag if kind == CustomKind.TAGGED else None,
                                  self.query_one(Checkbox).value))

    def action_cancel(self) -> None:
        self.dismiss(None)
