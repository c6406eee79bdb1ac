"""The founding of the body a document is about, and options dated before it
(quiz.generate.lifetime), on sentences written for these tests."""

from __future__ import annotations

import pytest

from quiz.generate.lifetime import before_founding, founding
from quiz.generate.sentences import Sentence
from quiz.generate.subject import Subject

ALPINE = Subject("Alpine Rivers Commission", "Commission", agreement=False)
TREATY = Subject("Treaty of Bled", "Treaty", agreement=True)


@pytest.mark.parametrize("text", [
    "Founded: 3 April 1994, Innsbruck (signature of the statute)",
    "The Alpine Rivers Commission was established on 3 April 1994 by five riparian states.",
    "The ARC was formally set up on 3 April 1994 in Innsbruck.",
    "The Commission was founded on 3 April 1994.",
])
def test_the_founding_of_the_subject_is_read(text: str) -> None:
    assert founding(Sentence(text, 7), ALPINE, "ARC") == ((1994, 4, 3), 7)


@pytest.mark.parametrize("text, subject", [
    # something else founded
    ("The Danube Anglers' League was founded in 1991 and joined the talks.", ALPINE),
    ("In 1988 the rafting guilds were established at Bolzano.", ALPINE),
    # the subject is an agreement: its signing is no founding
    ("Founded: 3 April 1994", TREATY),
    ("The Alpine Rivers Commission met in Trento in 1996.", ALPINE),
])
def test_no_founding_is_read_from_other_sentences(text: str, subject: Subject) -> None:
    assert founding(Sentence(text, 2), subject, "ARC") is None


FOUNDED = ((1994, 4, 3), 7)


def test_an_event_of_the_bodys_years_has_no_option_before_it() -> None:
    assert before_founding((1992, 0, 0), (1997, 0, 0), 12, FOUNDED)
    assert not before_founding((1995, 0, 0), (1997, 0, 0), 12, FOUNDED)
    # in its founding year, told on another line: an event of the body's
    assert before_founding((1991, 0, 0), (1994, 0, 0), 12, FOUNDED)


@pytest.mark.parametrize("own, line", [
    ((1994, 4, 3), 30),  # the founding itself, told again
    ((1994, 4, 0), 30),  # its month
    ((1994, 0, 0), 7),  # the founding line, asked by year
    ((1993, 11, 0), 30),  # what led to it
    ((1994, 2, 0), 30),  # earlier in the founding year
])
def test_the_founding_and_what_led_to_it_keep_earlier_options(
        own: tuple[int, int, int], line: int) -> None:
    assert not before_founding((1990, 5, 0), own, line, FOUNDED)


def test_without_a_founding_nothing_is_ruled_out() -> None:
    assert not before_founding((1900, 0, 0), (1997, 0, 0), 12, None)
