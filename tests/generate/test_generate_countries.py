"""'the country' in a question is resolved to the document's main country, or the card dropped."""

from __future__ import annotations

from pathlib import Path

import yaml

from quiz.generate import generate_decks
from quiz.generate.countries import main_country, resolve_the_country


def test_main_country_is_the_one_named_most_often() -> None:
    text = "Kenya and Uganda met. Kenya signed. Kenya hosted the talks in Nairobi."
    assert main_country(text) == "Kenya"
    assert main_country("Kenya met Uganda.") is None  # a tie, and once each
    assert main_country("No country here at all.") is None


def test_the_country_is_replaced_keeping_the_possessive() -> None:
    assert resolve_the_country("Since joining in ____, the country has grown.", "Chile") == (
        "Since joining in ____, Chile has grown.")
    assert resolve_the_country("The country’s enforcement of ____ matters.", "Chile") == (
        "Chile’s enforcement of ____ matters.")
    assert resolve_the_country("Nothing to resolve in ____.", None) == "Nothing to resolve in ____."


def test_unresolvable_or_ambiguous_gives_none() -> None:
    assert resolve_the_country("Since ____, the country has grown.", None) is None
    assert resolve_the_country("Peru said that since ____, the country has grown.", "Chile") is None


def test_generated_cloze_names_the_country(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "norway.txt").write_text(
        "Norway and the United Nations\n\n"
        "Norway is a founding member of the United Nations. Norway hosts many peace talks.\n\n"
        "Since joining in 1945, the country has become one of the largest donors to UN agencies "
        "working on refugees.\n",
        encoding="utf-8",
    )
    generate_decks([docs], tmp_path / "out")
    deck = yaml.safe_load((tmp_path / "out" / "norway.yaml").read_text(encoding="utf-8"))
    questions = [c["question"] for c in deck["cards"]]
    assert any("Norway has become one of the largest donors" in q for q in questions), questions
    assert not any("the country" in q for q in questions)
