"""Rule pass 374, from rounds 1639-1646's readers (heldout1629-1636, world's fairs):

* "The World's Columbian Exposition Act of 1890": a long agreement's name that opens with a
  possessive is not shortened to that word and its head ("World's Act:" labelled every card of
  round 1641's deck); a place's name still is ("Arusha Agreement").

Every name here is invented. The test fails on the code before, but the guard, named as such."""

from __future__ import annotations

from quiz.generate.subject import document_subject
from quiz.generate.topic_label import topic_label


def test_a_possessive_is_no_place_s_name_in_a_label() -> None:
    title = "The Vell's Kaskan Exposition Act of 1890"
    subject = document_subject(title)
    assert subject is not None
    assert topic_label(title, subject) != "Vell's Act"


def test_guard_a_place_s_long_agreement_is_still_shortened() -> None:
    title = "Vellborg Peace and Reconciliation Agreement for Kask"
    subject = document_subject(title)
    assert subject is not None
    assert topic_label(title, subject) == "Vellborg Agreement"
