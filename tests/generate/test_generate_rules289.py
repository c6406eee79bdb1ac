"""Rule pass 289, from rounds 1077-1084 (heldout1069-1076) as their first readers judged them
(no batch has judged it):

- "For the centenary in ____ a commemorative volume appeared", "a stamp for the centenary of
  Nazor's birth", "On the chapel's fiftieth anniversary ... consecrate" (a deed done for an
  anniversary: rounds 156-1084 kept 4 of 28 verdicts);
- "was the park closed to visitors", "promulgate the amendment", "In ____ the count allowed"
  (a park, an amendment, an affair, a letter, a count or a bishop another sentence names);
- "did King Louis I. Zadar throw off Venetian rule?" (a ruler's number and full stop read as a
  middle initial, the next sentence's first word as a surname);
- "promulgate the amendment, published on 6 February" offered 18 March (a day of the same year
  the question names, which the answer comes before);
- "After the Second World War ... became in ____" offered 1942.

Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.date_context import setting_for
from quiz.generate.dates import find_dates
from quiz.generate.definites import resolve_definites
from quiz.generate.documents import Document
from quiz.generate.extract import find_facts
from quiz.generate.facts import DATE, Fact
from quiz.generate.officials import find_officials
from quiz.generate.quality import faults
from quiz.generate.questions import BLANK, Candidate, candidates_for
from quiz.generate.sentences import Sentence


def _faults(question: str, answer: str, sentence: str, form: str = "wh") -> list[str]:
    start = sentence.index(answer)
    fact = Fact(DATE, answer, start, start + len(answer), Sentence(sentence, 1))
    return faults(Candidate(fact, form, question, answer))


@given(st.sampled_from([
    ("For the centenary in ____ a memorial volume appeared with a message from Mayor Ivo Dorn.",
     "2019", "For the centenary in 2019 a memorial volume appeared with a message from Mayor "
     "Ivo Dorn.", "cloze"),
    ("In what month and year did Vell issue a stamp for the centenary of Ada Rusk's birth?",
     "May 1976", "In May 1976 Vell issued a stamp for the centenary of Ada Rusk's birth.", "wh"),
    ("On the chapel's fiftieth anniversary, on what date did Bishop Ivo Dorn bless a new bell?",
     "4 June 2000", "On the chapel's fiftieth anniversary, on 4 June 2000, Bishop Ivo Dorn "
     "blessed a new bell.", "wh"),
]))
def test_a_deed_done_for_an_anniversary_is_trivial(case: tuple[str, str, str, str]) -> None:
    question, answer, sentence, form = case
    found = _faults(question, answer, sentence, form)
    assert any("anniversary" in fault for fault in found), found


@given(st.sampled_from([
    ("On what date did the Lerno Guild become a state on the anniversary of the Kask rising?",
     "3 May 1970", "The Lerno Guild became a state on 3 May 1970, on the anniversary of the "
     "Kask rising."),
    ("On what date in 1901 was the Vell bridge, built for the jubilee of the guild, opened?",
     "9 June", "9 June: the Vell bridge, built for the jubilee of the guild, is opened."),
]))
def test_a_guard_an_anniversary_beside_the_fact_is_no_fault(case: tuple[str, str, str]) -> None:
    question, answer, sentence = case
    found = _faults(question, answer, sentence)
    assert not any("anniversary" in fault for fault in found), found


@given(st.sampled_from(["park", "amendment", "affair", "letter", "count", "bishop"]))
def test_an_unnamed_park_or_amendment_is_named_in_another_sentence(noun: str) -> None:
    text = (f"# Vell Island\n\nThe Kask {noun.capitalize()}s are old.\n\n- 20 March: the {noun} "
            "is closed to visitors.\n")
    quote = f"20 March: the {noun} is closed to visitors."
    question = f"Vell Island: On what date in 2020 was the {noun} closed to visitors?"
    _, why = resolve_definites(question, "20 March", text, quote, "Vell Island", labelled=True)
    assert why, why


def test_a_guard_an_owning_park_or_bishop_is_the_labels_own() -> None:
    text = ("# Vell Island\n\nThe Kask Parks are old.\n\n- 20 March: the Minister approves the "
            "park's regulation.\n")
    quote = "20 March: the Minister approves the park's regulation."
    question = "Vell Island: On what date in 2020 did the Minister approve the park's regulation?"
    _, why = resolve_definites(question, "20 March", text, quote, "Vell Island", labelled=True)
    assert not why, why


@given(st.sampled_from(["King", "Emperor", "Pope"]))
def test_a_rulers_number_ends_his_name_and_sentence(title: str) -> None:
    text = f"The city passed to {title} Ivo I. Kask governed the island again until 1372."
    names = [fact.answer for fact in find_officials(Sentence(text, 1))]
    assert not any("Kask" in name for name in names), names


def test_a_guard_a_middle_initial_stays_in_the_name() -> None:
    text = "The treaty was signed by President Ivo V. Kask in 1947."
    names = [fact.answer for fact in find_officials(Sentence(text, 1))]
    assert names == ["Ivo V. Kask"], names


def _date_candidate(text: str, answer: str) -> Candidate:
    doc = Document(Path("d.txt"), "x", "D")
    for fact in find_facts(Sentence(text, 1), doc):
        for cand in candidates_for(fact, doc):
            if cand.answer == answer:
                return cand
    raise AssertionError(f"no candidate answered {answer!r}")


@given(st.sampled_from(["published on 6 February", "in force from 6 February"]))
def test_a_day_of_the_same_year_keeps_the_options_on_the_answers_side(tail: str) -> None:
    entry = f"30 January: President Ivo Dorn signs the amendment, {tail}."
    dates = find_dates(entry)
    question = f"On what date in 1997 did President Ivo Dorn sign the amendment, {tail}?"
    setting = setting_for(question, dates[0], dates, BLANK)
    assert setting.fits((1997, 1, 24), "24 January")
    assert not setting.fits((1997, 3, 18), "18 March")
    assert not setting.fits((1997, 2, 6), "6 February")


@given(st.sampled_from(["After", "Following"]))
def test_after_a_world_war_the_options_follow_its_end(after: str) -> None:
    text = (f"{after} the Second World War Ivo Dorn became in 1948 the first president of the "
            "Vell Alpine Club.")
    cand = _date_candidate(text, "1948")
    assert cand.fact.date is not None
    question = text.replace("1948", BLANK)
    setting = setting_for(question, cand.fact.date, cand.fact.sentence.dates, BLANK)
    assert setting.fits((1949, 0, 0), "1949")
    assert not setting.fits((1942, 0, 0), "1942")



def test_a_guard_a_day_after_another_year_sets_no_side() -> None:
    sentence = "Pacts signed in 1992 with Vell on 18 May and with Kask on 26 April 1994 held."
    dates = find_dates(sentence)
    answer = next(d for d in dates if d.year == 1994)
    question = sentence.replace("26 April 1994", BLANK)
    setting = setting_for(question, answer, dates, BLANK)
    assert setting.fits((1994, 6, 17), "17 June 1994")
