"""Rule pass 387, from rounds 1695-1702's readers (heldout1685-1692, broadcasters): "Under
President Jimmy Carter" had been offered "1979 to 1983" for a range of his years, "running past
Carter's term" (round 1701): a president's term bounds every year an option writes, the end of
a range as well as its start (pass 384 bounded the start only).

Every name here but the presidents' is invented. The tests fail on the code before, but the
guards, named as such."""

from __future__ import annotations

from test_generate_date_context import _years, choices_asking


def test_a_range_s_options_keep_inside_the_president_s_term() -> None:
    options = choices_asking(["Under President Jimmy Carter, from 1977 to 1981, Ivo Tamm led "
                              "the Kask board.", "From 1979 to 1983 Orrin Dask led the Vell board.",
                              "From 1975 to 1979 Mara Vell led the Dorn board."], "Carter")
    years = _years(options)
    assert all(1977 <= year <= 1981 for year in years), options


def test_guard_a_range_with_no_president_keeps_its_options() -> None:
    options = choices_asking(["From 1977 to 1981 Ivo Tamm led the Kask board.",
                              "From 1979 to 1983 Orrin Dask led the Vell board.",
                              "From 1975 to 1979 Mara Vell led the Dorn board."], "Ivo Tamm")
    assert len(options) == 3, options
