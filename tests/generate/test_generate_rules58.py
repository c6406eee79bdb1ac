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
