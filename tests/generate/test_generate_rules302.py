"""Rule pass 302, from rounds 1117-1172 (heldout1109-1164) as their first readers judged them:

- "did the royal letter (carta régia) sign at Lisbon by King José I", "did a fish cannery found
  at Sali by Gustav Klink": a passive ("signed at Lisbon by") told as an active verb with no
  object (rounds 156-1164 kept 0 of 8 verdicts);
- "did Venustiano Carranza later move to Sonora?", "was the water boundary itself fixed later by
  the treaty", "did Chaumont leave Siam later, taking ...": "later" than an event of another
  sentence, left in the asked clause (0 of 20);
- "22 August: João Maria Ferreira do Amaral, wounded at Itaparica in 1823 and later Governor of
  Macau, is assassinated near Macau" was asked "In what year was ... assassinated?", 1823: the
  year of an aside's participle asked of the clause;
- "the period for returning the sites expired the next day, 1 September" gave away 31 August;
- "Inagua is governed locally by an elected district council under the ____ of 1996" (the Local
  Government Act): the question holds every word of the name, in another form ("Fort Raleigh
  National Historic Site ... under the ____", the Historic Sites Act, is left: "historic" is a
  word any agreement may be called, and one word alone is no name).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_rules165 import _agreement_card
from test_generate_rules294 import _faults

from quiz.generate.clauses import date_question
from quiz.generate.quality import faults


@given(st.sampled_from(["On what date did the royal letter sign at Kask by King Ivo II?",
                        "In what year did a fish cannery found at Vell by Lia Berg?",
                        "On what date did a sentence make final by the Court of Kask?"]))
def test_a_passive_told_as_an_active_verb_with_no_object_is_nonsensical(question: str) -> None:
    found = _faults(question, "3 May 1760")
    assert any(f.startswith("nonsensical") and "passive" in f for f in found), found


def test_a_guard_an_active_verb_with_its_object_before_by_is_kept() -> None:
    found = _faults("On what date did the Vell assembly adopt Resolution 12, drafted by Kask?",
                    "3 May 1760")
    assert not any("passive" in f for f in found), found


@given(st.sampled_from(["On what date did Ivo Dorn later move to Kask?",
                        "Vell: In what year did the fort later hold prisoners from Kask?",
                        "On what date was the Vell boundary fixed later by the Treaty of Kask?",
                        "In what month and year did Ivo Dorn leave Vell later, taking the "
                        "envoy with him?"]))
def test_later_than_an_event_of_another_sentence_is_vague(question: str) -> None:
    found = _faults(question, "3 May 1760")
    assert any(f.startswith("vague") and "later" in f for f in found), found


@given(st.sampled_from(["On what date was Ivo Dorn arrested and later sentenced to exile?",
                        "On what date did Lia Berg die at the anchorage later called Port Kask?",
                        "On what date was the victory followed two days later by a truce?"]))
def test_a_guard_a_later_that_says_its_own_time_is_kept(question: str) -> None:
    found = _faults(question, "3 May 1760")
    assert not any("“later” than what" in f for f in found), found


@given(st.sampled_from([
    ("Vell is governed locally by an elected district council under the Local Government Act of "
     "1996.", "Local Government Act"),
    ("Kask's ports were administered nationally under the National Ports Act of 1935.",
     "National Ports Act")]))
def test_a_name_whose_words_the_question_holds_in_another_form_is_obvious(
        case: tuple[str, str]) -> None:
    sentence, name = case
    cand = _agreement_card(sentence, name)
    assert any("every word of the name" in f for f in faults(cand)), faults(cand)


def test_a_guard_a_name_with_a_word_the_question_lacks_is_kept() -> None:
    cand = _agreement_card("Vell is governed by an elected district council under the Local "
                           "Government Act of 1996.", "Local Government Act")
    assert not any("every word of the name" in f for f in faults(cand)), faults(cand)


@given(st.sampled_from(["is assassinated near Kask", "was assassinated near Kask",
                        "died at Kask"]))
def test_a_year_in_the_subjects_aside_is_not_asked_of_the_clause(clause: str) -> None:
    entry = f"Ivo Dorn, wounded at Vell in 1823 and later Governor of Brisa, {clause}."
    asked = date_question(entry, entry.index("1823"), entry.index("1823") + 4, "In what year")
    assert asked is None, asked


def test_a_guard_a_year_after_the_aside_dates_the_clause() -> None:
    entry = "Ivo Dorn, the governor, was assassinated near Kask in 1849."
    asked = date_question(entry, entry.index("1849"), entry.index("1849") + 4, "In what year")
    assert asked == "In what year was Ivo Dorn, the governor, assassinated near Kask?", asked


@given(st.sampled_from(["the period expired the next day, 1 September",
                        "the talks would open the following day, 1 September"]))
def test_the_next_day_written_out_gives_the_answer_away(told: str) -> None:
    found = _faults(f"On what date in 1946 did Vell tell Kask that {told}?", "31 August")
    assert any(f.startswith("obvious") and "counts" in f for f in found), found


def test_a_guard_the_next_day_without_its_date_gives_nothing_away() -> None:
    found = _faults("On what date in 1946 did Vell tell Kask that talks would open the next day?",
                    "31 August")
    assert not any("counts" in f for f in found), found
