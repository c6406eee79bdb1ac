"""Rule pass 107, from round 124 (heldout119): "Which Prime Minister of Solomon Islands
requested help ...?" was offered Helen Clark, Alexander Downer and Phil Goff: a country of two
words ("Solomon Islands", "New Zealand") was never read as the office's nation, so the rule
that a person's wrong options share the answer's nation (pass 98) did not hold. Every sentence
here is invented (the people). The test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.distractors import build_pools, choices_for
from quiz.generate.documents import Document
from quiz.generate.extract import find_facts
from quiz.generate.questions import candidates_for
from quiz.generate.sentences import Sentence
from quiz.generate.text import fold


@given(st.sampled_from(["Solomon Islands", "New Zealand", "Sri Lanka", "South Africa"]))
def test_a_persons_options_share_a_two_word_nation(country: str) -> None:
    sentences = [f"In 2003 the Prime Minister of {country}, Ivo Tamm, asked for help.",
                 "In 2003 the Australian Foreign Minister, Lev Kask, flew to Dorn.",
                 "In 2003 the Kaldoran Prime Minister, Ole Varn, flew to Dorn.",
                 "In 2003 the Dornish Foreign Minister, Ada Rist, flew to Vell.",
                 "In 2003 the Vellish Prime Minister, Karl Benn, flew to Dorn."]
    doc = Document(Path("d.txt"), "x", "D")
    facts = [f for i, text in enumerate(sentences, start=1)
             for f in find_facts(Sentence(text, i), doc)]
    cands = [c for f in facts for c in candidates_for(f, doc) if c.answer == "Ivo Tamm"]
    assert cands
    people = frozenset(fold(f.answer) for f in facts if f.kind == "official")
    for cand in cands:
        options = choices_for(cand, build_pools(facts), people=people)
        assert not options, (cand.question, options)  # no one else of that nation
