"""Rule pass 167, from rounds 325-328: one person's death (or birth) asked in two decks of a run
is one fact, however else the two questions read; "therefore" and "accordingly" point to a
reason told before; "the camp" is a place named elsewhere; "Governor of German" (New Guinea) is
an office cut short; a fill-in cut after "led by" a name, before the sentence's own verb, is
refused. Every sentence here is invented. Each test fails on the code before, except the guards
named as such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card

from quiz.generate import generate_decks
from quiz.generate.definites import resolve_definites
from quiz.generate.leaning import leaning_faults
from quiz.generate.quality import faults, incomplete_role


def test_one_death_is_asked_once_across_the_documents_of_a_run(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# Kell timeline\n\n## 1964\n\n- 22 February: Ivo Tamm dies in "
                               "Zell.\n", encoding="utf-8")
    (docs / "b.txt").write_text("The Kell Agency\n\nPolicy was shaped by Ivo Tamm, who served as "
                                "Adviser for Hill Affairs from 1954 until his death in 1964.\n",
                                encoding="utf-8")
    report = generate_decks([docs], tmp_path / "out", keep_rejected=True)
    assert sum(r.cards for r in report.results) == 1
    assert any("the same fact is asked in a.yaml" in r.reason for _, r in report.rejected)


def test_two_events_of_one_person_in_a_year_are_two_facts(tmp_path: Path) -> None:
    """(guard: a death and an appointment of the same year are not one fact)"""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# Kell timeline\n\n## 1964\n\n- 22 February: Ivo Tamm dies in "
                               "Zell.\n", encoding="utf-8")
    (docs / "b.txt").write_text("The Kell Agency\n\nIvo Tamm was appointed Adviser for Hill "
                                "Affairs at Zell in 1954.\n", encoding="utf-8")
    report = generate_decks([docs], tmp_path / "out", keep_rejected=True)
    assert sum(r.cards for r in report.results) == 2


@given(st.sampled_from(["therefore", "accordingly"]))
def test_a_reason_told_before_is_leaned_on(word: str) -> None:
    question = f"Ivo Tamm was {word} in Zell when the war broke out in ____."
    assert leaning_faults(question)


def test_the_camp_is_named_in_another_sentence() -> None:
    text = ("The Kell sank in the ice. Her crew built a camp on the floe. In 1934 the last "
            "members of the camp were flown to Zell.")
    quote = "In 1934 the last members of the camp were flown to Zell."
    _, why = resolve_definites("In ____ the last members of the camp were flown to Zell.",
                               "1934", text, quote, "The Kell", labelled=True)
    assert why


@given(st.sampled_from(["German", "British", "French"]))
def test_an_office_cut_after_its_adjective_is_incomplete(adjective: str) -> None:
    assert incomplete_role(f"Governor of {adjective}")


def test_an_office_of_a_named_land_is_complete() -> None:
    """(guard)"""
    assert not incomplete_role("Governor of German New Guinea")


def test_a_fill_in_cut_after_led_by_a_name_is_refused() -> None:
    sentence = ("In the summer of 1648 a flotilla of boats led by the trader Ivo Tamm and the "
                "Cossack Karl Ots sailed east from Kell.")
    question = "In the summer of ____ a flotilla of boats led by the trader Ivo Tamm."
    assert any("led by" in f for f in faults(_date_card(question, sentence, "1648")))


def test_a_fill_in_with_its_own_verb_before_led_by_is_kept() -> None:
    """(guard: "was defeated" is the sentence's verb)"""
    sentence = "The Kell army was defeated in 1648 by the forces led by Ivo Tamm and his allies."
    question = "The Kell army was defeated in ____ by the forces led by Ivo Tamm."
    assert not any("led by" in f for f in faults(_date_card(question, sentence, "1648")))
