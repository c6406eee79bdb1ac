"""Rule pass 175, from rounds 353-360: a card opening with a participle and then "it" or "they"
("Held at Vell on ____, it produced ...") needs the document when no label will say what "it"
is. Every sentence here is invented. Each test fails on the code before, except the guards
named as such."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate import generate_decks
from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare


def _questions(folder: Path, title: str, body: str) -> list[str]:
    docs = folder / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "a.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    generate_decks([docs / "a.txt"], folder / "out")
    out = folder / "out" / "a.yaml"
    if not out.exists():
        return []  # (no card kept)
    return [card["question"] for card in yaml.safe_load(out.read_text(encoding="utf-8"))["cards"]]


_BODY = ("The Vell Referendum was the first vote of the Kell region. {part} at Vell on "
         "18 February 2002, it produced a large majority for union with Zell. Ivo Tamm, the "
         "Kellish Foreign Minister, called it.")


_LIFE = ("Ivo Tamm was a Kellish politician. He was born in Vell in 1930. In 1988 he proposed a "
         "vote on union with Zell. {part} at Vell on 18 February 1992, it produced a large "
         "majority for union with Zell. He died in 2010.")


@given(st.sampled_from(["Held", "Won", "Lost"]))
def test_it_after_a_participle_without_a_label_is_refused(part: str) -> None:
    text = f"Ivo Tamm (1930–2010)\n\n{_LIFE.format(part=part)}\n"
    prepared = prepare(Document(Path("a.txt"), text, "Ivo Tamm (1930–2010)"))
    assert not any(f"{part} at Vell" in c.question for c in prepared.candidates)
    assert any("“it” or “they” is what another sentence names" in r.reason
               for r in prepared.rejected)


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["Held", "Won", "Lost"]))
def test_it_after_a_participle_under_the_subjects_label_stays(part: str) -> None:
    """(guard: "Vell Referendum: Held at Vell on ____, it produced ...": the label says what)"""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        questions = _questions(Path(folder), "The Vell Referendum", _BODY.format(part=part))
    assert any(q.startswith("Vell Referendum: ") and ", it produced" in q for q in questions)
