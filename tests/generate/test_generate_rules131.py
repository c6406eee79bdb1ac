"""Rule pass 131, from rounds 217-220: "On what date was Carlos Manuel de Céspedes?" (its
participle lost) is refused; a timeline's present kept after a name before another name ("did the
cruiser Königsberg surprises HMS Pegasus") is found; a participle after an article's noun and a
nation's adjective is no verb ("A British force carried across Lake Victoria ... raided Bukoba").
Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.grammar import find_verb
from quiz.generate.tense import present_left


@given(st.sampled_from(["Vell: On what date was Carlos Manuel de Tamm?",
                        "In what year was Ivo Tamm?"]))
def test_was_and_a_name_with_no_participle_is_refused(question: str) -> None:
    from quiz.generate.quality import _BE_THEN_NAME_END  # (new in this pass)

    assert _BE_THEN_NAME_END.search(question)
    assert not _BE_THEN_NAME_END.search("On what date was Ivo Tamm born?")


def test_a_present_after_a_name_before_another_name_is_found() -> None:
    assert present_left("On what date did the Vellish cruiser Königsberg surprises HMS Dask in "
                        "harbour?")


def test_a_guard_what_a_name_calls_is_no_present_left() -> None:
    """Guard."""
    assert not present_left("On what date did Vell attack Ostria in what Dask calls Kaldora's "
                            "war?")


def test_a_participle_after_an_articles_noun_and_a_nations_adjective_is_no_verb() -> None:
    text = "A Vellish force carried across Lake Dask by steamers from Kell raided Ostria."
    found = find_verb(text)
    assert found is not None and text[found[0]:found[1]] == "raided"


def test_a_guard_plural_forces_moving_into_a_place_keep_their_verb() -> None:
    """Guard."""
    text = "Vellish forces moved into the strip in 1973, when the government was fighting."
    found = find_verb(text)
    assert found is not None and text[found[0]:found[1]] == "moved"
