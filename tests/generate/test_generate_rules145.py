"""Rule pass 145, from rounds 249-252: a topic label never tells the answer (the act it names,
the year of the date asked); a phrase and a relative clause that ends the sentence is no
statement; "officers in Athens, Macedonia and Crete" is one subject; "the Treaty of Lausanne
the Aegean" is no name; "the Zurich and London agreements" is one phrase; a participle phrase
or a subordinate clause hides no main verb ("troops fired on the gunboat as it steamed", "army
lorries loaded with dynamite explode"); "visits X, meets Y" asks the first act; "Construction,
entrusted to ..." is a common noun; "Mr. Tamm President" is completed; "this "Pink Map"" is
"the". Every sentence here is invented. Each test fails on the code before, except the guards
named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card, _run

from quiz.generate.agreements import find_agreements
from quiz.generate.clauses import date_question
from quiz.generate.names import with_document_names
from quiz.generate.quality import faults
from quiz.generate.sentences import Sentence
from quiz.generate.subject import Subject
from quiz.generate.topic_label import with_topic_label

_YEARS = st.integers(min_value=1500, max_value=1999)


@given(_YEARS)
def test_a_label_holding_the_answer_is_not_given(year: int) -> None:
    subject = Subject(f"Kellan Act of {year}", "", False, kind="topic")
    question = "What act did Law No. 12 revoke?"
    assert with_topic_label(question, "Kellan Act", f"The Kellan Act of {year}", subject) == (
        question)


@given(_YEARS, st.sampled_from(["March", "June"]))
def test_a_label_gives_no_year_of_the_date_asked(year: int, month: str) -> None:
    subject = Subject(f"Vell Campaign of {year}", "", False, kind="topic")
    question = "In ____ a quarrel in Dask gave the drafters a last argument."
    labelled = with_topic_label(question, f"{month} {year}", f"The Vell Campaign of {year}",
                                subject)
    assert labelled == f"Vell Campaign: {question}"


def test_a_label_keeps_its_year_for_another_years_date() -> None:
    """(guard: a date of another year is not given away by the label's)"""
    subject = Subject("Vell Campaign of 1895", "", False, kind="topic")
    question = "In ____ a quarrel in Dask gave the drafters a last argument."
    assert with_topic_label(question, "March 1893", "The Vell Campaign of 1895", subject) == (
        f"Vell Campaign of 1895: {question}")


def test_a_question_naming_the_subject_without_its_year_is_not_labelled() -> None:
    subject = Subject("Kellan Ultimatum of 1890", "", False, kind="topic")
    question = "The Kellan Ultimatum was the note that Tamm's government gave Vell on ____."
    assert with_topic_label(question, "11 January 1890", "Kellan Ultimatum of 1890", subject) == (
        question)


@given(st.sampled_from(["The Kell Canal, on which work began in 1882.",
                        "In the debates that preceded the revision of 1882, which abolished "
                        "the Senate."]))
def test_a_phrase_and_a_relative_clause_is_no_card(sentence: str) -> None:
    kept, left = _run(f"Ivo Tamm was Prime Minister of Vell.\n\n{sentence}\n")
    assert not any("1882" in answer for answer in kept.values()), kept
    assert any("relative clause, with no verb" in reason for reason in left.values()), left


def test_a_sentence_with_its_verb_before_a_relative_clause_is_kept() -> None:
    """(guard: "In 1882 the League met in Geneva, which ..." has its verb)"""
    kept, _ = _run("In 1882 the Kell League met in Dask, which was neutral.\n")
    assert "1882" in kept.values(), kept


@given(st.sampled_from(["Macedonia and Crete", "Ostria, Macedonia and Crete"]))
def test_a_list_of_places_after_a_noun_in_a_place_is_one_subject(rest: str) -> None:
    text = (f"On 1 March 1935 Vellist officers in Athens, {rest} rose against the Tamm "
            "government.")
    question = date_question(text, 3, 15, "on what date")
    assert question == (f"On what date did Vellist officers in Athens, {rest} rise against the "
                        "Tamm government?")


@given(st.sampled_from(["Vell", "Dask", "Kellia"]))
def test_an_agreement_name_does_not_run_on_over_the(place: str) -> None:
    text = f"For half a century after the Treaty of {place} the Aegean was a quiet frontier."
    names = [fact.answer for fact in find_agreements(Sentence(text, 1))]
    assert names == [f"Treaty of {place}"]


def test_an_agreement_name_does_not_run_on_over_in_the() -> None:
    """(guard: "in the Hall of Mirrors" is where, no part of the name)"""
    text = "After the Treaty of Vell in the Hall of Mirrors was signed in 1990 the war ended."
    names = [fact.answer for fact in find_agreements(Sentence(text, 1))]
    assert names == ["Treaty of Vell"]


@given(st.sampled_from(["agreements", "conventions", "accords"]))
def test_two_names_sharing_a_plural_noun_are_no_dated_conjunct(noun: str) -> None:
    text = (f"The Republic of Kell came into being on 16 August 1960 under the Vell and Dask "
            f"{noun} of February 1959.")
    question = date_question(text, 40, 54, "on what date")
    assert question is not None and f"under the Vell and Dask {noun}" in question


@given(st.sampled_from(["steamed", "sailed", "moved"]))
def test_a_verb_after_as_it_is_not_the_main_verb(verb: str) -> None:
    text = f"In March 1892 Kellan troops fired on the gunboat Ostra as it {verb} up the river."
    question = date_question(text, 3, 13, "in what month and year")
    assert question == (f"In what month and year did Kellan troops fire on the gunboat Ostra as "
                        f"it {verb} up the river?")


@given(st.sampled_from([("loaded", "dynamite", "explode"), ("armed", "rifles", "attack")]))
def test_a_participle_phrase_after_a_plural_subject_hides_no_verb(
        words: tuple[str, str, str]) -> None:
    participle, noun, verb = words
    text = (f"7 August 1956 — Army lorries {participle} with {noun} {verb} in the centre of Vell "
            "in the early hours.")
    question = date_question(text, 0, 13, "on what date")
    assert question is not None and (
        f"did army lorries {participle} with {noun} {verb} in the centre" in question)


def test_a_participle_and_a_place_before_a_noun_phrase_is_the_verb() -> None:
    """(guard: "opened at the Vell naval base in" has no later verb)"""
    text = "16 September 2002 — The first round of talks opens at the Vell naval base in Kell."
    question = date_question(text, 0, 17, "on what date")
    assert question == ("On what date did the first round of talks open at the Vell naval base in "
                        "Kell?")


@given(st.sampled_from(["meets Ivo Tamm", "meets the King", "addresses the Assembly"]))
def test_a_list_of_present_acts_is_asked_by_its_first(second: str) -> None:
    text = f"July 1958 — Prime Minister Karl Berg visits Vell, {second} and holds talks in Dask."
    question = date_question(text, 0, 9, "in what month and year")
    assert question == "In what month and year did Prime Minister Karl Berg visit Vell?"


def test_a_present_act_after_an_aside_is_cut_as_before() -> None:
    """(guard: "and X, a late convert, becomes": the comma closes an aside)"""
    text = ("September 1899 — Tamm's government falls, and Karl Berg, a late convert to union, "
            "becomes Premier of Vell.")
    question = date_question(text, 0, 14, "in what month and year")
    assert question == "In what month and year did Tamm's government fall?"


@given(st.sampled_from(["Construction", "Demolition", "Settlement"]))
def test_an_abstract_noun_before_an_aside_is_lowered(noun: str) -> None:
    text = f"1962 — {noun}, entrusted to the Vell consortium Kellco, is well under way."
    question = date_question(text, 0, 4, "in what year")
    assert question == (f"In what year was {noun.lower()}, entrusted to the Vell consortium "
                        "Kellco, well under way?")


def test_a_country_before_a_list_keeps_its_capital() -> None:
    """(guard: "China, India and Japan" is a list of names)"""
    text = "15 May 2013 — China, India and Japan are admitted at the Kell meeting."
    question = date_question(text, 0, 11, "on what date")
    assert question is not None and "were China, India and Japan admitted" in question


@given(st.sampled_from(["President", "Prime Minister", "Governor"]))
def test_mr_and_a_family_name_before_an_office_is_completed(office: str) -> None:
    text = "Ivo Tamm was born in Vell in 1909. Mr. Tamm led the party for thirty years."
    question = f"On what date did Parliament elect Mr. Tamm {office} of the Republic?"
    assert with_document_names(question, "5 May 1980", text) == (
        f"On what date did Parliament elect Ivo Tamm {office} of the Republic?", "")


def test_mr_and_a_given_name_before_the_rest_of_the_name_is_left() -> None:
    """(guard: "Mrs Mary Ann Kell" is a whole name, not "Mary" of another person)"""
    text = "Mary Tamm wrote in 1860. Mrs Mary Ann Kell of Dask wrote in 1869."
    question = "In what year did Mrs Mary Ann Kell of Dask publish an appeal?"
    assert with_document_names(question, "1869", text) == (question, "")


@given(st.sampled_from(["Pink Map", "Red Line"]))
def test_this_before_a_quoted_name_is_the(name: str) -> None:
    kept, _ = _run(f'The Foreign Minister, Ivo Tamm, laid this "{name}" before the Kell Cortes '
                   "in 1887.\n")
    assert any(f'laid the "{name}" before' in question for question in kept), kept


@given(st.sampled_from(["agreements", "conventions", "treaties"]))
def test_a_question_cut_between_two_names_of_one_noun_is_refused(noun: str) -> None:
    sentence = (f"The Republic of Kell came into being on 16 August 1960 under the Vell and Dask "
                f"{noun} of 1959, by which Ostria and Vell became guarantors of the new state.")
    question = "On what date did the Republic of Kell come into being under the Vell?"
    assert any("cut inside" in fault for fault in faults(_date_card(question, sentence, "16 August 1960", "wh")))


def test_a_question_ending_on_the_first_of_two_places_is_kept() -> None:
    """(guard: "the return of the Haud" of "the Haud and the Reserved Area" says a truth)"""
    sentence = ("An Anglo-Kellan agreement provided on 16 August 1960 for the return of the Haud "
                "and the Reserved Area to Kell, which set off protests in Vell.")
    question = "On what date did an Anglo-Kellan agreement provide for the return of the Haud?"
    assert not any("cut inside" in fault for fault in faults(_date_card(question, sentence, "16 August 1960", "wh")))
