"""An office question dated to a year in which the document says the office changed hands is
left out (quiz.generate.office_changes), on documents written for these tests."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.documents import Document
from quiz.generate.facts import OFFICIAL, Fact
from quiz.generate.office_changes import OfficeChanges
from quiz.generate.pipeline import prepare
from quiz.generate.questions import Candidate
from quiz.generate.sentences import Sentence


def _prepared(body: str) -> tuple[dict[str, str], dict[str, str]]:
    doc = Document(Path("doc.md"), f"# Fisheries talks\n\n{body}\n", "Fisheries talks")
    prepared = prepare(doc)
    kept = {c.question: c.answer for c in prepared.candidates}
    left = {r.candidate.question: r.reason for r in prepared.rejected}
    return kept, left


def test_a_year_in_which_the_person_changed_office_is_not_asked() -> None:
    kept, left = _prepared(
        "The accord was signed in Reykjavik on 4 May 1981 by Icelandic Fisheries Minister "
        "Halla Magnúsdóttir.\n\nHalla Magnúsdóttir became Prime Minister of Iceland in "
        "November 1981.")
    question = "What position did Halla Magnúsdóttir hold in 1981?"
    assert question not in kept
    assert "change of office in 1981" in left[question]


def _office_card(question: str, name: str, role: str) -> Candidate:
    sentence = Sentence(f"{role} {name} signed the accord.", 3)
    fact = Fact(OFFICIAL, name, len(role) + 1, len(role) + 1 + len(name), sentence, role=role)
    return Candidate(fact, "reverse", question, role)


def _changes(*texts: str) -> OfficeChanges:
    changes = OfficeChanges()
    for line, text in enumerate(texts, start=1):
        changes.add(Sentence(text, line))
    return changes


def test_a_year_without_a_change_is_asked() -> None:
    card = _office_card("What position did Halla Magnúsdóttir hold in 1981?", "Halla Magnúsdóttir",
                        "Icelandic Fisheries Minister")
    changes = _changes("Halla Magnúsdóttir retired from politics in 1990.",
                       "Jón Arason was appointed Icelandic Fisheries Minister in 1984.",
                       "Halla Magnúsdóttir visited Oslo in 1981.")
    assert changes.changed(card) == ""


def test_a_year_in_which_the_office_changed_hands_is_not_asked() -> None:
    card = _office_card("Who was the Icelandic Fisheries Minister in 1981?", "Halla Magnúsdóttir",
                        "Icelandic Fisheries Minister")
    changes = _changes("In September 1981 Jón Arason was appointed Icelandic Fisheries Minister.")
    assert "change of office in 1981" in changes.changed(card)
