"""The keys a screen answers to, with their descriptions: one list for help and the palette."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen


def described_bindings(screen: Screen) -> list[tuple[str, Binding]]:
    """(key as shown, binding) for every described binding of `screen` and the app, in order.

    Read from the screen's and the app's BINDINGS, so the help screen and the command palette
    can never drift from what the keys really do.
    """
    seen: set[str] = set()
    found: list[tuple[str, Binding]] = []
    for owner in (screen, screen.app):
        for _key, binding in owner._bindings:
            if not binding.description or binding.action in seen:
                continue
            seen.add(binding.action)
            keys = [b.key_display or screen.app.get_key_display(b)
                    for _k, b in owner._bindings if b.action == binding.action]
            found.append((" ".join(dict.fromkeys(keys)), binding))
    return found
