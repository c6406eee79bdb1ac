"""Rule pass 298, from rounds 1133-1140 (heldout1125-1132) as their first readers judged them:

- "did Zaire, Rwanda and Burundi find the Economic Community of the Great Lakes Countries" (a
  timeline's present "found" of a community read as the past of "find");
- "lectured on the ancient irrigation of Bengal, Egypt where he had first learned his trade" (of
  "Bengal, the country where ...": "the country" in apposition to a name written as the
  document's main country);
- "Sir William Willcocks: ... during the South African War, in ____" offered 1897, 1898 and 1904
  (a named war's years keep the options in them, as the world wars' do).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_rules295 import _timeline_questions

from quiz.generate.countries import resolve_the_country
from quiz.generate.date_context import _war_years


@given(st.sampled_from(["Economic Community of the Kask Lakes", "Lerno Commission for the Lakes",
                        "Brisa Trading Corporation"]))
def test_a_present_found_of_a_body_is_found(body: str) -> None:
    asked = _timeline_questions(f"- 20 September: Vell, Kask and Lerno found the {body} at "
                                "Brisa, on the northern shore.", 1976)
    founded = [q for q in asked if body in q]
    assert founded and all(" found the " in q and " find " not in q for q in founded), asked


@given(st.sampled_from(["Bengal", "Sind", "the Punjab"]))
def test_the_country_in_apposition_to_a_name_is_that_land(land: str) -> None:
    question = (f"In ____ Ivo Dorn lectured on the irrigation of {land}, the country where he had "
                "first learned his trade.")
    assert resolve_the_country(question, "Egypt") is None


def test_a_guard_the_country_alone_is_the_documents() -> None:
    assert resolve_the_country("In ____ Ivo Dorn left the country for good.", "Egypt") == (
        "In ____ Ivo Dorn left Egypt for good.")


@given(st.sampled_from([("South African War", 1901, (1899, 1902)),
                        ("Crimean War", 1855, (1853, 1856)),
                        ("Korean War", 1951, (1950, 1953))]))
def test_a_named_war_keeps_the_options_in_its_years(war: tuple[str, int, tuple[int, int]]) -> None:
    """"during the South African War" was offered 1897, 1898 and 1904 (round 1137)."""
    name, year, years = war
    assert _war_years(f"Ivo Dorn served in Kask during the {name}, in ____.", year) == years


def test_a_guard_a_year_outside_the_named_war_leaves_the_options_free() -> None:
    assert _war_years("After the Crimean War Ivo Dorn settled in Kask in ____.", 1870) is None


@given(st.sampled_from([("Franco–Prussian War", 1871, (1870, 1871)),
                        ("Seven Years’ War", 1758, (1756, 1763))]))
def test_a_named_war_is_read_with_its_dash_or_curly_apostrophe(
        war: tuple[str, int, tuple[int, int]]) -> None:
    name, year, years = war
    assert _war_years(f"During the {name}, in ____, Ivo Dorn held Kask.", year) == years
