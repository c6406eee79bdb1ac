"""Rule pass 29, from the faults readers found in round 41 (heldout40, judged before any of these
rules was written): a timeline's relative clause left in the present ("on terms that include");
a trailing "only"; "can both panels hope"; "take command" of nothing; "The county's"; "both
accords"; an opening "For the next twenty years"; options for a year written "in about 1570".
Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _cards_by_answer, _run

from quiz.generate.tense import entry_in_the_past


def test_a_relative_clause_of_a_timeline_entry_is_told_in_the_past() -> None:
    assert entry_in_the_past("Vell enters the union on terms that include money.") == (
        "Vell entered the union on terms that included money.")
    # controls: "to that end" is no relative clause
    assert entry_in_the_past("Ostria signs a pact to that end with Kaldora.") == (
        "Ostria signed a pact to that end with Kaldora.")


def test_a_trailing_only_is_left_out() -> None:
    kept, _ = _run("## 1949\n\n- **31 March 1949:** Vell, the last holdout among the Ostrian "
                   "colonies, joins Kaldora only.\n")
    assert not any(q.endswith("only?") for q in kept)
    assert any(q.endswith("join Kaldora?") for q in kept), kept


def test_a_hope_and_a_command_of_nothing_are_vague() -> None:
    kept, _ = _run("In 2014 both panels of Ostria hoped that the Vell election could be held in "
                   "May 2016.\n\nIn 2022 Kaldora's Major General Ana Ros took command.")
    assert not any("can both panels" in q for q in kept)
    assert "2022" not in kept.values()


def test_whose_county_and_which_two_accords_lean_on_other_sentences() -> None:
    kept, _ = _run("In 1700 the county's institutions were replaced by a Sovereign Council "
                   "sitting at Vell.\n\nThe faction under Ivo Tamm, who died in 2003, rejected "
                   "both accords as falling short of self-rule.")
    assert not kept
    # control: "the city's" after the city is named
    kept, _ = _run("On 5 January 1876 Ivo Tamm was born in Vell, the third son of a clerk at the "
                   "city's court of appeal.")
    assert "5 January 1876" in kept.values()


def test_an_opening_for_the_next_twenty_years_is_left_out() -> None:
    kept, _ = _run("For the next twenty years Ivo Tamm and Karl Berg, who became rulers of three "
                   "more provinces in 1590, worked as a pair.")
    assert not any(q.startswith("For the next") for q in kept)


def test_a_year_written_in_about_gets_no_options(tmp_path: Path) -> None:
    cards = _cards_by_answer(tmp_path, "doc.txt", (
        "# Ivo Tamm\n\nAfter studying law, Ivo Tamm settled in Vell in about 1570 as an advocate "
        "before the Court of Ostria.\n\nIn 1572 Ivo Tamm married Ana Ros. In 1575 he went to "
        "Lerno. In 1580 he signed the Treaty of Vell. In 1584 he became Advocate of Ostria.\n"))
    assert cards["1570"].choices == ()
    assert cards["1572"].choices  # control: a year written plainly
