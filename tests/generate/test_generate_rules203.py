"""Rule pass 203, from rounds 521-528 (heldout513-heldout520): a town's bare name written as
the unit of government named after it ("Arad" as "Arad County", "Izmail" as "Izmail Oblast"), a
place as the region whose name ends with it ("the dukes of Pomerania" as "of Gdańsk Pomerania",
"seized Gdańsk" as "seized Gdańsk Pomerania"); a timeline's "found a fortification" read as the
past of "find" ("did ... find a fortification"). Every sentence here is invented. Each test fails
on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.names import with_document_names
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["County", "Oblast", "District", "Voivodeship"]))
def test_a_town_is_not_the_unit_named_after_it(unit: str) -> None:
    text = (f"Vellograd {unit} was formed in 1950. The fortress of Vellograd fell in 1551, and "
            "Vellograd became a free royal city in 1834.")
    question = "In what year did Vellograd fall to the Ottomans?"
    assert with_document_names(question, "1551", text) == (question, "")


def test_the_dukes_of_a_land_are_not_of_a_region_ending_with_it() -> None:
    text = ("Vellsk Pomerania lies west of the Vistula. The Knights seized Vellsk in 1308. The "
            "dukes of Pomerania held Lauenburg until 1637.")
    question = "The western districts were granted to the dukes of Pomerania in ____."
    assert with_document_names(question, "1455", text) == (question, "")


def test_a_town_seized_is_not_the_region_named_after_it() -> None:
    text = ("Vellsk Pomerania lies west of the Vistula. The Knights seized Vellsk in 1308. The "
            "dukes of Pomerania held Lauenburg until 1637.")
    question = "In ____ the Knights seized Vellsk and then the whole of Pomerelia."
    assert with_document_names(question, "1308", text) == (question, "")


def test_a_given_name_of_a_land_is_still_completed() -> None:
    """(guard: "condemned Barlaam", the text's one "Barlaam of Calabria": a person, whose
    name ends with a land after "of")"""
    text = "Barlaam of Calabria attacked the monks. Barlaam of Calabria left for Italy in 1341."
    question, _ = with_document_names("On ____ a council condemned Barlaam.", "10 June 1341",
                                      text)
    assert question == "On ____ a council condemned Barlaam of Calabria."


@given(st.sampled_from(["fortification", "town", "monastery"]))
def test_a_timelines_found_of_a_place_is_founded(thing: str) -> None:
    text = (f"12 September 1838: General Ivo Tamm and Admiral Olaf Vell found a {thing} on Zell "
            "Bay, the origin of Vellograd.")
    assert date_question(text, 0, 17, "on what date") == (
        f"On what date did General Ivo Tamm and Admiral Olaf Vell found a {thing} on Zell Bay, "
        "the origin of Vellograd?")


def test_found_of_a_thing_found_is_the_past_of_find() -> None:
    """(guard: "found the body": the past of "find", kept)"""
    assert entry_in_the_past("The police found the body in the river.") == (
        "The police found the body in the river.")
