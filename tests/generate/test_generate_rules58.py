"""Rule pass 58, from rounds 70-71 (heldout66-67): a title with a full date ("The Peace of
Bucharest, 28 May 1812: a treaty summary") named no subject, and "the treaty" of the summary
was written as the one other treaty the text names ("ratify the Treaty of Adrianople"); an
eponymous plan got its person's full name ("the Cyrus R. Vance plan"); "the Pasha" was read as
the surname of "Hafız Osman Pasha"; a date after "5/17" (two calendars) was blanked alone.
Every title and sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from test_generate_quality import _prepared_titled

from quiz.generate.names import full_names, with_full_names
from quiz.generate.subject import document_subject


def test_a_title_with_a_full_date_names_its_agreement() -> None:
    subject = document_subject("The Peace of Kell, 28 May 1812: a treaty summary")
    assert subject is not None and subject.name == "Peace of Kell"


def test_the_treaty_of_a_peace_summary_is_the_peace() -> None:
    body = ("The Treaty of Dorn of 14 September 1829 confirmed the frontier. Emperor Ivo I "
            "ratified the treaty on 11 June 1812, thirteen days before the army crossed the Vell.")
    prepared = _prepared_titled("The Peace of Kell, 28 May 1812: a treaty summary", body)
    asked = [c.question for c in prepared.candidates if c.answer == "11 June 1812"]
    assert asked and not any("Treaty of Dorn" in q for q in asked), asked


def test_an_eponymous_plan_and_a_title_after_a_name_are_left_as_written() -> None:
    names = full_names(["Ivo R. Tamm", "Hafız Mara Pasha"])
    assert "Pasha" not in names and names["Mara"] == "Hafız Mara Pasha"
    question = "On what date did the council adopt what became known as the Tamm plan?"
    assert with_full_names(question, "3 May 1992", names) == question


def test_a_date_after_two_calendars_days_is_not_blanked_alone() -> None:
    body = "Preliminary terms were agreed on 5/17 May 1812 at Kell by Ivo Tamm and Mara Vell."
    prepared = _prepared_titled("The Peace of Kell (1812): a summary", body)
    assert not any("5/17 ____" in c.question for c in prepared.candidates)


def test_a_fact_sheet_name_and_its_description_are_no_sentence() -> None:
    """Pass 59: "Asia–Europe Business Forum: first held in Paris in ____" (round 71)."""
    body = ("- **Kell Business Forum:** first held in Dorn in 1996.\n"
            "- **Kell People's Forum:** a network of civil-society groups that has met alongside "
            "the summits since 1997.\n"
            "- **Trans-Kell Network (TKN):** a research network connecting universities, proposed "
            "at the Vell summit in 1998.")
    prepared = _prepared_titled("Fact sheet: The Kell Meeting (KM)", body)
    assert not any(c.form == "cloze" for c in prepared.candidates), [
        c.question for c in prepared.candidates]


def test_after_two_people_of_one_name_a_bare_surname_is_neither() -> None:
    """Pass 60 (rounds 72-73): after "Woodrow Wilson" and "Henry Lane Wilson" a bare "Wilson"
    was written as the nearer one, the ambassador, where the text meant the President. (A
    guard: these invented lines do not reach that path on the code before either; named_before
    is tested in test_generate_rules55.py.)"""
    body = ("In March 1913 Ivo Tamm, President of Kaldora, took office in Kell.\n\n"
            "In July 1913 the Kaldoran Ambassador to Vesteria, Pavel Tamm, was recalled.\n\n"
            "On 3 February 1914 Tamm lifted the arms embargo on Vesteria.")
    prepared = _prepared_titled("Kaldora and the Vesterian Revolution: a timeline", body)
    asked = [c.question for c in prepared.candidates if c.answer == "3 February 1914"]
    assert not any("Pavel Tamm" in q for q in asked), asked


def test_a_second_noun_and_a_dated_war_are_left_as_written() -> None:
    """Pass 60: "infrastructure and services" was put in the past ("serviced"), and "the war
    of 1948" completed with the war the document names most ("the June war of 1948")."""
    from collections import Counter

    from quiz.generate.references import resolve_references
    from quiz.generate.tense import entry_in_the_past
    assert entry_in_the_past("Kell launches a programme to improve roads and services in "
                             "Dorn.") == "Kell launched a programme to improve roads and services in Dorn."
    assert resolve_references("people displaced by the war of 1948 in Kell",
                              {"war": Counter({"June war": 3})}) == (
        "people displaced by the war of 1948 in Kell")
