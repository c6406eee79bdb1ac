"""Rule pass 377, from rounds 1655-1662's readers (heldout1645-1652, mining companies):

* "John Dennis Ryan ... Ryan dies in New York": a family name that ends as a nation's adjective
  does ("Ryan", "Duncan", "Morgan", "Heinrich") was read as one and never completed (round 1659
  left "did Ryan die in New York?" bare, three cards); it is completed where the text writes it
  after a given name or an initial and it names no land ("American", "German" still never are).

Every name here is invented but the two family names the rule is about. The tests fail on the
code before, but the guards, named as such."""

from __future__ import annotations

from quiz.generate.names import document_full_names


def test_a_family_name_ending_in_an_is_completed(questions_from) -> None:
    questions = questions_from("vell-copper-timeline", (
        "# Vell Copper: a timeline, 1860-1940\n\nThis chronology follows the Vell Copper "
        "Company.\n\n## 1864\n\n- 10 October: Ivo Kask Ryan, later president of Vell Copper, is "
        "born at Dorn.\n\n## 1905\n\n- 3 March: Ryan is elected president of Vell Copper.\n\n"
        "## 1933\n\n- 18 February: Ryan dies in New York.\n"))
    assert any("Ivo Kask Ryan" in q and "die" in q for q in questions), questions
    assert not any(" Ryan die" in q and "Kask Ryan" not in q for q in questions), questions


def test_an_initialled_name_is_completed() -> None:
    text = "Intro\n\nI. K. Duncan financed the deal. Duncan died in Rome.\n"
    assert document_full_names("Duncan", text) == frozenset({"I. K. Duncan"})


def test_guard_a_land_s_adjective_is_no_family_name() -> None:
    text = "Intro\n\nThe Anglo American Corporation grew. By 1920 American capital had come.\n"
    assert document_full_names("American", text) == frozenset()


def test_guard_a_name_of_two_people_stays_as_written(questions_from) -> None:
    questions = questions_from("vell-empire", (
        "Vell Empire\n\nThe Vell Empire was proclaimed at Kask on 10 April 1864. Ivo Maximilian "
        "accepted its crown at Dorn, and Orrin Maximilian, his cousin, led its army. Maximilian "
        "was executed at Kask on 19 June 1867, and the empire fell.\n"))
    assert any("Maximilian" in q and "executed" in q for q in questions), questions


def test_guard_a_given_name_inside_a_longer_name_is_no_family_name() -> None:
    text = ("Intro\n\nNathan Vell Kask founded the bank in 1798, and Nathan was naturalised in "
            "1804. His eldest son, Ivo Nathan, was born in 1808; Ivo Nathan von Kask joined the "
            "bank in 1836.\n")
    assert "Ivo Nathan" not in document_full_names("Nathan", text)
