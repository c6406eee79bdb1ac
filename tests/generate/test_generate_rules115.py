"""Rule pass 115, from rounds 152-155 (and the rejects of rounds 148-151 still written): plural
nouns of a timeline read as verbs ("Tutsi exile known as Inyenzi", "three High Court judge",
"did the Baltic Assembly of the popular front?"), a verb after "that he" left in the present;
a fact sheet's "The Stasi" and a news report's "Central African Republic" taken for a
biography's person ("the The Stasi", "Central African Republic won elections"); a life's formal
name read as a namesake ("Joseph Odhiambo Mboya" for Tom Mboya) and a given name before a
particle's name filled out as another man's ("Joseph Ankrah de-Graft Johnson"); "Diplomatic
relations" and "Dissident RCD officers" kept in capitals mid-question; "was Bahamas admitted";
", and fighting continued" glued to a question; a stray "Finally,"; a list of like events after
the clause asked ("did Fada fall, the great air base of Ouadi Doum on 22 March and ..."); and a
list of the subject's acts asked with the first act's verb ("was the assembly established by
the Act of 1992, held its first election?"). Every sentence here is invented. Each test fails
on the code before, except the guards named as such."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import _common_noun_lowered, date_question
from quiz.generate.coordination import second_clause
from quiz.generate.countries import resolve_the_country
from quiz.generate.documents import main_person
from quiz.generate.grammar import present_verb
from quiz.generate.names import with_document_names
from quiz.generate.tense import entry_in_the_past
from quiz.generate.trim import without_gapped_list


@given(st.sampled_from([("chairs", "chaired"), ("leads", "led"), ("heads", "headed"),
                        ("runs", "ran")]))
def test_the_verb_of_he_closing_a_timeline_entry_goes_into_the_past(
        verbs: tuple[str, str]) -> None:
    present, past = verbs
    entry = f"Tamm reorganises the regime under a Supreme Council of chiefs that he {present}."
    assert entry_in_the_past(entry).endswith(f"that he {past}.")


def test_a_plural_noun_before_a_participle_is_no_verb() -> None:
    assert entry_in_the_past("Kaldo exiles known as Rebels cross from Lerno into Vask.").startswith(
        "Kaldo exiles known as")


def test_a_counted_plural_after_names_is_no_verb() -> None:
    past = entry_in_the_past("Three High Court judges, Ana Tamm and Ivo Kask, are abducted in Ostra.")
    assert past == "Three High Court judges, Ana Tamm and Ivo Kask, were abducted in Ostra."


def test_a_plural_after_an_adjective_is_the_subjects_noun() -> None:
    entry = ("The Baltic Assembly of the Dornish and Vaskan popular fronts and Lerno's Sajudis "
             "meets in Ostra.")
    found = present_verb(entry)
    assert found is None or entry[found[0]:found[1]] == "meets"
    assert entry_in_the_past(entry).endswith("Sajudis met in Ostra.")


def test_a_guard_the_verb_of_a_name_and_its_of_phrase_is_still_put_in_the_past() -> None:
    """Guard: "President Ivo Tamm of Lerno announces" is the president's act."""
    assert entry_in_the_past("President Ivo Tamm of Lerno announces a plan.") == (
        "President Ivo Tamm of Lerno announced a plan.")


@given(st.sampled_from(["The Vorla: Kaldora's Ministry for Order (1950–1990)",
                        "Central African Republic: rebels sign ceasefire in Ostra",
                        "United Kaldoran Emirates: the federation at fifty"]))
def test_a_title_opening_with_an_article_or_naming_a_state_names_no_person(title: str) -> None:
    text = ("He protested that he loved all people. He was arrested. He said so. "
            "Vorla Republic Emirates " * 3)
    assert main_person(title, [text]) is None


def test_a_given_name_before_a_particles_name_is_not_another_mans() -> None:
    text = ("General Ivo Kask seized power in 1966. Kask ruled until 1969.\n\n"
            "In 1979 Limann took office, with Ivo de-Graft Tamm as Vice-President.")
    question = ("On what date did the council hand power to Limann, with Ivo de-Graft Tamm as "
                "Vice-President?")
    assert with_document_names(question, "24 September 1979", text)[0] == question


