"""Rule pass 187, from rounds 409-416: a fill-in cut inside a series of participle phrases
("who was removed as Prime Minister, arrested on charges of conspiracy[ and held ...]") joins
its last two with "and"; a span of time left between "did" and its subject ("did five days
after his inauguration, X withdraw") is refused; a second "was" clause glued to a "was" question
("was the company formed and the refinery at Abadan was built") is refused. Every sentence here
is invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card

from quiz.generate.quality import faults
from quiz.generate.questions import _series_closed


@given(st.sampled_from([
    ("who was removed as Governor, arrested on charges of treason",
     "who was removed as Governor and arrested on charges of treason"),
    ("Ivo Tamm had sailed with his family to Kell, made a fortune from the Zell mine",
     "Ivo Tamm had sailed with his family to Kell and made a fortune from the Zell mine"),
    ("it was annexed by Ivo Tamm of Vell, served as the base of his campaigns",
     "it was annexed by Ivo Tamm of Vell and served as the base of his campaigns")]))
def test_a_series_of_participles_cut_before_its_and_is_joined(forms: tuple[str, str]) -> None:
    cut, joined = forms
    question = f"In ____ the council broke with Vell, and {cut}."
    text = f"In 1979 the council broke with Vell, and {cut} and held until 1981 at Zell."
    assert _series_closed(question, text) == f"In ____ the council broke with Vell, and {joined}."


def test_a_participle_of_its_agent_is_not_joined() -> None:
    """(guard: ", succeeded by Ivo Tamm" describes; it is no act of the series)"""
    question = "In ____ Vell was made a province, succeeded by Ivo Tamm."
    text = "In 1901 Vell was made a province, succeeded by Ivo Tamm and his sons."
    assert _series_closed(question, text) == question


def test_a_series_the_document_does_not_go_on_with_is_left() -> None:
    """(guard: no "and" after it in the document: the question ends where the sentence did)"""
    question = "In ____ Ivo Tamm was removed as Governor, arrested on charges of treason."
    text = "In 1979 Ivo Tamm was removed as Governor, arrested on charges of treason."
    assert _series_closed(question, text) == question


@given(st.sampled_from(["five days after his inauguration", "a few months after his campaign",
                        "two years later"]))
def test_a_span_between_did_and_its_subject_is_refused(span: str) -> None:
    sentence = f"In 1893, {span}, Ivo Tamm withdrew the Kell Treaty from the Senate."
    card = _date_card(f"In what year did {span}, Ivo Tamm withdraw the Kell Treaty from the "
                      "Senate?", sentence, "1893", "forward")
    assert any("span of time" in why for why in faults(card))


def test_a_span_after_the_subject_is_kept() -> None:
    """(guard: "did Ivo Tamm return five days after ...": the span is the predicate's)"""
    sentence = "On 9 March 1893 Ivo Tamm returned to Vell five days after his inauguration."
    card = _date_card("On what date did Ivo Tamm return to Vell five days after his "
                      "inauguration?", sentence, "9 March 1893", "forward")
    assert not any("span of time" in why for why in faults(card))


@given(st.sampled_from(["the refinery at Vell was built", "a pipeline to Zell was laid"]))
def test_a_second_was_clause_is_refused(clause: str) -> None:
    sentence = f"In 1909 the Kell Oil Company was formed and {clause}."
    card = _date_card(f"In what year was the Kell Oil Company formed and {clause}?", sentence,
                      "1909", "forward")
    assert any("second “was” clause" in why for why in faults(card))


def test_a_relative_clause_with_its_own_were_is_kept() -> None:
    """(guard: "where restrictions on food and movement were lifted": no second clause)"""
    sentence = ("In September 1953 Vell was declared the first white area, where restrictions on "
                "food and movement were lifted.")
    card = _date_card("In what month and year was Vell declared the first white area, where "
                      "restrictions on food and movement were lifted?", sentence,
                      "September 1953", "forward")
    assert not any("second “was” clause" in why for why in faults(card))
