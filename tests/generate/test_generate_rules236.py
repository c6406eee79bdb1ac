"""Rule pass 236, from rounds 725-727 (heldout717-719, after pass 234): "the Regional
Assembly elected on 27 June meets in Horta" was asked "did the Regional Assembly elect meets
in Horta" (the past before the date describes the subject; the timeline's present after it is
the clause's verb); "seized Horta in 1589, and in 1597, during ..., Raleigh landed" was asked
"did Clifford seize Horta, and in 1597, during ...?" (a second clause opening with its year
and a comma); "The Crown gave no money, so on 1 October 1672 he formed ..." was asked "did the
Crown give no money, so Jolliet formed ...?"; and "General der Infanterie Eberhard Kinzel"
was written "Infanterie Eberhard Kinzel". Every sentence here is invented. Each test fails on
the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.names import document_full_names


def _asked(sentence: str, date: str, wh: str = "on what date") -> str | None:
    start = sentence.index(date)
    return date_question(sentence, start, start + len(date), wh)


def test_a_present_after_the_date_is_the_clauses_verb() -> None:
    assert _asked("Summer: the Vellian Assembly elected on 27 June meets in Dask, which becomes "
                  "its seat.", "27 June") is None


def test_a_second_clause_opening_with_its_year_and_a_comma_is_cut() -> None:
    asked = _asked("In the following decades the island lay open to attack: Tamas Orlo, Earl "
                   "of Kell, seized Dask in 1589, and in 1597, during the Earl of Ost's \"Islands "
                   "Voyage\", Sir Ilan Vell landed and took the town before his commander "
                   "arrived.", "1589", "in what year")
    assert asked == "In what year did Tamas Orlo, Earl of Kell, seize Dask?", asked


def test_a_so_clause_is_a_clause_of_its_own() -> None:
    asked = _asked("The Crown gave no money, so on 1 October 1672 Tamas Orlo formed a trading "
                   "partnership with several associates.", "1 October 1672")
    assert asked is None or "give no money" not in asked, asked


def test_a_german_ranks_last_word_is_no_given_name() -> None:
    text = ("Vellia\n\nGeneral der Infanterie Eberhard Kinzel signed for the army. Kinzel also "
            "committed suicide, in June 1945.\n")
    assert document_full_names("Kinzel", text) == frozenset({"Eberhard Kinzel"})


@given(st.sampled_from(["meets", "sits", "opens", "moves"]),
       st.sampled_from(["elected", "chosen", "formed", "founded"]))
def test_no_question_joins_a_participle_and_a_present(present: str, past: str) -> None:
    asked = _asked(f"Summer: the Vellian Assembly {past} on 27 June {present} in Dask.",
                   "27 June")
    assert asked is None or f" {present} " not in asked
