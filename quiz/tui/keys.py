"""The keys a screen answers to, with their descriptions: one list for help and the palette.

Read from the classes' `BINDINGS` (Textual's public way to declare keys) merged as Textual
merges them, so the help screen and the command palette never drift from what the keys really
do. Every key is listed, not only those active right now (`Screen.active_bindings`): help
should show Undo before there is anything to undo.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen


def _merged(node: DOMNode) -> list[tuple[str, Binding]]:
    """(key, binding) of `node`'s class and its bases, base classes first: a key bound again
    in a subclass takes the base class's place and bindings."""
    keys: dict[str, list[Binding]] = {}
    for cls in reversed(type(node).__mro__):
        if not (isinstance(cls, type) and issubclass(cls, DOMNode)):
            continue
        by_key: dict[str, list[Binding]] = {}
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
            by_key.setdefault(binding.key, []).append(binding)
        keys.update(by_key)
    return [(key, binding) for key, bindings in keys.items() for binding in bindings]


def _declared(node: DOMNode) -> set[str]:
    """Actions bound in quiz's own classes (not Textual's defaults such as focus or copy)."""
    return {
        binding.action
        for cls in type(node).__mro__ if cls.__module__.startswith("quiz.")
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", []))
    }


def described_bindings(screen: Screen) -> list[tuple[str, Binding]]:
    """(keys as shown, binding) for every described binding of `screen` and the app, in order."""
    seen: set[str] = set()
    found: list[tuple[str, Binding]] = []
    for owner in (screen, screen.app):
        declared = _declared(owner)
        bindings = _merged(owner)
        for _key, binding in bindings:
            if not binding.description or binding.action in seen \
                    or binding.action not in declared:
                continue
            seen.add(binding.action)
            keys = [b.key_display or screen.app.get_key_display(b)
                    for _k, b in bindings if b.action == binding.action]
            found.append((" ".join(dict.fromkeys(keys)), binding))
    return found
