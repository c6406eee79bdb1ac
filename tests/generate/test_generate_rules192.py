"""Rule pass 192, from rounds 449-456 (heldout441-448): a date the head of a document states as
a fact (a list item, "The agreement of 5 November 1918", "Date: 25 November 1491" under a title
naming 1491) was read as the document's own date, which then dated a day and month of another
year ("On what date in 1491 did Boabdil ride out", of 2 January 1492); a day and month in a
document of no date now takes the year its paragraph stated last; a day kept every year takes
none; "Operation 1027" and "1274 BC" are no years; "A plebiscite held in Rome and its provinces
approved" is no "did a plebiscite hold"; "Work begins" is lowered and "Allied" keeps its
capital; the region a title names is no one's name ("Vittorio Veneto"); "the abbey" is the
"abbey of Monte X" the document named before. Every sentence here is invented. Each test fails
on the code before, except the guards named as such."""

from __future__ import annotations

import calendar

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.capitals import with_capitals_kept
from quiz.generate.clauses import invert
from quiz.generate.dates import find_dates
from quiz.generate.definites import resolve_definites
from quiz.generate.documents import document_date
from quiz.generate.names import with_document_names

_MONTHS = st.sampled_from(calendar.month_name[1:])


@given(st.integers(1, 28), _MONTHS, st.integers(1100, 2020))
def test_a_fact_in_the_head_is_not_the_documents_date(day: int, month: str, year: int) -> None:
    date = f"{day} {month} {year}"
    for head in (f"# Ivo Tamm\n\n- Marshal of Vell, {date}\n",
                 f"# Vell\n\nThe agreement of {date}\n",
                 f"# The Treaty of Vell\n\nDate: signed {date}; ratified later\n",
                 f"# The Treaty of Vell, {year}\n\nDate: {date}\n"):
        assert document_date(head + "\nThe treaty was signed.\n",
                             head.splitlines()[0].lstrip("# ")) is None, head


@given(st.integers(1, 28), _MONTHS, st.integers(1100, 2020))
def test_a_date_line_is_still_the_documents_date(day: int, month: str, year: int) -> None:
    """(guard: a dateline, a byline, a "Date:" line under a title of another year; it fails
    on the code before only as document_date took no title)"""
    date = f"{day} {month} {year}"
    for head in (f"VELL, {date} — The council met today.\n",
                 f"By Ivo Tamm, {date}\n",
                 f"Date: {date}\n",
                 f"Reported {date}\n"):
        found = document_date(f"Harbour news\n\n{head}\nThe council met.\n", "Harbour news")
        assert found is not None and (found.year, found.day) == (year, day), head


def test_a_day_takes_the_year_its_paragraph_stated_last() -> None:
    kept, _ = _run("The war ended with the Treaty of Zell on 21 October 1866, and the garrison "
                   "left Vell. King Ivo entered Vell in state on 4 November.")
    assert kept.get("On what date in 1866 did King Ivo enter Vell in state?") == "4 November", (
        kept)


def test_a_day_with_no_year_before_it_in_its_paragraph_is_not_asked() -> None:
    """(guard: the paragraph states no year before the day)"""
    kept, _ = _run("The war ended in 1866.\n\nThe results were presented to King Ivo at Lerno "
                   "on 4 November.")
    assert "4 November" not in kept.values(), kept


def test_a_day_kept_every_year_takes_no_year() -> None:
    """(guard: before this pass no such day took a year in a document of no date)"""
    kept, _ = _run("The duchy of Vell was founded in 1866. The feast of the duchy is kept on "
                   "3 April.")
    assert "3 April" not in kept.values(), kept


@given(st.sampled_from(["Operation", "Resolution", "Flight"]), st.integers(1000, 2030))
def test_a_numbered_operation_is_no_year(word: str, number: int) -> None:
    assert [d.text for d in find_dates(f"The army launched {word} {number} in 1999.")] == ["1999"]


@given(st.integers(1000, 2030), st.sampled_from(["BC", "BCE", "B.C."]))
def test_a_year_before_christ_is_not_read_as_one_after(year: int, era: str) -> None:
    assert [d.text for d in find_dates(
        f"The Lukka fought at Kadesh in {year} {era}, and in 1950 they left.")] == ["1950"]


def test_a_thing_held_before_and_then_a_past_is_not_asked_as_holding() -> None:
    assert invert("A plebiscite held in Vell and its provinces approved union with Zell.",
                  "on what date") is None


def test_a_thing_held_then_a_past_without_and_is_asked_by_its_verb() -> None:
    """(guard: no "and" between: "approved" is plainly the clause's verb)"""
    assert invert("A plebiscite held in Vell approved union with Zell.", "on what date") == (
        "On what date did a plebiscite held in Vell approve union with Zell?")


@given(st.sampled_from(["Work begins on the harbour of Vell",
                        "Fire destroys the library of Vell",
                        "Famine strikes the province of Vell"]))
def test_a_mass_noun_opening_an_entry_is_lowered(entry: str) -> None:
    question = invert(entry + ".", "in what year")
    assert question is not None and question.split()[4].islower(), question


def test_a_mass_noun_naming_a_war_keeps_its_capital() -> None:
    """(guard: "War of the Vell Succession" is a name)"""
    question = invert("War of the Vell Succession begins.", "in what year")
    assert question is None or "War of the Vell" in question


@given(st.sampled_from(["Allied", "Soviet", "Axis"]))
def test_a_conventional_capital_is_kept(word: str) -> None:
    sentence = f"19 July: {word} bombers strike the harbour of Vell."
    assert with_capitals_kept(f"On what date did {word.lower()} bombers strike the harbour of "
                              "Vell?", sentence, sentence) == (
        f"On what date did {word} bombers strike the harbour of Vell?")


def test_the_region_a_title_names_is_no_ones_name() -> None:
    text = ("# The Vell: A Timeline\n\n- 1918: The offensive of Ivo Vell begins.\n"
            "- 2018: Lerno signs agreements with Vell and Zell.\n")
    question = "On what date did Lerno sign agreements with Vell and Zell?"
    assert with_document_names(question, "1 May", text)[0] == question


def test_a_person_of_a_title_word_is_still_completed() -> None:
    """(guard: "Tamm" the title gives, but the text never names "the Tamm")"""
    text = "# Ivo Tamm and the Vell Crisis\n\nIvo Tamm was President of Vell. Tamm resigned.\n"
    assert with_document_names("On what date did Tamm resign?", "1 May", text)[0] == (
        "On what date did Ivo Tamm resign?")


def test_the_noun_is_the_one_the_document_named_with_of() -> None:
    text = ("## 1944\n\n- 15 February: Bombers destroy the abbey of Monte Vell.\n"
            "- 18 May: Zell troops raise their flag over the ruins of the abbey.\n")
    quote = "18 May: Zell troops raise their flag over the ruins of the abbey."
    assert resolve_definites(
        "On what date in 1944 did Zell troops raise their flag over the ruins of the abbey?",
        "18 May", text, quote, "Vell", True) == (
        "On what date in 1944 did Zell troops raise their flag over the ruins of the abbey of "
        "Monte Vell?", "")
