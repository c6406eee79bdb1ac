"""Rule pass 70, from rounds 78-79 (heldout74-75): "the war party" became "the Great Northern
War party", and "the conference opened in Canberra" became "the San Francisco Conference opened
in Canberra" (the one conference the document names, but held elsewhere). Every sentence here
is invented. Each test fails on the code before."""

from __future__ import annotations

from collections import Counter

from quiz.generate.definites import resolve_definites
from quiz.generate.references import resolve_references


def test_the_war_of_a_compound_noun_is_not_a_named_war() -> None:
    phrases = {"war": Counter({"Great Kell War": 3}), "conflict": Counter(),
               "ministry": Counter(), "section": Counter()}
    question = "The war party prevailed in ____."
    assert resolve_references(question, phrases) == question
    assert resolve_references("The war ended in ____.", phrases) == (
        "The Great Kell War ended in ____.")


def test_a_conference_held_elsewhere_is_not_the_one_named_after_a_place() -> None:
    text = ("Kaldora and Vesteria sent delegations to the Dorn Conference, which met in Dorn in "
            "1945. The conference opened in Vell on 17 January 1944.")
    question = "On what date did the conference open in Vell?"
    resolved, _ = resolve_definites(question, "17 January 1944", text,
                                    "The conference opened in Vell on 17 January 1944.")
    assert "Dorn Conference" not in resolved, resolved
    text = ("The Inter-Kell Conference adopted the treaty. The conference opened at Vell on 15 "
            "August 1947.")
    resolved, _ = resolve_definites(question.replace("in Vell", "at Vell"), "15 August 1947",
                                    text, "The conference opened at Vell on 15 August 1947.")
    assert "Inter-Kell Conference" in resolved, resolved
