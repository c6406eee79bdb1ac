"""Wrong dates the question's own words rule out: far from a date it ties the answer to, a
period that leaves out a year it names, a repeat before the first time."""

from __future__ import annotations

import re
from pathlib import Path

from quiz.generate.date_context import setting_for
from quiz.generate.distractors import build_pools, choices_for
from quiz.generate.documents import Document
from quiz.generate.extract import find_facts
from quiz.generate.questions import BLANK, Candidate, candidates_for
from quiz.generate.sentences import Sentence

# Other events of the corpus, spread over the years, offer options of every granularity.
BACKGROUND = [
    "The Brisa ferry began on 3 April 1946.", "The Lerno mill closed on 12 June 1947.",
    "The Aster bridge opened on 9 September 1948.", "The Kaldoran census ran on 2 May 1949.",
    "The Ostra canal flooded on 17 October 1953.", "The Vesterian mint struck coins on 5 "
    "March 1954.", "The Brisa school opened on 21 November 1955.", "The Lerno port froze on 8 "
    "February 1956.", "The Aster library burned on 30 July 1957.", "The Kaldoran post began on "
    "14 January 1958.", "The Ostra tram opened on 6 August 1959.", "The Vesterian fair opened "
    "on 19 May 1961.", "The Brisa dam opened on 11 March 1962.",
    "Ivo Tamm served as harbour master from 1950 to 1954.",
    "Ada Rusk served as harbour master from 1955 to 1959.",
]


def _candidates(sentences: list[str]) -> tuple[list[Candidate], object]:
    doc = Document(Path("d.txt"), "x", "D")
    facts, cands = [], []
    for i, text in enumerate([*BACKGROUND, *sentences], start=1):
        for fact in find_facts(Sentence(text, i), doc):
            facts.append(fact)
            cands.extend(candidates_for(fact, doc))
    return cands, build_pools(facts)


def choices_asking(sentences: list[str], asked: str) -> tuple[str, ...]:
    """The wrong options of the first card made from `sentences` whose question holds `asked`."""
    cands, pools = _candidates(sentences)
    cand = next(c for c in cands if asked in c.question)
    return choices_for(cand, pools)  # type: ignore[arg-type]


def _years(options: tuple[str, ...]) -> list[int]:
    return [int(y) for option in options for y in re.findall(r"\d{4}", option)]


def test_an_answer_tied_to_a_date_of_the_question_gets_options_as_close() -> None:
    text = "The Ostra guild left the league at the end of 1950 and joined the Brisa union on 1 January 1951."
    cands, pools = _candidates([text])
    cand = next(c for c in cands if c.answer == "1 January 1951" and BLANK in c.question)
    options = choices_for(cand, pools)  # type: ignore[arg-type]
    assert options and all(1950 <= y <= 1952 for y in _years(options)), options


def test_a_period_keeps_the_year_the_question_names_within_it() -> None:
    text = "As harbour master from 1960 to 1964, Lia Berg oversaw the dredging of Port Aster in 1963."
    cands, pools = _candidates([text])
    cand = next(c for c in cands if c.answer == "1960 to 1964")
    options = choices_for(cand, pools)  # type: ignore[arg-type]
    for option in options:
        first, last = _years((option,))
        assert first <= 1963 <= last, option


def test_a_repeated_act_is_dated_after_the_first() -> None:
    first = "The Guild Assembly appointed Ivo Tamm as warden on 4 May 1960."
    again = "The Guild Assembly re-appointed Ivo Tamm for a second term on 9 June 1963."
    cands, pools = _candidates([first, again])
    cand = next(c for c in cands if c.answer == "9 June 1963")
    options = choices_for(cand, pools)  # type: ignore[arg-type]
    assert options and all(y >= 1960 for y in _years(options)), options
    assert "4 May 1960" not in options


def test_the_setting_reads_ties_periods_and_repeats() -> None:
    text = "Lia Berg was re-elected on 2 May 1960, after the vote of 1 April 1960 was annulled."
    cands, _ = _candidates([text])
    cand = next(c for c in cands if c.answer == "2 May 1960")
    assert cand.fact.date is not None
    setting = setting_for(cand.question, cand.fact.date, cand.fact.sentence.dates, BLANK)
    assert setting.repeats == "elect"
    assert setting.tied is not None and setting.tied[0] == (1960, 4, 1)


def test_that_month_and_a_named_decade_bound_the_options() -> None:
    text = "The Lerno court, whose judges were first chosen in ____, opened that October."
    cands, _ = _candidates(["The Lerno court, whose judges were first chosen in June 1956, "
                            "opened that October."])
    cand = next(c for c in cands if c.answer == "June 1956")
    assert cand.fact.date is not None
    setting = setting_for(text, cand.fact.date, cand.fact.sentence.dates, BLANK)
    assert setting.that_month == 10
    assert setting.fits((1955, 3, 0), "March 1955")
    assert not setting.fits((1956, 11, 0), "November 1956")
    assert not setting.fits((1954, 10, 0), "October 1954")
    text = "Since the early 1950s the guild signed pacts abroad, beginning with Ostra in ____."
    cands, _ = _candidates(["Since the early 1950s the guild signed pacts abroad, beginning "
                            "with Ostra in March 1951."])
    cand = next(c for c in cands if c.answer == "March 1951")
    assert cand.fact.date is not None
    setting = setting_for(text, cand.fact.date, cand.fact.sentence.dates, BLANK)
    assert setting.years == (1950, 1954)
    assert setting.fits((1953, 5, 0), "May 1953") and not setting.fits((1957, 5, 0), "May 1957")
