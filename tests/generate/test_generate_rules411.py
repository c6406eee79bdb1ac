"""Rule pass 411, from the readers of rounds 1751-1806 and the verdicts before them: a fact
sheet's line with no verb was asked as a sentence ("Royal Mint: Last coins struck at Tower Hill
in ____.", "Foundation stone laid by James Callaghan in ____.", round 1799: ungrammatical to
every reader; "Auditorium redecorated by Giovanni Battista Meduna in ____."). Rounds 300-1806
kept none of 74 verdicts on fact sheets' fill-ins whose only past is a participle with no
object, against 88 of 198 on fact sheets' fill-ins with a verb. Such a fill-in is left out; one
whose past has an object ("met the AFL champion") or takes none ("existed from", "opened on")
has a verb and stays.

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_generate_quality import _date_card_faults
from test_generate_rules410 import fact_sheet_questions


def _questions(line: str) -> list[str]:
    """The questions generated from a fact sheet holding `line`."""
    return fact_sheet_questions("vell-mint-factsheet", (
        "# Vell Mint: key facts\n\nThis fact sheet summarises the Vell Mint of Kaskia.\n\n"
        f"## Facts\n\n{line}\n"))


@settings(deadline=None, max_examples=4)
@given(st.sampled_from(["first sod cut by Deputy Master Orrin Tamm on 7 August 1967",
                        "auditorium redecorated by Orrin Tamm on 7 August 1967"]))
def test_a_fact_sheet_line_with_no_verb_is_not_asked_as_a_sentence(part: str) -> None:
    questions = _questions("\n".join([
        "- **Principal projector:** Ivo Kask (1665–1733), clerk and director of the Dorn Bank, "
        "created a baronet in June 1720.",
        f"- **Move to Dorn:** site announced in April 1967; {part}; foundation stone laid by "
        "Ivo Dask in February 1968; last coins struck at Kask Hill in 1975.",
        "- **First light:** Cape Dorn, Kaskia, lit in October 1792."]))
    assert not [q for q in questions if "____" in q], questions
    assert any("created a baronet" in q for q in questions), questions  # (the guard)


@given(st.sampled_from([
    ("Championship:   From 1967 the Vell champion met the Kask champion in the Vell Bowl.",
     "Vell Mint: From ____ the Vell champion met the Kask champion in the Vell Bowl.", "1967"),
    ("County:   A separate Dorn County existed from 1875 to 1897.",
     "Vell Mint: A separate Dorn County existed from ____ to 1897.", "1875"),
    ("Headquarters:   Vell House, Kask Street, officially opened on 27 March 1958.",
     "Vell Mint: Vell House, Kask Street, officially opened on ____.", "27 March 1958"),
]))
def test_guard_a_fact_sheet_line_with_a_verb_is_still_asked(card: tuple[str, str, str]) -> None:
    sentence, question, answer = card
    assert not [f for f in _date_card_faults(sentence, question, answer) if "no verb" in f]


def test_the_same_line_without_its_verb_is_left_out() -> None:
    faults = _date_card_faults("Buildings:   Auditorium redecorated by Ivo Tamm in 1854.",
                               "Vell Mint: Auditorium redecorated by Ivo Tamm in ____.", "1854")
    assert any("fact sheet's line with no verb" in f for f in faults), faults
