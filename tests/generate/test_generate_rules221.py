"""Rule pass 221, from rounds 645-660: a biography whose title names its person with two
particles or "y" ("Juan de Palafox y Mendoza", "Miguel de la Madrid Hurtado"), an epithet
("Henry the Navigator"), initials ("H. V. Evatt") or a place ("Eleanor of Aquitaine", "Charles
III of Navarre") was read as no one's life, so its cards had no label and kept a bare "him"
("In what year did Philip IV transfer him to the see of Osma?"). Every sentence here is
invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quiz.generate.documents import main_person, person_in_title

Questions = Callable[[str, str], list[str]]


def _life(name: str, pronoun: str = "he") -> list[str]:
    his = "his" if pronoun == "he" else "her"
    return [f"{name} was born in Lerno. {pronoun.capitalize()} studied law, and {his} "
            f"family was poor. {name} rose fast. {pronoun.capitalize()} governed Vellia. "
            f"{name} died in Tarinburg, where {pronoun} had lived. {pronoun.capitalize()} "
            f"was buried there."]


@pytest.mark.parametrize(("title", "name", "in_full"), [
    ("Orlas de la Vell Dask (1801–1870)", "Orlas de la Vell Dask", "Orlas de la Vell Dask"),
    ("Orlas de Vell y Dask (1801–1870)", "Orlas de Vell y Dask", "Orlas de Vell y Dask"),
    ("Orlas the Navigator (1394–1460)", "Orlas", "Orlas the Navigator"),
    ("O. T. Vell (1894–1965)", "O. T. Vell", "O. T. Vell"),
    ("Orlas of Tarinland (1122–1204)", "Orlas", "Orlas of Tarinland"),
    ("Orlas III of Tarinland (1361–1425)", "Orlas III", "Orlas III of Tarinland"),
])
def test_a_lifes_title_names_its_person(title: str, name: str, in_full: str) -> None:
    short = name.split()[0] if " the " in title or " of " in title else name
    person = main_person(title, _life(short))
    assert person == (name if " the " not in title else short, "he"), person
    assert person_in_title(title, person[0]) == in_full


@pytest.mark.parametrize("title", [
    "King Orlas of Vellia Assassinated in Lerno; Foreign Minister Dask Also Killed",
    "Co-Principality of Vellia (1278–1993)",
    "Grand Duchy of Vellia (1815–1867)",
])
def test_a_headline_or_a_state_is_no_ones_life(title: str) -> None:
    """(guard: a news report's headline, a state named with "of")"""
    assert main_person(title, _life("Orlas")) is None


def test_a_fathers_numeral_is_not_the_lifes_own(questions_from: Questions) -> None:
    """(guard: "Orlas II", the father, is not written "Orlas III II" once "Orlas" is the
    life's own name)"""
    text = ("Orlas III of Tarinland (1361–1425)\n\nOrlas III was born at Lerno on 22 July 1361, "
            "the son of Orlas II and Queen Ivana. His father died at Lerno on 1 January 1387, "
            "and he was crowned there. On 13 February 1387 Orlas II was buried at Lerno. He "
            "died at Vell on 8 September 1425. He ruled for thirty-eight years.")
    questions = questions_from("orlas-iii-of-tarinland-biography", text)
    assert not any("III II" in q for q in questions), questions
    assert any("Orlas III of Tarinland" in q or "Orlas III" in q for q in questions), questions


def test_a_lifes_cards_name_it_when_the_sentence_says_him(questions_from: Questions) -> None:
    text = ("Juan de Vell y Dask (1600–1659)\n\nJuan de Vell y Dask was born at Lerno on 24 "
            "June 1600. He studied at Tarinburg. In 1653 King Orlas IV transferred him to the "
            "modest see of Osma, where he lived in austerity. Juan de Vell y Dask died at Osma "
            "on 1 October 1659. He was buried in its cathedral.")
    questions = questions_from("juan-de-vell-y-dask-biography", text)
    assert any(q.startswith("In what year did King Orlas IV transfer Juan de Vell y Dask")
               for q in questions), questions


def test_an_epithet_and_a_particle_name_are_not_written_over(questions_from: Questions) -> None:
    """(passes on the code before, which read no life here; fails once the life is read
    without the names' guards: "Orlas of Tarinland the Bold")"""
    text = ("Orlas of Tarinland (1467–1538)\n\nOrlas of Tarinland was born at Lerno on 9 November "
            "1467. When Orlas the Bold was killed at Nancy on 5 January 1477, the estates rose "
            "and proclaimed the boy Orlas their duke. He ruled for sixty years. He fought the "
            "emperor. Orlas de la Vell, his cousin, died in Lerno on 1 April 1512. He died at "
            "Arnhem on 30 June 1538.")
    questions = questions_from("orlas-of-tarinland-biography", text)
    assert not any("Tarinland the Bold" in q for q in questions), questions
    assert not any("Tarinland de la Vell" in q for q in questions), questions
    assert any("Orlas the Bold was killed" in q for q in questions), questions
