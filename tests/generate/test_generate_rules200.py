"""Rule pass 200, from rounds 505-512 (heldout497-heldout504): an agreement's name run on into a
ruler's ("the Treaty of Nonsuch Elizabeth I"); a given name and its house ("Louis of Nassau")
completed with another person's surname; a participle's aside with its agent ("established by
decree on ..."); a plural noun before "may" put in the past ("troops and supplied may"); a
list's head before an opening phrase's comma ("the Allied leaders Lloyd George, on what date
did ..."); a date question that dates its own act at its end; "and largely boycott" read as a
noun; a fact sheet's participle and agent taken for a statement; a label of two months ("June–
August:"). Every sentence here is invented. Each test fails on the code before, except the
guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card, _run

from quiz.generate.clauses import date_question
from quiz.generate.names import with_document_names
from quiz.generate.pipeline import _runs_on
from quiz.generate.quality import _date_faults, _dates_its_own_act
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["Elizabeth I", "Charles V", "Olav II"]))
def test_an_agreement_run_on_into_a_ruler_is_refused(ruler: str) -> None:
    assert _runs_on(f"Treaty of Zell {ruler}", f"Under the Treaty of Zell {ruler} sends an army.")


def test_a_place_of_one_word_and_a_number_is_no_run_on() -> None:
    """(guard: "the Statute of Vell II": one word after "of", its number)"""
    assert not _runs_on("Statute of Vell II", "The Statute of Vell II was enacted.")


@given(st.sampled_from(["Nassau", "Albret", "the Marck"]))
def test_a_given_name_and_its_house_is_whole(house: str) -> None:
    text = (f"Louis Tamm ruled Kell. Louis Tamm died in 1810. Louis of {house} raised an army. "
            f"Louis of {house} fled.")
    question = f"On what date did the Duke of Zell destroy the army of Louis of {house} at Vell?"
    assert with_document_names(question, "21 July", text) == (question, "")


def test_a_participles_agent_goes_with_it() -> None:
    text = ("The Kell National Park, established by decree on 6 July 1963 chiefly to save the "
            "ibex, was the first national park in Vellia.")
    at = text.index("6 July")
    assert date_question(text, at, at + 11, "on what date") == (
        "On what date was the Kell National Park established by decree?")


@given(st.sampled_from(["may", "can", "could"]))
def test_a_plural_before_a_modal_is_no_verb(modal: str) -> None:
    text = f"The Convention of Zell regulates the routes by which troops and supplies {modal} travel."
    assert "supplied" not in entry_in_the_past(text)


def test_a_lists_head_goes_with_the_list() -> None:
    text = ("During the war the Allied leaders Ivo Tamm, Olav Vell and Karl Mord met at Zell on "
            "19 April 1917, and on 12 December 1917 a train derailed near Kell.")
    at = text.index("19 April")
    assert date_question(text, at, at + 13, "on what date") == (
        "During the war, on what date did the Allied leaders Ivo Tamm, Olav Vell and Karl Mord "
        "meet at Zell?")


@given(st.sampled_from(["on 19 February 1416", "in 1416", "early in 1416"]))
def test_a_question_that_dates_its_own_act_is_refused(when: str) -> None:
    question = (f"In what year was Olav VIII, born at Zell in 1383, raised to the rank of duke "
                f"by the Emperor {when}?")
    assert _dates_its_own_act(question)


@given(st.sampled_from(["which opened in 1791", "imposed in 1960", "to take effect in 1979",
                        "becoming members in 1986"]))
def test_a_date_of_another_clause_at_the_end_is_kept(tail: str) -> None:
    """(guard: a relative clause, a participle of a noun, an infinitive or a gerund gives the
    date at the end an act of its own)"""
    assert not _dates_its_own_act(f"In what year did Kell create the Court, {tail}?")


def test_an_adverb_makes_a_verb_of_a_noun_after_and() -> None:
    sentence = ("Kell adopted its own Constitution on 6 November 1992 and largely boycotted the "
                "referendum on the Vellish Constitution on 12 December 1993.")
    card = _date_card("On what date did Kell adopt its own Constitution on 6 November 1992 and "
                      "largely boycott the referendum on the Vellish Constitution?", sentence,
                      "12 December 1993", form="wh")
    assert any("two acts" in fault for fault in _date_faults(card))


def test_a_participle_and_its_agent_is_no_statement() -> None:
    kept, left = _run("Fixed links: the Kell Bridge, about 5 km long, opened by Queen Ana on 15 "
                      "December 1965; the Vell Tunnel, 6.6 km, opened by Queen Mia on 14 March "
                      "2003.\n")
    assert not any("Vell Tunnel" in question for question in kept), kept
    assert any("Vell Tunnel" in question and "not a statement" in why
               for question, why in left.items()), left


def test_a_label_of_two_months_is_a_label() -> None:
    kept, left = _run("The Vell Confederation lasted fifty years.\n\n- June–August 1866: The Kell "
                      "War destroys the Confederation, which is dissolved by the Peace of Zell of "
                      "23 August 1866.\n")
    assert not any(question.startswith("June–August") for question in [*kept, *left]), (kept,
                                                                                         left)
