"""Rule pass 396, from rounds 1719-1726's readers (heldout1709-1716, police forces) and round
1680's (the Davis Cup):

- A fact sheet's line "13 May 1833: Police Constable Robert Culley killed at Cold Bath Fields"
  was asked "did police Constable Robert Culley kill at Cold Bath Fields?" (round 1719), and
  "Sidney Miles shot dead in Croydon" as "did ... shoot dead": a rank and its holder's name,
  then what is done to a person with a place, a time or "dead" after it, is a passive.
- "At Knocklong station, County Limerick, Sergeant Peter Wallace and Constable Michael Enright
  are killed" was asked "were County Limerick, Sergeant Peter Wallace and ... killed" (round
  1724); "at the All England Club's old ground in Worple Road, Wimbledon, Norman Brookes of
  Melbourne and Anthony Wilding of Christchurch beat" as "did Wimbledon, Norman Brookes ...
  beat" (round 1680): after an opening phrase of place, one place's name before people named
  in two words or more goes with the phrase, not with the subject.

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

import pytest

from quiz.generate.clauses import _split_intro


@pytest.mark.parametrize(("line", "asked"), [
    ("Police Constable Ivo Tamm killed at Kask Fields.",
     "was Police Constable Ivo Tamm killed at Kask Fields?"),
    ("Sergeant Orrin Dask shot dead in Vell.", "was Sergeant Orrin Dask shot dead in Vell?"),
])
def test_a_fact_sheet_s_line_on_a_ranked_man_is_a_passive(questions_from, line: str,
                                                          asked: str) -> None:
    questions = questions_from("kask-police-factsheet", (
        "# Kask Police: key facts\n\n## Officers killed on duty\n\n"
        f"- **13 May 1833:** {line}\n- **2 June 1840:** The Kask Police Act receives assent.\n"))
    assert any(asked in q for q in questions), questions


def test_guard_a_ranked_man_s_own_act_stays_active(questions_from) -> None:
    questions = questions_from("kask-army-factsheet", (
        "# Kask Army: key facts\n\n## Battles\n\n- **3 June 1901:** General Orrin Dask attacked "
        "at dawn.\n- **2 June 1902:** The Kask Army Act receives assent.\n"))
    assert not any("was General Orrin Dask attacked" in q for q in questions), questions


@pytest.mark.parametrize(("before_verb", "subject"), [
    ("At Kask station, County Vell, Sergeant Ivo Tamm and Constable Orrin Dask",
     "Sergeant Ivo Tamm and Constable Orrin Dask"),
    ("at the old ground in Dorn Road, Kaskton, Ivo Tamm of Vell and Orrin Dask of Kask",
     "Ivo Tamm of Vell and Orrin Dask of Kask"),
])
def test_a_place_after_an_opening_phrase_of_place_goes_with_it(before_verb: str,
                                                                subject: str) -> None:
    assert _split_intro(before_verb)[1] == subject


@pytest.mark.parametrize(("before_verb", "subject"), [
    ("Last year, Kask, Vell and Dorn", "Kask, Vell and Dorn"),
    ("In the end, Kask, Vell and Dorn", "Kask, Vell and Dorn"),
])
def test_guard_a_list_of_places_is_still_the_subject(before_verb: str, subject: str) -> None:
    assert _split_intro(before_verb)[1] == subject
