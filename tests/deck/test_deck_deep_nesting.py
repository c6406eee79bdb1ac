"""A deck nested thousands of levels deep is a problem at its place, never a crash.

libyaml's composer recurses in C once per level: some ten thousand levels overflowed the C
stack and killed the process with a segmentation fault, with no Python error to catch (the
100,000-deep case of test_deck_hostile did so on a machine with an 8 MiB stack). A text that
may nest past a few hundred levels is now checked first by libyaml's event parser, which keeps
its own stack (quiz.deck.yamlnodes._nested_past_the_bound)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.deck import load_deck
from quiz.errors import DeckError


def _nested(style: str, depth: int) -> str:
    if style == "flow list":
        return "a: " + "[" * depth + "]" * depth + "\n"
    if style == "flow map":
        return "a: " + "{x: " * depth + "}" * depth + "\n"
    if style == "compact list":
        return "- " * depth + "x\n"
    return "".join(" " * level + "- \n" for level in range(depth))  # a block list, indented


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["flow list", "flow map", "compact list", "block list"]),
       st.sampled_from([51, 400, 999, 1500, 40_000, 200_000]))
def test_deep_nesting_is_a_problem_not_a_crash(tmp_path: Path, style: str, depth: int) -> None:
    if style == "block list":
        depth = min(depth, 3_000)  # (each level a line longer than the last)
    path = tmp_path / "deep.yaml"
    path.write_text(_nested(style, depth), encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert "nested more than 50 deep" in str(caught.value.problems[0])


def test_guard_a_shallow_deck_with_many_brackets_loads() -> None:
    from quiz.deck.yamlnodes import _FAST_LOADER, _nested_past_the_bound
    cards = "".join(f"  - {{question: Q{n}?, answer: A{n}, accept: [a{n}, b{n}]}}\n"
                    for n in range(600))
    text = "title: Many\ncards:\n" + cards
    assert _FAST_LOADER is None or not _nested_past_the_bound(text, _FAST_LOADER)
