"""'the country' in a question is resolved to the document's main country, or the card dropped."""

from __future__ import annotations

from collections.abc import Callable

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


def test_generated_cloze_names_the_country(questions_from: Callable[[str, str], list[str]]) -> None:
    questions = questions_from(
        "norway",
        "Norway and the United Nations\n\n"
        "Norway is a founding member of the United Nations. Norway hosts many peace talks.\n\n"
        "Since joining in 1945, the country has become one of the largest donors to UN agencies "
        "working on refugees.\n",
    )
    assert any("Norway has become one of the largest donors" in q for q in questions), questions
    assert not any("the country" in q for q in questions)
