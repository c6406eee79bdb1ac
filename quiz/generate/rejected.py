"""The candidates a run left out, with the reason for each, as a YAML file a teacher can read.

Each entry carries the card as the deck format writes it (question, answer, source), so taking
one back is copying it into its deck's `cards:` list.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from quiz.core.files import write_atomic
from quiz.generate.rank import Rejected

_HEADER = ("# Candidate cards `quiz generate` left out, with the reason for each.\n"
           "# To take one back, copy its question, answer and source into the deck's cards.\n")


def rejected_entries(rejected: Iterable[tuple[str, Rejected]]) -> list[dict[str, object]]:
    """One plain mapping per left-out candidate, in the order the run met them."""
    entries: list[dict[str, object]] = []
    for document, item in rejected:
        cand = item.candidate
        sentence = cand.fact.sentence
        entries.append({
            "document": document, "reason": item.reason, "question": cand.question,
            "answer": " ".join(cand.answer.split()),
            "source": {"file": document, "line": sentence.line, "quote": sentence.quote},
        })
    return entries


def write_rejected(path: Path, rejected: Iterable[tuple[str, Rejected]]) -> int:
    """Write the left-out candidates to `path` (atomically); how many were written."""
    entries = rejected_entries(rejected)
    body = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=100)
    write_atomic(path, _HEADER + (body if entries else "[]\n"))
    return len(entries)
