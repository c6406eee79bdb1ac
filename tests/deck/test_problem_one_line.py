"""A problem in a deck is printed as one line, `file:line:column: message`, whatever text of the
file its message quotes: a line break inside it (an empty cloze deletion written across two
lines, `{{c1::` then `}}`) is shown as its escape, so no second line reads as another problem or
loses its place (stop 69's CI found `{{c1::\\n}}` printed over two lines by `quiz check`)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.errors import Problem


@given(st.text(max_size=40), st.text(max_size=80), st.integers(0, 999), st.integers(0, 999))
def test_a_problem_is_one_line(path: str, message: str, line: int, column: int) -> None:
    shown = str(Problem(Path(path or "deck.yaml"), line, column, message))
    assert "\n" not in shown and "\r" not in shown, shown


def test_a_quoted_line_break_is_shown_as_its_escape() -> None:
    shown = str(Problem(Path("deck.yaml"), 3, 7, "the deletion '{{c1::\n}}' is empty"))
    assert shown == "deck.yaml:3:7: the deletion '{{c1::\\n}}' is empty"
