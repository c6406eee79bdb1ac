"""Rule pass 42, from the faults readers found in rounds 53 and 54 (heldout52 and heldout53,
judged before any of these rules was written): a timeline entry's date label left in a fill-in
("Tuesday, 9 July: The ____ is signed ..."; "____, 10–11 June: ..."); a fact-sheet line (a
name, a colon, a participle) taken for a sentence; one half of a season blanked ("the ____/88
season"); "with both" standing for two things another sentence names; a biography's subject
named in full after a short name of theirs in the same question ("Seretse had ..., and in
____ Sir Seretse Khama was ..."); two verb phrases left joined by a bare comma when a fill-in
is cut before the ", and ..." that ended their series; a resolution's part letter after the
blank ("____ A decided"). Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from test_generate_quality import _prepared_titled, _run

_TIMELINE = """## 1963

- **Tuesday, 9 July:** The Harrow Agreement is signed in London by Ostria, Vell, Kell and Brisa.
- **Friday, 13 September:** The Kell Solidarity Convention, never ratified, records the Vellish renunciation of the northern provinces.
- **1871, 10–11 June:** Vellish landing parties storm the Kell forts; the Kell commander Ivo Tamm is killed with most of his garrison.
"""


def test_a_timeline_label_is_left_out_of_a_fill_in_and_the_entry_put_in_the_past() -> None:
    kept, left = _run(_TIMELINE)
    questions = [*kept, *left]
    assert not any(q.startswith(("Tuesday", "____, 10–11 June", "Friday")) for q in questions), (
        questions)
    assert "The ____ was signed in London by Ostria, Vell, Kell and Brisa." in kept, kept


def test_an_entry_the_change_of_tense_leaves_in_the_present_gives_no_fill_in() -> None:
    kept, left = _run(_TIMELINE)
    assert not any("records the Vellish" in q for q in [*kept, *left]), (kept, left)


def test_a_fact_sheet_line_is_not_taken_for_a_sentence() -> None:
    body = ("## Related bodies\n\n- **International Office of Harbour Gauges and Tide "
            "Tables**: set up by a separate convention signed in Kellburg in 1955 to harmonise "
            "the gauges used in ports.\n")
    kept, left = _run(body)
    assert not any(q.startswith("International Office") for q in kept), kept


def test_one_half_of_a_season_is_not_blanked() -> None:
    kept, left = _run("Vell's commercial catches ended after the 1987/88 season, when the "
                      "Harrow moratorium took effect at last.")
    assert not any("/88" in q for q in kept), kept
    assert any("season" in reason for q, reason in left.items() if "/88" in q), left


def test_both_standing_for_two_things_named_elsewhere_is_vague() -> None:
    kept, left = _run("Vell and Kell objected to the federation. On 17 September 1963 Ostria "
                      "broke off relations with both, and a crowd in Harrow sacked the embassy.")
    assert not any("with both" in q for q in kept), kept


def test_a_trimmed_series_of_verb_phrases_keeps_its_and() -> None:
    kept, _ = _run("After a short period studying law at Kellburg, Ivo Tamm sailed for Ostria in "
                   "August 1945, went up to the Harrow Academy, and in 1946 began reading for "
                   "the bar at the Inner Court in Vell, where his teachers included the future "
                   "chief justice of the Vellish federation.")
    assert not any("____, went up" in q for q in kept), kept


def test_a_resolutions_part_letter_after_the_blank_is_a_cut_name() -> None:
    kept, left = _run("On 2 December 1950 the General Assembly's Resolution 390 A decided that "
                      "Kell shall be an autonomous unit federated with Vell under the Vellish "
                      "crown.")
    assert not any("____ A decided" in q for q in kept), kept
    cut = [reason for q, reason in left.items() if "____ A decided" in q]
    assert cut and "bad_blank" in cut[0], left


def test_a_biographys_subject_named_short_is_not_named_again_in_full() -> None:
    body = ("Sir Ivo Tamm was born in Kell in 1921. Tamm led Vell to independence in 1966, "
            "and he was its President until he died. Tamm married Ana Ros in 1948. Ivo had "
            "suffered from diabetes and heart trouble for years, and in 1979 he was found to "
            "have cancer. He died at Harrow on 13 July 1980, and Tamm was buried at Kell.")
    prepared = _prepared_titled("Sir Ivo Tamm (1921–1980)", body)
    assert prepared.doc.main_person is not None
    questions = [c.question for c in prepared.candidates] + [
        r.candidate.question for r in prepared.rejected]
    asked = [q for q in questions if "diabetes" in q]
    assert asked, questions
    assert not any("Sir Ivo Tamm was found" in q for q in asked), asked

