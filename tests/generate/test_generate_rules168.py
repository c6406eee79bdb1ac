"""Rule pass 168, from rounds 329-332: "the treaty between Mexico and Great Britain signed in
..." is one pair, no clause "Great Britain signed ..." to ask from; "Work on the station began"
is a common noun inside a question; a title's own question mark does not run into the card's
("Inför lif eller död??"). Every sentence here is invented. Each test fails on the code before,
except the guards named as such."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card

from quiz.generate import generate_decks
from quiz.generate.clauses import _common_noun_lowered
from quiz.generate.quality import faults


def _questions(tmp_path: Path, body: str) -> list[str]:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "a.txt").write_text(f"Kell and Zell\n\n{body}\n", encoding="utf-8")
    generate_decks([docs / "a.txt"], tmp_path / "out")
    out = tmp_path / "out" / "a.yaml"
    if not out.exists():
        return []  # (no card kept)
    return [card["question"] for card in yaml.safe_load(out.read_text(encoding="utf-8"))["cards"]]


@given(st.sampled_from(["Great Kell", "Zell", "the Kell Republic"]))
def test_a_pair_after_between_is_no_clause(second: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        questions = _questions(Path(folder), (
            "That trade was the target of the boundary treaty between Ostria and "
            f"{second} signed in Vell on 8 July 1893 by Foreign Secretary Ivo Tamm."))
    opened = second[:1].upper() + second[1:]
    assert not any(q.split(": ")[-1].startswith(f"{opened} signed") for q in questions)


def test_a_clause_after_and_is_still_one(tmp_path: Path) -> None:
    """(guard: ", and Zell signed ..." with no "between" is a clause of its own)"""
    questions = _questions(tmp_path, "Kell signed the Vell Accord on 3 May 1890, and Zell "
                                     "signed the Tamm Treaty in Ostria on 8 July 1893.")
    assert any(q.startswith("Zell signed the Tamm Treaty") or "did Zell sign" in q
               for q in questions)


@given(st.sampled_from(["Work", "Construction", "Research"]))
def test_work_on_a_thing_is_a_common_noun(noun: str) -> None:
    assert _common_noun_lowered(f"{noun} on the Kell dam") == f"{noun.lower()} on the Kell dam"


def test_a_title_question_mark_is_refused() -> None:
    sentence = "In 1904 Ada Tamm published the pamphlet Life or Death? in Kell."
    question = "In what year did Ada Tamm publish the pamphlet Life or Death??"
    assert any("question mark" in f for f in faults(_date_card(question, sentence, "1904",
                                                                 "wh")))
