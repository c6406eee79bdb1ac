"""Rule pass 226, from rounds 685-692 (heldout677-heldout684): a title "Goa since 1961: ..." gave
the label "Goa since", and an island the text puts after "on" ("on Mahé") was written as the
governor it is named after ("an international airport on Bertrand-François Mahé"). Every
sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from quiz.generate.names import with_document_names
from quiz.generate.topic import title_topic


def test_a_title_since_a_year_names_the_place() -> None:
    subject = title_topic("Vellia since 1961: Administrators, Chief Ministers and Instruments")
    assert subject is not None and subject.name == "Vellia"


def test_an_island_on_which_things_happen_is_no_person() -> None:
    text = ("Vellia\n\nThe main island was named after Governor Orlas-Tarin Dask. Most people live "
            "on Dask. The capital stands on Dask. A port opened on Dask in 1960.")
    question = "The opening of an international airport on Dask in ____ ended its isolation."
    assert with_document_names(question, "1971", text)[0] == question
