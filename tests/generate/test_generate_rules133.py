"""Rule pass 133, from rounds 225-228: a day asked twice in a deck is asked once; "the party he had
created was weakened" reads "was weakened" as its verb; a participle after a plural opening
("Warriors allied to Tamm attacked") or after an article's noun ("ended in a truce arranged
through") is no verb; "with Kellani allies of the Crown" keeps its noun; "and become martyrs" left
in a passive question is refused; "Sheikh Ivo bin Sultan Tamm" holds no office; "the special
representative of the Vellish Foreign Secretary, Sir Kell Dask" makes Dask the Foreign
Secretary; "the war" is not "the Nama War" of "the Herero and Nama War", nor one of a First and a
Second war; "his first, María" needs the clause before; a cut inside a list of names ("by
Britain, the Soviet Union and Iran") or after "between" and one party is refused; a series of
predicates whose first holds a list of names is joined with "and". Every sentence here is
invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.anaphora import unresolved
from quiz.generate.clauses import date_question, invert
from quiz.generate.officials import find_officials
from quiz.generate.questions import _cut_inside_list, _series_closed
from quiz.generate.references import named_phrases, resolve_references
from quiz.generate.sentences import Sentence
from quiz.generate.tense import entry_in_the_past, present_left


def test_a_day_asked_twice_in_a_deck_is_asked_once() -> None:
    kept, left = _run("The Treaty of Vell was signed at Kell on 30 October 1888 by Ivo Tamm and "
                      "Dask Ostrander.\n\nAfter long talks with the council of elders, Ivo Tamm "
                      "put his seal to the Kell Charter on 30 October 1888 at Kell.")
    assert sum(answer == "30 October 1888" for answer in kept.values()) == 1
    assert any(reason.startswith("duplicate: the same day") for reason in left.values())


def test_a_guard_two_days_of_one_month_are_both_asked() -> None:
    """Guard: different days are different events."""
    kept, _ = _run("The Treaty of Vell was signed at Kell on 30 October 1888 by Ivo Tamm and Dask "
                   "Ostrander.\n\nThe Treaty of Vell was ratified at Ostria on 12 December 1888 "
                   "by the Vellish parliament.")
    assert {"30 October 1888", "12 December 1888"} <= set(kept.values())


def test_a_relative_clause_in_the_perfect_without_that_is_no_verb() -> None:
    text = "The party he had created was weakened in 1892 by the departure of Ivo Tamm."
    at = text.index("1892")
    assert date_question(text, at, at + 4, "in what year") == (
        "In what year was the party he had created weakened by the departure of Ivo Tamm?")


@given(st.sampled_from([
    ("Warriors allied to Ivo Tamm attacked the militia post at Kell.", "attacked"),
    ("Fighting in Vell ended in a truce arranged through the Dask leader Ivo Tamm.", "ended")]))
def test_a_participle_after_a_plural_or_an_articles_noun_is_no_verb(
        case: tuple[str, str]) -> None:
    text, verb = case
    question = invert(text, "on what date")
    assert question is not None and f" {verb.removesuffix('ed')}" in question, question
    assert " ally to" not in question and " arrange through" not in question


def test_a_plural_noun_after_a_name_after_a_preposition_stays_a_noun() -> None:
    entry = "At Kell, Tamm is wounded in fighting with Kellani allies of the Crown led by Dask."
    assert entry_in_the_past(entry) == (
        "At Kell, Tamm was wounded in fighting with Kellani allies of the Crown led by Dask.")


@given(st.sampled_from(["become martyrs", "become heroes of the cause"]))
def test_and_a_base_verb_left_in_a_passive_question_is_refused(rest: str) -> None:
    assert present_left(f"On what date were Tamm and Dask shot at Kell and {rest}?")
    assert not present_left("On what date were Tamm and Dask shot at Kell and buried at Vell?")


def test_a_fathers_name_after_bin_is_no_office() -> None:
    text = ("The federation, led by Sheikh Ivo bin Sultan Al Tamm of Vell, is expected to be "
            "proclaimed on Thursday.")
    assert all(fact.role != "Sultan" for fact in find_officials(Sentence(text, 1)))


def test_an_office_held_for_another_office_holder_names_the_holder_after_it() -> None:
    text = ("Since the summer of 1970 Sir Ivo Tamm, the special representative of the Vellish "
            "Foreign Secretary, Sir Kell Dask, has travelled between the courts.")
    roles = {fact.answer: fact.role for fact in find_officials(Sentence(text, 1))}
    assert roles.get("Sir Kell Dask") == "Vellish Foreign Secretary"


def test_the_war_is_not_half_of_a_name_nor_one_of_two_numbered_wars() -> None:
    phrases = named_phrases("The Herero and Nama War began in 1904. It was long.")
    assert "Nama War" not in phrases["war"]
    phrases = named_phrases("The First Kell War began in 1860. The Second Kell War began in "
                            "1863. The Second Kell War was long.")
    assert resolve_references("Tamm proclaimed the war at an end in 1865.", phrases) is None


def test_a_guard_one_named_war_still_resolves_the_war() -> None:
    """Guard."""
    phrases = named_phrases("The Kell War began in 1860. The Kell War was long.")
    assert resolve_references("Tamm proclaimed the war at an end in 1865.", phrases) == (
        "Tamm proclaimed the Kell War at an end in 1865.")


@given(st.sampled_from(["his first", "her second", "Ivo Tamm’s first"]))
def test_an_elliptic_ordinal_needs_the_clause_before(owner: str) -> None:
    assert unresolved(f"{owner}, Ivia Dask, whom he had married in ____, died three years later.")


def test_a_cut_inside_a_list_of_names_is_refused() -> None:
    text = ("The Treaty of Kell signed in Vell on 29 January 1942 by Ostria, the Dask Union and "
            "Vell bound the powers to withdraw.")
    at = text.index("29 January 1942")
    assert date_question(text, at, at + 15, "on what date") is None
    assert _cut_inside_list("Ostria sent an ultimatum requiring Vell to withdraw from the lands "
                            "between Dask.", "")


def test_a_series_whose_first_predicate_lists_names_is_joined_with_and() -> None:
    text = ("Ivo Tamm cultivated support from Ostria, Dask and Kell, met Ivia Vell in Brazzaville "
            "in January 1965, and won backing from Nordic churches.")
    question = ("Ivo Tamm cultivated support from Ostria, Dask and Kell, met Ivia Vell in "
                "Brazzaville in ____.")
    assert _series_closed(question, text) == (
        "Ivo Tamm cultivated support from Ostria, Dask and Kell and met Ivia Vell in Brazzaville "
        "in ____.")
