"""The typed export documents name exactly the keys of the shipped JSON Schema, and an export
is one of them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from export_helpers import T0, build_class

from quiz.export.documents import (
    CardRow,
    DeckDoc,
    Filters,
    ProgressDoc,
    ReviewRow,
    SourceDoc,
    StatesDoc,
    StudentDoc,
)
from quiz.export.progress import export_progress
from quiz.export.schema import progress_schema


def _properties(schema: dict[str, Any]) -> dict[str, Any]:
    if "properties" in schema:
        return schema
    return next(option for option in schema["oneOf"] if option.get("type") == "object")


SCHEMA = progress_schema()
PARTS = {
    ProgressDoc: SCHEMA,
    Filters: SCHEMA["properties"]["filters"],
    StudentDoc: SCHEMA["properties"]["students"]["items"],
    DeckDoc: SCHEMA["properties"]["decks"]["items"],
    StatesDoc: SCHEMA["properties"]["decks"]["items"]["properties"]["states"],
    CardRow: SCHEMA["properties"]["cards"]["items"],
    SourceDoc: _properties(SCHEMA["properties"]["cards"]["items"]["properties"]["source"]),
    ReviewRow: SCHEMA["properties"]["reviews"]["items"],
}


@pytest.mark.parametrize("typed", list(PARTS), ids=lambda t: t.__name__)
def test_typed_documents_and_the_schema_name_the_same_keys(typed: type) -> None:
    schema = _properties(PARTS[typed])
    assert list(typed.__annotations__) == list(schema["properties"])
    assert sorted(typed.__required_keys__) == sorted(schema["required"])


def test_an_export_has_exactly_the_typed_keys(tmp_path: Path) -> None:
    doc = export_progress(build_class(tmp_path).db, now=T0 + timedelta(days=3))
    assert list(doc) == list(ProgressDoc.__annotations__)
    parts: list[tuple[list[Any], type]] = [
        (list(doc["students"]), StudentDoc), (list(doc["decks"]), DeckDoc),
        (list(doc["cards"]), CardRow), (list(doc["reviews"]), ReviewRow)]
    for rows, typed in parts:
        assert rows and all(list(row) == list(typed.__annotations__) for row in rows)
