"""Rule pass 157, from rounds 285-288: refused are a question cut inside "the Sammarinese
Communist and Socialist parties", "did X, a bookseller, elect to the Chamber" (a fact sheet's
passive asked as active) and "was the result the Karlsbad programme". ("did the Law of Free
Ports confirm?", its object cut with "and widens", is left: a first rule for it also refused
"did Warsaw rise?" of "rises and expels the garrison".) Every sentence here is invented. Each
test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card_faults


def test_a_question_cut_inside_two_adjectives_sharing_a_noun_is_refused() -> None:
    sentence = ("11 March 1945: Elections bring to power a coalition of the Kellan Communist and "
                "Socialist parties.")
    question = ("On what date in 1945 did elections bring to power a coalition of the Kellan "
                "Communist?")
    assert any("cut inside" in f for f in _date_card_faults(sentence, question, "11 March"))


@given(st.sampled_from(["elect", "appoint", "promote"]))
def test_a_passive_asked_as_active_is_refused(verb: str) -> None:
    sentence = f"Deputy leader: Karl Berg, a bookseller from Kell, {verb}ed to the Vell Chamber in 1935"
    question = f"In what year did Karl Berg, a bookseller from Kell, {verb} to the Vell Chamber?"
    assert any("passive asked as if active" in f for f in _date_card_faults(sentence, question, "1935"))


def test_an_active_with_its_object_is_no_fault() -> None:
    """(guard: "did the Kell Council elect Ivo Tamm as president?")"""
    sentence = "The Kell Council elected Ivo Tamm as president in 1990."
    question = "In what year did the Kell Council elect Ivo Tamm as president?"
    assert not any("passive asked as if active" in f
                   for f in _date_card_faults(sentence, question, "1990"))


def test_was_the_result_is_refused() -> None:
    sentence = "The result was the Kell programme, eight demands announced by Ivo Tamm on 24 April 1938."
    question = "On what date was the result the Kell programme, eight demands announced by Ivo Tamm?"
    assert any("was the result" in f for f in _date_card_faults(sentence, question, "24 April 1938"))
