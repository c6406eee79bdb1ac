"""Rule pass 399, from rounds 1718 and 1735's readers (heldout1708 and heldout1725): three
labels named the wrong thing, and readers faulted the cards under them as vague.

- "The Marylebone Cricket Club, 1787–1968: from Dorset Fields to the Cricket Council" labelled a
  timeline's cards "Cricket Council:": the body a title's story ends in is its subject only
  when it carries the name the title opens with ("Benelux, 1919–2023: from customs union to the
  Benelux Union" still is).
- "The Imperial Cricket Conference Agreement of 1909" was labelled "Imperial Agreement:", its
  year making the name too long: a label drops the year first.
- "The Königstein State Agreement" was labelled "State Agreement:", the shorter name the text
  uses: a shorter name that drops a proper name the lexicon does not know is no name.

Every name here is invented but the Benelux Union's. The tests fail on the code before, but the
guards, named as such.
"""

from __future__ import annotations

from quiz.generate.subject import document_subject, with_short_name
from quiz.generate.topic_label import topic_label


def test_the_body_a_title_s_story_ends_in_is_not_another_body_s_subject() -> None:
    assert document_subject("The Kask Rowing Club, 1787–1968: from Dorn Fields to the Rowing "
                            "Council") is None


def test_guard_the_body_a_title_s_story_ends_in_is_its_own_subject() -> None:
    subject = document_subject("Benelux, 1919–2023: from customs union to the Benelux Union")
    assert subject is not None and subject.name == "Benelux Union"


def test_a_label_drops_a_name_s_year_before_its_words() -> None:
    title = "The Imperial Rowing Conference Agreement of 1909"
    subject = document_subject(title)
    assert subject is not None and topic_label(title, subject) == (
        "Imperial Rowing Conference Agreement")


def test_a_shorter_name_without_its_place_is_no_name() -> None:
    subject = document_subject("The Vellstein State Agreement (1949)")
    assert subject is not None
    assert with_short_name(subject, ["State Agreement", "State Agreement"]).alias == ""


def test_guard_a_shorter_name_of_the_full_name_s_words_is_kept() -> None:
    subject = document_subject("Convention on the Prevention and Punishment of the Crime of "
                               "Genocide")
    assert subject is not None
    assert with_short_name(subject, ["Genocide Convention"] * 2).alias == "Genocide Convention"
