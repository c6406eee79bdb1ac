"""Rule pass 379, from rounds 1663-1670's readers (heldout1653-1660, Winter Olympic Games):

* "1948 Winter Olympics (St. Moritz)": a recurring event's title whose year a label drops keeps
  its host in the label, "St. Moritz Winter Olympics" (round 1664 faulted "Winter Olympics:" as
  naming no Games; the Summer Games' articles of rounds 1631-1638 had the same label).

Every name here is invented. The test fails on the code before, but the guard, named as
such."""

from __future__ import annotations

from quiz.generate.subject import document_subject
from quiz.generate.topic import title_topic
from quiz.generate.topic_label import topic_label


def _label(title: str) -> str:
    subject = document_subject(title) or title_topic(title)
    assert subject is not None, title
    return topic_label(title, subject)


def test_a_recurring_event_s_label_keeps_its_host() -> None:
    assert _label("1948 Winter Olympics (Vell Kask)") == "Vell Kask Winter Olympics"


def test_guard_a_title_without_a_host_keeps_its_name() -> None:
    assert _label("The 1954 Kaskan Coup d'État") == "Kaskan Coup d'État"
