"""Rule pass 301, from rounds 1157-1164 (heldout1149-1156) as their first readers judged them:

- "did the council decide", "did the city council adopt": an unnamed council asked after "did"
  was read as an adjective (the lexicon has "council" as one too), so the rule that leaves out
  a council another sentence names never saw it (rounds 156-1164 kept 21 of 52 verdicts);
- "On what date in 1932 did Dr Robert W. Lovett diagnose infantile paralysis?": a report of 1933
  gave a background paragraph's "25 August", after "10 August 1921", the year before its own;
- "correspondence was edited by ... and published in ____", "reprinted at Portland in ____": a
  later edition of a text (rounds 156-1164 kept 10 of 30 verdicts);
- "did the elder William Fitz William Owen die": "the elder" or "the younger" of a name (0 of 6);
- "the censuses of 1871 and 1881", "the Republican National Convention ... in 1873": options
  that are no year of an event held every ten or four years;
- "did White sail for England": a surname that is also a word, which the document uses for the
  one "John White" mid-sentence ("Eleanor Dare, White's daughter");
- "did fisheries and Oceans Canada designate": a body's name lowered as a common noun;
- "Royal Charter of Rhode Island and Providence Plantations and Block Island": a title's name
  ran on past its date into what else the title is about;
- "On ____, at Providence, they declared", "In ____ Colin Tennant sailed round it": "they" with
  no one before it, "it" after a preposition with only a name before it.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_generate_date_context import _candidates
from test_generate_rules294 import _faults

from quiz.generate.anaphora import unresolved
from quiz.generate.clauses import _common_noun_lowered
from quiz.generate.definites import resolve_definites
from quiz.generate.distractors import choices_for
from quiz.generate.documents import read_document
from quiz.generate.names import with_document_names
from quiz.generate.pipeline import prepare
from quiz.generate.subject import document_subject


@given(st.sampled_from(["did the council decide to hold a referendum?",
                        "did the city council adopt an ordinance on the harbour?",
                        "did the municipal council elect Ivo Dorn mayor?"]))
def test_an_unnamed_council_asked_after_did_is_named_in_another_sentence(asked: str) -> None:
    text = "# Vell Island\n\nIn 1990 the Vell council was formed.\n\nIn 2021 the council met.\n"
    _, why = resolve_definites(f"In what year {asked}", "2021", text, "In 2021 the council met.")
    assert why, why


def test_a_guard_an_adjective_before_a_court_is_no_unnamed_noun() -> None:
    text = "# Vell\n\nIn 1990 Law 5 was passed.\n\nIn 2021 the regional court struck it down.\n"
    _, why = resolve_definites("In what year did the regional court strike down Law 5?", "2021",
                               text, "In 2021 the regional court struck it down.")
    assert not why, why


def _news_questions(tmp_path: Path, background: str) -> list[tuple[str, str]]:
    path = tmp_path / "dorn-returns-to-vell-1933-news.txt"
    path.write_text("Ivo Dorn returns to Vell\n\nKASK, 3 July 1933 — Ivo Dorn came home to Vell "
                    "yesterday, twelve years after he fell ill there.\n\n"
                    f"{background}\n\nHe was met at the pier by the mayor.\n", encoding="utf-8")
    return [(c.question, c.answer) for c in prepare(read_document(path)).candidates]


@given(st.sampled_from(["diagnosed the fever", "declared the quarantine"]))
def test_a_reports_background_day_is_of_the_year_its_paragraph_gives(act: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        asked = _news_questions(Path(folder), "It was at Vell, on 10 August 1921, that Ivo Dorn "
                                f"fell ill. Dr Lia Berg of Kask {act} on 25 August, and Dorn "
                                "left the island in September.")
    dated = [q for q, a in asked if a == "25 August"]
    assert dated and all("1921" in q for q in dated), asked


def test_a_guard_a_reports_own_days_keep_the_reports_year(tmp_path: Path) -> None:
    asked = _news_questions(tmp_path, "The harbour board met on 30 June, and Dr Lia Berg of Kask "
                            "declared the quarantine at an end on 1 July.")
    dated = [q for q, a in asked if a in {"30 June", "1 July"}]
    assert dated and all("1933" in q for q in dated), asked


def test_a_guard_a_day_earlier_in_the_year_than_the_older_date_is_the_reports(
        tmp_path: Path) -> None:
    asked = _news_questions(tmp_path, "The talks on the harbour, which opened on 31 October 1921, "
                            "have made no progress. Kask resumed its patrols on 15 June.")
    dated = [q for q, a in asked if a == "15 June"]
    assert dated and all("1933" in q for q in dated), asked


@given(st.sampled_from([
    "Ivo Dorn's correspondence was edited by Lia Berg and published in Kask in ____.",
    "A series of letters signed \"Vellensis\", reprinted at Kask in ____, attacked the cession.",
    "His study of the Vell fisheries, translated and printed in Kask in ____, was widely read."]))
def test_a_later_edition_of_a_text_is_trivial(question: str) -> None:
    found = _faults(question, "1894")
    assert any(f.startswith("trivial") and "later edition" in f for f in found), found


def test_a_guard_a_newspaper_edited_by_its_editor_is_kept() -> None:
    found = _faults("The first Vellish newspaper, Kask News, edited by Ivo Dorn, appeared in "
                    "____.", "1894")
    assert not any("later edition" in f for f in found), found


@given(st.sampled_from(["In what year did the elder Ivo Dorn die at Kask?",
                        "On what date did the younger Lia Berg matriculate at Vell?"]))
def test_the_elder_or_younger_of_a_name_is_vague(question: str) -> None:
    found = _faults(question, "1778")
    assert any(f.startswith("vague") and "elder" in f for f in found), found


def _year_options(sentence: str, answer: str) -> list[int]:
    cands, pools = _candidates([sentence])
    cand = next(c for c in cands if c.answer == answer)
    options = choices_for(cand, pools)  # type: ignore[arg-type]
    return [int(y) for option in options for y in re.findall(r"\d{4}", option)]


@given(st.sampled_from([("Kask was the largest town of Vell at the censuses of 1870 and 1880.",
                         "1870 and 1880", 10),
                        ("Ivo Dorn attended the Republican National Convention at Kask in 1876.",
                         "1876", 4),
                        ("Kask hosted the Winter Olympic Games of 1936.", "1936", 4)]))
def test_options_for_an_event_held_every_so_many_years_move_by_whole_cycles(
        case: tuple[str, str, int]) -> None:
    sentence, answer, cycle = case
    years = _year_options(sentence, answer)
    own = int(answer[:4])
    assert years and all((year - own) % cycle == 0 for year in years), years


def test_a_guard_other_years_keep_near_options() -> None:
    years = _year_options("Ivo Dorn opened the Kask harbour in 1876.", "1876")
    assert years and any(abs(year - 1876) < 4 for year in years), years


_ROANOKE = ("Vell: a timeline\n\n## 1587\n\n- 7 January: Raleigh names the painter John White "
            "governor.\n- 18 August: Eleanor Dare, White's daughter, gives birth.\n\n## 1709\n\n"
            "- Lawson tells of the island people's tradition of white ancestors.\n")


def test_a_surname_that_is_also_a_word_is_the_one_person_the_text_calls_by_it() -> None:
    asked, why = with_document_names("On what date in 1587 did White sail for England?", "27 August",
                                      _ROANOKE)
    assert asked == "On what date in 1587 did John White sail for England?" and not why, asked


def test_a_guard_a_colour_the_text_never_uses_as_his_name_is_left_alone() -> None:
    text = _ROANOKE.replace("Eleanor Dare, White's daughter", "Eleanor Dare, his daughter")
    asked, _ = with_document_names("On what date in 1587 did White sail for England?", "27 August",
                                   text)
    assert asked == "On what date in 1587 did White sail for England?", asked


@given(st.sampled_from(["Fisheries and Oceans Canada", "Parks and Wildlife Vell"]))
def test_a_bodys_name_joined_by_and_keeps_its_capital(name: str) -> None:
    assert _common_noun_lowered(name) == name


def test_a_guard_a_plural_noun_before_one_name_is_lowered() -> None:
    assert _common_noun_lowered("Farmers and Kaskans") == "farmers and Kaskans"


def test_a_titles_name_ends_at_its_date_before_and() -> None:
    subject = document_subject("The Royal Charter of Vell and Kask Plantations (8 July 1663) and "
                               "Brisa Island")
    assert subject is not None and subject.name == "Royal Charter of Vell and Kask Plantations"


@given(st.sampled_from(["Vell: At Kask on ____ they defeated and captured Ivo Dorn.",
                        "Ivo Dorn: On ____, at Kask, Vell, they declared the river the border.",
                        "In ____ Ivo Dorn sailed round it from Kask in a small schooner.",
                        "Vell: Lia Berg has presided over it since ____."]))
def test_they_or_it_with_no_one_before_it_points_to_another_sentence(question: str) -> None:
    assert unresolved(question), question


@given(st.sampled_from(["In ____ Ivo Dorn married Lia Berg; they had three children.",
                        "The Kaskans withdrew to Brisa, which they held until ____.",
                        "Ivo Dorn joined the Vell council in 1949 and presided over it from "
                        "____."]))
def test_a_guard_they_or_it_with_someone_before_it_is_kept(question: str) -> None:
    assert unresolved(question) is None, question
