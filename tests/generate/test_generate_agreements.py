"""Agreements: sections of acts, proper names, numbered resolutions, described agreements."""

from __future__ import annotations

from quiz.generate.agreements import find_agreements
from quiz.generate.sentences import Sentence


def _found(text: str) -> list[tuple[str, str]]:
    facts = find_agreements(Sentence(text, 1))
    for f in facts:
        assert text[f.start:f.end] == f.answer
    return [(f.answer, f.head) for f in facts]


def test_section_of_an_act_gives_the_section_and_the_act() -> None:
    assert _found("In 1974 Congress passed Section 402 of the Trade Reform Act, which limited "
                  "credits.") == [("Section 402", "section"), ("Trade Reform Act", "act")]


def test_proper_names_with_possessives_dates_and_tails() -> None:
    assert _found("Chile joined the OECD's Partnership for Growth programme in 2010.") == [
        ("OECD's Partnership for Growth programme", "programme")]
    assert _found("Both sides cited the March 2, 2015, Minsk Statement in the talks.") == [
        ("March 2, 2015, Minsk Statement", "statement")]
    assert _found("Ukraine signed the Lisbon Protocol on Strategic Arms in 1992.") == [
        ("Lisbon Protocol on Strategic Arms", "protocol")]
    assert _found("The Treaty of Tartu ended the war.") == [("Treaty of Tartu", "treaty")]


def test_numbered_resolutions() -> None:
    assert _found("The council adopted Resolution 1325 on women and peace.") == [
        ("Resolution 1325", "resolution")]


def test_described_agreements_need_a_modifier() -> None:
    assert _found("The two governments signed a bilateral fisheries agreement in Oslo.") == [
        ("bilateral fisheries agreement", "agreement")]
    assert _found("The agreement was welcomed by both leaders.") == []
    assert _found("Its initiative was welcomed.") == []


def test_a_head_used_as_a_modifier_is_not_an_agreement() -> None:
    assert _found("Both sides rejected the peace agreement proposals.") == []


def test_lower_case_software_words_and_amounts_are_not_agreements() -> None:
    assert _found("A great deal of work went into the conflict resolution program.") == []
    assert _found("The client speaks the wire protocol under new disambiguation rules.") == []
    assert _found("Baku submitted five basic principles to Yerevan.") == [
        ("five basic principles", "principles")]


def test_plural_proper_names() -> None:
    assert _found("The Zurich Protocols were signed in 2009.") == [("Zurich Protocols",
                                                                     "protocols")]
