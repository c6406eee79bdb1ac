"""Rule pass 30, from the faults readers found in round 42 (heldout41, judged before any of these
rules was written): a first name completed with another person's ("José Bonifácio" written
"Luís José Bonifácio" because the text also has a Foreign Minister "Luís José"), and a place by
its kind left unnamed ("the duchy", "the castle"). Every sentence here is invented."""

from __future__ import annotations

from test_generate_quality import _run

from quiz.generate.names import with_full_names


def test_a_first_name_followed_by_its_family_name_is_not_completed() -> None:
    names = {"José": "Luís José"}
    question = "On what date did José Ramos de Vell become Minister of Ostria?"
    assert with_full_names(question, "16 January 1822", names) == question
    # controls: a bare surname is completed, and a name's own rest is not doubled
    assert with_full_names("On what date did Reagan sign?", "x", {"Reagan": "Ronald Reagan"}) == (
        "On what date did Ronald Reagan sign?")
    assert with_full_names("On what date did Âli Pasha die?", "x",
                           {"Âli": "Mehmed Emin Âli Pasha"}) == (
        "On what date did Mehmed Emin Âli Pasha die?")


def test_a_duchy_or_a_castle_by_its_kind_is_unnamed() -> None:
    kept, _ = _run("In June 1457 Ivo Tamm left the castle and sailed to Vell.\n\nIn the duchy, "
                   "Kaldoran overlordship ended with the Treaty of Lerno of 1657.")
    assert "June 1457" not in kept.values()
    assert not any(q.startswith("In the duchy") for q in kept)