def test_a_bare_family_name_in_a_life_is_the_person_as_the_title_names_them() -> None:
    text = ("Tom Tamm (1930–1969)\n\nThomas Jaan Ivo Tamm was a Kaldoran trade unionist who led "
            "the labour movement.\n\nIn March 1957 Tamm won the Ostra seat.")
    question, why = with_document_names("In ____ Tamm won the Ostra seat.", "March 1957", text,
                                        "Tom Tamm")
    assert (question, why) == ("In ____ Tom Tamm won the Ostra seat.", "")


@given(st.sampled_from([("Diplomatic relations with Lerno", "diplomatic relations with Lerno"),
                        ("Economic sanctions on Lerno", "economic sanctions on Lerno"),
                        ("Dissident KLA officers", "dissident KLA officers")]))
def test_a_common_adjective_opening_the_subject_is_lowered(case: tuple[str, str]) -> None:
    subject, lowered = case
    assert _common_noun_lowered(subject) == lowered


@given(st.sampled_from(["Baltic states", "Catholic bishops", "Kaldoran troops", "Arctic Council"]))
def test_a_guard_a_nations_or_a_names_adjective_keeps_its_capital(subject: str) -> None:
    """Guard."""
    assert _common_noun_lowered(subject) == subject


def test_a_gerund_opening_a_clause_after_and_starts_a_second_clause() -> None:
    predicate = "seize Ostra in June 2004, and fighting continued in Vask"
    assert second_clause(predicate) == (predicate.index(", and"), predicate.index("fighting"))


@given(st.sampled_from(["Bahamas", "Netherlands", "Philippines", "Gambia"]),
       st.sampled_from(["On what date was the country admitted to the United Nations?",
                        "In what year did the country join the Commonwealth?"]))
def test_a_country_whose_name_takes_the_keeps_it(country: str, question: str) -> None:
    resolved = resolve_the_country(question, country) or ""
    assert f"the {country}" in resolved and f"was {country}" not in resolved


def test_a_countrys_possessive_in_s_takes_the_mark_alone() -> None:
    assert resolve_the_country("The country's army seized Ostra in ____.", "Bahamas") == (
        "The Bahamas' army seized Ostra in ____.")


def test_a_sequence_word_opening_the_sentence_is_left_out(
        questions_from: Callable[[str, str], list[str]]) -> None:
    questions = questions_from("protocol-of-vell-summary", (
        "Protocol of Vell\n\nThe Protocol of Vell was signed by the Kaldoran states on 18 February "
        "2002.\n\nFinally, the protocol repealed the Protocol of Dask, while allowing cases already "
        "begun under it to run their course.\n"))
    asked = [q for q in questions if "Protocol of Dask" not in q and "repeal" in q]
    assert asked and not any(q.startswith("Finally") for q in asked)


@given(st.sampled_from([
    ("On what date did Vell fall, the great air base of Dask on 22 March and Ostra soon after?",
     "On what date did Vell fall?"),
    ("Ostra War: Vell fell in late ____, Dask at the end of the month and Lerno on 1 November.",
     "Ostra War: Vell fell in late ____.")]))
def test_a_list_of_like_events_after_the_clause_asked_is_left_out(case: tuple[str, str]) -> None:
    question, cut = case
    assert without_gapped_list(question) == cut


def test_a_guard_a_relative_clause_with_its_own_verbs_stays() -> None:
    """Guard."""
    question = ("On what date did Ortiz sign the treaty, which entered into force in March and "
                "was ratified by Lerno?")
    assert without_gapped_list(question) == question


def test_a_later_act_of_a_list_of_the_subjects_acts_is_asked_with_its_own_verb() -> None:
    text = ("The Kaldoran assembly was established by the Assembly Act of 1992, held its first "
            "election on 16 May 1993 and was opened in Ostra on 26 August 1993.")
    at = text.index("16 May")
    assert date_question(text, at, at + 11, "on what date") == (
        "On what date did the Kaldoran assembly hold its first election?")


def test_a_guard_an_asides_participle_is_not_the_first_act() -> None:
    """Guard: "Saxony, devastated by war, lost its elector": one act, asked as before."""
    text = "Vell, devastated by occupation, lost its elector in October 1763."
    at = text.index("October")
    assert date_question(text, at, at + 12, "in what month and year") == (
        "In what month and year did Vell, devastated by occupation, lose its elector?")
