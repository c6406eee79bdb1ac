"""Rule pass 208, from rounds 549-564 (heldout541-heldout556): a fact sheet's passive with no
"was" asked as active ("did Richard create Earl of Cornwall", "did Cornish recognise under Part
II"), a bare name completed where an apposition names him by a ruler kin to him ("Richard
Trevithick, younger brother of Henry III"), a name's present before its complement kept after
", and" ("and the Swabian League of Cities comes to an end"), and wrong options of other years
where a law's number carries the answer's ("Law 11/79 of ____"). Every sentence here is
invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.coordination import second_clause
from quiz.generate.date_context import setting_for
from quiz.generate.dates import find_dates
from quiz.generate.names import with_document_names


def _asked(sentence: str, wh: str = "In what year") -> str | None:
    import re
    year = re.search(r"\d{4}", sentence)
    assert year is not None
    return date_question(sentence, year.start(), year.end(), wh)


@given(st.sampled_from(["created Earl of Tarn", "crowned King of Vell", "made Duke of Ostra"]))
def test_a_title_given_with_no_object_is_a_passive(given_title: str) -> None:
    sentence = f"Richard, younger brother of Henry III, {given_title} in 1227."
    question = _asked(sentence)
    assert question is not None and question.startswith("In what year was Richard")


def test_recognised_under_with_no_object_is_a_passive() -> None:
    question = _asked("Vellish, a Celtic language, recognised under Part II of the Charter in "
                      "2002.")
    assert question == ("In what year was Vellish, a Celtic language, recognised under Part II "
                        "of the Charter?")


def test_a_rank_before_a_name_is_the_object() -> None:
    """(guard: "elected King Christian I as Duke": the estates did the electing)"""
    question = _asked("In 1460 the estates of both lands elected King Christian I as Duke of "
                      "Tarn.", "In what month and year")
    assert question is None or "were the estates" not in question


def test_an_asides_participle_is_no_passive() -> None:
    """(guard: "Karzai, now elected President, formed": no "was Karzai, now elected")"""
    question = _asked("In 2004 Karzai, now elected President, formed his first cabinet.")
    assert question is None or "was Karzai" not in question


_TEXT = ("Richard Trevithick built an engine in 1801. The earldom passed to Richard, younger "
         "brother of Henry III, in 1227.")


def test_a_ruler_s_kin_is_not_completed_as_another_of_the_name() -> None:
    question = "In what year was Richard, younger brother of Henry III, created Earl of Tarn?"
    assert with_document_names(question, "1227", _TEXT) == (question, "")


def test_a_daughter_of_a_family_is_completed() -> None:
    """(guard: "Lila, the daughter of a Pardhan family" is the text's "Lila Elwin")"""
    text = "Verrier Elwin married Lila Elwin in 1953. Lila Elwin lived at Patangarh."
    assert with_document_names("In ____ Verrier Elwin married Lila, the daughter of a Pardhan "
                               "family.", "1953", text)[0] == (
        "In ____ Verrier Elwin married Lila Elwin, the daughter of a Pardhan family.")


def test_a_names_present_before_its_complement_opens_a_second_clause() -> None:
    predicate = (" accept the Public Peace of Eger, and the Swabian League of Cities comes to an "
                 "end.")
    assert second_clause(predicate) is not None


def _options_years(question: str, answer_text: str) -> tuple[int, int] | None:
    sentence = question.replace("____", answer_text)
    mention = next(d for d in find_dates(sentence) if d.text == answer_text)
    return setting_for(question, mention, find_dates(sentence), "____").years


@given(st.sampled_from([("Law 11/79 of ____", "28 March 1979"),
                        ("Decree-Law 500/80 of ____", "20 October 1980"),
                        ("the Law of ____ (Law No. 72-619)", "5 July 1972")]))
def test_a_laws_number_keeps_the_options_in_its_year(asked: tuple[str, str]) -> None:
    phrase, answer = asked
    question = f"The University of Vell was created by {phrase}."
    year = int(answer[-4:])
    assert _options_years(question, answer) == (year, year)


def test_a_laws_number_of_another_year_leaves_the_options_free() -> None:
    """(guard: "Law 3/85", amended on 2 May 1990: other years stay open)"""
    assert _options_years("Law 3/85 was amended on ____.", "2 May 1990") is None
