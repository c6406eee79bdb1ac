"""Rule pass 251, from rounds 813-820 (heldout805-812):

- "By the Treaty of Brömsebro, which ends the Torstenson War, on what date in 1645 did Denmark
  cede ...?" (a timeline's present left in an opening phrase's relative clause);
- "A Benedictine monastery of St Peter ... is first mentioned in ____, when." (a subordinator the
  cut left last, and its comma).

Every sentence here is invented. Each test fails on the code before, except the guard named as
such."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.generate.tense import rest_in_the_past
from quiz.generate.trim import shorten


@given(st.sampled_from([("ends", "ended"), ("opens", "opened"), ("gives", "gave")]),
       st.sampled_from(["By", "Under", "With"]))
def test_an_opening_phrases_relative_clause_goes_into_the_past(verbs: tuple[str, str],
                                                               opening: str) -> None:
    present, past = verbs
    question = (f"{opening} the Treaty of Kell, which {present} the Vell War, on what date in 1645 "
                f"did Ostria cede Dask to Kellia?")
    assert f"which {past} the Vell War" in rest_in_the_past(question)


@given(st.sampled_from(["remains in force", "lies on the border"]))
def test_a_guard_a_present_that_may_still_be_true_stays(rest: str) -> None:
    question = f"Under the Treaty of Kell, which {rest}, on what date did Vell join?"
    assert rest_in_the_past(question) == question


@settings(max_examples=5, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["when", "where", "while", "which"]))
def test_a_cut_never_ends_on_a_subordinator(word: str) -> None:
    question = (f"Kell: A Benedictine monastery of St Peter, probably built on older foundations "
                f"of the Roman period on the northern shore of the island, is first mentioned in "
                f"____, {word}, according to the usual account of the abbey of St Michael on the "
                f"neighbouring island of Vell and its monks, it was given away.")
    shortened = shorten(question)
    assert not shortened.rstrip(" .?").endswith((word, ",")), shortened
