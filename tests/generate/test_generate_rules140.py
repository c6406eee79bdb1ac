"""Rule pass 140, from rounds 237-240: a timeline's noun and its closing present verb go into
the past ("The company's charter ends", "and the last barricade in Belleville falls"); "found the Mouvement National Congolais (MNC)" is the present of "found";
"When war broke out" names no "When war"; "the ministry of the Duke" says whose; "General de
Gaulle" keeps its capital after a fronted phrase; "was the constitutional basis of the
Restoration the Charter granted" asked for a date is refused. Every sentence here is invented.
Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.quality import _copula_asked
from quiz.generate.references import named_phrases, resolve_references
from quiz.generate.tense import entry_in_the_past

_VERBS = {"ends": "ended", "lapses": "lapsed", "begins": "began"}


@given(st.sampled_from(sorted(_VERBS)), st.sampled_from(["charter", "truce", "mandate"]))
def test_a_nouns_closing_present_verb_goes_into_the_past(verb: str, noun: str) -> None:
    assert entry_in_the_past(f"The company's {noun} {verb}.") == (
        f"The company's {noun} {_VERBS[verb]}.")
    assert entry_in_the_past(f"The {noun} {verb}.") == f"The {noun} {_VERBS[verb]}."


@given(st.sampled_from(["registration and deportation provisions", "grain and other supplies",
                        "supply and transit contracts"]))
def test_a_second_noun_after_and_stays_a_noun(nouns: str) -> None:
    """(guard: a noun after "and" may be the second of two; "Suicide car bombs at" has no
    article to open a subject)"""
    assert entry_in_the_past("Suicide car bombs at the Kell base kill two.").startswith(
        "Suicide car bombs at")
    assert entry_in_the_past(f"The Court upholds the {nouns}.") == (
        f"The Court upheld the {nouns}.")


def test_the_verb_after_and_the_and_a_place_goes_into_the_past() -> None:
    assert entry_in_the_past("Tamm is shot in Kell, and the last barricade in Dask falls.") == (
        "Tamm was shot in Kell, and the last barricade in Dask fell.")


def test_a_noun_before_a_later_copula_stays_a_noun() -> None:
    """(guard: "awards" is the subject's noun, "are made" its verb)"""
    assert entry_in_the_past("The boundary awards for Kell and Dask are made public.") == (
        "The boundary awards for Kell and Dask were made public.")


@given(st.sampled_from(["Mouvement National Vellois (MNV)", "Parti Dask Uni (PDU)"]))
def test_found_before_a_name_and_its_initials_is_founding(name: str) -> None:
    text = f"10 October 1958 — Tamm and others found the {name}."
    question = date_question(text, 0, 15, "on what date")
    assert question is not None and f"did Tamm and others found the {name}" in question


@given(st.sampled_from(["When", "After", "Once", "Before"]))
def test_an_opening_word_names_no_war(opener: str) -> None:
    phrases = named_phrases(f"{opener} war broke out in 1939 Tamm placed Kell at Dask's disposal.")
    assert not phrases["war"]


def test_a_ministry_of_someone_is_not_replaced() -> None:
    phrases = {"war": Counter(), "conflict": Counter(), "section": Counter(),
               "ministry": Counter({"Foreign Ministry": 2})}
    question = "In ____ Tamm refused confidence to the ministry of the Duke of Kell."
    assert resolve_references(question, phrases) == question
    assert resolve_references("In ____ Tamm left the ministry.", phrases) == (  # (guard)
        "In ____ Tamm left the Foreign Ministry.")


@given(st.sampled_from(["de Kell", "von Dask", "van Tamm"]))
def test_a_title_before_a_name_particle_keeps_its_capital(name: str) -> None:
    text = (f"24 August 1958 — At Vell, across the river, General {name} offers the territories "
            "a choice.")
    question = date_question(text, 0, 14, "on what date")
    assert question is not None and f"General {name}" in question


def test_a_copula_after_a_later_article_is_refused() -> None:
    assert _copula_asked("On what date was the constitutional basis of the Kingdom the Charter "
                         "granted by Tamm IV?")
    assert not _copula_asked("On what date was the treaty signed by the King of Kell?")  # (guard)


def test_an_article_after_a_gerund_opens_its_object() -> None:
    """(guard: "making the Summit a formal institution" is no copula)"""
    assert not _copula_asked("Kell: On what date was an amendment making the Summit a formal "
                             "institution signed?")
