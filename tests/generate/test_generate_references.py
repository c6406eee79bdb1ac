"""Bare "the conflict" / "the war" / "the ministry" / "the section" name what the document means."""

from __future__ import annotations

from collections.abc import Callable

from quiz.generate.references import (
    joined_names,
    named_phrases,
    resolve_references,
    whole_joined_names,
)

TEXT = (
    "The Transnistria conflict began in 1990. Moldova's Foreign Ministry protested. "
    "Section 12 of the Accord was suspended. The Transnistria conflict froze in 1992."
)


def test_named_phrases_are_counted_per_head() -> None:
    found = named_phrases(TEXT)
    assert found["conflict"] == {"Transnistria conflict": 2}
    assert found["ministry"] == {"Moldova's Foreign Ministry": 1}
    assert found["section"] == {"Section 12": 1}
    assert not found["war"]


def test_bare_references_are_replaced() -> None:
    phrases = named_phrases(TEXT)
    assert resolve_references("When did the conflict freeze?", phrases) == (
        "When did the Transnistria conflict freeze?")
    assert resolve_references("The ministry protested in ____.", phrases) == (
        "Moldova's Foreign Ministry protested in ____.")
    assert resolve_references("Who suspended the section?", phrases) == "Who suspended Section 12?"
    assert resolve_references("When did the war end?", phrases) is None  # no war is named
    assert resolve_references("When did the Korean War end?", phrases) == "When did the Korean War end?"


def test_two_equally_named_conflicts_are_ambiguous() -> None:
    phrases = named_phrases("The Aceh conflict and the Papua conflict are distinct.")
    assert resolve_references("When did the conflict end?", phrases) is None


def test_generated_question_names_the_conflict(
    questions_from: Callable[[str, str], list[str]],
) -> None:
    questions = questions_from(
        "moldova",
        "Moldova and Transnistria\n\n"
        "The Transnistria conflict is a frozen conflict between Moldova and the breakaway region.\n\n"
        "On July 21, 1992, the conflict ended with a ceasefire agreement signed in Moscow.\n",
    )
    assert any("the Transnistria conflict end" in q or "the Transnistria conflict ended" in q
               for q in questions), questions
    assert not any(" the conflict " in f" {q} " for q in questions)


def test_a_part_of_a_joined_agreement_name_is_written_whole() -> None:
    joined = joined_names(["Coastal Truce and Power Sharing Agreement", "Treaty of Ostra"])
    assert whole_joined_names("On what date was the Power Sharing Agreement signed by Ion Vasko?",
                              "9 May 2011", joined) == (
        "On what date was the Coastal Truce and Power Sharing Agreement signed by Ion Vasko?")
    assert whole_joined_names("Mara Ilves brokered the Coastal Truce in ____.", "2011",
                              joined) == (
        "Mara Ilves brokered the Coastal Truce and Power Sharing Agreement in ____.")
    whole = "When was the Coastal Truce and Power Sharing Agreement signed?"
    assert whole_joined_names(whole, "9 May 2011", joined) == whole


def test_two_agreements_joined_by_and_are_not_one_name() -> None:
    names = ["Harbor Accords and Fisheries Pact", "Harbor Accords"]  # the first also alone
    assert joined_names(names).parts is None
