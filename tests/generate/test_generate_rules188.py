"""Rule pass 188, from rounds 417-424: after "did", the "her" of a verb of naming is its object
("did Time magazine name her one of its heroes" -> "name Kellan Vos", not "name Kellan Vos's");
"Time magazine" is a title and its kind, not "the time magazine"; a question that keeps "by
some accounts" of a disputed year is refused. Every sentence here is invented. Each test fails
on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card_faults

from quiz.generate.clauses import _with_article, invert
from quiz.generate.names import document_full_names
from quiz.generate.questions import _biography_subject_named

_TEXT = ("Kellan Vos\n\nKellan Vos is a Kellish politician. She was born at Vell in 1956. She "
         "served as Governor of Zell. In 2008 Time magazine named her one of its heroes.\n")


@given(st.sampled_from(["name", "appoint", "elect", "make"]))
def test_her_after_a_naming_verb_is_its_object(verb: str) -> None:
    question = f"In what year did the council {verb} her one of its envoys?"
    assert _biography_subject_named(question, "2008", "Kellan Vos", "she", _TEXT) == (
        f"In what year did the council {verb} Kellan Vos one of its envoys?")


def test_her_before_a_noun_is_still_her_owner() -> None:
    """(guard: "her first cabinet" is Kellan Vos's)"""
    assert _biography_subject_named("In what year did her first cabinet fall?", "2008",
                                    "Kellan Vos", "she", _TEXT) == (
        "In what year did Kellan Vos’s first cabinet fall?")


@given(st.sampled_from(["magazine", "newspaper", "agency"]))
def test_a_title_and_its_kind_keeps_its_capital(kind: str) -> None:
    assert invert(f"Kellpost {kind} named Ivo Tamm one of its heroes.", "in what year") == (
        f"In what year did Kellpost {kind} name Ivo Tamm one of its heroes?")


def test_a_headlines_noun_still_takes_the() -> None:
    """(guard: "Israeli cabinet endorses": a singular noun without its article gets "the")"""
    assert _with_article("Kellish cabinet") == "the Kellish cabinet"


@given(st.sampled_from(["By some accounts 1363", "According to other sources 1363"]))
def test_a_disputed_years_other_reckoning_is_refused(lead: str) -> None:
    sentence = "In 1362, or by some accounts 1363, Ivo Tamm defeated the Zell princes at Vell."
    question = f"{lead}, in what year did Ivo Tamm defeat the Zell princes at Vell?"
    assert any("contested" in why for why in _date_card_faults(sentence, question, "1362"))


def test_accounts_that_dispute_nothing_are_kept() -> None:
    """(guard: "the accounts of the Zell mint" are no reckoning)"""
    sentence = "In 1362 Ivo Tamm audited the accounts of the Zell mint at Vell."
    question = "In what year did Ivo Tamm audit the accounts of the Zell mint at Vell?"
    assert not any("contested" in why for why in _date_card_faults(sentence, question, "1362"))


@given(st.sampled_from(["movement", "party", "platform"]))
def test_a_body_named_after_its_kind_is_no_full_name(kind: str) -> None:
    text = (f"Kell\n\nThe rising succeeded in Vell and Zarpur. Depopulation gave rise to the "
            f"{kind} Zarpur Resiste, which won a seat in 2019.\n")
    assert document_full_names("Zarpur", text) == frozenset()


def test_a_person_named_after_a_title_is_still_found() -> None:
    """(guard: "the poet Ivo Tamm": a person's kind, and his full name)"""
    text = "Kell\n\nThe poet Ivo Tamm was born in 1900. Tamm died in 1970.\n"
    assert document_full_names("Tamm", text) == frozenset({"Ivo Tamm"})
