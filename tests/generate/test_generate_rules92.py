"""Rule pass 92, from rounds 96-97 (heldout92, heldout93): "did Henri Dentz appoint Alfred
Naccache in his place" (whose place?); "Both signed the ____" (both of whom?); "did the Treaty
of the Escorial bind Spain to France and promises Spanish support" (a present verb left after
"and"); "By the ____ guaranteed the Pragmatic Sanction" (the blank took "Great Britain", the
sentence's subject, with the treaty's name); "A proclamation issued at Mauritius in ____ by its
governor." (a noun and its participle, no sentence). Every sentence here is invented. Each test
fails on the code before."""

from __future__ import annotations

from test_generate_quality import _run

from quiz.generate.tense import present_left


def test_appointed_in_his_place_does_not_say_whose() -> None:
    kept, _ = _run("On 9 April 1941 Ivo Tamm appointed Lev Kask in his place.")
    assert not any("in his place" in q for q in kept), kept
    # control: the one replaced is in the question
    kept, _ = _run("Kaldoran forces entered Vell in late December 1979, when Ivo Tamm was "
                   "killed and Lev Kask installed in his place.")
    assert "December 1979" in kept.values(), kept


def test_both_opening_a_sentence_does_not_say_who() -> None:
    kept, _ = _run("Kaldora and Ostria had long been rivals. Both signed the Treaty of Vell of "
                   "1967 establishing a zone free of mines.")
    assert not any(q.startswith("Both") for q in kept), kept


def test_a_present_verb_after_and_before_a_name_is_left() -> None:
    assert present_left("On what date in 1733 did the Treaty of Vell bind Kaldora to Ostria and "
                        "promises Kaldoran support for Prince Ivo?")


def test_a_blank_that_took_the_subject_is_refused() -> None:
    kept, _ = _run("By the Second Treaty of Vell Kaldora guaranteed the Tamm Settlement in 1731.")
    assert not any(q.startswith("By the ____ guaranteed") for q in kept), kept


def test_a_noun_and_its_participle_are_no_fill_in() -> None:
    kept, _ = _run("A proclamation issued at Dorn in 1798 by its governor, the Count of Lerno, "
                   "inviting volunteers to serve the Prince of Vell, gave the new Governor-General "
                   "of Kaldora, Ivo Tamm, Lord Kask, the justification he wanted.")
    assert not any(q.startswith("A proclamation issued") for q in kept), kept
