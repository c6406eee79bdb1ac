"""Rule pass 297, from rounds 1117-1132 (heldout1109-1124) as their first readers judged them:

- "The Enforcement Order was issued as Cabinet Order No. 38 of ____", "approve the first
  management plan for the Christmas Island Marine Park" (a paper that carries out a law or a
  park: rounds 156-1132 kept 5 of 20 such verdicts);
- pass 296's "he" after another man's sentence, read as that man's, taken back: on the 740 judged
  sets it left out 61 kept cards ("In 1758 he bought the estate of Hammarby" after "King Adolf
  Frederick granted him nobility"), and narrowed to a sentence that says nothing of the
  biography's man it still lost more than it mended ("the Riksdag elected him King ...; he was
  crowned in Stockholm", whose "him" is in the same sentence);
- pass 296's "Benigno Aquino III" as a full name of "Aquino" taken back (it made "Mwanawina
  Lewanika III" and "Kabaka Mwanga II" full names too, and "Paris Henry II" of "at Paris Henry
  II", so "Lewanika", "Mwanga" and "Henry" went unresolved or wrong: 6 kept cards lost), and so
  is its "the diocese" left out after a sentence naming two (the later one was right in 2 kept
  cards, "a district of the Irkutsk Governorate ... detached from the governorate");
- "Edward III of England appointed him Constable": his "III" is no word the biography's "Jean
  III de Grailly" shares with the doer; "held the office from ____" after "first chairman" names
  the office (a lower-case office counts).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_rules294 import _faults

from quiz.generate.definites import resolve_definites
from quiz.generate.questions import _biography_subject_named


@given(st.sampled_from([
    "Vell Act: The Enforcement Order was issued as Cabinet Order No. 38 of ____.",
    "Vell Act: The Enforcement Regulations followed as an ordinance of the ministry on ____.",
    "On what date did the minister approve the first management plan for the Kask Marine Park?"]))
def test_a_paper_carrying_out_another_is_trivial(question: str) -> None:
    found = _faults(question, "31 March 1973")
    assert any(f.startswith("trivial") and "carries out" in f for f in found), found


def test_a_guard_the_act_itself_is_kept() -> None:
    found = _faults("On what date did the Vell Nature Conservation Act take effect?",
                    "31 March 1973")
    assert not any("carries out" in f for f in found), found


def test_a_rulers_number_is_no_name_the_doer_shares() -> None:
    question = "In what year did Edward III appoint him Constable of Kask?"
    named = _biography_subject_named(question, "1371", "Jean III de Brin", "he")
    assert named == "In what year did Edward III appoint Jean III de Brin Constable of Kask?"


def test_a_lower_case_office_before_names_the_office() -> None:
    text = "# Vell Society\n\nIvo Dorn was elected its first chairman and held the office from 1957.\n"
    quote = "Ivo Dorn was elected its first chairman and held the office from 1957."
    _, why = resolve_definites("Ivo Dorn was elected its first chairman and held the office from "
                               "____.", "1957", text, quote, "Vell Society")
    assert not why, why
