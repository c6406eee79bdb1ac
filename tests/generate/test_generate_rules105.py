"""Rule pass 105, from rounds 116-117 (heldout111, heldout112): in a life of Liaquat Ali Khan,
whom the text calls "Liaquat", every "Liaquat" was written "Liaquat Bagh", the park named after
him (13 cards, 26 verdicts against); "the Treaty establishing the European Coal and Steel
Community was signed" was cut at the "and" inside the name ("On what date was Steel Community
signed?"). Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _prepared_titled, _run

_LIFE = ("Ivo Ali Tamm (1895–1951) was the first Prime Minister of Kaldora.\n\n"
         "Ivo joined the Union League in 1923. Ivo became its secretary in 1936, and he led it "
         "in the Assembly. Ivo was shot in Dorn on 16 October 1951; he died that evening, and "
         "the park where he was shot was renamed Ivo Bagh.")


def test_the_subjects_given_name_is_not_a_place_named_after_him() -> None:
    prepared = _prepared_titled("Ivo Ali Tamm", _LIFE)
    questions = [c.question for c in prepared.candidates]
    assert questions and not any("Ivo Bagh" in q for q in questions), questions


@given(st.sampled_from(["Coal and Steel Community", "Trade and Development Bank",
                        "Science and Culture Organisation"]))
def test_an_and_inside_a_bodys_name_is_no_second_clause(name: str) -> None:
    kept, _ = _run("The Kaldoran government embraced the Tamm Plan, and the Treaty establishing "
                   f"the Western {name} was signed in Dorn on 18 April 1951.")
    tail = name.split(" and ", 1)[1]
    assert not any(q.startswith(f"On what date was {tail}") for q in kept), kept
