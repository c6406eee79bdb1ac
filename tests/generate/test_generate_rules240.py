"""Rule pass 240, from rounds 746-747 (heldout738-739, after pass 239): "Prime Minister
Erdoğan visits Büyükada, meets representatives of the minority communities and tours the
orphanage" was asked "did Erdoğan visit Büyükada, meets representatives ...?" (a timeline's
next act in the present, after a comma); and "Under Rome Tenedos sank into provincial
obscurity" made "Rome Tenedos" a full name, so "Venice occupied Tenedos" became "Venice
occupied Rome Tenedos". Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.names import document_full_names


def test_a_timelines_next_act_after_a_comma_is_cut() -> None:
    entry = ("15 August: Prime Minister Tamas Orlo visits Dask, meets representatives of the "
             "island communities and tours the orphanage with Patriarch Ilan.")
    assert date_question(entry, 0, len("15 August"), "on what date") == (
        "On what date did Prime Minister Tamas Orlo visit Dask?")


def test_the_state_a_place_was_under_is_no_given_name() -> None:
    text = ("Vellia\n\nUnder Rome Dask sank into provincial obscurity. Later Venice occupied Dask "
            "and Kell.\n")
    assert document_full_names("Dask", text) == frozenset()


@given(st.sampled_from(["meets", "greets", "receives", "visits"]),
       st.sampled_from(["representatives", "the mayor", "delegates", "a delegation"]))
def test_no_second_present_act_is_kept(verb: str, obj: str) -> None:
    entry = f"15 August: President Tamas Orlo opens the port of Dask, {verb} {obj} of Kell."
    asked = date_question(entry, 0, len("15 August"), "on what date")
    assert asked is None or f", {verb} " not in asked, asked
