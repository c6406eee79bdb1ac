"""Rule pass 232, from round 686 (heldout678): the summary of the "Treaty between India and
Portugal on Recognition of India's Sovereignty over Goa ..." headed its cards "Treaty:", a
label that tells a student nothing; so did "Agreement between India and Maldives on ..."
("Agreement:") and "The 8888 Uprising" ("Uprising:"). A generic head alone is no topic: it is
named by the pair it is between ("India–Portugal Treaty"), or the cards go unlabelled. Every title here is invented.
Each test fails on the code before, except the guard named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.topic import title_topic


def _name(title: str) -> str | None:
    topic = title_topic(title)
    return None if topic is None else topic.name


def test_a_treaty_between_two_parties_is_named_by_them() -> None:
    assert _name("Treaty between Vellia and Ostria on the Recognition of Vellian Sovereignty "
                 "over Dask (1974)") == "Vellia–Ostria Treaty"
    assert _name("Agreement between Vellia and the Kell Islands on the Maritime Boundary "
                 "(1976)") == "Vellia–Kell Islands Agreement"


def test_a_generic_head_alone_is_no_topic() -> None:
    assert _name("The 1977 Uprising (Vellia)") is None


def test_a_named_agreement_keeps_its_name() -> None:
    """(guard: a name with more than its head stays as it was)"""
    assert _name("Treaty of Dask (1902)") == "Treaty of Dask"
    assert _name("Marshall Plan") == "Marshall Plan"


@given(st.sampled_from(["Treaty", "Agreement", "Convention", "Protocol", "Accord", "Uprising",
                        "Congress", "Revolution"]),
       st.sampled_from(["on", "concerning", "for", "(1974)", "of 1818"]))
def test_no_label_is_a_generic_head_alone(head: str, rest: str) -> None:
    """Whatever follows a generic head in a title, the label is never the head alone."""
    assert _name(f"{head} {rest} Something Else") != head
