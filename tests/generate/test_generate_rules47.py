"""Rule pass 47, from round 57 (heldout55): a step of a process another sentence names, asked
without saying of what ("On what date did the first round open in Washington?", "Canada's
implementing act", "the implementing act"); the round of an election the question names is
left alone. Every sentence here is invented. The first test fails on the code before; the
second guards what it must not refuse."""

from __future__ import annotations

from test_generate_quality import _run

_FACT_SHEET = """## Renegotiation

- The Vell-Kell Trade Agreement was signed in Harrow on 30 November 2018.
- The first round opened in Harrow on 16 August 2017.
- Kell's implementing act received Royal Assent on 13 March 2020.
- The Vellish House approved the implementing act by 385 votes to 41 on 19 December 2019.
"""


def test_a_step_of_a_process_asked_without_of_what_is_refused() -> None:
    kept, left = _run(_FACT_SHEET)
    assert not any("first round" in q or "implementing act" in q for q in kept), kept


def test_the_round_of_an_election_the_question_names_is_kept() -> None:
    kept, _ = _run("On 25 May 2014 Ivo Tamm won the Vellish presidential election in the first "
                   "round.")
    assert any("first round" in q for q in kept), kept
