"""Rule pass 202, from rounds 513-520 (heldout505-heldout512): a singular noun's present after
"when" left in a timeline's question ("drown when his boat capsizes"); "did Retreating German
forces burn"; a date label with its other calendar in square brackets ("27 February [9
March]:"); a source's ",." kept; a "when" clause alone whose "was proclaimed" was read as two
verbs. Every sentence here is invented. Each test fails on the code before, except the guards
named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card_faults, _run

from quiz.generate.clauses import date_question
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from([("capsizes", "capsized"), ("sinks", "sank"), ("overturns", "overturned")]))
def test_a_singular_nouns_present_after_when_is_put_in_the_past(verbs: tuple[str, str]) -> None:
    present, past = verbs
    assert entry_in_the_past(f"Ivo Tamm drowns when his boat {present} in the Vell River.") == (
        f"Ivo Tamm drowned when his boat {past} in the Vell River.")


def test_a_participle_before_a_peoples_adjective_is_lower_case() -> None:
    text = "13–14 October 1944: Retreating Vellish forces burn Zell; most of its buildings burn."
    assert date_question(text, 0, 18, "on what dates") == (
        "On what dates did retreating Vellish forces burn Zell?")


def test_a_label_with_its_other_calendar_in_square_brackets_is_a_label() -> None:
    kept, left = _run("## 1617\n\n- 27 February [9 March]: The Treaty of Zell "
                      "is signed by Ivo Tamm for Vellia and by Olav Kell for Kaldora.\n")
    assert not any(question.startswith("27 February") for question in [*kept, *left]), (kept,
                                                                                         left)


def test_a_sources_comma_before_the_full_stop_is_dropped() -> None:
    kept, _ = _run("Under Governor Ivo Tamm hundreds of Kellish place names in the Vell district "
                   "were replaced by Zellish ones in July 1938,.\n")
    assert not any(question.endswith(",.") for question in kept), kept


def test_a_when_clause_alone_with_a_passive_is_refused() -> None:
    sentence = ("When the Republic of Vell was proclaimed at Zell on 25 April 1950 and then "
                "suppressed by Kaldora, about 12,500 soldiers were shipped to Kell.")
    faults = _date_card_faults(sentence, "When the Republic of Vell was proclaimed at Zell on ____.",
                               "25 April 1950")
    assert any("subordinate clause alone" in fault for fault in faults), faults


def test_a_when_clause_with_its_main_clause_is_kept() -> None:
    """(guard: "When the war ended in ____ Ivo Tamm returned to Zell.": two clauses)"""
    sentence = "When the war ended in 1945 Ivo Tamm returned to Zell and opened a shop there."
    faults = _date_card_faults(sentence, "When the war ended in ____ Ivo Tamm returned to Zell.",
                               "1945")
    assert not any("subordinate clause alone" in fault for fault in faults), faults
