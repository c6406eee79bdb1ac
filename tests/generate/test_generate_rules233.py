"""Rule pass 233, from rounds 717-724 (heldout709-716, after pass 231): three timeline and
summary sentences read with the wrong verb. "the Dutch surrender Recife at the Campina do
Taborda" was asked "did the Dutch surrender Recife at the Campina Taborda" (the name's "do"
taken for a helper verb); "Held first at Holdenby House, the King was seized" was asked "was
Held first at Holdenby House, the King seized" (the opening participle taken for the
subject); "Princess Elizabeth, ..., dies at Carisbrooke Castle, where she had been confined"
was asked "was Princess Elizabeth ... dies at Carisbrooke Castle, where she confined" (a
relative clause's "had" taken for the clause's verb). Every sentence here is invented. Each
test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question, invert
from quiz.generate.grammar import find_verb


def _asked(sentence: str, date: str, wh: str = "on what date") -> str | None:
    start = sentence.index(date)
    return date_question(sentence, start, start + len(date), wh)


def test_a_names_do_is_no_helper_verb() -> None:
    assert find_verb("the Dutch surrender Vell at the Campina do Orlas") is None
    asked = invert("the Ostrians surrendered Vell at the Campina do Orlas.", "On what date")
    assert asked is not None and "Campina do Orlas" in asked, asked


def test_an_opening_participle_with_its_place_is_no_subject() -> None:
    asked = _asked("Held first at Dask House in Vellia, the King was seized on 4 June 1647 by "
                   "Cornet Tamas Orlo.", "4 June 1647")
    assert asked is not None and "was the King seized" in asked, asked


def test_a_relative_clauses_helper_is_not_the_clauses_verb() -> None:
    asked = _asked("8 September: Princess Ilse, the King's second daughter, dies at Dask "
                   "Castle, where she had been confined since August.", "8 September")
    assert asked is None or ("where she confined" not in asked and "was Princess" not in asked)


@given(st.sampled_from(["Rio", "Campina", "Praia", "Ilha", "Serra"]),
       st.sampled_from(["Sul", "Taborda", "Forte", "Norte", "Mar"]))
def test_do_between_two_names_is_never_a_verb(first: str, second: str) -> None:
    assert find_verb(f"the Vellians landed at {first} do {second}") == find_verb(
        f"the Vellians landed at {first} {second}")
