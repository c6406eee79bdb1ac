"""Rule pass 389, from rounds 1703-1710's readers (heldout1693-1700, national libraries and
archives), four ways a question was worded wrong:

- "Its report of July 1954 (...)" made a later "the report's general lines" read "the report of
  July's general lines" (round 1706): a month after "of" is a date, no name the noun belongs to.
- "Truman approves the Federal Property and Administrative Services Act, creating ..." was
  asked "did Truman approve the Federal Property?" (round 1706): an "and" between the capitalised
  words of an act's name opens no second clause.
- "BNB and OSTI joined in 1974" was asked "did BNB and OSTI join the British Library Act?"
  (round 1694): a country's own law is signed, never joined, ratified or acceded to, so no such
  verb is given it as its object.
- "the Commonwealth bought at Sotheby's the journal James Cook had kept on the voyage" was
  asked "did the Commonwealth bought ... the journal James Cook keep" (round 1710): a noun and
  a name before "had kept" are a clause with no "that" describing the noun, so "bought" stays
  the clause's verb.

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

from quiz.generate.clauses import _main_verb, date_question
from quiz.generate.coordination import second_clause
from quiz.generate.definites import resolve_definites
from quiz.generate.references import complete_treaty_verbs


def _date_question(text: str, date: str, wh: str = "In what month and year") -> str | None:
    at = text.index(date)
    return date_question(text, at, at + len(date), wh)


def test_a_month_after_of_is_no_name_the_noun_belongs_to() -> None:
    quote = ("On 5 July 1955 the Dorn minister, Ivo Tamm, announced that the government accepted "
             "the report's general lines.")
    text = f"Kask Records\n\nIts report of July 1954 proposed a record office. {quote}\n"
    question, _ = resolve_definites(quote.replace("5 July 1955", "____"), "5 July 1955", text,
                                    quote, "Kask Records", True)
    assert "of July" not in question, question


def test_guard_a_name_after_of_still_names_the_noun() -> None:
    text = ("## 1944\n\n- 15 February: Bombers destroy the abbey of Monte Vell.\n"
            "- 18 May: Zell troops raise their flag over the ruins of the abbey.\n")
    quote = "18 May: Zell troops raise their flag over the ruins of the abbey."
    question, _ = resolve_definites(
        "On what date in 1944 did Zell troops raise their flag over the ruins of the abbey?",
        "18 May", text, quote, "Vell", True)
    assert question.endswith("the ruins of the abbey of Monte Vell?"), question


def test_an_and_inside_an_act_s_name_opens_no_clause() -> None:
    predicate = ("approve the Orrin Property and Administrative Services Act, creating the Kask "
                 "Services Administration")
    assert second_clause(predicate) is None


def test_guard_an_and_before_a_subject_and_its_verb_still_opens_a_clause() -> None:
    assert second_clause("sign the Treaty of Kask and Dorn withdrew its envoy") is not None


def test_a_country_s_own_law_is_never_given_to_join() -> None:
    question = ("In what year did the Kask Bibliography and the Dorn Office join, forming the "
                "Vell Division?")
    assert complete_treaty_verbs(question, "1974", "the Kask Library Act") == question


def test_guard_a_treaty_is_still_given_to_join() -> None:
    completed = complete_treaty_verbs("In what year did Dorn join?", "1974",
                                      "the Treaty of Kask")
    assert completed == "In what year did Dorn join the Treaty of Kask?"


def test_guard_a_law_is_still_given_to_sign() -> None:
    completed = complete_treaty_verbs("On what date did President Orrin Dask sign?", "1 May 1911",
                                      "the Kask Library Act")
    assert completed == "On what date did President Orrin Dask sign the Kask Library Act?"


def test_a_clause_with_no_that_keeps_the_first_past_the_verb() -> None:
    text = ("The Library's most celebrated purchase came in April 1923, when the Commonwealth "
            "bought at Sotheby's in London the journal Ivo Tamm had kept on the Kask voyage.")
    question = _date_question(text, "April 1923")
    assert question is not None and "did the Commonwealth buy at Sotheby's" in question, question
    assert "bought" not in question and "had kept" in question, question


def test_guard_a_participle_describing_its_noun_is_still_passed_over() -> None:
    body = "the treaty signed in Kask by the envoy Ivo Tamm had lapsed by 1920"
    assert _main_verb(body) == (body.index(" had ") + 1, body.index(" had ") + 4, "aux")
