"""The quick way `quiz report class` parses a JSON export (whole numbers left to JSON unless a
long run of digits may hold one to refuse) gives exactly what looking at every number gives:
the same values, or the same message naming the same place."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.errors import QuizError
from quiz.export import schema

_NUMBER = st.one_of(
    st.integers(-(10**20), 10**20).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.from_regex(r"-?(0|[1-9][0-9]{0,40})(\.[0-9]{1,45})?([eE][+-]?[0-9]{1,4})?",
                  fullmatch=True),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e400", "0123", "1.", "-"]),
)
_STRING = st.from_regex(r'"[0-9a-fqeE .:,\-+\[\]]{0,24}"', fullmatch=True)
_SPACE = st.sampled_from(["", " ", "\n", "\t "])


@st.composite
def _json_text(draw: st.DrawFn) -> str:
    """An array or object of numbers and strings full of digits, sometimes with a stray
    fragment (bad JSON) in it."""
    items = draw(st.lists(st.one_of(_NUMBER, _STRING), max_size=6))
    space = draw(_SPACE)
    if draw(st.booleans()):
        text = "[" + space + ("," + space).join(items) + "]"
    else:
        text = "{" + ", ".join(f'"k{i}":{space}{item}' for i, item in enumerate(items)) + "}"
    if draw(st.integers(0, 3)) == 0:
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.one_of(_NUMBER, _STRING, st.sampled_from(["[", "}", ","])))\
            + text[at:]
    return text


def _outcome(text: str) -> str:
    try:
        return repr(schema._parse_shallow(text, "x.json"))
    except QuizError as exc:
        return f"QuizError: {exc}"


@settings(max_examples=1500)
@given(_json_text())
def test_the_quick_parse_agrees_with_looking_at_every_number(text: str) -> None:
    quick = _outcome(text)
    with mock.patch.object(schema, "_long_digit_run", lambda text: True):
        every = _outcome(text)
    assert quick == every


def test_a_long_run_of_digits_is_found_wherever_it_is() -> None:
    assert schema._long_digit_run('{"a": 1234567890123456}')
    assert schema._long_digit_run('{"a": "x1234567890123456y"}')  # in a string: looked at
    assert not schema._long_digit_run('{"a": 123456789012345, "b": "' + "\u0661" * 20 + '"}')
    assert not schema._long_digit_run('{"q517ecc9d7a": 1.5e3, "\ud800": 1}')
