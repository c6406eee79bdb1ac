"""Study: one card at a time in flip, typed or choice mode, driven by the engine's StudySession.

The screen asks, shows, and passes the student's rating on; the session decides which card is
next and commits each review (in a worker thread, which posts the next card back as a message)
before the next card is drawn. How a card is asked, how an answer is checked (by the mode it was
shown in) and the suggested rating come from the study service (quiz.scheduling.service).
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from quiz.core.enums import Rating, StudyMode
from quiz.errors import QuizError
from quiz.scheduling.scheduler import format_interval
from quiz.scheduling.service import check, present, suggested_rating
from quiz.textsafe import visible
from quiz.tui.editor import EditsCards
from quiz.tui.screens.summary import SummaryScreen
from quiz.tui.session_log import SessionLog
from quiz.tui.text import join, literal, shorten
from quiz.tui.widgets.answer import source_text, verdict_text
from quiz.tui.widgets.choices import ChoiceList
from quiz.tui.widgets.ratings import RatingBar

CARD_MARGIN = 10  # columns of the card's padding (4 each side) and its scrollbar (2)

# Said when `u` takes back a suspension or a burial (the card is shown again).
UNDONE = {"suspend": "Suspension undone: the card is back.",
          "bury": "Burial undone: the card is back."}


def nothing_due_note(due_later: datetime | None, now: datetime) -> str:
    """Said when a session finds nothing to study: when the next card is due (a card rated
    Again counts on the home screen before it is due), and that cramming is possible."""
    when = ""
    if due_later is not None and due_later > now:
        when = f" The next card is due in {format_interval(due_later - now)}."
    return (f"Nothing to study here right now.{when} On the home screen, c crams a deck: "
            "practice without changing its schedule.")


def siblings_note(count: int) -> str:
    """The toast after an answer that buried `count` siblings of the card."""
    cards = "card" if count == 1 else "cards"
    return f"{count} related {cards} put off until tomorrow."


if TYPE_CHECKING:
    from textual import getters

    from quiz.deck.model import Deck
    from quiz.scheduling.answers import Verdict
    from quiz.scheduling.session import SessionCounts, StudyItem, StudySession
    from quiz.tui.workspace_app import WorkspaceApp


class StudyScreen(EditsCards, Screen[None]):
    """Asks the session's cards until none are left (or Escape), then shows the summary."""

    if TYPE_CHECKING:  # the app these screens run in, typed for the checker
        app = getters.app(WorkspaceApp)

    class NextCard(Message):
        """A worker read the card to show next (None: none is left) and the counts."""

        def __init__(self, item: StudyItem | None, counts: SessionCounts | None) -> None:
            super().__init__()
            self.item = item
            self.counts = counts

    class NotSaved(Message):
        """A worker could not save (or change) anything: say so, back to `phase`."""

        def __init__(self, message: str, phase: str) -> None:
            super().__init__()
            self.message = message
            self.phase = phase

    class CannotStart(Message):
        """The session could not be opened: say why and go back."""

        def __init__(self, message: str) -> None:
            super().__init__()
            self.message = message

    # loading, asking, answered, saving, done; the footer shows only the keys that do
    # something in the current one (bindings=True refreshes it on every change, except to
    # "saving": see `saving`). The footer reads the keys when it redraws, after the handler
    # that changed the phase has set the card's mode and suggestion too.
    phase = var("loading", bindings=True)

    BINDINGS = [
        Binding("space", "reveal", "Show answer"),
        Binding("space", "space_good", "Good"),  # flip, once the answer is shown
        Binding("1", "press(1)", "Again / option 1", show=False),
        Binding("2", "press(2)", "Hard / option 2", show=False),
        Binding("3", "press(3)", "Good / option 3", show=False),
        Binding("4", "press(4)", "Easy / option 4", show=False),
        *(Binding(str(n), f"press({n})", show=False) for n in range(5, 10)),
        Binding("enter", "accept", "Accept suggestion"),
        Binding("s", "toggle_source", "Source on/off"),
        Binding("u", "undo", "Undo"),
        Binding("exclamation_mark", "suspend", "Suspend card", key_display="!", show=False),
        Binding("minus", "bury", "Bury until tomorrow", key_display="-", show=False),
        Binding("e", "edit", "Edit card", show=False,
                tooltip="Open the deck file in $EDITOR at this card, then reload it"),
        Binding("escape", "finish", "End session"),
    ]

    def __init__(
        self, decks: list[Deck], *, mode: StudyMode = StudyMode.AUTO, cram: bool = False
    ) -> None:
        super().__init__()
        self.decks = decks
        self.mode = mode
        self.cram = cram
        self.session: StudySession | None = None
        self.item: StudyItem | None = None
        self.kind = StudyMode.FLIP
        self.options: list[str] = []
        self.verdict: Verdict | None = None
        self.suggested: Rating | None = None
        self.response: str | None = None
        self.shown_at = 0.0
        self.answer_seconds: float | None = None
        self.show_source = True
        self.session_log = SessionLog(cram=cram)
        self.counts: SessionCounts | None = None
        self.label = ("", "", "")  # the deck title, state and mode of the card shown
        self.due_later: datetime | None = None  # nothing to study now: when the next card is

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Which keys apply in the current phase (hidden from the footer otherwise)."""
        phase = self.phase
        if action == "reveal":
            return phase == "asking" and self.kind == StudyMode.FLIP
        if action == "space_good":
            return phase == "answered" and self.verdict is None
        if action == "press":  # pick an option while asked to, rate once answered
            return phase == "answered" or (
                phase == "asking" and self.kind == StudyMode.CHOICE)
        if action == "accept":
            return phase == "answered" and self.suggested is not None
        if action == "undo":  # an answer shown goes back to its question; else the session's
            return phase == "answered" or (self.session is not None and self.session.can_undo())
        if action in ("suspend", "bury", "toggle_source", "edit"):
            return phase in ("asking", "answered")
        return True

    def compose(self) -> ComposeResult:
        yield Static(id="progress")
        with VerticalScroll(id="card"):
            yield Static(id="deck-label")
            yield Static(id="question")
            yield ChoiceList(id="options")
            # not select_on_focus: after `u` on an answer, the text kept is fixed, not replaced
            yield Input(placeholder="type your answer, then Enter", id="typed",
                        select_on_focus=False)
            yield Static(id="hint")
            yield Static(id="answer")
            yield Static(id="source")
        yield RatingBar(id="ratings")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#progress", Static).update("Starting…")
        for selector in ("#typed", "#ratings", "#options"):
            self.query_one(selector).display = False
        self.session_log.started = self.app.workspace.now()
        self.show_source = self.app.workspace.settings.show_source
        self.begin()

    # --- the engine, in a worker ---------------------------------------------------------------

    @work(thread=True, exclusive=True, group="study")
    def begin(self) -> None:
        ws = self.app.workspace
        try:
            with ws.lock:
                self.session = ws.session(self.decks, cram=self.cram, mode=StudyMode.FLIP)
                item, counts = self.session.next_card(), self.session.counts()
                if item is None and not self.cram:  # learning cards due later today?
                    self.due_later = self.session.next_due_at()
        except QuizError as exc:
            self.post_message(self.CannotStart(str(exc)))
            return
        self.post_message(self.NextCard(item, counts))
        self.session.index_siblings()  # while the first card is read, not at the first answer

    @work(thread=True, exclusive=True, group="study")
    def commit(self, rating: Rating) -> None:
        """Save the answer (committed by the engine), then fetch the next card."""
        assert self.session is not None and self.item is not None
        try:
            with self.app.workspace.lock:
                result = self.session.answer(
                    self.item, rating, response=self.response,
                    correct=None if self.verdict is None else self.verdict.correct,
                    mode=self.kind, duration_ms=int(self.seconds_shown() * 1000),
                    suggested=self.suggested,
                )
        except (QuizError, sqlite3.Error) as exc:
            self.post_message(self.NotSaved(
                f"Not saved ({exc}). Rate the card again to retry.", "answered"))
            return
        self.session_log.results.append(result)
        if result.leech:  # notify is safe from any thread
            self.notify("This card keeps slipping (a leech): consider suspending it (!).",
                        severity="warning")
        if result.buried_siblings:
            self.notify(visible(siblings_note(result.buried_siblings)), timeout=4, markup=False)
        self.fetch_next()

    @work(thread=True, exclusive=True, group="study")
    def change(self, what: str, phase: str) -> None:
        """Undo, suspend or bury through the session, then show what comes next."""
        assert self.session is not None
        try:
            with self.app.workspace.lock:
                if what == "undo":
                    kind = self.session.next_undo()
                    item = self.session.undo()
                    if kind == "answer" and self.session_log.results:
                        self.session_log.results.pop()
                    elif kind in UNDONE:
                        self.notify(UNDONE[kind], timeout=3)
                    counts = self.session.counts()
                    self.post_message(self.NextCard(item, counts))
                    return
                assert self.item is not None
                getattr(self.session, what)(self.item)
        except (QuizError, sqlite3.Error) as exc:
            self.post_message(self.NotSaved(f"Could not {what} ({exc}).", phase))
            return
        self.fetch_next()

    def fetch_next(self) -> None:
        """(In a worker) the next card and the counts; on a read error the session ends."""
        assert self.session is not None
        item: StudyItem | None
        counts: SessionCounts | None
        try:
            with self.app.workspace.lock:
                item, counts = self.session.next_card(), self.session.counts()
        except (QuizError, sqlite3.Error) as exc:
            self.notify(visible(f"Cannot read the next card ({exc})."), severity="error",
                        markup=False)
            item, counts = None, self.counts
        self.post_message(self.NextCard(item, counts))

    @on(NextCard)
    def next_card_read(self, message: NextCard) -> None:
        self.show_item(message.item, message.counts)

    @on(NotSaved)
    def not_saved(self, message: NotSaved) -> None:
        """Nothing was changed: say so and let the student try again."""
        self.notify(visible(message.message), severity="error", timeout=8, markup=False)
        self.phase = message.phase

    @on(CannotStart)
    def cannot_start(self, message: CannotStart) -> None:
        self.notify(message.message, severity="error")
        self.dismiss()

    # --- drawing -------------------------------------------------------------------------------

    def show_item(self, item: StudyItem | None, counts: SessionCounts | None) -> None:
        self.item, self.counts = item, counts
        self.show_progress()
        if item is None:
            first = self.phase == "loading"
            self.phase = "done"
            if first:  # nothing was due: back home with a hint instead of an empty summary
                self.notify(nothing_due_note(self.due_later, self.app.workspace.now()),
                            timeout=8)
                self.dismiss()
                return
            self.action_finish()
            return
        card = item.card
        shown = present(card, self.mode, item.state.reps)
        self.kind, self.options = shown.mode, shown.options
        self.shown_at = self.app.workspace.now().timestamp()
        deck = next((d for d in self.decks if d.id == item.deck_id), None)
        state = "cram" if item.cram else item.state.state_name
        self.label = (deck.title if deck else item.deck_id, state, str(self.kind))
        self.draw_label()
        self.query_one("#question", Static).update(literal(card.question, "bold"))
        self.ask()

    def ask(self, keep_typed: bool = False) -> None:
        """Show the card's question (again, after `u` on its answer: the typed text kept)."""
        assert self.item is not None
        card = self.item.card
        self.phase = "asking"
        self.verdict = self.suggested = self.response = self.answer_seconds = None
        self.query_one("#answer", Static).update("")
        self.query_one("#source", Static).display = False
        self.query_one("#ratings").display = False
        options = self.query_one("#options", ChoiceList)
        typed = self.query_one("#typed", Input)
        options.display = self.kind == StudyMode.CHOICE
        typed.display = self.kind == StudyMode.TYPED
        hint = self.query_one("#hint", Static)
        if self.kind == StudyMode.CHOICE:
            options.show(self.options, card.answer)
            hint.update(f"Press 1-{len(self.options)} or click an option.")
        elif self.kind == StudyMode.TYPED:
            typed.disabled = False
            if not keep_typed:
                typed.value = ""
            typed.focus()
            hint.update("Type the answer and press Enter.")
        else:
            hint.update("Think of the answer, then press Space.")
        if self.kind != StudyMode.TYPED:
            self.set_focus(None)

    def seconds_shown(self) -> float:
        """Seconds since the card appeared, on the app's clock (fixed in tests, so the
        suggested rating and the logged duration are reproducible)."""
        return max(0.0, self.app.workspace.now().timestamp() - self.shown_at)

    def show_progress(self) -> None:
        c = self.counts
        if c is None:
            return
        item = self.item
        if item is not None and not c.left:
            # a learning card shown before it is due (nothing else is left): it is still to do
            kind = "new" if item.state.is_new else \
                "review" if item.state.state_name == "review" else "learning"
            c = replace(c, **{kind: getattr(c, kind) + 1})
        parts = [f"{c.left} left"]
        if not self.cram:
            parts[0] += f" (new {c.new} · learning {c.learning} · review {c.review})"
        parts.append(f"right {c.right} · wrong {c.wrong}")
        if self.cram:
            parts.append("CRAM: practice only, schedules unchanged")
        self.query_one("#progress", Static).update("  ·  ".join(parts))

    def reveal(self) -> None:
        """Show the answer, the source and the rating buttons (with the suggestion marked)."""
        assert self.item is not None
        card = self.item.card
        self.phase = "answered"
        self.answer_seconds = self.seconds_shown()
        answer = self.query_one("#answer", Static)
        if self.verdict is not None and self.kind == StudyMode.TYPED:
            answer.update(verdict_text(self.verdict))
        elif self.verdict is not None:
            right = "✓ Right" if self.verdict.correct else "✗ Wrong"
            answer.update(join((right, "bold green" if self.verdict.correct else "bold red"),
                               "  Answer: ", (card.answer, "bold")))
        else:
            answer.update(join("Answer: ", (card.answer, "bold")))
        self.draw_source()
        if self.verdict is not None:
            self.suggested = suggested_rating(self.verdict, self.answer_seconds)
            hint = "Enter accepts the suggested rating; 1-4 choose another."
        else:
            hint = "How well did you know it? 1 Again · 2 Hard · 3 Good · 4 Easy"
        self.query_one("#hint", Static).update(hint)
        ratings = self.query_one("#ratings", RatingBar)
        ratings.display = True
        ratings.show(self.item.preview, self.suggested, self.item.cram)
        answer.scroll_visible(animate=False)

    def draw_source(self) -> None:
        source = self.query_one("#source", Static)
        if self.item is None or self.phase not in ("answered", "saving"):
            return
        text = source_text(self.item.card)
        source.display = self.show_source and bool(text)
        source.update(text)

    # --- input ---------------------------------------------------------------------------------

    @on(Input.Submitted, "#typed")
    def typed_answer(self, event: Input.Submitted) -> None:
        if self.phase != "asking" or self.item is None:
            return
        self.response = event.value
        self.verdict = check(self.item.card, self.kind, event.value,
                             date_order=self.app.workspace.settings.date_order)
        event.input.disabled = True
        self.set_focus(None)
        self.reveal()

    def pick(self, number: int) -> None:
        assert self.item is not None
        if not 1 <= number <= len(self.options):
            return
        card = self.item.card
        self.response = self.options[number - 1]
        self.verdict = check(card, self.kind, self.response)
        self.query_one("#options", ChoiceList).show(self.options, card.answer, number)
        self.reveal()

    @on(ChoiceList.Picked)
    def clicked_option(self, event: ChoiceList.Picked) -> None:
        if self.phase == "asking" and self.kind == StudyMode.CHOICE:
            self.pick(event.number)

    @on(RatingBar.Rated)
    def rated(self, event: RatingBar.Rated) -> None:
        self.rate(event.rating)

    def rate(self, rating: Rating) -> None:
        if self.phase != "answered":
            return
        self.saving()
        self.commit(rating)

    def saving(self) -> None:
        """Into the "saving" phase while a worker writes: no key does anything (check_action
        and the actions look at the phase), but the footer is not redrawn for the few
        milliseconds it lasts: redrawing it there and back cost more than the save."""
        self.set_reactive(StudyScreen.phase, "saving")

    def action_press(self, number: int) -> None:
        if self.phase == "asking" and self.kind == StudyMode.CHOICE:
            self.pick(number)
        elif self.phase == "answered" and number in tuple(Rating):
            self.rate(Rating(number))

    def action_reveal(self) -> None:
        if self.phase == "asking" and self.kind == StudyMode.FLIP:
            self.reveal()

    def action_space_good(self) -> None:
        """Space again, in flip mode once the answer is shown: Good."""
        if self.phase == "answered" and self.verdict is None:
            self.rate(Rating.GOOD)

    def action_accept(self) -> None:
        if self.phase == "answered" and self.suggested is not None:
            self.rate(self.suggested)

    def draw_label(self) -> None:
        """The card's deck, state and mode, and "source off" while it is: said in the card's
        own line, where a toast would cover the rating buttons."""
        title, state, kind = self.label
        off = "" if self.show_source else "  ·  source off"
        # one line: the deck title is cut to what the state and mode leave of the card's
        # width (its padding and scrollbar taken off), so "typed" never wraps at 80 columns
        room = self.app.size.width - CARD_MARGIN - len(f"  ·  {state}  ·  {kind}{off}")
        label = join((shorten(title, max(8, room)), "dim"), "  ·  ", (state, "bold"),
                     f"  ·  {kind}")
        if off:
            label.append(off, style="italic")
        self.query_one("#deck-label", Static).update(label)

    def on_resize(self) -> None:
        if self.item is not None:
            self.draw_label()

    def action_toggle_source(self) -> None:
        self.show_source = not self.show_source
        self.draw_source()
        self.draw_label()
        self.keep_source()

    @work(thread=True, group="settings")
    def keep_source(self) -> None:
        """Remember the choice for this student's next sessions (read when the worker runs, so
        quick presses of s end with the last one kept)."""
        ws = self.app.workspace
        try:
            with ws.lock:
                ws.change_settings(show_source=self.show_source)
        except QuizError as exc:
            self.notify(visible(f"Not kept ({exc})."), severity="error", markup=False)

    def action_undo(self) -> None:
        if self.phase == "answered":
            # The answer shown, not rated yet: back to this card's question (the typed text
            # kept, to fix), not the previous card. The time keeps running from the first look.
            self.ask(keep_typed=True)
            return
        if self.phase in ("asking", "done") and self.session is not None:
            if not self.session.can_undo():
                self.notify("Nothing to undo in this session.")
                return
            before = self.phase
            self.saving()
            self.change("undo", before)

    def action_suspend(self) -> None:
        if self.phase in ("asking", "answered") and self.item is not None:
            before = self.phase
            self.saving()
            self.notify("Card suspended: it stays out of your queue until unsuspended.")
            self.change("suspend", before)

    def action_bury(self) -> None:
        if self.phase in ("asking", "answered") and self.item is not None:
            before = self.phase
            self.saving()
            self.notify("Card buried until tomorrow.")
            self.change("bury", before)

    def action_edit(self) -> None:
        if self.phase in ("asking", "answered") and self.item is not None:
            deck = next((d for d in self.decks if d.id == self.item.deck_id), None)
            if deck is not None:
                self.edit_card(deck, self.item.card)

    def deck_reloaded(self, deck: Deck) -> None:
        """(In the edit worker) the card shown again with its new text, or the next card when
        the edit deleted it; the session's counts and undo go on."""
        assert self.session is not None
        try:
            with self.app.workspace.lock:
                self.session.replace_deck(deck)
                self.decks = [deck if d.id == deck.id else d for d in self.decks]
                item = self.session.refreshed(self.item) if self.item is not None else None
                if item is None:
                    item = self.session.next_card()
                counts = self.session.counts()
        except (QuizError, sqlite3.Error) as exc:
            self.notify(visible(f"Cannot read the next card ({exc})."), severity="error",
                        markup=False)
            return
        self.post_message(self.NextCard(item, counts))

    def action_finish(self) -> None:
        if self.phase == "saving":
            return
        self.session_log.ended = self.app.workspace.now()
        self.app.switch_screen(SummaryScreen(self.session_log, self.decks))
