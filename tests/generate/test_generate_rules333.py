"""Rule pass 333, from rounds 1341-1348 (heldout1333-1340) as their first readers judged them:

- "did Concorde's first schedule supersonic service left Heathrow": a past form after a
  possessive's order word ("Concorde's first scheduled service") describes the noun;
- "the state airline for domestic?": an adjective and a people's one before one plural noun
  ("domestic and European routes") are not cut apart;
- "did the Hambling Committee reported in favour of a single subsidise company?": a past form
  after an article and an adjective, before the noun that ends the clause, describes the noun;
- "did RAF Croydon, a fighter station of No. 11 Group, bomb?": a fact sheet's passive "bombed"
  read as the station's act is refused.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["first", "last", "final"]))
def test_a_past_after_a_possessives_order_word_describes_the_noun(order: str) -> None:
    from quiz.generate.grammar import find_verb
    text = f"Dorn's {order} scheduled supersonic service left Kask for Vell."
    verb = find_verb(text)
    assert verb is not None and text[verb[0]: verb[1]] == "left", verb


@given(st.sampled_from(["European", "African", "Kellish"]))
def test_an_adjective_and_a_peoples_one_of_one_noun_stay_together(people: str) -> None:
    from quiz.generate.coordination import second_clause
    predicate = (f"join Vell Airways, the state airline for domestic and {people} routes, at the "
                 "invitation of its chairman, Lord Ivo Tamm")
    assert second_clause(predicate) is None


def test_a_guard_a_clause_after_and_is_still_cut() -> None:
    from quiz.generate.coordination import second_clause
    predicate = "joined the airline in 1946, and the company failed"
    assert second_clause(predicate) is not None


@given(st.sampled_from(["subsidised company", "fortified town", "chartered airline"]))
def test_a_past_between_an_adjective_and_the_clauses_last_noun_is_no_verb(phrase: str) -> None:
    from quiz.generate.clauses import invert
    asked = invert(f"the Vell Committee reported in favour of a single {phrase}.", "in what year")
    assert asked == f"In what year did the Vell Committee report in favour of a single {phrase}?"


@given(st.sampled_from(["bomb", "shell", "torpedo"]))
def test_a_passive_read_as_the_subjects_act_is_refused(verb: str) -> None:
    from quiz.generate.quality import _passive_read_as_active
    assert _passive_read_as_active(f"On what date did RAF Dorn, a fighter station, {verb}?")


def test_a_guard_an_act_with_its_object_is_kept() -> None:
    from quiz.generate.quality import _passive_read_as_active
    assert not _passive_read_as_active("On what date did the Luftwaffe bomb Dorn?")
