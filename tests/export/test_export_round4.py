"""`round4` (the progress export's quick rounding to 4 places) gives exactly what round(x, 4)
gives: the same float bit for bit (the sign of a zero too), the same int for an int."""

from __future__ import annotations

import math
import struct

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.export.progress import round4


def _same(a: float, b: float) -> bool:
    return type(a) is type(b) and (
        struct.pack("<d", a) == struct.pack("<d", b) if type(a) is float else a == b)


# Halves of the fourth decimal and the floats next to them: where rounding is decided.
_NEAR_A_TIE = st.builds(
    lambda n, steps: _step((n + 0.5) / 10_000, steps),
    st.integers(-(10**9), 10**9), st.integers(-3, 3))


def _step(x: float, steps: int) -> float:
    for _ in range(abs(steps)):
        x = math.nextafter(x, math.inf if steps > 0 else -math.inf)
    return x


@settings(max_examples=3000)
@given(st.one_of(st.floats(), st.floats(-1e5, 1e5), st.floats(-1, 1), _NEAR_A_TIE,
                 st.integers(-(10**6), 10**6),
                 st.sampled_from([0.0, -0.0, 1e-5, -1e-5, 5e-5, -5e-5, 0.00015, 2.675,
                                  99999.99995, -99999.99995, 1e5, math.inf, math.nan])))
def test_round4_is_round_to_4_places(x: float) -> None:
    expected = round(x, 4)
    assert _same(round4(x), expected) or (math.isnan(x) and math.isnan(round4(x)))
