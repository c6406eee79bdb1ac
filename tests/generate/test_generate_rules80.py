"""Rule pass 80, from rounds 62, 67 and 84 (heldout62, heldout67, heldout80): "punished those
who had supported" became "punished the who had supported" ("those" read as a pointer);
"ministers meeting in Warsaw agree that no member will open" was asked around the that-clause's
"will" ("would ... agree that no member open"); "The Paris Agreements enter into force" kept
"enter" in a fill-in whose blank is the Agreements. Every sentence here is invented. Each test
fails on the code before."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _run

from quiz.generate.clauses import date_question
from quiz.generate.documents import read_document
from quiz.generate.pipeline import prepare
from quiz.generate.tense import entry_in_the_past


def test_those_who_is_people_not_a_pointer() -> None:
    kept, _ = _run("In 1264 Kaldoran forces, among them troops led by Ivo Tamm and Mara Lund, "
                   "harried the isles and punished those who had supported the Ostrians.")
    asked = [q for q, a in kept.items() if a == "1264"]
    assert asked and all("punished those who" in q for q in asked), kept


def test_a_modal_of_a_that_clause_is_not_the_main_verb() -> None:
    text = ("8–10 February 1967: Ostrian foreign ministers meeting in Lerno agree that no member "
            "will open relations with Vell.")
    assert date_question(text, 0, len("8–10 February 1967"), "on what dates") is None


def test_a_plural_names_verb_goes_into_the_past() -> None:
    assert entry_in_the_past("The Dorn Agreements enter into force.") == (
        "The Dorn Agreements entered into force.")


def test_a_blanked_plural_names_verb_goes_into_the_past_with_the_entry(tmp_path: Path) -> None:
    source = tmp_path / "vell-doctrine-timeline.md"
    source.write_text(
        "# The Vell Doctrine\n\nThe Vell Doctrine shaped Kaldoran policy for fifteen years.\n\n"
        "- **5 May 1955:** The Dorn Agreements enter into force, ending the occupation, and "
        "Kaldora joins the Kell Alliance four days later.\n", encoding="utf-8")
    prepared = prepare(read_document(source), keep_rejected=True)
    asked = [c.question for c in prepared.candidates if c.answer == "Dorn Agreements"] + [
        r.candidate.question for r in prepared.rejected if r.candidate.answer == "Dorn Agreements"]
    assert asked and not any(" enter into force" in q for q in asked), asked
