"""Rule pass 386, from rounds 1687-1694's readers (heldout1677-1684, sporting competitions):
"On what date in 1914 did René Thomas win for Delage?" (30 May, the Indianapolis 500) had
been offered 3 August, 21 August and 16 September, and a Tour de France stage of July 18
September: a race, a stage, a tour, a regatta, a marathon or a win is a fixture, whose day's
options keep to a month of the answer's, as a final's or a match's already did.

Every name here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

import re

import pytest
from test_generate_date_context import choices_asking

_OTHER_DAYS = ["On 3 August 1914 Kaskia declared war on Vellia.",
               "On 16 September 1914 the Kask bridge was opened.",
               "On 12 January 1914 Orrin Dask was born in Kask.",
               "On 21 August 1914 the Vell canal froze.",
               "On 14 November 1914 the Kask dam was finished."]


def _months(sentence: str, asked: str) -> list[str]:
    options = choices_asking([sentence, *_OTHER_DAYS], asked)
    return [re.sub(r"[\d\s]", "", option) for option in options]


@pytest.mark.parametrize(("sentence", "asked"), [
    ("On 30 May 1914 Ivo Tamm won the Vell 500 for Delage.", "Ivo Tamm win"),
    ("On 30 May 1914 the Vell 500 race was stopped by rain.", "race"),
    ("On 30 May 1914 the stage from Kask to Vell crossed the Orrin pass.", "stage"),
])
def test_a_race_s_day_keeps_its_options_near_its_month(sentence: str, asked: str) -> None:
    months = _months(sentence, asked)
    assert months and all(month in {"April", "May", "June"} for month in months), months


def test_guard_another_day_may_take_any_month() -> None:
    months = _months("On 30 May 1914 the Kask library was opened.", "library")
    assert any(month not in {"April", "May", "June"} for month in months), months
