"""Rule pass 178, from rounds 369-376: one event told twice in a document is asked once ("Pong
Tiku was declared a National Hero of Indonesia in ____" and "did Megawati declare Pong Tiku a
National Hero of Indonesia?" in one deck): a date that may be the same, two names beyond the
ones the deck is named by, questions alike. Every sentence here is invented. Each test fails on
the code before, except the guards named as such."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate import generate_decks


def _questions(body: str, name: str = "ivo-tamm-biography.txt", title: str = "Ivo Tamm"
               ) -> tuple[list[str], list[str]]:
    with tempfile.TemporaryDirectory() as folder:
        docs = Path(folder) / "docs"
        docs.mkdir()
        (docs / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        report = generate_decks([docs / name], Path(folder) / "out", keep_rejected=True)
        out = Path(folder) / "out" / name.replace(".txt", ".yaml")
        cards = yaml.safe_load(out.read_text(encoding="utf-8"))["cards"] if out.exists() else []
        return [card["question"] for card in cards], [r.reason for _, r in report.rejected]


_TOLD_TWICE = ("Ivo Tamm (1850-1907) led the Vell resistance against the Kellish army for twenty "
               "years. Long remembered in Vell as a symbol of defiance, Ivo Tamm was declared a "
               "{honour} of Zell in 2002. In 2002 President Ann Sorel declared Ivo Tamm a "
               "{honour} of Zell at a ceremony in Vell.")


@settings(max_examples=4, deadline=None)
@given(st.sampled_from(["National Hero", "Grand Patron", "Honoured Citizen"]))
def test_one_event_told_twice_in_a_deck_is_asked_once(honour: str) -> None:
    questions, rejected = _questions(_TOLD_TWICE.format(honour=honour))
    assert len([q for q in questions if honour in q]) == 1
    assert any(reason.startswith("duplicate: the same fact is asked in ivo-tamm-biography.yaml")
               for reason in rejected)


@settings(max_examples=4, deadline=None)
@given(st.sampled_from(["the Vell Front", "the Zell League", "the Kell Union"]))
def test_two_events_of_one_year_in_a_life_are_both_asked(body: str) -> None:
    """(guard: in a biography every card names its subject; two acts of 1972 stay two)"""
    text = (f"Ivo Tamm (1850-1907) was a Kellish politician. In 1972 Ivo Tamm founded {body} "
            "as a party for all the hill peoples. Early in 1972 Ivo Tamm led a delegation of "
            "hill leaders to the Prime Minister, Ann Sorel, with a charter of demands.")
    questions, _ = _questions(text)
    assert any("founded" in q or "found " in q for q in questions)
    assert any("delegation" in q for q in questions)
