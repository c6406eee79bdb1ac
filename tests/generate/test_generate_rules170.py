"""Rule pass 170, from rounds 337-340: "the city", "the council", "the oblast", "the decree"
left unnamed are refused even under a label (unless the question names the place before, or
the title names the thing); "that would have made" keeps its "have" when a timeline's verbs go
into the past; "The first of these", "One of them" and "Within weeks" point back to another
sentence. Every sentence here is invented. Each test fails on the code before, except the
guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.definites import resolve_definites
from quiz.generate.leaning import leaning_faults


@given(st.sampled_from(["city", "council", "oblast", "decree", "declaration"]))
def test_a_place_a_body_or_a_decree_by_its_kind_is_named_elsewhere(noun: str) -> None:
    text = f"Kell grew on the river. In 1943 the Vell army took the {noun} back."
    quote = f"In 1943 the Vell army took the {noun} back."
    _, why = resolve_definites(f"In ____ the Vell army took the {noun} back.", "1943", text,
                               quote, "Kell and Zell", labelled=True)
    assert why


def test_a_city_named_before_in_the_question_is_clear() -> None:
    """(guard: "born in Vell, ... the city's court")"""
    kept, _ = _run("On 5 January 1876 Ivo Tamm was born in Vell, the third son of a clerk at the "
                   "city's court of appeal.")
    assert "5 January 1876" in kept.values()


def test_a_decree_the_title_names_is_the_labels() -> None:
    """(guard: in a summary of a decree, "the decree" is the one the label names)"""
    text = "The Kell Decree\n\nThe Kell Decree was drafted in 1922. In 1923 the decree was signed."
    _, why = resolve_definites("In ____ the decree was signed.", "1923", text,
                               "In 1923 the decree was signed.", "The Kell Decree", labelled=True)
    assert not why


def test_a_modals_have_stays_when_a_timeline_goes_into_the_past() -> None:
    kept, _ = _run("## 1981\n\n- 23 October: President Ivo Tamm vetoes a bill passed by the "
                   "Congress that would have made Zell a fifth state.")
    assert any("would have made" in question for question in kept)
    assert not any("would had" in question for question in kept)


@given(st.sampled_from(["The first of these", "One of them", "Both of these"]))
def test_a_list_told_before_is_leaned_on(opening: str) -> None:
    assert leaning_faults(f"{opening}, the Treaty of Kell, was signed in ____.")


@given(st.sampled_from(["Within weeks", "Within a month", "Within a few days"]))
def test_a_time_counted_from_an_untold_event_is_leaned_on(opening: str) -> None:
    assert leaning_faults(f"{opening} Ivo Tamm signed the Treaty of Kell on ____.")


def test_within_weeks_of_a_named_event_is_clear() -> None:
    """(guard: "within weeks of the coup" says of what)"""
    assert not leaning_faults("Within weeks of the coup Ivo Tamm signed the Treaty of Kell on "
                              "____.")


def test_a_closing_within_weeks_is_clear() -> None:
    """(guard: "resistance collapsed within weeks" counts from the event the card asks)"""
    assert not leaning_faults("After the stronghold was stormed on ____, resistance collapsed "
                              "within weeks.")
