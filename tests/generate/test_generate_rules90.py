"""Rule pass 90, from rounds 94-95 (heldout90, heldout91): "his Legion defeated the warriors at
Fallen Timbers, near Toledo" read "Toledo" as the owner of "his"; "called it an important step"
and "described the day as" point to another sentence; "... provided that." was cut before
what was provided; "Despite fierce opposition, including the riot led by Begin on 7 January
1952, the government pressed" was asked as the government's date; "The ICJ, by nine votes to
five, finds it lacks jurisdiction" became "did the ICJ ... finds it lack"; "The European
Council at Fontainebleau, having settled the dispute, fixed 1 January 1986 as ..." was read as
a name line ("was the European Council fixed?"); "the White Paper", "the retreat", "Spain's
first approach" and "was the treaty signed by ..." name nothing; a father "D. S. Senanayake"
was written as his son "Dudley Senanayake", and a bare "Shuja" stayed bare beside
"Shuja-ud-Daula"; "Lieutenant Governor" lost its "Lieutenant". Every sentence here is invented.
Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.fragments import is_name_with_participles
from quiz.generate.names import document_full_names
from quiz.generate.tense import present_left


def test_a_place_after_the_comma_owns_no_his() -> None:
    kept, _ = _run("Ivo Tamm trained his army for two years.\n\nOn 20 August 1794 his Legion "
                   "defeated the confederacy's warriors at Broken Pines, near present-day Dorn.")
    assert not any("his Legion" in q for q in kept), kept
    # control: the owner after an opening clause that holds the pronoun
    kept, _ = _run("When her father became Prime Minister of Kaldora in August 1947, Mara Tamm "
                   "became his hostess and confidante.")
    assert "August 1947" in kept.values(), kept


def test_it_or_the_day_described_points_to_another_sentence() -> None:
    kept, _ = _run("In Vell, the Foreign Minister, Ivo Tamm, whose government had hosted the "
                   "factions at Dorn in July 2007, called it an important step. In Lerno, Lev "
                   "Kask described the day as the close of the cycle opened by the revolution "
                   "of 25 April 1974.")
    assert not any("called it" in q or "the day as" in q for q in kept), kept


def test_a_question_cut_after_that_is_left_out() -> None:
    kept, _ = _run("The Treaty of Vell signed with Ivo Tamm on 16 August 1765 provided that:")
    assert not any(q.rstrip(".?").endswith("that") for q in kept), kept


def test_a_date_in_an_opening_phrase_of_despite_is_not_the_main_clauses() -> None:
    kept, _ = _run("Despite fierce opposition, including the riot outside the Diet led by Ivo "
                   "Tamm on 7 January 1952, the government pressed for reparations from Ostria.")
    assert not any(q.startswith("Despite") and "on what date did" in q for q in kept), kept


def test_a_present_verb_before_it_is_left() -> None:
    assert present_left("On what date did the Court, by nine votes to five, finds it lack "
                        "jurisdiction in the Vell case?")
    # control: a relative clause's verb, cut from the question later
    assert not present_left("On what date did Ivo Tamm cede Vell to Kaldora, which makes it a "
                            "colony?")


def test_a_having_aside_is_no_name_line() -> None:
    assert not is_name_with_participles(
        "The Council of Vell in June 1984, having settled the long dispute over the budget, "
        "fixed 1 January 1986 as the target date for entry.")


def test_unnamed_papers_retreats_approaches_and_treaties_are_vague() -> None:
    kept, _ = _run("The State Council of Kaldora accepted the White Paper on 9 November 1945. "
                   "Ivo Tamm's government, elected on 18 June 1970, slowed the retreat. Ostria's "
                   "first approach, made in February 1962, was rebuffed. The treaty was signed "
                   "by Lev Kask and by ninety chiefs on 3 August 1795.")
    assert not any(word in q for q in kept for word in (
        "White Paper", "the retreat", "first approach", "the treaty signed")), kept
    # control: "the withdrawal of" says of what
    kept, _ = _run("Kaldora requested the withdrawal of the Ostrian garrison from Vell in May "
                   "1967.")
    assert "May 1967" in kept.values(), kept


def test_initials_and_hyphenated_names_are_full_names() -> None:
    text = ("D. S. Tamm led the State Council. His son, Dudley Tamm, became Prime Minister in "
            "1952. In 1946 Tamm launched the party. Shuja-ud-Daula fought at Vell; Shuja "
            "fought on until 1765.")
    assert document_full_names("Tamm", text) == {"D. S. Tamm", "Dudley Tamm"}
    assert document_full_names("Shuja", text) == {"Shuja-ud-Daula"}
    # a middle initial is no name of its own ("F. Kask" of "John F. Kask")
    assert not any(full.startswith("F.") for full in document_full_names(
        "Kask", "John F. Kask spoke. Kask left."))


@given(st.lists(st.sampled_from(["Richard", "Gardiner", "Herbert", "Vere", "Mara", "Ivo",
                                 "Sinnathamby", "Lev"]), min_size=1, max_size=2, unique=True),
       st.booleans())
def test_initials_are_the_full_name_only_when_they_agree(given_names: list[str],
                                                         same: bool) -> None:
    """The name pattern reads two given names deep, so lists of one or two."""
    full = " ".join([*given_names, "Kaskova"])
    letters = [name[0] if same else chr((ord(name[0]) - 64) % 26 + 65) for name in given_names]
    initialled = " ".join(f"{letter}." for letter in letters) + " Kaskova"
    text = f"{initialled} led the council. {full} was born in Vell. Kaskova died in Dorn."
    assert document_full_names("Kaskova", text) == ({full} if same else {full, initialled})


def test_a_lieutenant_governor_keeps_his_rank() -> None:
    kept, _ = _run("In February 1794 the Lieutenant Governor of Upper Vell, Ivo Tamm, built a "
                   "fort on the Dorn.")
    offices = [a for a in kept.values() if "Governor" in a] + [
        q for q in kept if "Governor" in q]
    assert offices and all("Lieutenant Governor" in o for o in offices), kept
