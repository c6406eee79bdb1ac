"""Rule pass 269, from rounds 933-940 (heldout925-932), after they were judged (no batch has
judged it):

- "did the Venetian fleet destroy the Ottoman fleet ..., though its commander ... was
  killed?" was refused as a past glued on after a comma: "though" opens a clause of its own;
- "recorded more of the than had been known before" ("these", a pronoun, written "the");
- "On what date in 1690 did King James land at Kinsale in 1689?" ("12 March last year" in a
  report of 1690 is a day of 1689);
- "married Elizabeth I, daughter and co-heiress of William Philipps" (a wife completed as the
  queen of the same text);
- "A growing colony of Manx shearwaters since the rats were eradicated in ____." (a list's
  noun phrase and a clause of time, no sentence);
- "become a permanent member of the team", "was the 12th Earl created Baron Ailsa" (which
  team, which earldom: another sentence says).

Every sentence here is invented. Each test fails on the code before, except the guards named
as such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.dates import DateMention
from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare


def _kept(body: str, title: str = "Vell Island", when: DateMention | None = None) -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, when)
    return [cand.question for cand in prepare(doc).candidates]


def _answers(body: str, title: str = "Vell Island",
             when: DateMention | None = None) -> list[tuple[str, str]]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, when)
    return [(cand.question, cand.answer) for cand in prepare(doc).candidates]


@given(st.sampled_from(["though", "although"]))
def test_a_past_inside_a_concessive_clause_is_not_glued_on(word: str) -> None:
    body = (f"## 1657\n\n- 26 June: the Kellish fleet destroys the Dornish fleet in the Battle of "
            f"the Vell Narrows, {word} its commander, Captain General Ivo Marcen, is killed.\n")
    asked = [q for q in _kept(body) if "Dornish fleet" in q]
    assert any(f", {word} its commander" in q for q in asked), asked


@given(st.sampled_from(["these", "those"]))
def test_a_demonstrative_pronoun_is_not_written_as_the(word: str) -> None:
    body = (f"Vell Island has many promontory forts. Surveys made for the Kellish–Dornish "
            f"COASTAL project, published in 2020, recorded more of {word} than had been known "
            f"before.\n")
    asked = _kept(body)
    assert not any("of the than" in q for q in asked), asked


def test_a_guard_those_of_a_name_stays() -> None:
    body = ("On 3 September 1980 the Lerno Agreement with the striking miners followed those of "
            "Dorn and Vesk.\n")
    assert any("those of Dorn" in q for q in _kept(body)), _kept(body)


@given(st.sampled_from([("last", 1689), ("next", 1691)]))
def test_a_day_said_last_year_belongs_to_the_year_before_the_report(said: tuple[str, int]
                                                                      ) -> None:
    which, year = said
    body = (f"LERNO, 12 June 1690 — The fleet sailed for Vell yesterday.\n\n"
            f"King Ivo landed at Dorn on 12 March {which} year with Kellish officers, arms and "
            f"money, and was received in Lerno by the Earl of Vesk.\n")
    asked = [(q, a) for q, a in _answers(body, "The fleet sails", DateMention(
        "12 June 1690", 0, 12, "day", 1690, 6, 12, "uk")) if "Dorn" in q]
    assert asked and all(str(year) in q and "1690" not in q for q, _ in asked), asked


@given(st.sampled_from(["daughter and co-heiress", "eldest daughter"]))
def test_a_wife_named_by_her_kin_is_not_completed_as_a_queen(kin: str) -> None:
    body = ("Ivo Marcen of Lerno was an antiquary in the age of Elizabeth I, who made him a "
            f"deputy lieutenant.\n\nIn 1571 Ivo Marcen married Elizabeth, {kin} of William "
            "Dorn of Vesk, by whom he had eleven children.\n")
    asked = [q for q in _kept(body, "Ivo Marcen") if "Elizabeth" in q]
    assert asked and not any("Elizabeth I" in q for q in asked), asked


@given(st.sampled_from(["since", "after"]))
def test_a_noun_phrase_and_a_clause_of_time_is_no_cloze(word: str) -> None:
    body = ("- **Wildlife:** the largest breeding colony of grey seals in southern Dornland; "
            "choughs, peregrines and ravens; guillemots, razorbills and fulmars; a growing colony "
            f"of Manx shearwaters {word} the rats were eradicated in 1999.\n")
    asked = _kept(body)
    assert not any("A growing colony" in q for q in asked), asked


def test_a_guard_a_sentence_with_its_verb_before_since_stays() -> None:
    body = ("Vell Island lies off Dorn. The colony of Manx shearwaters has grown since the rats "
            "were eradicated in 1999.\n")
    assert any("has grown since" in q for q in _kept(body)), _kept(body)


@given(st.sampled_from(["team", "society"]))
def test_an_unnamed_team_or_society_points_to_another_sentence(noun: str) -> None:
    body = (f"The Vell Warden Trust was founded in 1980. Ivo Marcen became a permanent member "
            f"of the {noun} in July 1999.\n")
    assert not any(f"of the {noun}" in q for q in _kept(body)), _kept(body)


@given(st.sampled_from(["12th Earl", "3rd Baronet"]))
def test_a_counted_title_without_its_house_is_vague(title: str) -> None:
    body = (f"The Marcen family held Vell for two centuries. On 12 November 1806 the {title} "
            f"was created Baron Vell, of Vell in the County of Dorn.\n")
    assert not any(title in q for q in _kept(body)), _kept(body)
