"""Rule pass 22, from the faults readers found in round 35 (heldout34, judged before any of these
rules was written): a report's lead whose opening phrase holds a participle, cut at the "and" of
its two-party subject ("On ____, after six years of negotiations conducted through a mediator,
Afghanistan."); a member joining a body's fact sheet's body with no object ("did the United
States join, although ..."); a fact-sheet label with a year in it ("Maritime Labour Convention,
2006: consolidates ..."). Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _run

from quiz.generate.clauses import cut_clause
from quiz.generate.documents import read_document
from quiz.generate.pipeline import prepare


def test_a_participle_in_an_opening_phrase_does_not_end_the_clause_at_and() -> None:
    text = ("On 14 April 1988, after six years of indirect talks conducted largely through a "
            "mediator, Kaldora and Ostria signed a set of agreements in Vell.")
    assert cut_clause(text, has_verb=False, commas=True) == text
    kept, left = _run(text)
    assert not any(q.rstrip(".?").endswith("Kaldora") for q in [*kept, *left])


def test_a_member_joining_a_bodys_fact_sheet_joins_the_body(tmp_path: Path) -> None:
    sheet = tmp_path / "kaldoran-labour-organization-factsheet.md"
    sheet.write_text("# Kaldoran Labour Organization (KLO): Fact Sheet\n\n## Key facts\n\n"
                     "- **1919:** The Kaldoran Labour Organization is founded at Vell.\n"
                     "- **1934:** Ostria joins, although it never joined the League of Vell.\n",
                     encoding="utf-8")
    kept = {c.question: c.answer for c in prepare(read_document(sheet)).candidates}
    assert kept.get("In what year did Ostria join the Kaldoran Labour Organization, although it "
                    "never joined the League of Vell?") == "1934"


def test_a_fact_sheet_label_with_a_year_is_no_sentence() -> None:
    kept, left = _run("## Conventions\n\n- Vell Labour Convention, 2006: consolidates dozens of "
                      "earlier standards into a single charter; it entered into force on 20 August "
                      "2013.\n")
    assert not any(q.startswith("Vell Labour Convention, 2006:") for q in kept)
