"""The keys a screen answers to, with their descriptions: one list for help and the palette."""

from __future__ import annotations

from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen


def _declared(node: DOMNode) -> set[str]:
    """Actions bound in quiz's own classes (not Textual's defaults such as focus or copy)."""
    actions: set[str] = set()
    for cls in type(node).__mro__:
        if cls.__module__.startswith("quiz."):
            for binding in cls.__dict__.get("BINDINGS", []):
                if isinstance(binding, Binding):
                    actions.add(binding.action)
    return actions


def described_bindings(screen: Screen) -> list[tuple[str, Binding]]:
    """(keys as shown, binding) for every described binding of `screen` and the app, in order.

    Read from the screen's and the app's BINDINGS, so the help screen and the command palette
    can never drift from what the keys really do.
    """
    seen: set[str] = set()
    found: list[tuple[str, Binding]] = []
    for owner in (screen, screen.app):
        declared = _declared(owner)
        for _key, binding in owner._bindings:
            if not binding.description or binding.action in seen \
                    or binding.action not in declared:
                continue
            seen.add(binding.action)
            keys = [b.key_display or screen.app.get_key_display(b)
                    for _k, b in owner._bindings if b.action == binding.action]
            found.append((" ".join(dict.fromkeys(keys)), binding))
    return found
