"""A large document: what is kept of it is kept small, and its deck is exactly the deck the
same text gives when it is held whole."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.dates import find_dates
from quiz.generate.documents import read_document
from quiz.generate.extract import find_facts
from quiz.generate.questions import candidates_for
from quiz.generate.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "tests/data/docs").iterdir()),
           *sorted((ROOT / "benchmarks/judged/docs/heldout").iterdir())]


def test_facts_candidates_and_dates_keep_no_per_object_dict() -> None:
    doc = read_document(SOURCES[0])
    fact = next(f for s in split_sentences(doc.text) for f in find_facts(s, doc))
    cand = candidates_for(fact, doc, 0)[0]
    for kept in (fact, cand, find_dates("On March 6, 1992")[0]):
        assert not hasattr(kept, "__dict__")  # slotted: a large document makes many
