"""Rule pass 401, from rounds 1743-1750's readers (heldout1734, the AFL and the AFL-CIO): a title
naming two bodies, "The American Federation of Labor and the AFL–CIO", was read as one subject
of that whole name, and "the Federation" of an 1894 convention was written "the American
Federation of Labor and AFL–CIO" (round 1744: four cards nonsensical). When what follows a
title name's last "and" is another body or agreement ("the Reinsurance Treaty") or an acronym
("AFL–CIO"), the subject is the part holding the head. One name with "and" in it ("... in
Germany and the Administration of Greater Berlin", "Treaty of Peace and Friendship") stays whole.
An abbreviation before a dash and another ("the AFL–CIO") is no longer spelled out either ("the
American Federation of Labor–CIO", round 1744).

The abbreviation before a dash ("the AFL–CIO") is no longer spelled out either ("the American
Federation of Labor–CIO", round 1744).

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

import pytest

from quiz.generate.subject import document_subject


@pytest.mark.parametrize(("title", "name"), [
    ("The Kask Federation of Labor and the KFL–VCU, 1886–1969", "Kask Federation of Labor"),
    ("Kask Federation of Labor and KFL–VCU (1886–1969)", "Kask Federation of Labor"),
    ("The League of the Three Kings and the Vell Treaty", "League of the Three Kings"),
])
def test_a_title_naming_two_things_has_the_head_s_as_its_subject(title: str, name: str) -> None:
    subject = document_subject(title)
    assert subject is not None and subject.name == name


@pytest.mark.parametrize("title", [
    "The Kask Protocol on the Zones of Occupation in Dorn and the Administration of Greater Vell",
    "Treaty of Peace and Friendship",
])
def test_guard_one_name_with_and_in_it_stays_whole(title: str) -> None:
    subject = document_subject(title)
    assert subject is not None and " and " in subject.name


def test_an_abbreviation_before_a_dash_and_another_is_not_spelled_out() -> None:
    """(round 1744 wrote "the AFL–CIO" as "the American Federation of Labor–CIO")"""
    from quiz.generate.abbreviations import spell_out_abbreviations
    defined = {"KFL": "Kask Federation of Labor"}
    assert spell_out_abbreviations("In ____ the KFL–VCU left the Dorn union.", "1969",
                                   defined) == "In ____ the KFL–VCU left the Dorn union."
    assert spell_out_abbreviations("In ____ the KFL left the Dorn union.", "1969", defined) == (
        "In ____ the Kask Federation of Labor left the Dorn union.")  # (guard)
