"""Rule pass 219, from rounds 637-644 (heldout629-heldout636): the same act on the same day of
the year in other years asked again ("did X become governor?" on 5 April of six terms), and a
blank that starts inside a person's name ("in support of Francisco I. ____"). Every sentence
here is invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from collections.abc import Callable

Questions = Callable[[str, str], list[str]]

GOVERNORS = ("Vellia\n\n" + " ".join(
    f"On 5 April {year} {name} became governor." for year, name in (
        (1975, "Orlas Vell"), (1981, "Petros Dask"), (1987, "Ilan Yoma"), (1993, "Tarin Ost"))))


def test_a_fixed_day_of_an_office_is_asked_once(questions_from: Questions) -> None:
    asked = [q for q in questions_from("vellia", GOVERNORS) if "become governor" in q]
    assert len(asked) == 1, asked


def test_different_days_are_each_asked(questions_from: Questions) -> None:
    """(guard: four governors sworn in on four different days)"""
    text = ("Vellia\n\n" + " ".join(
        f"On {day} {year} {name} became governor." for day, year, name in (
            ("5 April", 1975, "Orlas Vell"), ("9 June", 1981, "Petros Dask"),
            ("2 March", 1987, "Ilan Yoma"), ("20 May", 1993, "Tarin Ost"))))
    asked = [q for q in questions_from("vellia", text) if "become governor" in q]
    assert len(asked) == 4, asked


def test_a_blank_inside_a_persons_name_is_no_card(questions_from: Questions) -> None:
    text = ("Vellia\n\nOrlas Dask rose at San Isidro in the Yoma district in answer to Francisco "
            "I. Vell's Plan of San Tarin. The plan was issued on 5 October 1910 and called for a "
            "rising on 20 November 1910.")
    questions = questions_from("vellia-timeline", text)
    assert not any(q.endswith("Francisco I. ____.") for q in questions), questions
    assert any("Plan of San Tarin issued" in q for q in questions), questions
