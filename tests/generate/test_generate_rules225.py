"""Rule pass 225, from round 678 (heldout670): a title naming "the Friday Government" was read
as a dated headline, so its timeline's cards went unlabelled ("did the NDP win all fifteen
seats?": which country's?). Every sentence here is invented. Each test fails on the code
before, except the guard named as such."""

from __future__ import annotations

from quiz.generate.topic import title_topic


def test_a_weekday_in_a_name_is_no_date() -> None:
    subject = title_topic("Vellia, 1748–2026: From the Dask Wars to the Friday Government")
    assert subject is not None and subject.name == "Vellia"


def test_a_weekday_is_still_a_headlines_date() -> None:
    """(guard: "Tuesday, 5 March" dates a report)"""
    assert title_topic("Tuesday, 5 March: a day in Lerno") is None
