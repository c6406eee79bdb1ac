"""Rule pass 81, from rounds 86-87 (heldout82, heldout83): "Philip VI's confiscation of the
duchy on 24 May 1337" read "on" as saying which duchy; "Arbitration by the King of Spain" kept
its capital after "did"; "at 5s. 6d. a gallon" was split after "5s."; "of an old but not wealthy
princely family" was cut at "but"; "entered the city in 1624, and the shrine cities of Najaf and
Karbala passed" and "in El Oro, Loja and the Oriente during August and September" were cut
inside their names. Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

import calendar
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from test_generate_quality import _cards_by_answer, _run

from quiz.generate.clauses import date_question, invert
from quiz.generate.countries import main_country, resolve_the_country
from quiz.generate.definites import resolve_definites
from quiz.generate.sentences import split_line


def test_a_date_after_on_says_when_not_which() -> None:
    quote = "Ivo IV's confiscation of the duchy on 24 May 1337 opened the war."
    text = "The Kaldorans held the duchy, which Vell claimed. " + quote  # (the duchy unnamed:
    # "the duchy of Vell" would be written in, test_generate_rules192)
    question, why = resolve_definites(
        "Ivo IV's confiscation of the duchy on ____ opened the war.", "24 May 1337", text, quote)
    assert why, question


def test_an_abstract_noun_opening_the_subject_is_lowered() -> None:
    text = "Arbitration by the King of Ostria broke down in 1910, and talks ended."
    at = text.index("1910")
    assert date_question(text, at, at + 4, "in what year") == (
        "In what year did arbitration by the King of Ostria break down?")


def test_shillings_and_pence_end_no_sentence() -> None:
    assert split_line("The Act set the duty at 5s. 6d. a gallon; ministers agreed. Then it "
                      "passed.") == ["The Act set the duty at 5s. 6d. a gallon; ministers agreed.",
                                     "Then it passed."]


def test_two_adjectives_joined_by_but_not_are_one_phrase() -> None:
    # (pass 254 leaves a birth's "the son of ..." out, so a marriage carries the phrase)
    asked = invert("Ivo Tamm married at Vell the daughter of Prince Mara Tamm, of an old but not "
                   "wealthy family", "on what date")
    assert asked is not None and asked.endswith("of an old but not wealthy family?"), asked


def test_a_clause_right_after_the_date_is_cut_whole() -> None:
    text = ("Kaldoran troops entered the city early in 1624, and the shrine towns of Vell and "
            "Dorn passed with it under Kaldoran control.")
    at = text.index("1624")
    assert date_question(text, at, at + 4, "in what year") == (
        "In what year did Kaldoran troops enter the city?")


def test_a_list_of_names_and_a_span_of_months_are_not_cut() -> None:
    text = ("A ceasefire took effect on 31 July, although skirmishes continued in Vell, Dorn and "
            "the Oriente during August and September.")
    at = text.index("31 July")
    asked = date_question(text, at, at + len("31 July"), "on what date in 1941")
    assert asked is not None and asked.endswith("Dorn and the Oriente during August and "
                                                "September?"), asked


def test_one_of_a_series_of_agreements_is_no_question_of_one() -> None:
    """Pass 82: "Which treaty was one of a series of agreements by which ...?" fits the others
    of the series as well (rounds 47 and 84)."""
    kept, left = _run("The Treaty of Vell, signed on 4 November 1796, was one of a series of "
                      "agreements by which Kaldora bought peace from the coastal regencies.")
    assert not any(q.startswith("Which treaty") for q in kept), kept


def test_no_wrong_option_is_a_day_the_questions_year_lacks(tmp_path: Path) -> None:
    """Pass 83: "On what date in 1933 ...?" offered "29 February", a day of 1932's entries
    (round 88): a day the year asked has not is no option."""
    cards = _cards_by_answer(tmp_path, "kell-crisis-timeline.md", (
        "# The Kell crisis\n\nHow the Kell crisis unfolded.\n\n## 1932\n\n"
        "- **29 February:** The Vell Commission arrives in Dorn.\n"
        "- **3 March:** The Vell Commission leaves Dorn.\n\n## 1933\n\n"
        "- **23 February:** Kaldoran troops invade the province of Lerno.\n"
        "- **24 February:** The Assembly adopts the Vell report by 42 votes to 1.\n"
        "- **27 March:** Kaldora gives notice of leaving the Assembly.\n"))
    for answer in ("23 February", "24 February", "27 March"):
        card = cards.get(answer)
        assert card is not None, cards.keys()
        assert "29 February" not in (card.choices or []), card.choices


@settings(max_examples=12, deadline=None)
@given(year=st.integers(min_value=1801, max_value=2099).filter(lambda y: not calendar.isleap(y)),
       days=st.lists(st.integers(min_value=1, max_value=28), min_size=3, max_size=3,
                     unique=True))
def test_every_day_offered_exists_in_the_year_asked(year: int, days: list[int]) -> None:
    """Pass 83, for any year without a 29 February: the day-and-month options of its entries
    are days of that year, though the previous (leap) year's entries hold one."""
    leap = next(y for y in range(year - 1, year - 9, -1) if calendar.isleap(y))
    entries = "".join(f"- **{day} February:** Kaldora and Ostria meet at Vell for the {n} time.\n"
                      for n, day in zip(("first", "second", "third"), days, strict=True))
    with tempfile.TemporaryDirectory() as folder:
        cards = _cards_by_answer(Path(folder), "kell-timeline.md", (
            f"# The Kell talks\n\nHow the Kell talks went.\n\n## {leap}\n\n"
            "- **29 February:** The Vell Commission arrives in Dorn.\n\n"
            f"## {year}\n\n{entries}"))
    asked = [card for card in cards.values() if f" in {year} " in card.question]
    assert asked, cards
    for card in asked:
        for option in card.choices or []:
            day, month = option.split()[:2]
            month_number = list(calendar.month_name).index(month)
            assert int(day) <= calendar.monthrange(year, month_number)[1], (card, option)


def test_a_small_states_name_and_a_city_named_after_another_are_read_right() -> None:
    """Pass 84: in a life of Eric Williams "the country was admitted to the United Nations"
    became "Spain" ("Port of Spain", six times; Trinidad and Tobago was no country to the
    generator), round 89."""
    text = ("Ivo Tamm was born in Port of Spain. He studied in Port of Spain and taught in Port "
            "of Spain. Trinidad and Tobago became independent in 1962; Trinidad and Tobago then "
            "joined the Commonwealth.")
    assert main_country(text) == "Trinidad and Tobago"
    assert resolve_the_country("In what month and year was the country admitted to the United "
                               "Nations?", main_country(text)) == (
        "In what month and year was Trinidad and Tobago admitted to the United Nations?")
