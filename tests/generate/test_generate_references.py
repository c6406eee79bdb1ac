"""Bare "the conflict" / "the war" / "the ministry" / "the section" name what the document means."""

from __future__ import annotations

from pathlib import Path

import yaml

from quiz.generate import generate_decks
from quiz.generate.references import named_phrases, resolve_references

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


def test_generated_question_names_the_conflict(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "moldova.txt").write_text(
        "Moldova and Transnistria\n\n"
        "The Transnistria conflict is a frozen conflict between Moldova and the breakaway region.\n\n"
        "On July 21, 1992, the conflict ended with a ceasefire agreement signed in Moscow.\n",
        encoding="utf-8",
    )
    generate_decks([docs], tmp_path / "out")
    deck = yaml.safe_load((tmp_path / "out" / "moldova.yaml").read_text(encoding="utf-8"))
    questions = [c["question"] for c in deck["cards"]]
    assert any("the Transnistria conflict end" in q or "the Transnistria conflict ended" in q
               for q in questions), questions
    assert not any(" the conflict " in f" {q} " for q in questions)
