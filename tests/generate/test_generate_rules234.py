"""Rule pass 234, from rounds 720-721 (heldout712-713, after pass 231): a bare given name was
written out as the wrong person's. In a text of "Llywelyn ab Iorwerth (Llywelyn the Great)" and
"Llywelyn ap Gruffudd", the latter's "Llywelyn kept Anglesey" became "Llywelyn the Great kept
Anglesey" (a patronymic read as a commoner's surname); in a text of "Henry VIII's warship" and
"Henry of Battenberg", "Henry had already built artillery forts" became "Henry of Battenberg"
(a numbered name before "'s" went unseen). And "...; by Anthony Bek, a royal clerk who would
become Bishop of Durham in 1283; ..." was asked as a fill-in. Every sentence here is invented.
Each test fails on the code before."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.names import with_document_names

Questions = Callable[[str, str], list[str]]

PRINCES = ("Vellia\n\nThe title Prince of Dask was adopted by Idwal ab Tamas (Idwal the Great) "
           "in about 1230. The family of Ilan Vell, seneschal to Idwal the Great, settled at "
           "Kell. In the war of 1277 the royal troops seized the island, depriving Idwal ap "
           "Mered of food and forcing him to terms. Under the Treaty of Dask, sealed on 9 "
           "November 1277, Idwal kept Kell only in return for a rent.\n")


def test_a_patronymic_is_another_prince_not_a_commoner() -> None:
    question, why = with_document_names("Under the Treaty of Dask, sealed on ____, Idwal kept "
                                        "Kell only in return for a rent.", "9 November 1277",
                                        PRINCES)
    assert "Idwal the Great" not in question, (question, why)


def test_a_numbered_name_before_its_possessive_counts() -> None:
    text = ("Vellia\n\nIn July 1545 a fleet attacked, and Idwal VIII's warship Dask sank off "
            "the coast. The island was given to Princess Ilse, widow of Idwal of Kell, in "
            "1896. Idwal had already built artillery forts at Ost in 1539–1540.\n")
    question, _ = with_document_names("Idwal had already built artillery forts at Ost in ____.",
                                      "1539–1540", text)
    assert "Idwal of Kell" not in question, question


def test_a_phrase_of_a_list_is_no_fill_in(questions_from: Questions) -> None:
    text = ("Vellia\n\nVellia became independent of Ostria on 4 May 1950.\n\nThe king was represented by Tamas Orlo, a "
            "household knight who later became justiciar of Dask; by Ilan Vell, a royal clerk "
            "who would become Bishop of Kell in 1283; and by Brother Aren of Ost.\n")
    asked = [q for q in questions_from("vellia-summary", text) if q.startswith("By ")
             or ": By " in q]
    assert not asked, asked


@given(st.sampled_from(["ap", "ab", "ibn", "bin", "mac"]),
       st.sampled_from(["Mered", "Tamas", "Ilan", "Aren"]))
def test_a_given_name_shared_with_a_patronymic_name_is_never_completed(
        particle: str, father: str) -> None:
    text = PRINCES.replace("ap Mered", f"{particle} {father}")
    question, _ = with_document_names("Under the Treaty of Dask, sealed on ____, Idwal kept "
                                      "Kell only in return for a rent.", "1277", text)
    assert "Idwal the Great" not in question
