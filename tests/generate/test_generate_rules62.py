"""Rule pass 62, from rounds 74-75 (heldout70-71): a date set off by commas left one behind
("did Roosevelt later claim, to have warned"); ", and in December it elected ..." was glued to
the question as if one clause; the weekday of "Bloody Sunday, 9 January 1905" was dropped as
the date's own ("on Bloody ____"); a cloze ended "Vereinsthaler ." where markup was removed.
Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from test_generate_quality import _prepared_titled


def _asked(body: str, answer: str) -> list[str]:
    prepared = _prepared_titled("The Kell crisis", body)
    return [c.question for c in prepared.candidates if c.answer == answer]


def test_a_date_between_commas_takes_both_commas_away() -> None:
    asked = _asked("Ivo Tamm warned, in 1916, that the fleet would be sent to Dorn.", "1916")
    assert asked and not any("warn, that" in q for q in asked), asked  # (pass 302: "later
    # claimed" is now left out, "later" than what; the commas are as they were)


def test_and_in_a_month_opens_another_clause() -> None:
    asked = _asked("The General Assembly of the new state met at Dorn in November 1828, and in "
                   "December it elected General Ivo Tamm provisional governor.", "November 1828")
    assert asked and not any("elected" in q for q in asked), asked


def test_a_weekday_in_a_name_is_not_the_dates() -> None:
    asked = _asked("Mara Lund witnessed the shooting of demonstrators in Kell on Bloody Sunday, "
                   "9 January 1905, and joined the party.", "9 January 1905")
    assert not any("Bloody ____" in q for q in asked), asked


def test_a_cloze_ends_without_a_space_before_its_full_stop() -> None:
    asked = _asked("The Dorn Coinage Treaty between the Kell states and Vesteria introduced the "
                   "*Kellthaler* .", "Dorn Coinage Treaty")
    assert asked and not any(q.endswith(" .") for q in asked), asked
