"""Rule pass 390, from rounds 1679-1710's readers (heldout1669-1700): "the Union", "the Office",
"the Speedway" and "the Library" were read as unresolved ("'the Union' is never resolved, so a
student cannot tell which body held the conference", round 1683). A document names such a body
once in full and then by its kind; quiz.generate.bodies writes the name it gave in the kind's
place, as it did for "the Assembly" and "the Council", now for unions, offices, institutes,
libraries, museums, corporations, conferences, federations, foundations, agencies, bureaux,
funds, academies, trusts, authorities, institutions, speedways, universities and colleges.
Not where the kind is a word of a longer phrase ("the University stadium"), of a speech's name
("the State of the Union address") or of another name ("the Kask Library Trust Fund Board
Act": no library's name), nor a name cut after a capitalised word and "the" ("Save the Vell
International Union").

Rounds 300-1710's verdicts on questions with such a bare kind were read again through the new
code: 72 questions written with a name, 39 of them once kept.

A union is written in only from the sentence's own paragraph, as a chamber is ("crush the
Union at Épila", of Aragon in 1348, had become the European Union a later paragraph named),
and of several bodies of one of these kinds none is guessed (the nearest of St Petersburg's
two academies, its Academy of Arts, was not the one Catherine II placed under a director).

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

import pytest

from quiz.generate.bodies import name_bodies


def _named(question: str, text: str) -> str:
    quote = text.strip().rsplit("\n", 1)[-1]
    return name_bodies(question, "1921", text, quote)


@pytest.mark.parametrize(("kind", "name"), [
    ("Office", "International Dorn Office"),
    ("Speedway", "Vell Motor Speedway"), ("Library", "Library of Orrin"),
    ("Academy", "Royal Academy of Tamm"), ("Trust", "Kask Opera House Trust"),
])
def test_a_body_named_before_is_written_in_full(kind: str, name: str) -> None:
    text = (f"In 1874 the {name} was founded in Kask by Ivo Tamm.\n\n"
            f"In 1921 the {kind} moved into a new building in Dorn.\n")
    assert _named(f"In ____ the {kind} moved into a new building in Dorn.", text) == (
        f"In ____ the {name} moved into a new building in Dorn.")


def test_a_union_named_in_the_sentence_s_paragraph_is_written_in_full() -> None:
    text = ("In 1874 the Kask Postal Union was founded in Kask. In 1921 the Union moved into a "
            "new building in Dorn.\n")
    assert name_bodies("In ____ the Union moved into a new building in Dorn.", "1921", text,
                       "In 1921 the Union moved into a new building in Dorn.") == (
        "In ____ the Kask Postal Union moved into a new building in Dorn.")


def test_guard_a_union_of_another_paragraph_is_left_alone() -> None:
    text = ("In 1993 Dorn joined the Kask Economic Union.\n\n"
            "In 1348 Ivo Tamm crushed the Union at Vell.\n")
    question = "In ____ Ivo Tamm crushed the Union at Vell."
    assert _named(question, text) == question


def test_guard_of_two_academies_the_nearest_is_no_guess() -> None:
    text = ("In 1724 the Kask Academy of Sciences was founded. In 1757 the Kask Academy of Arts "
            "followed. In 1766 Ivo Tamm placed the Academy under a director.\n")
    question = "In ____ Ivo Tamm placed the Academy under a director."
    assert name_bodies(question, "1766", text,
                       "In 1766 Ivo Tamm placed the Academy under a director.") == question


def test_guard_a_kind_before_a_noun_of_its_own_stays() -> None:
    text = ("In 1910 the Kask National University was founded.\n\n"
            "In 1921 Ivo Tamm opened the Games at the University stadium.\n")
    question = "In ____ Ivo Tamm opened the Games at the University stadium."
    assert _named(question, text) == question


def test_guard_the_state_of_the_union_is_a_speech() -> None:
    text = ("In 1991 the Soviet Union was dissolved.\n\n"
            "In 1921 Ivo Tamm spoke of a station in his State of the Union address.\n")
    question = "In ____ Ivo Tamm spoke of a station in his State of the Union address."
    assert _named(question, text) == question


def test_guard_an_act_s_name_is_no_library_s() -> None:
    text = ("In 1925 the Library of Kask Trust Fund Board Act was passed.\n\n"
            "In 1921 an act put the Library in charge of a service for the blind.\n")
    question = "In ____ an act put the Library in charge of a service for the blind."
    assert _named(question, text) == question


def test_guard_a_name_cut_after_the_is_left_alone() -> None:
    text = ("In 1920 Ivo Tamm founded the Save the Vell International Union in Dorn.\n\n"
            "In 1921 the Union held a conference in Dorn.\n")
    question = "In ____ the Union held a conference in Dorn."
    assert _named(question, text) == question


def test_guard_a_council_is_still_written_in_full() -> None:
    text = ("In 1920 the Kask Regional Council met.\n\n"
            "In 1921 the Council approved the budget.\n")
    assert _named("In ____ the Council approved the budget.", text) == (
        "In ____ the Kask Regional Council approved the budget.")
