"""Rule pass 39, from the faults readers found in round 51 (heldout50, judged before any of these
rules was written): a history of two countries' relations ("Vietnam and the United States: from
war's end to partnership") read as having no subject, so "the trade embargo" stayed unanchored;
a country's name cut at its particle ("President of Côte"); a blank over the year of a law's name
("the Constitution Act, ____"); a "then" after a plural subject ("observers then monitored").
Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.documents import Document
from quiz.generate.officials import find_officials
from quiz.generate.pipeline import prepare
from quiz.generate.sentences import Sentence
from quiz.generate.topic import place_or_event
from quiz.generate.trim import without_then


def test_a_history_of_two_countries_labels_what_it_leaves_unnamed() -> None:
    title = "Kenya and the United Kingdom: from empire to partnership, 1963–2023"
    subject = place_or_event(title, [])
    assert subject is not None and subject.name == "Kenya and the United Kingdom"
    body = ("## 1994\n\n- **3 February 1994** — Ivo Tamm lifts the trade embargo.\n"
            "- **20 September 1977** — Kenya is admitted to the Harrow Union without objection.\n")
    doc = Document(Path("k.md"), f"# {title}\n\n{body}", title, None)
    questions = [c.question for c in prepare(doc).candidates]
    assert "Kenya and the United Kingdom: On what date did Ivo Tamm lift the trade embargo?" in (
        questions)
    # a card that names one of the two needs no label
    assert not any(q.startswith("Kenya and the United Kingdom: ") and "Kenya was" in q
                   for q in questions)


def test_a_countrys_name_keeps_its_particle() -> None:
    text = "Laurent Benn, President of Côte d'Ivoire, signed the accord at Harrow in 2007."
    roles = {f.answer: f.role for f in find_officials(Sentence(text, 1))}
    assert roles["Laurent Benn"] == "President of Côte d'Ivoire"


def test_a_blank_over_a_laws_year_is_refused() -> None:
    body = ("The Vell Agreement was signed in 1993. As a land claims agreement under section 35 "
            "of the Constitution Act, 1982, it is constitutionally protected, and it is often "
            "called a modern treaty.\n")
    title = "The Vell Agreement (1993): a summary"
    doc = Document(Path("v.txt"), f"{title}\n\n{body}", title, None)
    prepared = prepare(doc)
    assert not any("Constitution Act, ____" in c.question for c in prepared.candidates)
    # (since pass 123 the year is read as part of the act's name, so it is never a blank)
    assert not any("Constitution Act, ____" in r.candidate.question for r in prepared.rejected)
    assert any(r.candidate.answer == "Constitution Act, 1982" for r in prepared.rejected)


def test_then_after_a_plural_subject_is_dropped() -> None:
    assert without_then("Vellish observers then monitored the elections in ____.") == (
        "Vellish observers monitored the elections in ____.")
    kept_as_is = "Ivo Tamm was born in Harrow, as Vell was then called, on ____."
    assert without_then(kept_as_is) == kept_as_is
