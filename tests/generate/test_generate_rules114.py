"""Rule pass 114, from rounds 148-151: "with emerging Democrat and Moderate parties" was put in
the past as a verb ("partied"), and the question was then cut at its "and" ("did the second
Majlis open, with emerging Democrat?"); "Sámi" was taken for a person's short name and written
"Sámi Self-Government", a hyphenated word of the language read as a name. Every sentence here
is invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.names import _is_name_word
from quiz.generate.tense import entry_in_the_past


def test_a_plural_noun_closing_a_phrase_after_two_names_stays_a_noun() -> None:
    assert entry_in_the_past("The Kaldoran assembly opens, with emerging Liberal and Moderate "
                             "parties.") == (
        "The Kaldoran assembly opened, with emerging Liberal and Moderate parties.")


@given(st.sampled_from([
    ("Violence between Dornians and Ostrians breaks out in Lerno.",
     "Violence between Dornians and Ostrians broke out in Lerno."),
    ("The Treaty of Dorn, negotiated by Ivo Tamm and Ivo Kask, ends the war.",
     "The Treaty of Dorn, negotiated by Ivo Tamm and Ivo Kask, ended the war.")]))
def test_a_verb_after_two_names_with_its_object_is_still_put_in_the_past(
        case: tuple[str, str]) -> None:
    """Guard: the verb of a subject the names only qualify."""
    entry, past = case
    assert entry_in_the_past(entry) == past


@given(st.sampled_from(["Self-Government", "Vice-President", "Co-Operation"]))
def test_a_hyphenated_word_of_the_language_is_no_name(word: str) -> None:
    assert not _is_name_word(word)


@given(st.sampled_from(["Kaunitz-Rietberg", "Ben-Gurion", "Al-Sabah"]))
def test_a_hyphenated_name_is_still_a_name(word: str) -> None:
    """Guard."""
    assert _is_name_word(word)


def test_a_dateline_in_capitals_beyond_ascii_dates_the_report() -> None:
    """Found in heldout146 before its round was judged (a report from "GDAŃSK, 31 August
    1980 —" had no date, so no "this afternoon" could be dated); mended after, not judged."""
    from quiz.generate.documents import document_date
    date = document_date("Strike ends at the shipyard\n\nŁÓDŹ, 31 August 1980 — Workers went "
                         "home this afternoon.\n")
    assert date is not None and (date.year, date.month, date.day) == (1980, 8, 31)
    assert document_date("Strike ends\n\nLerno, the capital, is quiet. Workers went home.\n") is (
        None)  # guard: no date line
