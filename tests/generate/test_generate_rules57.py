"""Rule pass 57, from rounds 66-69: a modifier that opens the sentence keeps its capital inside
the question ("were Further proposals ... discussed", "did Day-to-day operations move"); a
thing named after a person is no biography ("Platt Amendment": its "his term" was written
"Platt Amendment's term", and "handed power to him" "to Platt Amendment"). Every sentence here
is invented. Each test fails on the code before."""

from __future__ import annotations

from test_generate_quality import _run

from quiz.generate.documents import main_person


def test_a_modifier_opening_the_sentence_is_lowered_in_the_question() -> None:
    kept, _ = _run("Further proposals for devolution were discussed with Kaldoran ministers in "
                   "December 1986. Day-to-day operations moved from Kell to Dorn in 2008.")
    assert "In what month and year were further proposals for devolution discussed with " \
           "Kaldoran ministers?" in kept, kept
    assert "In what year did day-to-day operations move from Kell to Dorn?" in kept, kept


def test_a_thing_named_after_a_person_is_no_biography() -> None:
    blocks = ["Senator Ivo Tamm, born at Dorn, drafted the amendment in 1901. Tamm said he "
              "wanted a base, and his colleagues agreed; he later defended it. Tamm died in 1910 and his amendment "
              "lasted until 1934, when he was long forgotten."]
    for title in ("Tamm Amendment", "Tamm Line", "Tamm Telegram", "Tamm Purchase"):
        assert main_person(title, blocks) is None, title
    assert main_person("Ivo Tamm", blocks) is not None
