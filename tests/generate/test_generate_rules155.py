"""Rule pass 155, from rounds 281-284: two decks of one run asking one event at two grains or in
other words ("In what year was the imperial force mauled near Calenzana?" and "... the imperial
soldiers badly beaten near Calenzana?"; "1993" and "April 1993" for one mission) keep one card;
"known to have climbed" keeps its "have"; a year range written short ("1921–22") gets wrong
options of its form ("1920–21", not "1922–22"). Every sentence here is invented. Each test fails
on the code before, except the guards named as such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate import generate_decks
from quiz.generate.dates import find_dates, with_year
from quiz.generate.questions import _tenses_fixed


def _run(tmp_path: Path, first: str, second: str) -> list[str]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(first, encoding="utf-8")
    (docs / "b.txt").write_text(second, encoding="utf-8")
    report = generate_decks([docs], tmp_path / "out", keep_rejected=True)
    return [r.reason for _, r in report.rejected if "the same fact is asked in a.yaml" in r.reason]


def test_one_event_told_in_other_words_is_asked_once(tmp_path: Path) -> None:
    first = ("Kellia\n\nThe Vellish garrison was small. In 1732 the imperial force was mauled "
             "near Zalenzana by the Kellan insurgents.\n")
    second = ("Ivo Tamm\n\nIvo Tamm led the insurgents for a decade. In 1732 the imperial soldiers "
              "were badly beaten near Zalenzana.\n")
    assert _run(tmp_path, first, second)


def test_one_event_at_two_grains_is_asked_once(tmp_path: Path) -> None:
    first = ("Kellia\n\nIn April 1993 a mission of the Vell Conference opened in Zellburg to "
             "watch the ceasefire.\n")
    second = ("Ivo Tamm\n\nIvo Tamm was in Vell when a mission of the Vell Conference opened in "
              "Zellburg in 1993.\n")
    assert _run(tmp_path, first, second)


def test_two_events_of_one_year_are_both_asked(tmp_path: Path) -> None:
    """(guard: one year, no name shared beyond the labels)"""
    first = "Kellia\n\nIn 1732 the imperial force was mauled near Zalenzana by the insurgents.\n"
    second = "Vellia\n\nIn 1732 the Vellish assembly adopted a new coinage law at Morrow.\n"
    assert not _run(tmp_path, first, second)


def test_have_after_to_is_kept() -> None:
    statement = "Ivo Tamm travelled and in ____ became the first Westerner known to have climbed Kell."
    assert _tenses_fixed(statement) == statement


def test_a_present_perfect_with_a_time_is_still_put_in_the_past() -> None:
    """(guard: "has signed ... in ____" -> "signed")"""
    assert _tenses_fixed("Kell has signed the treaty in ____.") == "Kell signed the treaty in ____."


@given(st.integers(min_value=-3, max_value=3).filter(lambda n: n != 0))
def test_a_short_year_range_moves_both_ends(shift: int) -> None:
    [mention] = find_dates("The Vell Conference of 1921–22 promised a commission.")
    first, last = with_year(mention, shift).split("–")
    assert int(first) == 1921 + shift and int(last) == (22 + shift) % 100


def test_a_range_over_a_century_keeps_two_digits() -> None:
    """(edge: "1999–00" one year on is "2000–01")"""
    [mention] = find_dates("The Vell season of 1999–00 was long.")
    assert with_year(mention, 1) == "2000–01"
