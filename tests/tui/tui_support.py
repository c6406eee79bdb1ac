"""Helpers for the TUI tests: run a Pilot test body, wait for workers, read the screen."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from quiz.tui import QuizApp

DECKS = Path(__file__).parent.parent / "data" / "decks" / "tui"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
SIZE = (100, 34)


def pilot_test(body: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test body in its own event loop (no pytest async plugin needed)."""

    @functools.wraps(body)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(body(*args, **kwargs))

    return run


async def settle(pilot: Pilot) -> None:
    """Wait for the workers (deck loading, saving a review) and the redraw they cause."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def press(pilot: Pilot, *keys: str) -> None:
    """Press keys one at a time, letting each one's work finish, as a user would."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def screen_text(app: QuizApp) -> str:
    """What the terminal shows right now, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
