"""Offices named two ways (quiz.scheduling.nations): "Armenian Prime Minister" is the "Prime
Minister of Armenia", and nothing else is moved."""

from __future__ import annotations

import pytest

from quiz.scheduling.nations import office_form
from quiz.scheduling.textnorm import word_tokens


def form(text: str) -> list[str]:
    return [t.text for t in office_form(word_tokens(text))[0]]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Armenian Prime Minister", "Prime Minister of Armenia"),
        ("Armenian Prime Minister", "Prime Minister Armenia"),
        ("Armenian Foreign Minister", "Foreign Minister of Armenia"),
        ("Armenian Minister of Foreign Affairs", "Minister of Foreign Affairs of Armenia"),
        ("US President", "President of the United States"),
        ("American President", "President of the United States of America"),
        ("U.S. Secretary of State", "Secretary of State of the United States"),
        ("British Prime Minister", "Prime Minister of the United Kingdom"),
        ("Azerbaijani Ambassador to the United States", "Ambassador of Azerbaijan to the United States"),
        ("Deputy Prime Minister of Serbia", "Serbian Deputy Prime Minister"),
    ],
)
def test_both_forms_of_an_office_give_the_same_words(one: str, other: str) -> None:
    assert form(one) == form(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Armenian Prime Minister", "Prime Minister of Azerbaijan"),
        ("Armenian Prime Minister", "Armenian President"),
        ("Armenian Prime Minister", "Deputy Prime Minister of Armenia"),
        ("Azerbaijani Ambassador to the United States", "American Ambassador to Azerbaijan"),
        ("Secretary of State", "Secretary of the Navy"),
    ],
)
def test_a_different_office_or_country_stays_different(one: str, other: str) -> None:
    assert form(one) != form(other)


def test_words_that_name_no_office_are_left_alone() -> None:
    for text in ("Armenian Genocide", "Treaty of Paris", "American Revolution", "Armenia"):
        words, moved = office_form(word_tokens(text))
        assert not moved
        assert words == word_tokens(text)


def test_a_country_after_an_office_without_of_must_end_the_answer() -> None:
    """'Secretary Chad Wolf' is a person, not the secretary of Chad."""
    assert form("Secretary Chad Wolf") == ["secretary", "chad", "wolf"]
    assert form("Prime Minister Armenia") == ["armenia", "prime", "minister"]


def test_moved_words_keep_the_typed_words_they_came_from() -> None:
    words, moved = office_form(word_tokens("Armenian Prime Minister"))
    assert moved
    assert [(t.text, t.first, t.last) for t in words] == [
        ("armenia", 0, 0), ("prime", 1, 1), ("minister", 2, 2)]
