"""Rule pass 199, from rounds 497-504 (heldout489-heldout496): a biography's subject written
with a curly apostrophe in a text of straight ones; "the Dalai Lama" written as the one holder
the text numbers with a capital ("the Fifth"), though it numbers another in lower case; a
newspaper's article ("Il Trentino") taken for a full name; "and falls into a ravine" left in the
present after "did"; a plural subject's present after "when" ("when protests in Leh turn
violent"); a possessive's clause glued to a question ("and Mozart's opera ... was first
performed"); a date in a participle's aside asked of "was the first national park"; a gapped
possessive's year ("and Trento's MUSE ..., in 2013"). Every sentence here is invented. Each test
fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import _finish, date_question
from quiz.generate.coordination import second_clause
from quiz.generate.definites import _numbered
from quiz.generate.names import with_document_names
from quiz.generate.questions import _biography_subject_named
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["'", "’"]))
def test_the_subjects_possessive_takes_the_texts_apostrophe(mark: str) -> None:
    question = "In ____ his eldest son, born in Zell, married Vell's daughter."
    question = question.replace("'", mark)
    named = _biography_subject_named(question, "1928", "Ivo Tamm", "he", "",
                                     f"Tamm{mark}s father ruled Kell. Tamm{mark}s mother died.")
    assert named.startswith(f"In ____ Ivo Tamm{mark}s eldest son"), named


def test_a_lower_case_ordinal_names_a_second_holder() -> None:
    text = ("- War between Kell and the Tibetan government of the Fifth Dalai Lama.\n"
            "- July: The fourteenth Dalai Lama teaches at Zell.\n"
            "- 21 July: The Dalai Lama arrives by helicopter at Zell.\n")
    question = "On what date in 2018 did the Dalai Lama arrive by helicopter at Zell?"
    assert _numbered(question, text) == question


def test_a_titles_article_is_no_given_name() -> None:
    text = ("Il Vellino, the Catholic daily, attacked him. In 1900 Ivo Tamm founded Il Popolo, the "
            "organ of Vellino socialism.")
    question = "In ____ Ivo Tamm founded Il Popolo, the organ of Vellino socialism."
    assert with_document_names(question, "1900", text) == (question, "")


def test_a_present_that_takes_no_object_is_put_after_did() -> None:
    text = "22 May 2010: Flight 812 from Kell overruns the runway at Zell airport and falls into a ravine."
    assert date_question(text, 0, 11, "on what date") == (
        "On what date did Flight 812 from Kell overrun the runway at Zell airport and fall into a "
            "ravine?")


@given(st.sampled_from(["protests in Kell", "the riots", "talks"]))
def test_a_plural_subjects_present_after_when_is_put_in_the_past(subject: str) -> None:
    text = f"Four people are killed when {subject} turn violent."
    assert entry_in_the_past(text) == f"Four people were killed when {subject} turned violent."


def test_a_possessives_noun_is_no_plural_subject() -> None:
    """(guard: "after Ivo Tamm's term ends": "term" is the possessive's noun, not a verb)"""
    text = "Ivo Vell is installed as acting governor after Ivo Tamm's term ends."
    assert "termed" not in entry_in_the_past(text)


def test_a_possessives_clause_is_a_second_clause() -> None:
    predicate = ("first staged in 1673, and Tamm's opera Vella, re di Zell was first performed "
                 "in Kell on 26 December 1770")
    cut = second_clause(predicate)
    assert cut is not None and predicate[: cut[0]] == "first staged in 1673", cut


@given(st.sampled_from(["established", "founded", "created"]))
def test_a_date_in_a_participles_aside_asks_that_participle(participle: str) -> None:
    text = (f"The Kell National Park, {participle} on 3 December 1922 from the royal hunting "
            "reserve of 1856, was the first national park in Vellia.")
    at = text.index("3 December")
    assert date_question(text, at, at + 16, "on what date") == (
        f"On what date was the Kell National Park {participle}?")


def test_an_aside_before_a_passive_is_not_asked_so() -> None:
    """(guard: "..., was ratified in June": the clause's own passive, not a description)"""
    text = "The Treaty of Zell, signed on 4 May 1802, was ratified in June."
    at = text.index("4 May")
    assert date_question(text, at, at + 10, "on what date") is None


def test_a_gapped_possessives_year_is_cut() -> None:
    question = ("In what year did Zell's Museum of Modern Art (ZMA) open and Kell's VELL science "
                "museum, designed by Ivo Tamm, in 2013?")
    assert _finish(question) == "In what year did Zell's Museum of Modern Art (ZMA) open?"
