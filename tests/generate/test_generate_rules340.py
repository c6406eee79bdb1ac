"""Rule pass 340, from rounds 1397-1404 (heldout1389-1396, hospitals) as both readers judged them:

- a wrong option for a span or a list of bare years shares no year with the answer (round 1404
  found "1736–1738" right for "1737–1738", round 1400 "1142 or 1143" for "1143 or 1144");
- a given name and a father's name after "di" is one full name ("Francesco di
  Marco Datini"; round 1401 wrote "did Marco Datini die", his father).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.dates import DateMention, find_dates
from quiz.generate.distractors import build_pools, choices_for
from quiz.generate.documents import Document
from quiz.generate.extract import find_facts
from quiz.generate.questions import candidates_for
from quiz.generate.sentences import Sentence


def _options(sentence: str, answer: str) -> list[str]:
    doc = Document(Path("d.txt"), sentence, "D")
    facts = find_facts(Sentence(sentence, 1), doc)
    cands = [c for fact in facts for c in candidates_for(fact, doc) if c.answer == answer]
    return choices_for(cands[0], build_pools(facts)) if cands else []


def _years(text: str) -> set[int]:
    numbers = [int(n) for n in text.replace("–", " ").replace("or", " ").split() if n.isdigit()]
    return set(range(min(numbers), max(numbers) + 1))


@given(st.integers(min_value=1200, max_value=1900), st.integers(min_value=1, max_value=2))
def test_a_span_of_years_gets_no_option_that_overlaps_it(first: int, span: int) -> None:
    answer = f"{first}–{first + span}"
    options = _options(f"In {answer} Anna Kask gave up her post at the Vell customs house.",
                       answer)
    assert options
    assert not any(_years(option) & _years(answer) for option in options)


@given(st.integers(min_value=1100, max_value=1900))
def test_a_list_of_two_years_gets_no_option_that_shares_one(first: int) -> None:
    from quiz.generate.distractors import _shares_years
    answer = f"{first} or {first + 1}"
    mention = DateMention(answer, 0, len(answer), "list", first)
    assert _shares_years(f"{first - 1} or {first}", mention)
    assert not _shares_years(f"{first + 2} or {first + 3}", mention)


def test_a_guard_days_of_one_year_may_share_it() -> None:
    from quiz.generate.distractors import _shares_years
    mention = next(m for m in find_dates("On 24–25 March 1914 the strike began.")
                   if "24" in m.text)
    assert not _shares_years("2–3 March 1914", mention)


@given(st.sampled_from([("Francesco", "di", "Marco"), ("Giovanni", "di", "Bicci"),
                        ("Lorenzo", "di", "Piero")]))
def test_a_given_name_and_a_fathers_name_are_one_full_name(words: tuple[str, str, str]) -> None:
    from quiz.generate.names import document_full_names
    given_name, particle, father = words
    text = (f"Vell\n\nThe merchant {given_name} {particle} {father} Kask left his fortune to "
            "the hospital. Kask died in Vell in 1410.\n")
    assert document_full_names("Kask", text) == {f"{given_name} {particle} {father} Kask"}


def test_a_guard_a_name_without_a_particle_is_read_as_before() -> None:
    from quiz.generate.names import document_full_names
    text = "Vell\n\nThe merchant Marco Kask left his fortune. Kask died in 1410.\n"
    assert document_full_names("Kask", text) == {"Marco Kask"}
