"""Wrong options: same type and format, never the answer, never true for the same fact."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.distractors import Pools, build_pools, choices_for
from quiz.generate.documents import Document
from quiz.generate.extract import find_facts
from quiz.generate.questions import Candidate, candidates_for
from quiz.generate.sentences import Sentence
from quiz.generate.text import fold

CORPUS = [
    "On 3 March 2008, Kaldoran President Tomas Reyes signed a bilateral energy agreement.",
    "On 14 February 1994, Vesterian Prime Minister Anna Lindqvist opened the new embassy.",
    "On 9 July 2011, the Meridian Foreign Minister Sofia Alvarez visited the port.",
    "On 21 June 2019, then Kaldoran President Marta Osei hosted a fisheries summit.",
    "In 1999, Ortega signed the Treaty of Nice.",
    "The Harbor Accord was signed in May 2012 by both fleets.",
    "In 2016, US President Barack Obama met Ortega.",
    "In 1919, President of the United States Woodrow Wilson met the delegates.",
]


def _all() -> tuple[Pools, list[Candidate]]:
    doc = Document(Path("d.txt"), "x", "D")
    facts, cands = [], []
    for i, text in enumerate(CORPUS, start=1):
        for fact in find_facts(Sentence(text, i), doc):
            facts.append(fact)
            cands.extend(candidates_for(fact, doc))
    return build_pools(facts), cands


def _find(cands: list[Candidate], answer: str, form: str | None = None) -> Candidate:
    return next(c for c in cands if c.answer == answer and (form is None or c.form == form))


def test_dates_get_same_granularity_and_style_never_the_answer() -> None:
    pools, cands = _all()
    cand = _find(cands, "3 March 2008")
    choices = choices_for(cand, pools)
    assert len(choices) == 3
    assert "3 March 2008" not in choices
    assert all(len(c.split()) == 3 and c.split()[0].isdigit() for c in choices)  # "14 February 1994"


def test_year_answers_get_years() -> None:
    pools, cands = _all()
    choices = choices_for(_find(cands, "1999"), pools)
    assert choices and all(c.isdigit() and len(c) == 4 and c != "1999" for c in choices)


def test_forward_card_never_offers_someone_who_held_the_same_office() -> None:
    pools, cands = _all()
    cand = _find(cands, "Tomas Reyes", "forward")
    choices = choices_for(cand, pools)
    assert "Marta Osei" not in choices  # also a Kaldoran President: could be a right answer
    assert "Tomas Reyes" not in choices and choices


def test_reverse_card_never_offers_an_equivalent_role() -> None:
    pools, cands = _all()
    cand = _find(cands, "US President", "reverse")
    choices = choices_for(cand, pools)
    assert choices
    assert all(fold(c) not in {"us president", "president of the united states"} for c in choices)


def test_agreements_are_offered_for_agreements() -> None:
    pools, cands = _all()
    cand = _find(cands, "Treaty of Nice")
    choices = choices_for(cand, pools)
    assert set(choices) <= {"bilateral energy agreement", "Harbor Accord"}
    assert choices


def test_role_options_are_distinct_offices() -> None:
    pools, cands = _all()
    for cand in cands:
        if cand.form != "reverse":
            continue
        words = [frozenset(fold(c).split()) for c in choices_for(cand, pools)]
        for i, a in enumerate(words):
            assert all(not (a <= b or b <= a) for b in words[i + 1:]), cand.question
