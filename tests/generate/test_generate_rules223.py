"""Rule pass 223, from rounds 661-676 (heldout653-heldout668): a person the document names in
full only before a possessive ("James Pliny Whitney's Conservatives", "Louis J. Robichaud's
Liberals") was not found, so a later bare "Whitney" stayed bare ("On what date in 1905 was
Whitney sworn in?": rounds 560-676 kept 2 of 89 cards readers noted for a bare surname), and a
father named in full once only as "W. H. Bramble" was taken for his son. Every sentence here
is invented. Each test fails on the code before."""

from __future__ import annotations

from collections.abc import Callable

from quiz.generate.names import document_full_names

Questions = Callable[[str, str], list[str]]


def test_a_full_name_before_its_possessive_is_the_persons() -> None:
    text = ("- 25 January: Orlas Pliny Vell's Conservatives defeat the Liberals.\n"
            "- 8 February: Vell is sworn in.\n- 27 June: Tarin J. Dask's Liberals win.\n")
    assert document_full_names("Vell", text) == frozenset({"Orlas Pliny Vell"})
    assert document_full_names("Dask", text) == frozenset({"Tarin J. Dask"})


def test_a_bare_surname_is_written_in_full(questions_from: Questions) -> None:
    text = ("# Vellia: A Timeline\n\n## 1905\n\n- 25 January: Orlas Pliny Vell's Conservatives "
            "defeat Tarin Dask's Liberals.\n- 8 February: Vell is sworn in as premier.\n")
    questions = questions_from("vellia-timeline.md", text)
    assert any("was Orlas Pliny Vell sworn in" in q for q in questions), questions
