"""Rule pass 26, from the faults readers found in rounds 37 and 38 (heldout36 and heldout37,
each judged before any of these rules was written): an impossible date among the options ("31
September 2004"); "Charles" completed as the wrong king when the text also has "Charles X
Gustav"; a biography's subject called by the first word of a name ("Faisal bin Abdulaziz Al
Saud", "Faisal") and a title that is no name ("The Western Sahara Question"); a day of a list
taken for a date ("on May 28 and 30"); the date of a trailing participle asked of the verb
("became Resident-General, taking up the post in March 1906"); where someone was; "on its
behalf"; "its presence". Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.dates import MONTH_NAMES, find_dates
from quiz.generate.documents import Document, main_person
from quiz.generate.names import document_full_names
from quiz.generate.pipeline import prepare


@given(st.integers(1800, 2099), st.integers(1, 12), st.integers(1, 31))
def test_made_up_date_options_are_real_days(year: int, month: int, day: int) -> None:
    import calendar

    from quiz.generate.distractors import _nearby

    day = min(day, calendar.monthrange(year, month)[1])
    [mention] = find_dates(f"on {day} {MONTH_NAMES[month]} {year}")
    for y, m, d in _nearby(mention):
        assert 1 <= d <= calendar.monthrange(y, m)[1], (y, m, d)


def test_a_king_with_a_second_name_after_his_number_is_another_king() -> None:
    text = ("King Karl X Gustav of Ostria invaded Kaldora in 1657. Karl led his army across the "
            "ice. His son Karl XI was four years old.")
    assert document_full_names("Karl", text) >= {"Karl XI", "Karl X Gustav"}
    kept, left = _run(text)
    assert not any("Karl XI lead" in q for q in kept)


def test_a_biography_subject_called_by_the_first_word_of_a_patronymic_name() -> None:
    life = ("Ivo bin Tamm Al Vell was a Kaldoran king. Ivo was born in Lerno. Ivo studied in "
            "Dask, and his brother King Vell ruled Kaldora. Ivo served King Vell as minister. "
            "Ivo met Vell again in Dask.\n\nIn 1919, aged thirteen, he was sent by his father to "
            "Ostria.")
    assert main_person("Ivo bin Tamm Al Vell (1906–1975)", [life]) == ("Ivo", "he")
    # a title that starts with a word of the language is no one's name
    stub = ["The one. The two. The three. He said. He went. He came."]
    assert main_person("The Vell Question, 1884–2024", stub) is None
    title = "Ivo bin Tamm Al Vell (1906–1975)"
    doc = Document(Path("ivo-biography.txt"), f"{title}\n\n{life}\n", title, None)
    kept = {c.question: c.answer for c in prepare(doc).candidates}
    # (named in full, as the title gives him, since pass 111)
    assert kept.get("In ____, aged thirteen, Ivo bin Tamm Al Vell was sent by his father to "
                    "Ostria.") == "1919"


def test_a_day_of_a_list_is_not_a_date() -> None:
    assert [d.text for d in find_dates("Ostria answered with tests on May 28 and 30.")] == []
    assert [d.text for d in find_dates("On 11 and 13 May 1998 Kaldora held tests.")] == []
    # controls: two dates, a count after a date
    assert [d.text for d in find_dates("on 12 June 1990 and 4 June 1991")] == [
        "12 June 1990", "4 June 1991"]
    assert [d.text for d in find_dates("signed on 5 May 1980 and 3 ships sailed")] == [
        "5 May 1980"]


def test_the_date_of_a_trailing_participle_is_not_asked_of_the_verb() -> None:
    kept, _ = _run("Ivo Tamm became the first Governor of Ostria, taking up the post in March "
                   "1906.")
    assert "In what month and year did Ivo Tamm become the first Governor of Ostria?" not in kept
    assert not any(q.endswith("taking up the post?") for q in kept)


def test_where_someone_was_and_whose_behalf_lean_on_other_sentences() -> None:
    kept, _ = _run("Prime Minister Ana Ros was in Lerno on 11 September 2001, and Kaldora "
                   "invoked the treaty.")
    assert "On what date was Prime Minister Ana Ros in Lerno?" not in kept
    kept, _ = _run("Ivo Tamm signed the Charter of the Vell Union on its behalf on 26 June 1945.")
    assert not kept
    kept, _ = _run("Ostria formally ended its presence on 26 February 1976.")
    assert not kept
