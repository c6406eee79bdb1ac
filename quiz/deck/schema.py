"""The JSON Schema of the deck format, shipped in the package for editors' YAML language servers."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def schema_text() -> str:
    """The schema file as shipped (pretty-printed JSON)."""
    return resources.files("quiz.deck").joinpath("deck.schema.json").read_text(encoding="utf-8")


def deck_schema() -> dict[str, Any]:
    """The schema as a dict."""
    return json.loads(schema_text())
