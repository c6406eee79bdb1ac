"""Rule pass 169, from rounds 333-336: a timeline's "militants found the Kell Army of
Liberation" is the present of "found", not the past of "find"; "the ____ FIFA World Cup" asks an
edition's year; a month in another language ("the Pactos de Mayo") gives the answer's month
away. Every sentence here is invented. Each test fails on the code before, except the guards
named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card_faults, _run


def test_an_army_founded_in_a_timeline_is_founded() -> None:
    kept, _ = _run("## 1983\n\n- 17 November: A handful of militants found the Kell Army of "
                   "National Liberation in the Zell jungle.")
    assert not any(" find " in question for question in kept)
    assert any(" found the Kell Army" in question for question in kept)


@given(st.sampled_from(["FIFA World Cup", "World Cup", "Summer Olympics", "Olympic Games"]))
def test_an_editions_year_is_no_fact(event: str) -> None:
    sentence = f"Four matches of the 2018 {event} were played at the Kell Arena."
    question = f"Four matches of the ____ {event} were played at the Kell Arena."
    assert any("part of a name" in f for f in _date_card_faults(sentence, question, "2018"))


@given(st.sampled_from([("Pactos de Mayo", "28 May 1902"), ("Revolução de Abril", "25 April 1974"),
                        ("Acordos de Março", "3 March 1955")]))
def test_a_foreign_month_gives_the_month_away(case: tuple[str, str]) -> None:
    name, day = case
    kept, left = _run(f"The {name} were signed in Kell on {day} by Foreign Minister Ivo Tamm.")
    assert not any(name in question and answer == day for question, answer in kept.items())
    assert any("names the answer's month" in reason for reason in left.values())


def test_a_foreign_month_of_another_month_gives_nothing_away() -> None:
    """(guard: "Mayo" is not June)"""
    kept, _ = _run("The Pactos de Mayo were ratified in Kell on 3 June 1902 by Foreign Minister "
                   "Ivo Tamm.")
    assert "3 June 1902" in kept.values()


def test_a_given_name_like_a_month_gives_nothing_away() -> None:
    """(guard: "Julio Argentino Roca", no July: a month only after "de", "do", "du", "di")"""
    kept, _ = _run("Julio Argentino Roca was born in Kell on 17 July 1843, the son of a veteran.")
    assert "17 July 1843" in kept.values()
