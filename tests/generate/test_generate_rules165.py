"""Rule pass 165, from rounds 317-320: a blank after "after" or "before" gives a bound, not a
date (unless a span is measured from it: "For five years after ____"); the date of a census or
of a count is no fact to ask; a feast kept on a fixed day gives that day away ("the All Saints'
Flood", 1 November); "Anglo-German" is spelled out by "between Britain and Germany"; the
sentence's other dates, read as finely as the answer is written, are no wrong options. Every
sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card_faults, _run

from quiz.generate.distractors import build_pools, choices_for
from quiz.generate.documents import Document
from quiz.generate.extract import find_facts
from quiz.generate.facts import AGREEMENT
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate, candidates_for
from quiz.generate.sentences import Sentence


@given(st.sampled_from(["after", "before", "After", "Before"]))
def test_a_bound_is_no_date(word: str) -> None:
    sentence = f"The council sat at Kell until Ivo Tamm moved it to Zell {word.lower()} 1747."
    question = f"The council sat at Kell until Ivo Tamm moved it to Zell {word} ____."
    assert any("gives a bound" in f for f in _date_card_faults(sentence, question, "1747"))


@given(st.sampled_from(["For five years after", "For most of the century after",
                        "For more than a century before", "Only after",
                        "In the decades before"]))
def test_a_span_measured_from_the_date_is_kept(opening: str) -> None:
    """(guard: the span says when it began or ended)"""
    sentence = f"{opening} 1747 the council sat at Kell."
    question = f"{opening} ____ the council sat at Kell."
    assert not any("gives a bound" in f for f in _date_card_faults(sentence, question, "1747"))


def test_the_date_of_a_census_is_refused() -> None:
    sentence = "The census of 1921 counted 62,612 people in the province of Kell."
    question = "The census of ____ counted 62,612 people in the province of Kell."
    assert any("census" in f for f in _date_card_faults(sentence, question, "1921"))


def test_the_date_of_a_count_is_refused() -> None:
    sentence = "Population: 909,100 on 1 January 1931, of whom most were Kellish."
    question = "Kell: 909,100 on ____, of whom most were Kellish."
    assert any("count" in f for f in _date_card_faults(sentence, question, "1 January 1931"))


def test_the_year_of_a_share_of_the_population_is_refused() -> None:
    sentence = "The Kellish made up about 94 per cent of the population in 2010."
    question = "In what year did the Kellish make up about 94 per cent of the population?"
    assert any("population" in f for f in _date_card_faults(sentence, question, "2010"))


@given(st.sampled_from([("the All Saints' Flood", "1 November"),
                        ("the St Bartholomew's Day massacre", "24 August"),
                        ("the Christmas Day raid", "25 December"),
                        ("the Saint Lucy's flood", "13 December")]))
def test_a_feast_gives_its_day_away(event: tuple[str, str]) -> None:
    name, day = event
    kept, left = _run(f"On {day} 1570 {name} broke the dikes of Kell.")
    assert not any(name in question for question in kept)
    assert any("kept on the answer's day" in reason for reason in left.values())


def test_a_feast_on_another_day_gives_nothing_away() -> None:
    """(guard: the storm came a week after All Saints)"""
    kept, _ = _run("On 8 November 1570 the storm after All Saints broke the dikes of Kell.")
    assert "8 November 1570" in kept.values()


def _agreement_card(sentence: str, answer: str) -> Candidate:
    doc = Document(__import__("pathlib").Path("d.txt"), sentence, "D")
    facts = [f for f in find_facts(Sentence(sentence, 1), doc) if f.kind == AGREEMENT]
    fact = next(f for f in facts if f.answer == answer)
    return next(c for c in candidates_for(fact, doc) if c.form == "cloze")


@given(st.sampled_from([("Anglo-German", "Britain and Germany"),
                        ("Franco-Spanish", "France and Spain"), ("Sino-Russian", "China and Russia")]))
def test_combining_forms_are_spelled_out_by_their_countries(pair: tuple[str, str]) -> None:
    name, parties = pair
    sentence = (f"The {name} Agreement of 1 November 1886 was the first partition of the coast "
                f"between {parties}.")
    cand = _agreement_card(sentence, f"{name} Agreement")
    assert any("every word of the name" in f for f in faults(cand))


def test_a_combining_form_whose_country_is_not_asked_gives_nothing_away() -> None:
    """(guard: the question names one party only)"""
    sentence = ("The Anglo-German Agreement of 1 November 1886 was the first partition of the "
                "coast of Kell.")
    cand = _agreement_card(sentence, "Anglo-German Agreement")
    assert not any("every word of the name" in f for f in faults(cand))


def test_a_year_of_the_same_sentence_is_no_option_for_a_year() -> None:
    corpus = [
        "Ivo Tamm took part in the capture of Zell in 1592 and then in the siege of Kell, "
        "which the army invested in May 1594.",
        "In 1590 the Kellish fleet sailed.", "In 1591 the Zell council met.",
        "In 1593 the harbour froze.", "In 1595 the bridge fell.", "In 1596 the mint opened.",
    ]
    doc = Document(__import__("pathlib").Path("d.txt"), "x", "D")
    facts, cands = [], []
    for i, text in enumerate(corpus, start=1):
        for fact in find_facts(Sentence(text, i), doc):
            facts.append(fact)
            cands.extend(candidates_for(fact, doc))
    cand = next(c for c in cands if c.answer == "1592")
    options = choices_for(cand, build_pools(facts))
    assert options and "1594" not in options
