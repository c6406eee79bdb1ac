"""Rule pass 210, from rounds 565-580 (heldout557-heldout572): "Savoy the Alpine" read as an
epithet out of "cedes to Savoy the Alpine valleys"; "Britain Gibraltar" read as a full name out
of "promised Britain Gibraltar and Minorca"; "the country" written as the country the question
names after it ("Greece instituted proceedings against Greece"); "Edward, the king's son"
completed as the king; "Parlement of Grenoble at Grenoble"; a bare Welsh name ("Dafydd") of two
men "ap" another. Every sentence here is invented. Each test fails on the code before, except
the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.countries import resolve_the_country
from quiz.generate.names import document_full_names, with_document_names


def test_a_capitalised_adjective_before_a_plural_noun_is_no_epithet() -> None:
    text = ("Edward of Vell fought at Varey. In 1713 France cedes to Vell the Alpine valleys. "
            "Vell grew.")
    assert not any("the Alpine" in full for full in document_full_names("Vell", text))


def test_an_epithet_before_a_verb_is_one() -> None:
    """(guard: "Mircea the Elder died": the one epithet the text gives the name)"""
    text = "Mircea the Elder died in 1418. Mircea built a fortress."
    assert document_full_names("Mircea", text) == frozenset({"Mircea the Elder"})


@given(st.sampled_from(["Britain", "England", "Castile", "Prussia"]))
def test_a_land_before_a_name_is_no_part_of_it(land: str) -> None:
    text = f"The articles promised {land} Gibraltar and Minorca. Gibraltar was taken in 1704."
    assert document_full_names("Gibraltar", text) == frozenset()


def test_the_country_is_not_the_one_named_after_it() -> None:
    question = "On ____ the country instituted proceedings against Greece at the Court."
    assert resolve_the_country(question, "Greece") is None


def test_the_country_is_the_main_one_otherwise() -> None:
    """(guard: no other country named: the document's)"""
    assert resolve_the_country("On ____ the country joined the Court.", "Greece") == (
        "On ____ Greece joined the Court.")


def test_the_kings_son_is_not_completed_as_the_king() -> None:
    text = "Edward I built Caernarfon. Edward I died in 1307. Edward, the king's son, was born."
    question = "On what date in 1284 was Edward, the king's son, born at Caernarfon?"
    assert with_document_names(question, "25 April", text) == (question, "")


def test_a_body_already_placed_is_not_completed_with_its_place() -> None:
    text = ("The Parlement of Grenoble sat from 1453. The Parlement was closed in 1790. "
            "The Parlement met at Grenoble.")
    question = "In what year was the council raised to the rank of Parlement at Grenoble?"
    assert with_document_names(question, "1453", text) == (question, "")


def test_two_welsh_men_ap_another_leave_the_given_name_alone_unresolved() -> None:
    text = ("Dafydd ap Llywelyn died in 1246. Dafydd ap Gruffudd rebelled in 1282. "
            "Dafydd was hanged at Shrewsbury.")
    assert document_full_names("Dafydd", text) == frozenset(
        {"Dafydd ap Llywelyn", "Dafydd ap Gruffudd"})
    question, why = with_document_names("On what date was Dafydd hanged?", "3 October 1283",
                                        text)
    assert why
