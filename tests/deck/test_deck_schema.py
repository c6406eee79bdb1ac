"""The editor schema and `quiz check` agree on what is a valid deck."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from quiz.cli import cli
from quiz.deck import load_deck
from quiz.deck.schema import deck_schema
from quiz.errors import DeckError

DATA = Path(__file__).parents[1] / "data" / "decks"
BUNDLED = Path(__file__).parents[2] / "decks"
FIXTURES = sorted((DATA / "valid").glob("*.yaml")) + sorted((DATA / "invalid").glob("*.yaml"))


class EditorLoader(yaml.SafeLoader):
    """Reads YAML as an editor's language server does (YAML 1.2): dates stay strings (JSON has
    no date), and only true and false are booleans (`yes` is text)."""


_BOOL = "tag:yaml.org,2002:bool"
EditorLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"
          and tag != _BOOL]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
EditorLoader.add_implicit_resolver(_BOOL, re.compile("^(?:true|True|TRUE|false|False|FALSE)$"),
                                   list("tTfF"))


def schema_accepts(path: Path) -> bool:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=EditorLoader)  # noqa: S506
    validator = jsonschema.Draft202012Validator(deck_schema())
    return not list(validator.iter_errors(data))


def check_accepts(path: Path) -> bool:
    try:
        load_deck(path)
    except DeckError:
        return False
    return True


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(deck_schema())


@pytest.mark.parametrize("path", FIXTURES + sorted(BUNDLED.glob("*.yaml")), ids=lambda p: p.name)
def test_schema_and_check_agree(path: Path) -> None:
    expected_valid = path.parent.name != "invalid"
    assert check_accepts(path) is expected_valid
    assert schema_accepts(path) is expected_valid


def test_cli_prints_the_shipped_schema() -> None:
    result = CliRunner().invoke(cli, ["schema"], catch_exceptions=False)
    assert result.exit_code == 0
    assert json.loads(result.output) == deck_schema()
    assert set(deck_schema()["$defs"]["card"]["properties"]) == {
        "question", "answer", "reverse", "cloze", "id", "accept", "choices", "explanation",
        "tags", "group", "source"
    }
