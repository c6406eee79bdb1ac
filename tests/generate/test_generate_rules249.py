"""Rule pass 249, from rounds 797-804 (heldout789-796):

- "In what year was Isaac Mattsson of Kökar admitted to the leprosy hospital on Gloskär in
  Föglö, founded on the provost's proposal?" with 1643, the year the hospital was founded (an
  aside's participle owning the date, not the clause's verb);
- "did Kyriakos Mitsotakis ... attend the blessing of the waters" with 6 January (the Epiphany
  rite gives the day);
- 'open meetings on "Kökar now and in ____"' (a blank inside quoted words: rounds 82-804 kept
  2 of 16 such verdicts);
- "did Kökar's population stand at 225" (the day of a count);
- "In ____ the Ministry of Fisheries responded with rules that ..." (a response whose cause the
  question never gives, after an opening time).

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.dates import find_dates
from quiz.generate.quality import (
    _POPULATION_COUNT,
    _blank_quoted,
    _feast_giving,
    _unprompted_response,
)


def _asked(text: str, date: str, wh: str = "In what year") -> str | None:
    start = text.index(date)
    return date_question(text, start, start + len(date), wh)


@given(st.sampled_from(["founded", "established", "built"]),
       st.sampled_from(["on the provost's proposal", "by Count Brahe", "under King Johan"]))
def test_a_participle_aside_after_the_verb_owns_the_date(participle: str, phrase: str) -> None:
    text = (f"Ivo Tamm of Kell was admitted to the hospital on Vellskär, {participle} {phrase} in "
            f"1643.")
    assert _asked(text, "1643") is None


def test_a_guard_the_clauses_own_date_is_still_asked() -> None:
    asked = _asked("Ivo Tamm of Kell was admitted to the hospital on Vellskär in 1656.", "1656")
    assert asked == "In what year was Ivo Tamm of Kell admitted to the hospital on Vellskär?"


@given(st.sampled_from(["blessing of the waters", "Blessing of the Waters", "Theophany"]))
def test_the_epiphany_rite_gives_its_day(feast: str) -> None:
    mention = find_dates("6 January 2023")[0]
    assert _feast_giving(f"On ____ the prime minister attended the {feast} at Kell.", mention)


@given(st.sampled_from(['open meetings on "Kell now and in ____".',
                        'Núñez said that “the Constitution of ____ has ceased to exist.”',
                        'He published the "____" drafted with the Free Kellians.']))
def test_a_blank_inside_quoted_words_is_a_bad_blank(question: str) -> None:
    assert _blank_quoted(question)


@given(st.sampled_from(['The "Fenix" sank in ____ off "Vell".', "The “Fenix” sank in ____."]))
def test_a_guard_a_blank_between_quoted_names_is_no_quote(question: str) -> None:
    assert not _blank_quoted(question)


@given(st.sampled_from(["stand at 225", "reach 1,000", "number 310"]))
def test_the_day_of_a_population_count_is_trivial(rest: str) -> None:
    assert _POPULATION_COUNT.search(f"On what date in 2023 did Kell's population {rest}?")


@given(st.sampled_from(["In ____", "On ____", "In 1983"]))
def test_an_opening_time_gives_no_cause_to_a_response(opening: str) -> None:
    assert _unprompted_response(f"Vell Reef: {opening} the Ministry of Fisheries responded with "
                                f"rules that forbade the destruction of reefs.")
