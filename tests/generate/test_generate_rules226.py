"""Rule pass 226, from rounds 685-692 (heldout677-heldout684): a title "Goa since 1961: ..." gave
the label "Goa since", and an island the text puts after "on" ("on Mahé") was written as the
governor it is named after ("an international airport on Bertrand-François Mahé"), and a
timeline entry's "March–June:" stayed before its question. Every
sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.documents import read_document
from quiz.generate.names import with_document_names
from quiz.generate.pipeline import prepare
from quiz.generate.topic import title_topic


def test_a_title_since_a_year_names_the_place() -> None:
    subject = title_topic("Vellia since 1961: Administrators, Chief Ministers and Instruments")
    assert subject is not None and subject.name == "Vellia"


def test_an_island_on_which_things_happen_is_no_person() -> None:
    text = ("Vellia\n\nThe main island was named after Governor Orlas-Tarin Dask. Most people live "
            "on Dask. The capital stands on Dask. A port opened on Dask in 1960.")
    question = "The opening of an international airport on Dask in ____ ended its isolation."
    assert with_document_names(question, "1971", text)[0] == question


def test_a_span_of_months_before_an_entry_is_no_question(tmp_path: Path) -> None:
    text = ("# Vellia: A Timeline\n\n## 2003\n\n- March–June: a fever infects 1,755 people in "
            "Vellia and kills 299; the health office removes Vellia from its list of affected "
            "areas on 23 June 2003.\n")
    (tmp_path / "vellia-timeline.md").write_text(text, encoding="utf-8")
    prepared = prepare(read_document(tmp_path / "vellia-timeline.md"))
    assert not any("March–June:" in c.question for c in prepared.candidates)
    assert any("March–June:" in r.candidate.question and r.reason.startswith("formatting")
               for r in prepared.rejected)


def test_a_numbers_comma_does_not_cut_a_laws_name() -> None:
    """(pass 230, from round 716: "Law No. 16,441 of 1966" was labelled "Law No. 16")"""
    subject = title_topic("Law No. 16,441 of 1966 (the Vellia Law)")
    assert subject is not None and subject.name.startswith("Law No. 16,441")
